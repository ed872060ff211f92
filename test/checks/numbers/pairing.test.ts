import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairByGroups, pairFigures, pairPlainly, reading } from '../../../src/core/checks/numbers/pairing';
import type { Figure, FigureKind } from '../../../src/core/figures/types';
import { Dec, canonical } from '../../../src/core/numbers/decimal';
import { fcParams } from '../../property/gen';

/**
 * translation-mismatch pairs a long line's figures with its translation's by grouping; the answer must be the one
 * the plain rule gives: each English figure in order takes the first nearest unused consistent Chinese figure,
 * equal values in a first pass.
 */

let at = 0;
/** A figure as pairing reads it: kind, currency, value and interval from small pools, so many coincide. */
function figure(kind: FigureKind, currency: string | undefined, implied: boolean, value: string, halfWidth: string): Figure {
  const v = new Dec(value);
  const w = new Dec(halfWidth);
  const start = (at += 10);
  return {
    span: { start, end: start + 5 },
    line: 0,
    text: value,
    lang: 'en',
    kind,
    value: canonical(v),
    low: canonical(v.minus(w)),
    high: canonical(v.plus(w)),
    currency: kind === 'money' ? currency : undefined,
    currencyImplied: kind === 'money' && implied ? true : undefined,
    unit: kind === 'count' && currency === 'USD' ? '年' : undefined,
    notes: [],
  };
}

const anyFigure = fc
  .tuple(
    fc.constantFrom<FigureKind>('money', 'money', 'percent', 'basis-points', 'percentage-points', 'count', 'multiple'),
    fc.constantFrom(undefined, 'CNY', 'USD'),
    fc.boolean(),
    fc.constantFrom('1', '1.2', '1.25', '12', '120', '0.5', '100', '2023', '-3'),
    fc.constantFrom('0', '0.05', '0.5', '5', '50'),
  )
  .map(([kind, currency, implied, value, w]) => reading(figure(kind, currency, implied, value, w)));

describe('pairing of figures across a line and its translation', () => {
  it('gives the plain rule\u2019s pairs on lines of many alike and unlike figures', () => {
    // Short lines make ties in relative position common; long ones make groups large.
    for (const maxLength of [6, 40]) {
      fc.assert(
        fc.property(fc.array(anyFigure, { maxLength }), fc.array(anyFigure, { maxLength }), (en, zh) => {
          expect(pairByGroups(en, zh)).toEqual(pairPlainly(en, zh));
        }),
        fcParams(400),
      );
    }
  });

  it('pairs equal values first, then the nearest in relative position, ties to the earlier figure', () => {
    const r = (kind: FigureKind, value: string, w = '0.05') => reading(figure(kind, 'CNY', false, value, w));
    // 12% takes the equal 12%, not the overlapping 12.04% before it; 120 (about) takes the nearer of two 120.5s.
    const en = [r('percent', '12'), r('money', '120', '5')];
    const zh = [r('percent', '12.04'), r('percent', '12'), r('money', '120.5'), r('money', '120.5')];
    for (const pair of [pairFigures, pairByGroups]) expect(pair(en, zh)).toEqual([1, 2]);
    // The second of two English figures sits at 1/2; Chinese figures at 1/4 and 3/4 are equally near: the earlier one.
    const tie = [r('percent', '1'), r('money', '5'), r('percent', '3'), r('money', '5')];
    // The same with the two candidates in different groups (different stated precision).
    const tieAcross = [r('percent', '1'), r('money', '5', '0.5'), r('percent', '3'), r('money', '5')];
    for (const pair of [pairFigures, pairByGroups]) {
      expect(pair([r('percent', '1'), r('money', '5')], tie)).toEqual([0, 1]);
      expect(pair([r('percent', '1'), r('money', '5')], tieAcross)).toEqual([0, 1]);
    }
  });
});

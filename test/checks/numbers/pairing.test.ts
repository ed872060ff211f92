import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistent, pairFigures, reading, type Reading } from '../../../src/core/checks/numbers/pairing';
import type { Figure, FigureKind } from '../../../src/core/figures/types';
import { Dec, canonical } from '../../../src/core/numbers/decimal';
import { fcParams } from '../../property/gen';

/**
 * translation-mismatch pairs a line's English figures with its translation's by grouping; the answer must be the
 * one the plain rule gives: each English figure in order takes the first nearest unused consistent Chinese figure,
 * equal values in a first pass. The plain rule, kept here as the reference (quadratic, as it first was written).
 */
function pairPlainly(en: readonly Reading[], zh: readonly Reading[]): number[] {
  const partner = new Array<number>(en.length).fill(-1);
  const used = new Array<boolean>(zh.length).fill(false);
  for (const exact of [true, false]) {
    en.forEach((e, x) => {
      if (partner[x] >= 0) return;
      let best = -1;
      let bestD = Infinity;
      zh.forEach((z, y) => {
        if (used[y] || !consistent(e, z) || (exact && e.value.cmp(z.value) !== 0)) return;
        const d = Math.abs(x / en.length - y / zh.length);
        if (d < bestD) [best, bestD] = [y, d];
      });
      if (best >= 0) [partner[x], used[best]] = [best, true];
    });
  }
  return partner;
}

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
          expect(pairFigures(en, zh)).toEqual(pairPlainly(en, zh));
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
    expect(pairFigures(en, zh)).toEqual([1, 2]);
    // The second of two English figures sits at 1/2; Chinese figures at 1/4 and 3/4 are equally near: the earlier one.
    expect(pairFigures([r('percent', '1'), r('money', '5')], [r('percent', '1'), r('money', '5'), r('percent', '3'), r('money', '5')])).toEqual([0, 1]);
    // The same with the two candidates in different groups (different stated precision).
    expect(pairFigures([r('percent', '1'), r('money', '5')], [r('percent', '1'), r('money', '5', '0.5'), r('percent', '3'), r('money', '5')])).toEqual([0, 1]);
  });
});

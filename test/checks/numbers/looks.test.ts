import type Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endAboveZero,
  endBelowZero,
  factorLook,
  figureLook,
  growthLook,
  ivLook,
  looksOverlap,
  powerOfTenBetweenPositive,
  quotientLook,
  relativeWidth,
  scaledLook,
  type Look,
} from '../../../src/core/checks/numbers/looks';
import type { Figure } from '../../../src/core/figures/types';
import { Dec, canonical, pow10 } from '../../../src/core/numbers/decimal';
import { div, fromBounds, growthPercent, intersect, overlaps, powerOfTenBetween, ratioPercent, type Iv } from '../../../src/core/numbers/interval';
import { fcParams } from '../../property/gen';

/**
 * The float looks must give the exact answer every time, near ties included: the stated intervals below are
 * often cut from the exact result itself (rounded at 0 to 45 places, or nudged by 1e-40), where floats cannot tell.
 */

function figure(low: string, high: string): Figure {
  return { span: { start: 0, end: 1 }, line: 0, text: low, lang: 'en', kind: 'count', value: low, low, high, notes: [] };
}

function lookOf(low: string, high: string): { look: Look; iv: Iv } {
  const iv = fromBounds(low, high)!;
  return { look: figureLook(figure(low, high))!, iv };
}

/** A decimal m·10^e: up to 15 significant digits, spanning tiny shares to amounts in the trillions. */
const decimal = (signed: boolean) =>
  fc.tuple(fc.integer({ min: signed ? -999_999_999 : 1, max: 999_999_999 }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: -12, max: 9 })).map(([m, tail, e]) => {
    const v = new Dec(m).times(1_000_000).plus(tail).times(pow10(e));
    return canonical(v);
  });

const interval = (signed: boolean) =>
  fc.tuple(decimal(signed), fc.constantFrom('0', '0.000001', '0.05', '0.5', '5', '500000')).map(([v, w]) => {
    const x = new Dec(v);
    const lo = signed || x.minus(w).gt(0) ? x.minus(w) : x;
    return [canonical(lo), canonical(x.plus(w))] as const;
  });

/** An interval near a target value: the target rounded to a few or many places, or nudged past it by 1e-40. */
function near(target: Big, places: number, nudge: -1 | 0 | 1): string {
  return canonical(target.round(places, 1).plus(new Dec(nudge).times(pow10(-40))));
}

const nearArgs = fc.tuple(fc.integer({ min: 0, max: 45 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), fc.integer({ min: 0, max: 45 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), fc.boolean());

describe('float looks with exact fallback', () => {
  it('decide growth against a stated change exactly, near ties included', () => {
    fc.assert(
      fc.property(interval(false), interval(false), nearArgs, ([alo, ahi], [blo, bhi], [p1, n1, p2, n2, swap]) => {
        const a = lookOf(alo, ahi);
        const b = lookOf(blo, bhi);
        const exact = growthPercent(a.iv, b.iv)!;
        // The stated interval touches the computed one at one end (or misses it by a hair).
        const [x, y] = swap ? [near(exact.hi, p1, n1), near(exact.hi.plus(1), p2, n2)] : [near(exact.lo.minus(1), p1, n1), near(exact.lo, p2, n2)];
        const [lo, hi] = new Dec(x).lte(new Dec(y)) ? [x, y] : [y, x];
        const stated = lookOf(lo, hi);
        const g = growthLook(a.look, b.look)!;
        expect(looksOverlap(g, stated.look)).toBe(overlaps(exact, stated.iv));
        expect(looksOverlap(g, stated.look.negated())).toBe(overlaps(exact, { lo: stated.iv.hi.neg(), hi: stated.iv.lo.neg() }));
        expect(endBelowZero(g, 'hi')).toBe(exact.hi.lt(0));
        expect(endAboveZero(g, 'lo')).toBe(exact.lo.gt(0));
      }),
      fcParams(600),
    );
  });

  it('decide shares and multiples exactly, signs and zero-crossing bases included', () => {
    fc.assert(
      fc.property(interval(true), interval(true), nearArgs, fc.boolean(), ([plo, phi], [wlo, whi], [p1, n1, p2, n2, swap], percent) => {
        const part = lookOf(plo, phi);
        const whole = lookOf(wlo, whi);
        const exact = percent ? ratioPercent(part.iv, whole.iv) : div(part.iv, whole.iv);
        const q = quotientLook(part.look, whole.look);
        const computed = q && percent ? scaledLook(q, 100, new Dec(100)) : q;
        expect(computed === undefined).toBe(exact === undefined);
        if (!exact || !computed) return;
        expect(computed.exact).toEqual(exact);
        const [x, y] = swap ? [near(exact.hi, p1, n1), near(exact.hi.abs().plus(1).times(2), p2, n2)] : [near(exact.lo.abs().plus(1).times(-2), p1, n1), near(exact.lo, p2, n2)];
        const [lo, hi] = new Dec(x).lte(new Dec(y)) ? [x, y] : [y, x];
        const stated = lookOf(lo, hi);
        expect(looksOverlap(computed, stated.look)).toBe(overlaps(exact, stated.iv));
        // The same through a look made from an exact interval (an agreed value), not a figure's strings.
        expect(looksOverlap(computed, ivLook(stated.iv))).toBe(overlaps(exact, stated.iv));
      }),
      fcParams(600),
    );
  });

  it('decide whether two guidance ends imply one prior exactly, where the implied priors touch', () => {
    const factor = (p: Iv): Iv => ({ lo: p.lo.div(100).plus(1), hi: p.hi.div(100).plus(1) });
    fc.assert(
      fc.property(interval(true), interval(true), interval(true), fc.integer({ min: 0, max: 45 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), ([alo, ahi], [g1lo, g1hi], [g2lo, g2hi], places, nudge) => {
        const a = lookOf(alo, ahi);
        const g1 = lookOf(g1lo, g1hi);
        const g2 = lookOf(g2lo, g2hi);
        const base1 = div(a.iv, factor(g1.iv));
        const look1 = quotientLook(a.look, factorLook(g1.look, () => factor(g1.iv)));
        expect(look1 === undefined).toBe(base1 === undefined);
        if (!base1 || !look1) return;
        // The second end is chosen so its implied prior starts at (or a hair from) where the first one ends.
        const f2 = factor(g2.iv);
        const end = near(base1.hi.times(f2.lo), places, nudge);
        const b = lookOf(end, canonical(new Dec(end).abs().plus(1).times(3)));
        const base2 = div(b.iv, f2);
        const look2 = quotientLook(b.look, factorLook(g2.look, () => factor(g2.iv)));
        expect(look2 === undefined).toBe(base2 === undefined);
        if (!base2 || !look2) return;
        expect(looksOverlap(look1, look2)).toBe(intersect(base1, base2) !== undefined);
        // Growth of a signed amount over a base: growthPercent's answer, undefined included.
        const g = growthLook(a.look, b.look);
        const exact = growthPercent(a.iv, b.iv);
        expect(g === undefined).toBe(exact === undefined);
        if (g && exact) expect(looksOverlap(g, g1.look)).toBe(overlaps(exact, g1.iv));
      }),
      fcParams(600),
    );
  });

  it('find the same power of ten between two positive amounts, at and around exact multiples', () => {
    fc.assert(
      fc.property(interval(false), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 45 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), fc.boolean(), ([blo, bhi], k, places, nudge, lowEnd) => {
        const b = lookOf(blo, bhi);
        // a's one end sits at b's other end times 10^k (rounded or nudged): the quotient's end lands on 10^k.
        const edge = (lowEnd ? b.iv.hi : b.iv.lo).times(pow10(k));
        const other = lowEnd ? edge.times(3) : edge.div(3);
        const x = near(edge, places, nudge);
        const y = canonical(other.round(20, 1));
        const [lo, hi] = new Dec(x).lte(new Dec(y)) ? [x, y] : [y, x];
        if (!new Dec(lo).gt(0)) return;
        const a = lookOf(lo, hi);
        expect(powerOfTenBetweenPositive(a.look, b.look, 3)).toBe(powerOfTenBetween(a.iv, b.iv, 3));
      }),
      fcParams(600),
    );
  });

  it('give a positive interval\u2019s relative width at 12 places as the exact quotient does, at halves too', () => {
    fc.assert(
      fc.property(decimal(false), fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1), fc.boolean(), (hi, k, nudge, half) => {
        // lo = hi·(1 − w) with w = (k + ½)·1e-12 (a tie at the 12th place) or a plain k·1e-9, nudged by 1e-40.
        const w = half ? new Dec(k).plus('0.5').times(pow10(-12)) : new Dec(k).times(pow10(-9));
        const lo = canonical(new Dec(hi).times(new Dec(1).minus(w)).plus(new Dec(nudge).times(pow10(-40))));
        if (!new Dec(lo).gt(0) || new Dec(lo).gt(new Dec(hi))) return;
        const { look, iv } = lookOf(lo, hi);
        expect(relativeWidth(look)).toBe(Number(iv.hi.minus(iv.lo).div(iv.hi).toFixed(12)));
      }),
      fcParams(600),
    );
  });

  it('read a figure\u2019s bounds as figureIv does: junk gives none, long or unusual spellings parse as written', () => {
    for (const [low, high] of [
      ['1.5', 'x'],
      ['', '2'],
      ['1e5', '2'],
      ['01.50', '2.0'],
      ['-3', '-2.5'],
      ['2.5', '1.5'],
      ['1234567890123456789012345678901234567890.5', '1234567890123456789012345678901234567891'],
    ]) {
      const look = figureLook(figure(low, high));
      const iv = fromBounds(low, high);
      expect(look === undefined).toBe(iv === undefined);
      if (look && iv) {
        expect(look.exact).toEqual(iv);
        expect(look.lo).toBe(Number(iv.lo.toString()));
        expect(look.hi).toBe(Number(iv.hi.toString()));
      }
    }
  });
});

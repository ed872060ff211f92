import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bigFigureInterval, scaledFigureInterval } from '../src/core/figures/interval';
import type { Approximation } from '../src/core/figures/types';
import { canonical, Dec, pow10 } from '../src/core/numbers/decimal';
import { canonicalProduct, scaledOf, scaledString } from '../src/core/numbers/scaled';
import { fcParams } from './property/gen';

/** The small-integer fast path must give big.js's strings exactly, or step aside. */

const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^(0|[1-9][0-9]{0,19})$/), fc.stringMatching(/^[0-9]{0,12}$/))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);
const multiplier = fc.oneof(fc.integer({ min: -12, max: 14 }).map((k) => pow10(k)), fc.constant(new Dec(1)), decimalText.map((s) => new Dec(s)));
const approx = fc.constantFrom<Approximation | undefined>(undefined, 'about', 'over', 'at-least', 'under', 'at-most', 'nearly');

describe('scaled decimals agree with big.js', () => {
  it('reads and writes any decimal as canonical does', () => {
    fc.assert(
      fc.property(decimalText, (s) => {
        const b = new Dec(s);
        const x = scaledOf(b);
        if (x) expect(scaledString(x)).toBe(canonical(b));
      }),
      fcParams(2000),
    );
  });

  it('products, signed, as canonical(a × b × ±1)', () => {
    fc.assert(
      fc.property(decimalText, multiplier, fc.boolean(), (a, m, neg) => {
        expect(canonicalProduct(new Dec(a), m, neg)).toBe(canonical(new Dec(a).times(m).times(neg ? -1 : 1)));
      }),
      fcParams(2000),
    );
  });

  it('figure intervals for every hedge, stated precision and sign', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 12 }), multiplier, fc.boolean(), approx, (a, decimals, m, neg, ap) => {
        const digits = new Dec(a);
        const fast = scaledFigureInterval(digits, decimals, m, neg, ap);
        if (fast) expect(fast).toEqual(bigFigureInterval(digits, decimals, m, neg, ap));
      }),
      fcParams(3000),
    );
  });

  it('takes the fast path for the figures calls are made of, and steps aside for long ones', () => {
    expect(scaledFigureInterval(new Dec('48.8'), 1, pow10(6), false, 'about')).toEqual({ low: '46360000', high: '51240000' });
    expect(scaledFigureInterval(new Dec('-0'), 0, new Dec(1), true)).toEqual({ low: '-0.5', high: '0.5' });
    expect(scaledOf(new Dec('12345678901234567890'))).toBeUndefined();
    expect(canonicalProduct(new Dec('12345678901234567890'), pow10(3), true)).toBe('-12345678901234567890000');
  });
});

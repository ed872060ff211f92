import type Big from 'big.js';
import { canonical, Dec, statedInterval, type Interval } from '../numbers/decimal';
import type { Approximation } from './types';

/**
 * The interval of a figure: the stated precision (half a unit of the last written digit, times the
 * scale), then widened by the speaker's hedge. Conventions (docs/figures.md):
 *  - about / around / approximately / 左右:  at least ±5% of the value
 *  - over / more than / above / 超过:        [value, value x 1.5]   (open above; 1.5x is our bound)
 *  - at least / 以上:                        [value, value x 1.5]
 *  - under / less than / below / 不到:       [0, value]
 *  - up to / at most / 以下:                 [0, value]
 *  - nearly / almost / close to / 近:        [value x 0.9, value]
 * Computed on the magnitude; a negative figure mirrors the interval.
 */
export function figureInterval(digits: Big, decimals: number, multiplier: Big, negative: boolean, approx?: Approximation): Interval {
  const stated = statedInterval(digits, decimals, multiplier);
  let low = new Dec(stated.low);
  let high = new Dec(stated.high);
  const v = digits.times(multiplier).abs();
  switch (approx) {
    case 'about': {
      const lo = v.times('0.95');
      const hi = v.times('1.05');
      if (lo.lt(low)) low = lo;
      if (hi.gt(high)) high = hi;
      break;
    }
    case 'over':
    case 'at-least':
      low = v;
      high = v.times('1.5');
      if (high.lt(new Dec(stated.high))) high = new Dec(stated.high);
      break;
    case 'under':
    case 'at-most':
      low = new Dec(0);
      high = v;
      break;
    case 'nearly':
      low = v.times('0.9');
      high = v;
      break;
    default:
      break;
  }
  if (negative) return { low: canonical(high.neg()), high: canonical(low.neg()) };
  return { low: canonical(low), high: canonical(high) };
}

/** An interval that contains an exact fraction n/d (percent), to 10 decimal places. */
export function fractionInterval(numerator: number, denominator: number): Interval {
  const exact = new Dec(numerator * 100).div(denominator);
  return { low: canonical(exact.round(10, 0)), high: canonical(exact.round(10, 3)) };
}

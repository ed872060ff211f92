import type Big from 'big.js';
import { canonical, Dec, statedInterval, type Interval } from '../numbers/decimal';
import { absScaled, addScaled, cmpScaled, mulScaled, negScaled, scaledOf, scaledString, type Scaled } from '../numbers/scaled';
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
  return scaledFigureInterval(digits, decimals, multiplier, negative, approx) ?? bigFigureInterval(digits, decimals, multiplier, negative, approx);
}

const ZERO: Scaled = { m: 0, e: 0 };
/** The hedge factors of bigFigureInterval: 0.95, 1.05, 1.5, 0.9. */
const TIMES_0_95: Scaled = { m: 95, e: -2 };
const TIMES_1_05: Scaled = { m: 105, e: -2 };
const TIMES_1_5: Scaled = { m: 15, e: -1 };
const TIMES_0_9: Scaled = { m: 9, e: -1 };

/**
 * figureInterval on exact small integers (numbers/scaled.ts): the same steps as bigFigureInterval, which it
 * stands in for on every figure; undefined when some step would not be exact there.
 */
export function scaledFigureInterval(digits: Big, decimals: number, multiplier: Big, negative: boolean, approx?: Approximation): Interval | undefined {
  const d = scaledOf(digits);
  const k = scaledOf(multiplier);
  if (!d || !k) return undefined;
  const v = mulScaled(d, k);
  const half = mulScaled({ m: 5, e: -(decimals + 1) }, absScaled(k));
  if (!v || !half) return undefined;
  const statedLow = addScaled(v, negScaled(half));
  const statedHigh = addScaled(v, half);
  if (!statedLow || !statedHigh) return undefined;
  let low: Scaled | undefined = statedLow;
  let high: Scaled | undefined = statedHigh;
  const abs = absScaled(v);
  switch (approx) {
    case 'about': {
      const lo = mulScaled(abs, TIMES_0_95);
      const hi = mulScaled(abs, TIMES_1_05);
      if (!lo || !hi) return undefined;
      const cl = cmpScaled(lo, low);
      const ch = cmpScaled(hi, high);
      if (cl === undefined || ch === undefined) return undefined;
      if (cl < 0) low = lo;
      if (ch > 0) high = hi;
      break;
    }
    case 'over':
    case 'at-least': {
      low = abs;
      high = mulScaled(abs, TIMES_1_5);
      const c = high && cmpScaled(high, statedHigh);
      if (c === undefined) return undefined;
      if (c < 0) high = statedHigh;
      break;
    }
    case 'under':
    case 'at-most':
      low = ZERO;
      high = abs;
      break;
    case 'nearly':
      low = mulScaled(abs, TIMES_0_9);
      high = abs;
      break;
    default:
      break;
  }
  if (!low || !high) return undefined;
  if (negative) return { low: scaledString(negScaled(high)), high: scaledString(negScaled(low)) };
  return { low: scaledString(low), high: scaledString(high) };
}

/** figureInterval in big.js: the reference, and the path for values too long for scaledFigureInterval. */
export function bigFigureInterval(digits: Big, decimals: number, multiplier: Big, negative: boolean, approx?: Approximation): Interval {
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

/**
 * Spoken shares are a handful of fractions said again and again (1/2, 1/3, 2/3, 1/4), and each costs a big.js
 * division: their percent and interval are made once. Keyed by n * SHARE_KEY + d for whole 0 ≤ n, d < SHARE_KEY;
 * others are computed each time, and the memo stops growing at SHARE_MEMO_MAX entries.
 */
const SHARE_KEY = 1024;
const SHARE_MEMO_MAX = 4096;
function shareKey(n: number, d: number): number | undefined {
  return Number.isInteger(n) && Number.isInteger(d) && n >= 0 && d >= 0 && n < SHARE_KEY && d < SHARE_KEY ? n * SHARE_KEY + d : undefined;
}
function remembered<T>(memo: Map<number, T>, n: number, d: number, make: () => T): T {
  const key = shareKey(n, d);
  if (key === undefined) return make();
  let v = memo.get(key);
  if (v === undefined) {
    v = make();
    if (memo.size < SHARE_MEMO_MAX) memo.set(key, v);
  }
  return v;
}

const SHARE_PERCENTS = new Map<number, string>();
/** n/d in percent, rounded to 10 places (half up), canonical: "33.3333333333" for 1/3. */
export function sharePercent(numerator: number, denominator: number): string {
  return remembered(SHARE_PERCENTS, numerator, denominator, () => canonical(new Dec(numerator * 100).div(denominator).round(10)));
}

const FRACTION_INTERVALS = new Map<number, Interval>();
/** An interval that contains an exact fraction n/d (percent), to 10 decimal places. */
export function fractionInterval(numerator: number, denominator: number): Interval {
  return remembered(FRACTION_INTERVALS, numerator, denominator, () => {
    const exact = new Dec(numerator * 100).div(denominator);
    return { low: canonical(exact.round(10, 0)), high: canonical(exact.round(10, 3)) };
  });
}

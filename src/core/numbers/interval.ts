import type Big from 'big.js';
import { Dec, canonical, formatGrouped, pow10, toBig, type DecimalString } from './decimal';

/**
 * Closed intervals of exact decimals: the values a stated figure allows ("37.2%" is 37.15..37.25).
 * The number checks never use a fixed tolerance: a relation is inconsistent only when NO values
 * inside the stated intervals satisfy it, which is what these operations let them ask.
 *
 * Every operation returns undefined instead of throwing when the result is not an interval
 * (division by an interval containing zero, junk input).
 */
export interface Iv {
  readonly lo: Big;
  readonly hi: Big;
}

export function iv(lo: Big, hi: Big): Iv {
  return lo.lte(hi) ? { lo, hi } : { lo: hi, hi: lo };
}

/** An exact point: a value stated with no rounding (a count of years, a constant). */
export function point(v: DecimalString | number): Iv | undefined {
  const b = toBig(v);
  return b ? { lo: b, hi: b } : undefined;
}

/** From the low/high decimal strings of a figure (or any {low, high}). */
export function fromBounds(low: DecimalString, high: DecimalString): Iv | undefined {
  const a = toBig(low);
  const b = toBig(high);
  return a && b ? iv(a, b) : undefined;
}

export function add(a: Iv, b: Iv): Iv {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Iv, b: Iv): Iv {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function neg(a: Iv): Iv {
  return { lo: a.hi.neg(), hi: a.lo.neg() };
}

export function abs(a: Iv): Iv {
  if (a.lo.gte(0)) return a;
  if (a.hi.lte(0)) return neg(a);
  return { lo: new Dec(0), hi: a.hi.gt(a.lo.neg()) ? a.hi : a.lo.neg() };
}

function minMax(values: readonly Big[]): Iv {
  let lo = values[0];
  let hi = values[0];
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return { lo, hi };
}

export function mul(a: Iv, b: Iv): Iv {
  return minMax([a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)]);
}

export function scale(a: Iv, k: Big): Iv {
  return iv(a.lo.times(k), a.hi.times(k));
}

/** a / b; undefined when b contains zero (the quotient is unbounded). */
export function div(a: Iv, b: Iv): Iv | undefined {
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  // Amounts over a positive base (the common case): the ends are lo/hi and hi/lo, two exact divisions instead of
  // four. Rounding to Dec.DP places is monotone, so these are the same values minMax would pick from all four.
  if (a.lo.gte(0) && b.lo.gt(0) && a.lo.lte(a.hi) && b.lo.lte(b.hi)) return { lo: a.lo.div(b.hi), hi: a.hi.div(b.lo) };
  return minMax([a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)]);
}

/** a / b in percent: "part is P% of whole". */
export function ratioPercent(a: Iv, b: Iv): Iv | undefined {
  const q = div(a, b);
  return q && scale(q, new Dec(100));
}

/** Growth from prior b to current a in percent: (a/b − 1)·100. Undefined when b may be zero. */
export function growthPercent(a: Iv, b: Iv): Iv | undefined {
  const q = div(a, b);
  return q && { lo: q.lo.minus(1).times(100), hi: q.hi.minus(1).times(100) };
}

/** x^n for a whole n ≥ 0 on an interval of non-negative values (growth factors). */
export function powNonNegative(a: Iv, n: number): Iv | undefined {
  if (a.lo.lt(0) || !Number.isInteger(n) || n < 0 || n > 100) return undefined;
  return { lo: a.lo.pow(n), hi: a.hi.pow(n) };
}

export function contains(a: Iv, x: Big): boolean {
  return a.lo.lte(x) && x.lte(a.hi);
}

export function overlaps(a: Iv, b: Iv): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** The smallest interval holding both. */
export function hull(a: Iv, b: Iv): Iv {
  return { lo: a.lo.lt(b.lo) ? a.lo : b.lo, hi: a.hi.gt(b.hi) ? a.hi : b.hi };
}

export function intersect(a: Iv, b: Iv): Iv | undefined {
  const lo = a.lo.gt(b.lo) ? a.lo : b.lo;
  const hi = a.hi.lt(b.hi) ? a.hi : b.hi;
  return lo.lte(hi) ? { lo, hi } : undefined;
}

/** The midpoint, for messages ("is +10.7%"). */
export function mid(a: Iv): Big {
  return a.lo.plus(a.hi).div(2);
}

/** A value rounded to `decimals` places for a message; grouped digits, no float noise. */
export function formatNumber(b: Big, decimals = 1): string {
  return formatGrouped(canonical(b.round(decimals, 1)));
}

/** A signed percentage for messages: "+10.7%", "−9%". Uses U+2212 for minus as typeset text. */
export function formatSignedPercent(b: Big, decimals = 1): string {
  const s = formatNumber(b, decimals);
  if (s === '0') return '0%';
  return s.startsWith('-') ? `\u2212${s.slice(1)}%` : `+${s}%`;
}

/**
 * The interval for a message: its midpoint when narrow, else "lo..hi", at `decimals` places.
 * Messages show the arithmetic; the decision never uses these rounded strings.
 */
export function formatInterval(a: Iv, decimals = 1): string {
  const lo = formatNumber(a.lo, decimals);
  const hi = formatNumber(a.hi, decimals);
  return lo === hi ? lo : `${lo}..${hi}`;
}

/** Amounts in messages: "48.8 million", "1.72 billion", "-27.7 million". */
export function formatAmount(value: DecimalString): string {
  const b = toBig(value);
  if (!b) return value;
  const scales: readonly [number, string][] = [
    [12, 'trillion'],
    [9, 'billion'],
    [6, 'million'],
  ];
  for (const [exp, word] of scales) {
    const p = pow10(exp);
    if (b.abs().gte(p)) return `${formatGrouped(canonical(b.div(p).round(2, 1)))} ${word}`;
  }
  return formatGrouped(canonical(b));
}

/** log10 of the ratio's order of magnitude when both ends of a/b lie near one power of ten, else undefined. */
export function powerOfTenBetween(a: Iv, b: Iv, maxExp: number): number | undefined {
  const q = div(abs(a), abs(b));
  if (!q) return undefined;
  for (let k = -maxExp; k <= maxExp; k++) {
    if (k === 0) continue;
    if (contains(q, pow10(k))) return k;
  }
  return undefined;
}

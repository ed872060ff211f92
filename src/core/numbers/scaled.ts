import type Big from 'big.js';
import { canonical, type DecimalString } from './decimal';

/**
 * A fast path for the few exact products, sums and comparisons every recognised figure needs (its value and
 * interval). big.js allocates and parses for each step, which made it a large share of reading a long call.
 * Here a decimal is m × 10^e with m an integer that a double holds exactly (|m| ≤ 2^53 - 1), so every step is
 * exact and the canonical strings are the very ones big.js gives for the same values. A step whose result would
 * not be exact returns undefined, and the caller computes with big.js instead.
 */
export interface Scaled {
  readonly m: number;
  readonly e: number;
}

/** big.js's documented representation: coefficient digits c, exponent e of the first digit, sign s (1 or -1). */
interface BigFields {
  readonly c: readonly number[];
  readonly e: number;
  readonly s: number;
}

/** Digits a safe integer always holds (2^53 has 16 digits, not all of which are safe). */
const SAFE_DIGITS = 15;
/** Exponents beyond this are left to big.js (figures never come near; it keeps the strings short). */
const MAX_EXP = 60;

export function scaledOf(b: Big): Scaled | undefined {
  const { c, e, s } = b as unknown as BigFields;
  if (c.length > SAFE_DIGITS || Math.abs(e) > MAX_EXP) return undefined;
  let m = 0;
  for (let i = 0; i < c.length; i++) m = m * 10 + c[i];
  return { m: m === 0 ? 0 : s * m, e: e - c.length + 1 };
}

function make(m: number, e: number): Scaled | undefined {
  return Number.isSafeInteger(m) && Math.abs(e) <= MAX_EXP ? { m: m === 0 ? 0 : m, e } : undefined;
}

export function mulScaled(a: Scaled, b: Scaled): Scaled | undefined {
  return make(a.m * b.m, a.e + b.e);
}

/** `a` written with the smaller exponent `e` (≤ a.e), if still exact. */
function at(a: Scaled, e: number): number | undefined {
  const shift = a.e - e;
  if (shift === 0) return a.m;
  if (shift > SAFE_DIGITS) return undefined;
  const m = a.m * 10 ** shift;
  return Number.isSafeInteger(m) ? m : undefined;
}

export function addScaled(a: Scaled, b: Scaled): Scaled | undefined {
  const e = Math.min(a.e, b.e);
  const x = at(a, e);
  const y = at(b, e);
  return x === undefined || y === undefined ? undefined : make(x + y, e);
}

export function negScaled(a: Scaled): Scaled {
  return { m: a.m === 0 ? 0 : -a.m, e: a.e };
}

export function absScaled(a: Scaled): Scaled {
  return a.m < 0 ? { m: -a.m, e: a.e } : a;
}

/** Sign of a − b, or undefined when they cannot be compared exactly. */
export function cmpScaled(a: Scaled, b: Scaled): number | undefined {
  const e = Math.min(a.e, b.e);
  const x = at(a, e);
  const y = at(b, e);
  return x === undefined || y === undefined ? undefined : Math.sign(x - y);
}

/** The canonical decimal string (decimal.ts `canonical`): no exponent, no trailing fractional zeros, no "-0". */
export function scaledString(a: Scaled): string {
  if (a.m === 0) return '0';
  const digits = String(Math.abs(a.m));
  let s: string;
  if (a.e >= 0) s = digits + '0'.repeat(a.e);
  else {
    const k = -a.e;
    s = k >= digits.length ? `0.${'0'.repeat(k - digits.length)}${digits}` : `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
    let end = s.length;
    while (s.charCodeAt(end - 1) === 48) end--;
    if (s.charCodeAt(end - 1) === 46) end--;
    s = s.slice(0, end);
  }
  return a.m < 0 ? `-${s}` : s;
}

/** canonical(a × b), negated when asked: exactly big.js's string, without big.js when the product is small. */
export function canonicalProduct(a: Big, b: Big, negate: boolean): DecimalString {
  const x = scaledOf(a);
  const y = scaledOf(b);
  const p = x && y ? mulScaled(x, y) : undefined;
  if (p) return scaledString(negate ? negScaled(p) : p);
  return canonical(a.times(b).times(negate ? -1 : 1));
}

import type Big from 'big.js';
import type { Figure } from '../../figures/types';
import { isDecimalString, pow10 } from '../../numbers/decimal';
import { contains, div, fromBounds, growthPercent, overlaps, scale, type Iv } from '../../numbers/interval';

/**
 * Floating-point looks that settle the number checks' comparisons without exact division. An exact division is
 * carried to 40 places (the costliest step of the checks), yet nearly every comparison it feeds is far from a tie:
 * "+10.7% against a stated 11%". Each look is an interval of floats with a bound on how far either end may lie
 * from the exact value (the bound is a million times the float error and covers the 40-place rounding), and a
 * comparison the floats cannot settle beyond those bounds is made on the exact intervals. So every answer is the
 * exact one, and the exact arithmetic runs only for near ties.
 */
export class Look {
  private iv: Iv | undefined;
  constructor(
    readonly lo: number,
    readonly hi: number,
    /** Bound on |float − exact| for either end. */
    readonly err: number,
    private readonly make: () => Iv,
  ) {}

  /** The exact interval, worked out when first asked (it must exist: callers look only at defined results). */
  get exact(): Iv {
    return (this.iv ??= this.make());
  }

  negated(): Look {
    return new Look(-this.hi, -this.lo, this.err, () => {
      const x = this.exact;
      return { lo: x.hi.neg(), hi: x.lo.neg() };
    });
  }
}

/** Relative error allowed per float step: far above float rounding (~1.1e-16 a step). */
const REL = 1e-9;
/** Absolute floor: the exact division rounds at 1e-40; far below any stated figure's precision. */
const ABS = 1e-30;

/** Bound on the error of floats of magnitude up to `magnitude`, after a few float steps. */
export function errorFor(magnitude: number): number {
  return REL * magnitude + ABS;
}

/** Stated bounds up to this length that are canonical decimals surely parse (big.js takes far longer ones). */
const SURELY_PARSES = 40;

/**
 * The look of a figure's stated interval (relations.ts `figureIv`), undefined where that is. Canonical decimals of a
 * few dozen characters always parse, so their big.js interval is made only when a near tie asks for it (most
 * figures never need it); other bounds are parsed at once, to know whether they parse at all.
 */
export function figureLook(f: Figure): Look | undefined {
  const sure = f.low.length <= SURELY_PARSES && f.high.length <= SURELY_PARSES && isDecimalString(f.low) && isDecimalString(f.high);
  const parsed = sure ? undefined : fromBounds(f.low, f.high);
  if (!sure && !parsed) return undefined;
  const a = Number(f.low);
  const b = Number(f.high);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return new Look(lo, hi, errorFor(Math.max(Math.abs(lo), Math.abs(hi))), () => parsed ?? fromBounds(f.low, f.high)!);
}

/** The look of an exact interval that no figure states as written (an agreed value, a sum). */
export function ivLook(iv: Iv): Look {
  const lo = Number(iv.lo.toString());
  const hi = Number(iv.hi.toString());
  return new Look(lo, hi, errorFor(Math.max(Math.abs(lo), Math.abs(hi))), () => iv);
}

/** Whether the intervals share a value (interval.ts `overlaps` on the exact intervals). */
export function looksOverlap(a: Look, b: Look): boolean {
  const tie = 2 * (a.err + b.err);
  const x = a.lo - b.hi;
  const y = b.lo - a.hi;
  if (x > tie || y > tie) return false;
  if (x < -tie && y < -tie) return true;
  return overlaps(a.exact, b.exact);
}

/** Sign of an end of a look against zero, exactly: 'lo' or 'hi' names the end. */
export function endBelowZero(a: Look, end: 'lo' | 'hi'): boolean {
  const v = a[end];
  const tie = 2 * a.err;
  if (v < -tie) return true;
  if (v > tie) return false;
  return a.exact[end].lt(0);
}

export function endAboveZero(a: Look, end: 'lo' | 'hi'): boolean {
  const v = a[end];
  const tie = 2 * a.err;
  if (v > tie) return true;
  if (v < -tie) return false;
  return a.exact[end].gt(0);
}

/**
 * a / b (interval.ts `div`); undefined when b contains zero. The error bound carries the operands' own bounds
 * (a quotient by a look near zero is left to exact arithmetic).
 */
export function quotientLook(a: Look, b: Look): Look | undefined {
  if (!endAboveZero(b, 'lo') && !endBelowZero(b, 'hi')) return undefined;
  const [q1, q2, q3, q4] = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  const lo = Math.min(q1, q2, q3, q4);
  const hi = Math.max(q1, q2, q3, q4);
  // |δq| <= (δa + |q|·δb) / (|b| − δb), worst at the largest quotient and the divisor nearest zero; plus the float steps.
  const q = Math.max(Math.abs(lo), Math.abs(hi));
  const room = Math.min(Math.abs(b.lo), Math.abs(b.hi)) - b.err;
  const err = room > 0 ? (a.err + q * b.err) / room + errorFor(q) : Infinity;
  return new Look(lo, hi, err, () => div(a.exact, b.exact)!);
}

/** a · k for an exact positive factor k given as float and exact (interval.ts `scale`). */
export function scaledLook(a: Look, k: number, exact: Big): Look {
  return new Look(a.lo * k, a.hi * k, a.err * k + errorFor(Math.max(Math.abs(a.lo), Math.abs(a.hi)) * k), () => scale(a.exact, exact));
}

/** Growth from b to a in percent, (a/b − 1)·100 (interval.ts `growthPercent`); undefined when b contains zero. */
export function growthLook(a: Look, b: Look): Look | undefined {
  const q = quotientLook(a, b);
  if (!q) return undefined;
  return new Look((q.lo - 1) * 100, (q.hi - 1) * 100, 100 * (q.err + errorFor(Math.abs(q.lo) + Math.abs(q.hi) + 1)), () => growthPercent(a.exact, b.exact)!);
}

/** 1 + p/100, a growth factor from a percent change. */
export function factorLook(p: Look, exact: () => Iv): Look {
  const [lo, hi] = [p.lo / 100 + 1, p.hi / 100 + 1];
  return new Look(lo, hi, p.err / 100 + errorFor(Math.abs(lo) + Math.abs(hi) + 1), exact);
}

/** Whether x lies in the look's interval, exactly (x given as float and exact). */
export function looksContain(a: Look, x: number, exact: Big): boolean {
  const tie = 2 * a.err + errorFor(Math.abs(x));
  const below = a.lo - x;
  const above = x - a.hi;
  if (below > tie || above > tie) return false;
  if (below < -tie && above < -tie) return true;
  return contains(a.exact, exact);
}

/** interval.ts `powerOfTenBetween` for two positive looks: the k (0 < |k| <= maxExp) with 10^k inside a / b. */
export function powerOfTenBetweenPositive(a: Look, b: Look, maxExp: number): number | undefined {
  const q = quotientLook(a, b);
  if (!q) return undefined;
  for (let k = -maxExp; k <= maxExp; k++) {
    if (k !== 0 && looksContain(q, 10 ** k, pow10(k))) return k;
  }
  return undefined;
}

/**
 * Relative width (hi − lo) / hi of a positive interval, rounded half up at 12 places, as a float: "1,722.5 million"
 * is stated more precisely than "17.2 billion". Floats (error under 1e-3 in units of 1e-12: the ends are floats of
 * stated decimals and the width is below 1) round the same way unless the rest lies near a half, where the exact
 * quotient decides. The rounded count of 1e-12 divided in floats is the very double its 12-place decimal parses to.
 */
export function relativeWidth(a: Look): number {
  const r = ((a.hi - a.lo) / a.hi) * 1e12;
  if (Math.abs(r - Math.floor(r) - 0.5) > 0.01) return Math.round(r) / 1e12;
  const iv = a.exact;
  return Number(iv.hi.minus(iv.lo).div(iv.hi).toFixed(12));
}

import type Big from 'big.js';
import type { Figure } from '../../figures/types';
import { pow10 } from '../../numbers/decimal';
import { contains, div, growthPercent, overlaps, scale, type Iv } from '../../numbers/interval';

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

/** The look of a figure's stated interval (`iv` is figureIv(f), already known to exist). */
export function figureLook(f: Figure, iv: Iv): Look {
  const a = Number(f.low);
  const b = Number(f.high);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return new Look(lo, hi, errorFor(Math.max(Math.abs(lo), Math.abs(hi))), () => iv);
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
  let [lo, hi, err] = [Infinity, -Infinity, 0];
  for (const x of [a.lo, a.hi]) {
    for (const y of [b.lo, b.hi]) {
      const q = x / y;
      lo = Math.min(lo, q);
      hi = Math.max(hi, q);
      // |δq| <= (δx + |q|·δy) / (|y| − δy), plus the float steps themselves.
      const room = Math.abs(y) - b.err;
      err = Math.max(err, room > 0 ? (a.err + Math.abs(q) * b.err) / room + errorFor(Math.abs(q)) : Infinity);
    }
  }
  return new Look(lo, hi, err, () => div(a.exact, b.exact)!);
}

/** a · k for an exact positive factor k given as float and exact (interval.ts `scale`). */
export function scaledLook(a: Look, k: number, exact: Big): Look {
  return new Look(a.lo * k, a.hi * k, a.err * k + errorFor(Math.max(Math.abs(a.lo), Math.abs(a.hi)) * k), () => scale(a.exact, exact));
}

/** Growth from b to a in percent, (a/b − 1)·100 (interval.ts `growthPercent`), for a ≥ 0 over b > 0 as figures. */
export function growthLook(a: Look, b: Look): Look {
  const qLo = a.lo / b.hi;
  const qHi = a.hi / b.lo;
  // Figure looks are floats of decimal strings (error ~1e-16 relative): the bound covers the division and the steps after.
  return new Look((qLo - 1) * 100, (qHi - 1) * 100, errorFor(100 * (Math.abs(qLo) + Math.abs(qHi) + 1)), () => growthPercent(a.exact, b.exact)!);
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

import Big from 'big.js';

/**
 * Exact decimal helpers shared by the figure recogniser and the number checks.
 *
 * Values travel as canonical decimal strings ("48800000", "-0.129", "37.2"): no exponent, no trailing
 * fractional zeros, no "-0". Arithmetic is done on big.js numbers from a private constructor so that
 * nobody else's Big.DP / Big.RM settings change our results (and ours do not change theirs).
 */
export type DecimalString = string;

/** Private big.js constructor: 40 decimal places for division, round half up. */
export const Dec = Big();
Dec.DP = 40;
Dec.RM = 1;

/** Literals longer than this (digits, grouping excluded) are unreadable rather than numbers: never guessed. */
export const MAX_LITERAL_DIGITS = 30;
/** Exponent bound for any value we accept (1e40 is far beyond any money a call mentions). */
export const MAX_MAGNITUDE_EXP = 40;

const CANONICAL = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;

export function isDecimalString(s: string): boolean {
  return CANONICAL.test(s) && s !== '-0';
}

/** A canonical decimal string for a big.js number. */
export function canonical(b: Big): DecimalString {
  let s = b.toFixed();
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s;
}

/** A big.js number from a decimal string or a small integer; undefined instead of throwing on junk. */
export function toBig(s: DecimalString | number): Big | undefined {
  try {
    if (typeof s === 'number') return Number.isFinite(s) ? new Dec(s) : undefined;
    if (!/^-?[0-9]+(\.[0-9]+)?$/.test(s) || s.length > 2 * MAX_MAGNITUDE_EXP + 4) return undefined;
    return new Dec(s);
  } catch {
    return undefined;
  }
}

/** Like toBig, for values we produced ourselves (always canonical): throws only on a programming error. */
export function big(s: DecimalString | number): Big {
  const b = toBig(s);
  if (!b) throw new Error(`not a decimal: ${String(s)}`);
  return b;
}

/** Powers of ten made so far: figures ask for the same few all the time, and big.js values are never changed in place. */
const POW10 = new Map<number, Big>();
export function pow10(n: number): Big {
  const k = Math.trunc(n);
  let p = POW10.get(k);
  if (p === undefined) POW10.set(k, (p = new Dec(`1e${k}`)));
  return p;
}

/** A number as written: its value and how many decimals were stated ("48.80" -> 48.8, 2 decimals). */
export interface StatedNumber {
  readonly value: Big;
  /** Digits after the decimal point as written; the precision the speaker stated. */
  readonly decimals: number;
}

/**
 * Reads a numeral as written in a transcript: "1,234.5", "4,880", "0.5", ".5", "1 234" is NOT accepted
 * (a space separates numbers in speech). Grouping commas must come in threes ("1,2,3,4" is a list,
 * not a number). Fullwidth digits are accepted. Returns undefined for anything unreadable.
 */
export function parseStatedNumber(raw: string): StatedNumber | undefined {
  // Most numerals are plain ASCII digits ("2023", "48"): read those without the pattern, the comma and the
  // zero stripping below, which give them the same value and no decimals.
  const plain = plainDigitsValue(raw);
  if (plain !== undefined) return plain;
  const text = toAsciiDigits(raw);
  const m = /^([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.([0-9]+))?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const intPart = (m[1] ?? '0').replace(/,/g, '');
  const frac = m[2] ?? '';
  const significant = intPart.replace(/^0+/, '').length + frac.length;
  if (significant > MAX_LITERAL_DIGITS) return undefined;
  try {
    return { value: new Dec(frac ? `${intPart}.${frac}` : intPart), decimals: frac.length };
  } catch {
    return undefined;
  }
}

/** parseStatedNumber of a string of ASCII digits only; undefined for anything else (the full reading decides). */
function plainDigitsValue(text: string): StatedNumber | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let zeros = 0;
  while (zeros < n && text.charCodeAt(zeros) === 48) zeros++;
  for (let i = zeros; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  if (n - zeros > MAX_LITERAL_DIGITS) return undefined;
  return { value: new Dec(text), decimals: 0 };
}

const FULLWIDTH_NUMERAL = /[\uff0c\uff0e\uff10-\uff19]/;

/** Fullwidth digits, comma and point to ASCII (ASR and Chinese pages mix them). */
export function toAsciiDigits(s: string): string {
  // Most numerals are ASCII already (the figure grammar reads folded text): nothing to build then.
  if (!FULLWIDTH_NUMERAL.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff0c) out += ',';
    else if (c === 0xff0e) out += '.';
    else out += s[i];
  }
  return out;
}

export interface Interval {
  readonly low: DecimalString;
  readonly high: DecimalString;
}

/**
 * The interval a stated number allows: half a unit of its last stated digit either side, times the
 * multiplier (scale). "37.2" -> 37.15..37.25; "1.3" x 1e9 -> 1.25e9..1.35e9; "500" -> 499.5..500.5.
 */
export function statedInterval(value: Big, decimals: number, multiplier: Big = new Dec(1)): Interval {
  const half = halfUnit(decimals, multiplier);
  const v = value.times(multiplier);
  return { low: canonical(v.minus(half)), high: canonical(v.plus(half)) };
}

/** The half-width a stated precision implies, in base units (for widening by other conventions). */
export function halfUnit(decimals: number, multiplier: Big = new Dec(1)): Big {
  return new Dec(5).times(pow10(-(decimals + 1))).times(multiplier.abs());
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return big(a.low).lte(big(b.high)) && big(b.low).lte(big(a.high));
}

export function cmp(a: DecimalString, b: DecimalString): number {
  return big(a).cmp(big(b));
}

export function add(a: DecimalString, b: DecimalString): DecimalString {
  return canonical(big(a).plus(big(b)));
}
export function sub(a: DecimalString, b: DecimalString): DecimalString {
  return canonical(big(a).minus(big(b)));
}
export function mul(a: DecimalString, b: DecimalString): DecimalString {
  return canonical(big(a).times(big(b)));
}
/** Division to Dec.DP (40) places; undefined when dividing by zero. */
export function div(a: DecimalString, b: DecimalString): DecimalString | undefined {
  const d = big(b);
  if (d.eq(0)) return undefined;
  return canonical(big(a).div(d));
}
export function neg(a: DecimalString): DecimalString {
  return canonical(big(a).neg());
}

/** "48800000" -> "48,800,000"; "-1234.5" -> "-1,234.5". */
export function formatGrouped(s: DecimalString): string {
  const m = /^(-?)([0-9]+)(\.[0-9]+)?$/.exec(s);
  if (!m) return s;
  return m[1] + m[2].replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',') + (m[3] ?? '');
}

const SHORT_SCALES: readonly [number, string][] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
  [3, 'thousand'],
];

/** A readable form for hovers: "48800000" -> "48.8 million"; small or fractional values stay as digits. */
export function formatHuman(s: DecimalString): string {
  const b = toBig(s);
  if (!b) return s;
  for (const [exp, word] of SHORT_SCALES) {
    const p = pow10(exp);
    if (b.abs().gte(p)) return `${canonical(b.div(p).round(6))} ${word}`;
  }
  return formatGrouped(canonical(b));
}

/** Rounds to a number of significant digits for display (never for stored values). */
export function roundSignificant(s: DecimalString, digits: number): DecimalString {
  const b = toBig(s);
  if (!b || b.eq(0)) return s;
  return canonical(b.prec(digits));
}

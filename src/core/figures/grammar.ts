import type Big from 'big.js';
import { Dec, parseStatedNumber, pow10, type StatedNumber } from '../numbers/decimal';
import type { FigureKind } from './types';
import {
  BPS_WORDS,
  DOLLAR_PREFIXES,
  EN_CURRENCY_WORDS,
  EN_NAMING_WORDS,
  EN_SCALES,
  EN_UNITS,
  EN_UNIT_MODIFIERS_MAX,
  MONTHS,
  PERCENT_WORDS,
  PP_WORDS,
  SYMBOL_CURRENCIES,
  ZH_APPROX_AFTER,
  ZH_CURRENCIES,
  ZH_SCALES,
  ZH_UNITS,
  ZH_UNIT_BLOCKERS,
} from './lexicon';
import { sharePercent } from './interval';
import { START_WORDS } from './leads';
import { A_CURRENCY_UNIT, BIG_SCALES, FRACTION_NOUNS, parseChineseNumeral, parseEnglishNumberWords, parseFractionWords, type WordFraction } from './numberWords';
import type { Tok } from './tokens';
import type { Approximation } from './types';

/**
 * The figure grammar: [sign] [currency] number [scale] [currency] [% | pp | bps | x | unit] [)],
 * read at one token position with a bounded look-ahead (a few tokens), so scanning a sentence is linear.
 */
export interface RawMatch {
  readonly startTok: number;
  /** Exclusive. */
  readonly endTok: number;
  /** Offsets in the sentence: start of the first token, end of the last. */
  readonly start: number;
  readonly end: number;
  kind: FigureKind | 'bare';
  digits: Big;
  decimals: number;
  multiplier: Big;
  scaleLabel?: string;
  currency?: string;
  currencyImplied?: boolean;
  unit?: string;
  negative: boolean;
  approxAfter?: Approximation;
  /** A four-digit integer that reads like a year (bare only). */
  yearLike: boolean;
  fraction?: WordFraction;
  /** True when the number was written in words. */
  fromWords: boolean;
  notes: string[];
  /** The other end of a range ("60% to 65%"), linked after the sentence is read. */
  range?: RawMatch;
}

export interface GrammarContext {
  /** Raw sentence text (case kept: "M" vs "m"). */
  readonly raw: string;
  /** The call's declared reporting currency (ISO code), if any. */
  readonly reportingCurrency?: string;
  /** Numerals read so far, by their text (see statedNumeral). */
  readonly numerals?: Map<string, StatedNumber>;
}

/** The most numerals a memo keeps: past that it starts again (a long call's page numbers, ids and amounts). */
const NUMERAL_MEMO_MAX = 8192;

/**
 * parseStatedNumber, remembered when the context carries a memo: calls say the same numerals again and again
 * ("2023", "10", "4"), and making their big.js values is most of reading a numeral. The values are shared
 * safely: big.js numbers are never changed in place.
 */
function statedNumeral(ctx: GrammarContext, text: string): StatedNumber | undefined {
  const memo = ctx.numerals;
  if (memo === undefined) return parseStatedNumber(text);
  let v = memo.get(text);
  if (v === undefined) {
    v = parseStatedNumber(text);
    if (v !== undefined) {
      if (memo.size >= NUMERAL_MEMO_MAX) memo.clear();
      memo.set(text, v);
    }
  }
  return v;
}

const STOP = new Set([
  'of', 'the', 'and', 'to', 'in', 'for', 'with', 'from', 'by', 'on', 'at', 'is', 'was', 'were', 'are', 'be', 'a', 'an',
  'or', 'that', 'this', 'these', 'those', 'which', 'per', 'as', 'than', 'our', 'their', 'its', 'we', 'you', 'they',
  'it', 'year', 'quarter', 'percent', 'times', 'more', 'less', 'over', 'under', 'about', 'million', 'billion', 'thousand',
  'so', 'but', 'if', 'not', 'no', 'also', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'i', 'he', 'she',
]);

const TIMES_FOLLOWERS = new Set(['more', 'higher', 'larger', 'greater', 'bigger', 'faster', 'as', 'the', 'that', 'over', 'compared', 'year', 'what', 'our', 'its', 'from', 'since', 'versus', 'vs', 'year-over-year']);

const ZH_NUMERAL_UNITS = new Set(['天', '个月', '周', '次', '家', '名', '位', '个省', '个国家', '个城市', '家客户', '个客户']);

const ZH_NUMERAL_UNIT_FIRST = new Set([...ZH_NUMERAL_UNITS].map((u) => u[0]));

const HAN_DATE_AFTER = new Set(['月', '日', '号', '年']);

function isPunct(t: Tok | undefined, ch: string): boolean {
  return !!t && t.kind === 'punct' && t.text === ch;
}

/** Consecutive glued Han tokens spelling `word` starting at j; returns the index after, or -1. */
export function hanAt(toks: readonly Tok[], j: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    const t = toks[j + k];
    // A Han token is one UTF-16 unit: compared by code, since `word[k]` would make a new string for each look.
    if (!t || t.kind !== 'han' || t.text.charCodeAt(0) !== word.charCodeAt(k)) return -1;
    // Inside a Chinese word no space; before the word a space is fine.
    if (k > 0 && t.sp) return -1;
  }
  return j + word.length;
}

/** An English word sequence ("percentage points") starting at j; -1 if absent. Hyphens between words allowed. */
function wordsAt(toks: readonly Tok[], j: number, words: readonly string[]): number {
  let k = j;
  for (let w = 0; w < words.length; w++) {
    if (w > 0 && isPunct(toks[k], '-') && !toks[k].sp) k++;
    const t = toks[k];
    if (!t || t.kind !== 'word' || t.text !== words[w]) return -1;
    k++;
  }
  return k;
}

interface Currency {
  code: string;
  end: number;
  note?: string;
  /** A minor unit ("25 cents", "8.4 pence"): the amount is in hundredths of the currency. */
  minor?: true;
}

interface CurrencyName {
  readonly words: readonly string[];
  readonly code: string;
}
/** Currency names of several words, said after the amount, by their first word. */
const MULTI_WORD_CURRENCIES: ReadonlyMap<string, readonly CurrencyName[]> = (() => {
  const m = new Map<string, CurrencyName[]>();
  for (const [words, code] of [
    [['hong', 'kong', 'dollars'], 'HKD'],
    [['hong', 'kong', 'dollar'], 'HKD'],
    [['hk', 'dollars'], 'HKD'],
    [['us', 'dollars'], 'USD'],
    [['u', '.', 's', '.', 'dollars'], 'USD'],
    [['swiss', 'francs'], 'CHF'],
    [['pounds', 'sterling'], 'GBP'],
  ] as const) {
    const list = m.get(words[0]);
    if (list) list.push({ words, code });
    else m.set(words[0], [{ words, code }]);
  }
  return m;
})();
const NO_NAMES: readonly CurrencyName[] = [];

/** Currency names said after the amount, besides "dollars" and "euros". */
const CURRENCY_NAMES_AFTER: ReadonlyMap<string, string> = new Map([
  ['yen', 'JPY'],
  ['francs', 'CHF'],
  ['rupees', 'INR'],
  ['sterling', 'GBP'],
]);

function resolveDollar(code: string, symbol: string, ctx: GrammarContext): { code: string; note?: string } {
  if (symbol === '$' && ctx.reportingCurrency && ['HKD', 'SGD', 'TWD', 'AUD', 'CAD'].includes(ctx.reportingCurrency)) {
    return { code: ctx.reportingCurrency, note: `"$" read as ${ctx.reportingCurrency}, the call's reporting currency` };
  }
  if ((symbol === '¥' || symbol === '￥') && ctx.reportingCurrency === 'JPY') return { code: 'JPY' };
  if (symbol === '$') return { code, note: '"$" read as US dollars' };
  return { code };
}

function currencyPrefix(toks: readonly Tok[], j: number, ctx: GrammarContext): Currency | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === 'word') {
    // "Rs. 500" / "Rs 500": the dot belongs to the currency, not to the number (".500").
    if (t.text === 'rs') return { code: 'INR', end: isPunct(toks[j + 1], '.') && !toks[j + 1].sp ? j + 2 : j + 1 };
    const code = EN_CURRENCY_WORDS.get(t.text);
    if (code) return { code, end: j + 1 };
    const dollar = DOLLAR_PREFIXES.get(t.text);
    if (dollar && isPunct(toks[j + 1], '$') && !toks[j + 1].sp) return { code: dollar, end: j + 2 };
    return undefined;
  }
  if (t.kind === 'punct') {
    const code = SYMBOL_CURRENCIES.get(t.text);
    if (code) {
      const r = resolveDollar(code, t.text, ctx);
      return { code: r.code, end: j + 1, note: r.note };
    }
    return undefined;
  }
  if (t.kind === 'han') {
    for (const c of ZH_CURRENCIES) {
      const e = hanAt(toks, j, c.text);
      if (e >= 0) return { code: c.code, end: e };
    }
  }
  return undefined;
}

/**
 * "4.5p", "152.4p", "12p per share": pence glued to the number, stated to a decimal or per share ("the 3p line",
 * "Group 4p" are names); not "5p.m." nor a "p" running on into a word.
 */
function isPenceAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'word' || t.text !== 'p' || t.sp) return false;
  const n = toks[j + 1];
  if (n && !n.sp && (n.kind === 'word' || n.kind === 'num' || (n.text === '.' && toks[j + 2] && !toks[j + 2].sp && toks[j + 2].kind === 'word'))) return false;
  const decimal = toks[j - 1]?.kind === 'num' && (toks[j - 1].text.includes('.') || (isPunct(toks[j - 2], '.') && toks[j - 3]?.kind === 'num'));
  const perShare = (toks[j + 1]?.text === 'per' || toks[j + 1]?.text === 'a') && toks[j + 2]?.text === 'share';
  return decimal || perShare;
}

function currencySuffix(toks: readonly Tok[], j: number, prefix: string | undefined): Currency | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === 'han') {
    for (const c of ZH_CURRENCIES) {
      const e = hanAt(toks, j, c.text);
      if (e >= 0) return { code: c.code, end: e };
    }
    if (t.text === '元') {
      // "1.08 亿元人民币": 元 then the currency's name.
      for (const c of ZH_CURRENCIES) {
        const e = hanAt(toks, j + 1, c.text);
        if (e >= 0 && !toks[j + 1].sp) return { code: c.code, end: e };
      }
      return { code: prefix ?? 'CNY', end: j + 1, note: prefix ? undefined : '元 read as renminbi (CNY)' };
    }
    return undefined;
  }
  if (t.kind !== 'word') return undefined;
  if (t.text === 'yuan' || t.text === 'renminbi') return { code: 'CNY', end: j + 1 };
  if (!prefix) {
    const code = EN_CURRENCY_WORDS.get(t.text);
    if (code) return { code, end: j + 1 };
  }
  // A name of several words is tried only after its first word (wordsAt answers -1 for any other first word):
  // this runs after nearly every number.
  for (const name of MULTI_WORD_CURRENCIES.get(t.text) ?? NO_NAMES) {
    const e = wordsAt(toks, j, name.words);
    if (e >= 0) return { code: name.code, end: e };
  }
  if (t.text === 'dollars' || t.text === 'dollar') return { code: prefix ?? 'USD', end: j + 1, note: prefix ? undefined : '"dollars" read as US dollars' };
  if (t.text === 'euros' || t.text === 'euro') return { code: 'EUR', end: j + 1 };
  const named = CURRENCY_NAMES_AFTER.get(t.text);
  if (named) return { code: named, end: j + 1 };
  // "25 cents", "8.4 pence": the minor unit, in the call's currency when the amount names none.
  if (t.text === 'cents' || t.text === 'cent') return { code: prefix ?? 'USD', end: j + 1, minor: true, note: prefix ? undefined : '"cents" read as US cents' };
  if (t.text === 'pence') return { code: 'GBP', end: j + 1, minor: true };
  if (isPenceAt(toks, j)) return { code: 'GBP', end: j + 1, minor: true };
  return undefined;
}

/** Nouns after "a 2 point ...": the points are a change. */
const POINT_CHANGE_NOUNS = new Set(['improvement', 'increase', 'decrease', 'decline', 'expansion', 'contraction', 'gain', 'drop', 'reduction', 'headwind', 'tailwind', 'impact', 'swing', 'step-up', 'uplift']);
const hasPercent = new WeakMap<readonly Tok[], boolean>();

/**
 * "attrition improved to 11% from 13%, a 2 point improvement", "margin rose 3 points to 40%": in a sentence
 * that speaks in percent, bare "points" are percentage points. Elsewhere ("two points to make", index points)
 * they are not a figure.
 */
function bareDifferenceOfPercents(toks: readonly Tok[], j: number): boolean {
  const w = toks[j].text;
  const next = toks[j + 1];
  if (w === 'point') {
    if (!next || next.kind !== 'word' || !POINT_CHANGE_NOUNS.has(next.text)) return false;
  } else if (w !== 'points' || (next?.kind === 'word' && next.text === 'of')) return false;
  let percent = hasPercent.get(toks);
  if (percent === undefined) {
    percent = toks.some((t) => (t.kind === 'punct' && t.text === '%') || (t.kind === 'word' && PERCENT_WORDS.has(t.text)));
    hasPercent.set(toks, percent);
  }
  return percent;
}

/** Said of "95 million" with neither currency nor unit; a range end that gets its currency drops it. */
export const PLAIN_QUANTITY_NOTE = 'scale without currency or unit: read as a plain quantity';

const PERCENTAGE_POINTS = ['percentage', 'points'];
const PERCENTAGE_POINT = ['percentage', 'point'];
const PERCENT_POINTS = ['percent', 'points'];
const BASIS_POINTS = ['basis', 'points'];
const BASIS_POINT = ['basis', 'point'];
const PER_CENT = ['per', 'cent'];

interface KindSuffix {
  kind: FigureKind;
  end: number;
}

/** Kinds written in Chinese after the number, longest first. */
const HAN_KIND_SUFFIXES: readonly (readonly [string, FigureKind])[] = [
  ['个百分点', 'percentage-points'],
  ['百分点', 'percentage-points'],
  ['个基点', 'basis-points'],
  ['基点', 'basis-points'],
  ['倍', 'multiple'],
];

function kindSuffix(toks: readonly Tok[], j: number, fromWords: boolean): KindSuffix | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === 'punct') {
    if (t.text === '%') return { kind: 'percent', end: j + 1 };
    if (t.text === '-' && !t.sp) {
      const n = toks[j + 1];
      if (n && !n.sp && n.kind === 'word' && n.text === 'fold') return { kind: 'multiple', end: j + 2 };
    }
    return undefined;
  }
  if (t.kind === 'han') {
    for (const [w, kind] of HAN_KIND_SUFFIXES) {
      const e = hanAt(toks, j, w);
      if (e >= 0) return { kind, end: e };
    }
    return undefined;
  }
  if (t.kind !== 'word') return undefined;
  // The names of several words are tried only after their first word (wordsAt answers -1 for any other).
  const w = t.text;
  let e = -1;
  if (w === 'percentage') {
    e = wordsAt(toks, j, PERCENTAGE_POINTS);
    if (e < 0) e = wordsAt(toks, j, PERCENTAGE_POINT);
  } else if (w === 'percent') e = wordsAt(toks, j, PERCENT_POINTS);
  if (e >= 0 || PP_WORDS.has(w)) return { kind: 'percentage-points', end: e >= 0 ? e : j + 1 };
  if (bareDifferenceOfPercents(toks, j)) return { kind: 'percentage-points', end: j + 1 };
  if (w === 'basis') {
    e = wordsAt(toks, j, BASIS_POINTS);
    if (e < 0) e = wordsAt(toks, j, BASIS_POINT);
  }
  if (e >= 0 || BPS_WORDS.has(w)) return { kind: 'basis-points', end: e >= 0 ? e : j + 1 };
  if (w === 'per') e = wordsAt(toks, j, PER_CENT);
  if (e >= 0 || PERCENT_WORDS.has(w)) return { kind: 'percent', end: e >= 0 ? e : j + 1 };
  if (t.text === 'x' && !t.sp) {
    const n = toks[j + 1];
    if (n && !n.sp && (n.kind === 'num' || n.kind === 'word')) return undefined; // "7x24"
    return { kind: 'multiple', end: j + 1 };
  }
  if (t.text === 'times' || t.text === 'fold') {
    if (fromWords) {
      const n = toks[j + 1];
      if (!n || n.kind !== 'word' || !TIMES_FOLLOWERS.has(n.text)) return undefined;
    }
    return { kind: 'multiple', end: j + 1 };
  }
  return undefined;
}

const INVARIANT_UNITS = new Set(['staff', 'personnel', 'people', 'headcount', 'ads', 'mw', 'gw', 'tb', 'pb', 'pflops', 'exaflops', 'petaflops']);
function pluralOk(unit: string): boolean {
  return INVARIANT_UNITS.has(unit) || unit.endsWith('s') || !EN_UNITS.has(unit + 's') && !EN_UNITS.has(unit.replace(/y$/, 'ies'));
}

/**
 * A content word right after a bare scaled number names what is counted ("1.5 million square meters",
 * "4,880萬用戶"): then the call's currency must not be assumed.
 */
function contentFollows(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (t.kind === 'word') return !STOP.has(t.text) && !IMPLIED_OK_WORDS.has(t.text);
  if (t.kind === 'han') return !IMPLIED_OK_HAN.has(t.text) || t.sp;
  return false;
}
const IMPLIED_OK_WORDS = new Set(['in', 'for', 'this', 'last', 'compared', 'versus', 'vs', 'up', 'down', 'year-over-year', 'yoy', 'which', 'representing', 'while', 'during', 'respectively', 'or', 'and', 'versus', 'from', 'to', 'at', 'as', 'on', 'with', 'by', 'of', 'previously', 'before', 'after', 'year', 'quarter', 'sequentially', 'a', 'an', 'the', 'increase', 'decrease', 'growth', 'decline', 'higher', 'lower',
  // Money nouns: "5 million revenue", "2.1 billion net profit" are amounts of money.
  'revenue', 'revenues', 'sales', 'profit', 'profits', 'income', 'loss', 'losses', 'cash', 'expenses', 'expense', 'costs', 'cost',
  'ebitda', 'ebit', 'bookings', 'billings', 'gmv', 'capex', 'opex', 'net', 'gross', 'operating', 'adjusted', 'total', 'worth']);
const IMPLIED_OK_HAN = new Set(['的', '，', '。', '、', '；', '：', '较', '同', '环', '年', '季', '比', '和', '及', '与', '或', '至', '到', '左', '以', '上', '增', '减', '下', '而', '但', '是', '在', '为', '了', '（', '(', '！', '？']);

function isModifier(t: Tok | undefined): boolean {
  return !!t && t.kind === 'word' && !STOP.has(t.text) && !EN_SCALES.has(t.text) && t.text.length > 1 && !MONTHS.has(t.text);
}

/** ZH_UNITS with the Han part split from a trailing "ADS" ("個 ADS"), computed once. */
const ZH_UNITS_HAN = ZH_UNITS.map((u) => ({ ...u, han: u.text.replace('ads', ''), thenAds: u.text.endsWith('ads') }));

interface UnitMatch {
  unit: string;
  end: number;
}

function unitAfter(toks: readonly Tok[], j: number, raw: string): UnitMatch | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === 'han') {
    for (const u of ZH_UNITS_HAN) {
      const e = hanAt(toks, j, u.han);
      if (e < 0) continue;
      if (u.thenAds) {
        const w = toks[e];
        if (!w || w.kind !== 'word' || (w.text !== 'ads' && w.text !== 'adss')) continue;
        return { unit: u.unit, end: e + 1 };
      }
      const next = toks[e];
      if (next && next.kind === 'han' && !next.sp && ZH_UNIT_BLOCKERS.has(next.text)) return undefined;
      return { unit: u.unit, end: e };
    }
    return undefined;
  }
  // "two-days improvement": a hyphen glued between the number and its unit.
  let k = j;
  if (isPunct(t, '-') && !t.sp && toks[j + 1] && !toks[j + 1].sp) k = j + 1;
  for (let m = 0; m <= EN_UNIT_MODIFIERS_MAX; m++) {
    const w = toks[k + m];
    if (!w || w.kind !== 'word') return undefined;
    if (EN_UNITS.has(w.text)) {
      // "two industry trends": a singular noun after a plural number is a modifier, not the unit.
      if (!pluralOk(w.text)) return undefined;
      // "a year", "per day" after a number are rates ("3 times a day") - only plain units count.
      return { unit: raw.slice(toks[k].start, w.end), end: k + m + 1 };
    }
    if (!isModifier(w)) return undefined;
    // A modifier must be followed directly by another word (no punctuation in between).
    const nx = toks[k + m + 1];
    if (!nx || nx.kind !== 'word') return undefined;
  }
  return undefined;
}

/** What follows "9M" when it counts months: "FY25", "fiscal", "YTD", a year. */
const PERIOD_AFTER_MONTHS = /^(?:fy\d{0,4}|cy\d{0,4}|fiscal|ytd|\d{2}|\d{4})$/;

function scaleAfter(
  toks: readonly Tok[],
  j: number,
  raw: string,
  hasCurrency: boolean,
): { exp: number; label: string; end: number } | undefined {
  const t = toks[j];
  if (!t) return undefined;
  if (t.kind === 'word') {
    const sc = EN_SCALES.get(t.text);
    if (!sc) return undefined;
    if (sc.abbrev) {
      const rawText = raw.slice(t.start, t.end);
      const glued = !t.sp;
      const single = rawText.length === 1;
      // "RMB 1.28 B", "$5m", "2.1bn"; but not "5 m" (metres?) or "1 b" in running text.
      if (single && !glued && !(hasCurrency && rawText === rawText.toUpperCase())) return undefined;
      if (!single && !glued && !hasCurrency && rawText !== 'mn' && rawText !== 'bn') return undefined;
      // A glued abbreviation must end the token run ("5G" is not 5 billion-ish; "2bn," is fine).
      const n = toks[j + 1];
      if (n && !n.sp && (n.kind === 'word' || n.kind === 'num')) return undefined;
      // "9M FY25", "6M 2024": months of a period, not millions.
      if (rawText === 'M' && glued && !hasCurrency && n && n.sp && PERIOD_AFTER_MONTHS.test(n.text)) return undefined;
    }
    // "3.2 lakh crore", "10 thousand crore": Indian compounds multiply.
    const n = toks[j + 1];
    const crore = n && n.kind === 'word' && (n.text === 'crore' || n.text === 'crores') && (sc.label === 'lakh' || sc.label === 'thousand');
    if (crore) return { exp: sc.exp + 7, label: `${sc.label} crore`, end: j + 2 };
    return { exp: sc.exp, label: sc.label, end: j + 1 };
  }
  if (t.kind === 'han') {
    for (const s of ZH_SCALES) {
      const e = hanAt(toks, j, s.text);
      if (e >= 0) return { exp: s.exp, label: s.text, end: e };
    }
  }
  return undefined;
}

/** Parse result: a match, 'skip' (an unreadable numeral: jump over it), or nothing here. */
export type ParseResult = RawMatch | 'skip' | undefined;

/** Words that make a preceding "a" part of a figure: "a hundred", "a million", "a third of" (also "A$", "a-third"). */
const AFTER_A = new Set<string>(['hundred', ...BIG_SCALES.keys(), ...FRACTION_NOUNS.keys(), ...A_CURRENCY_UNIT]);

/**
 * Whether a figure can begin at token i. The tokenizer has judged the token alone (`lead`, leads.ts); the
 * common punctuation and "a" are then judged by the next token, exactly as parseFigureAt would go on: most of
 * them begin nothing, and looking one token ahead is far cheaper than starting a parse.
 */
function mayStartFigure(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t.lead) return false;
  const next = toks[i + 1];
  switch (t.kind) {
    case 'num':
      return true;
    case 'word':
      if (t.text === 'a') return next !== undefined && (next.kind === 'word' ? AFTER_A.has(next.text) : next.text === '$' || next.text === '-');
      return START_WORDS.has(t.text);
    case 'punct':
      // ".5": only a leading decimal point glued to digits.
      if (t.text === '.') return next !== undefined && next.kind === 'num' && !next.sp;
      // "(2.1)", "-3.4%": an accounting bracket or a sign glued to what follows.
      if (t.text === '(' || t.text === '-') return next !== undefined && !next.sp;
      return true;
    case 'han':
      return true;
  }
}

/** A sign at token k: "negative", "minus", 负, or a "-" glued to what follows (not a dash between words). */
function isSignAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  // "plus or minus $75 million" is a tolerance, not a negative amount.
  if (t.kind === 'word') return t.text === 'negative' || (t.text === 'minus' && !(toks[k - 1]?.text === 'or' && toks[k - 2]?.text === 'plus'));
  if (t.kind === 'han') return t.text === '负';
  if (isPunct(t, '-')) {
    const n = toks[k + 1];
    const prev = toks[k - 1];
    return !!n && !n.sp && (n.kind === 'num' || n.kind === 'punct') && (t.sp || !prev || isPunct(prev, '('));
  }
  return false;
}

/** The word right before token j, or before a "." there ("no. 5"); undefined when something else comes first. */
function wordBefore(toks: readonly Tok[], j: number): string | undefined {
  for (let b = j - 1; b >= Math.max(0, j - 2); b--) {
    const t = toks[b];
    if (t.kind === 'word') return t.text;
    if (t.kind !== 'punct' || t.text !== '.') return undefined;
  }
  return undefined;
}

export function parseFigureAt(toks: readonly Tok[], i: number, ctx: GrammarContext): ParseResult {
  const first = toks[i];
  if (!first || !mayStartFigure(toks, i)) return undefined;

  // Spoken shares: "half of", "one-third of", "a quarter of".
  if (first.kind === 'word') {
    const frac = parseFractionWords(toks, i);
    if (frac) {
      const of = toks[frac.end];
      const prev = toks[i - 1];
      const after = toks[frac.end + 1];
      const periodLike = frac.denominator <= 4 && prev?.kind === 'word' && ['first', 'second', 'latter', 'back', 'front', 'last', 'next', 'third', 'fourth'].includes(prev.text) && (frac.denominator === 2 || frac.denominator === 4);
      const ofYear = after && (after.kind === 'num' || (after.kind === 'word' && (after.text === 'this' || after.text === 'next' || after.text === 'last')));
      if (of && of.kind === 'word' && of.text === 'of' && !periodLike && !ofYear) {
        return shareMatch(toks, i, frac.end, frac, `fraction in words: ${frac.numerator}/${frac.denominator} = ${frac.percent}%`);
      }
    }
  }

  let j = i;
  let negative = false;
  let paren = false;
  const notes: string[] = [];
  if (isPunct(first, '(') && toks[i + 1] && !toks[i + 1].sp) {
    paren = true;
    j++;
  }
  if (isSignAt(toks, j)) {
    negative = true;
    if (toks[j].kind === 'word') notes.push(`sign: "${toks[j].text}"`);
    j++;
  }
  const pre = currencyPrefix(toks, j, ctx);
  let currency: string | undefined;
  let innerParen = false;
  if (pre) {
    currency = pre.code;
    if (pre.note) notes.push(pre.note);
    j = pre.end;
    if (!negative && isSignAt(toks, j)) {
      negative = true;
      if (toks[j].kind === 'word') notes.push(`sign: "${toks[j].text}"`);
      j++;
    }
    // "$(3.2) million": an accounting negative inside the currency.
    if (!paren && isPunct(toks[j], '(') && !toks[j].sp && toks[j + 1]?.kind === 'num' && !toks[j + 1].sp) {
      innerParen = true;
      j++;
    }
  }

  // The number itself.
  const nt = toks[j];
  if (!nt) return undefined;
  let digits: Big;
  let decimals = 0;
  let multiplier: Big = pow10(0);
  let scaleLabel: string | undefined;
  let fromWords = false;
  let wordsRead = 0;
  let yearLike = false;
  let named = false;
  let k: number;
  let zhPercentPrefix = false;
  let zhNumeral = false;
  // How the number was read, turned into a note only when a figure comes out (no strings for misses).
  let readAs: string | undefined;
  let readFrom = 0;
  let readTo = 0;

  const prevTok = toks[j - 1];
  const prevWord = wordBefore(toks, j);
  if (j === i || (paren && j === i + 1)) {
    if (prevWord && EN_NAMING_WORDS.has(prevWord)) named = true;
    if (prevWord && MONTHS.has(prevWord) && nt.kind === 'num') return undefined; // "May 8", "December 31"
  }
  // Ordinals: 第4季, 第四季.
  if (prevTok && prevTok.kind === 'han' && prevTok.text === '第') return undefined;

  if (nt.kind === 'num') {
    const stated = statedNumeral(ctx, nt.text);
    if (!stated) return 'skip';
    if (!nt.sp && prevTok && j === i) {
      if (prevTok.kind === 'word') return undefined; // Q4, FY2023, COVID19
      if (['/', ':', '#', '.', '_', '@', '&'].includes(prevTok.text)) return undefined;
      if (prevTok.text === '-' && !prevTok.sp) {
        const before = toks[j - 2];
        if (before && before.kind === 'word') return undefined; // COVID-19, 10-K
      }
    }
    const next = toks[j + 1];
    if (next && !next.sp) {
      if ((next.text === '/' || next.text === ':') && toks[j + 2]?.kind === 'num') return undefined; // 6/18, 10:30
      if (next.kind === 'word' && !EN_SCALES.has(next.text) && next.text !== 'x' && !PERCENT_WORDS.has(next.text) && !PP_WORDS.has(next.text) && !BPS_WORDS.has(next.text) && !isPenceAt(toks, j + 1)) return undefined; // 4th, 21E, 5G, 1e400
      if (next.kind === 'punct' && next.text === '.' && toks[j + 2]?.kind === 'num' && !toks[j + 2].sp) return undefined;
    }
    // 2023年, 12月31日: dates and years, kept only as bare numbers (never a range end).
    if (next && next.kind === 'han' && HAN_DATE_AFTER.has(next.text)) {
      return bare(toks, i, j + 1, stated.value, stated.decimals, true);
    }
    digits = stated.value;
    decimals = stated.decimals;
    yearLike = /^[0-9]{4}$/.test(nt.text) && Number(nt.text) >= 1800 && Number(nt.text) <= 2199;
    k = j + 1;
  } else if (nt.kind === 'word') {
    const wn = parseEnglishNumberWords(toks, j);
    if (!wn) return undefined;
    // "one of", "no one": a lone small number word is too weak on its own.
    digits = wn.digits;
    decimals = wn.decimals;
    multiplier = wn.multiplier;
    scaleLabel = wn.scaleLabel;
    fromWords = true;
    wordsRead = wn.words;
    k = wn.end;
    readAs = 'words: ';
    readFrom = nt.start;
    readTo = toks[k - 1].end;
  } else if (nt.kind === 'han') {
    let h = j;
    const pct = hanAt(toks, j, '百分之');
    if (pct >= 0) {
      zhPercentPrefix = true;
      h = pct;
    }
    const after = toks[h];
    if (after && after.kind === 'num') {
      if (!zhPercentPrefix) return undefined;
      const stated = parseStatedNumber(after.text);
      if (!stated) return 'skip';
      digits = stated.value;
      decimals = stated.decimals;
      k = h + 1;
    } else {
      const zn = parseChineseNumeral(toks, h);
      if (!zn) return undefined;
      // 三分之一: a share, like "one-third of".
      const of = hanAt(toks, zn.end, '分之');
      if (of >= 0 && !zhPercentPrefix && !pre && zn.decimals === 0) {
        const num = parseChineseNumeral(toks, of);
        const d = zn.digits.toNumber();
        const n = num && num.decimals === 0 ? num.digits.toNumber() : 0;
        if (num && d >= 2 && d <= 1000 && n >= 1 && n < d) {
          const frac = { percent: sharePercent(n, d), numerator: n, denominator: d, end: num.end };
          return shareMatch(toks, i, num.end, frac, `fraction in Chinese: ${n}/${d} = ${frac.percent}%`);
        }
      }
      digits = zn.digits;
      decimals = zn.decimals;
      k = zn.end;
      zhNumeral = true;
      readAs = 'Chinese numerals: ';
      readFrom = toks[h].start;
      readTo = toks[k - 1].end;
    }
  } else if (nt.kind === 'punct' && nt.text === '.' && toks[j + 1]?.kind === 'num' && !toks[j + 1].sp && (nt.sp || j === 0 || pre) && /^[0-9]+$/.test(toks[j + 1].text)) {
    // ".5%": a leading decimal point.
    const stated = parseStatedNumber(`0.${toks[j + 1].text}`);
    if (!stated) return 'skip';
    digits = stated.value;
    decimals = stated.decimals;
    k = j + 2;
  } else return undefined;

  if (innerParen) {
    if (!isPunct(toks[k], ')')) return undefined;
    k++;
    negative = true;
    notes.push('accounting negative: (…)');
  }
  // Scale.
  if (!scaleLabel) {
    const sc = scaleAfter(toks, k, ctx.raw, currency !== undefined);
    if (sc) {
      multiplier = pow10(sc.exp);
      scaleLabel = sc.label;
      k = sc.end;
      if (sc.label.length === 1 || /[^a-z]/.test(sc.label)) notes.push(`scale: ${sc.label} (x1e${sc.exp})`);
    }
  }
  // Accounting negatives close right after the amount: "(2.1)%", "(RMB 2.1) million" is not a form we read.
  let closed = false;
  if (paren && isPunct(toks[k], ')')) {
    closed = true;
    k++;
  }
  // Currency after the amount.
  // A currency after the amount; failing that (and with none before it), a kind: "%", "points", "times".
  const sufCurrency = currencySuffix(toks, k, currency);
  const sufKind = sufCurrency || currency ? undefined : kindSuffix(toks, k, fromWords);
  let kind: FigureKind | 'bare' = 'bare';
  let unit: string | undefined;
  if (sufCurrency) {
    if (!currency) currency = sufCurrency.code;
    if (sufCurrency.note) notes.push(sufCurrency.note);
    if (sufCurrency.minor) {
      multiplier = multiplier.times(pow10(-2));
      notes.push(`minor unit: "${toks[sufCurrency.end - 1].text}" = 1/100 ${currency}`);
    }
    k = sufCurrency.end;
    // "one dollar and twelve cents", "5 pounds and 20 pence": the minor units complete the amount, stated to the cent.
    const cents = sufCurrency.minor || !multiplier.eq(1) || decimals !== 0 ? undefined : minorUnitsAfter(toks, k, fromWords);
    if (cents) {
      digits = digits.times(100).plus(cents.value);
      multiplier = pow10(-2);
      notes.push(`minor units: "${ctx.raw.slice(toks[k].start, toks[cents.end - 1].end)}" = ${cents.value}/100 ${currency}`);
      k = cents.end;
    }
  }
  if (currency) kind = 'money';
  else if (zhPercentPrefix) kind = 'percent';
  else if (sufKind) {
    kind = sufKind.kind;
    k = sufKind.end;
  } else if (!zhNumeral) {
    const u = unitAfter(toks, k, ctx.raw);
    if (u && !named && !yearLike && !(fromWords && wordsRead === 1 && digits.eq(1))) {
      kind = 'count';
      unit = u.unit;
      k = u.end;
    } else if (scaleLabel && !named) {
      if (ctx.reportingCurrency && !contentFollows(toks, k)) {
        kind = 'money';
        currency = ctx.reportingCurrency;
        notes.push(`currency implied by the call's opening (${ctx.reportingCurrency})`);
      } else {
        kind = 'count';
        notes.push(PLAIN_QUANTITY_NOTE);
      }
    }
  }
  if (zhNumeral && kind === 'bare' && !currency) {
    // 改善了兩天, 三家客戶: counts in Chinese numerals, only for a few measure words and never after
    // 這/那 ("這兩天" is "these days"), 第 (ordinal), 幾/每.
    const next = toks[k];
    const u = next && next.kind === 'han' && ZH_NUMERAL_UNIT_FIRST.has(next.text) ? unitAfter(toks, k, ctx.raw) : undefined;
    const before = toks[j - 1];
    if (u && ZH_NUMERAL_UNITS.has(u.unit) && digits.gte(2) && !(before && before.kind === 'han' && '这那第几每'.includes(before.text))) {
      kind = 'count';
      unit = u.unit;
      k = u.end;
    }
  }
  if (zhNumeral && kind === 'bare') return undefined;
  if (zhNumeral && kind === 'money' && !scaleLabel && !sufCurrency) return undefined;
  // Chinese approximations written after the number: 100万元左右, 30%以上.
  let approxAfter: Approximation | undefined;
  if (kind !== 'bare') {
    for (const a of ZH_APPROX_AFTER) {
      const e = hanAt(toks, k, a.text);
      if (e >= 0) {
        approxAfter = a.approx;
        break;
      }
    }
    // "or so", "or more", "or less": read only after an "or".
    const or = toks[k];
    if (!approxAfter && or !== undefined && or.kind === 'word' && or.text === 'or') {
      const e1 = wordsAt(toks, k, OR_SO);
      const e2 = wordsAt(toks, k, OR_MORE);
      const e3 = wordsAt(toks, k, OR_LESS);
      approxAfter = e1 >= 0 ? 'about' : e2 >= 0 ? 'at-least' : e3 >= 0 ? 'at-most' : undefined;
    }
  }
  if (paren) {
    // Only "(2.1)" / "(2.1)%" with the parenthesis hugging the number is an accounting negative;
    // "(RMB 3 million)" or "(38 days)" in prose is an aside, read from inside on the next step.
    if (!closed || pre || kind === 'bare' || kind === 'count' || kind === 'multiple') return undefined;
    negative = true;
    notes.push('accounting negative: (…)');
  }
  if (readAs !== undefined && kind !== 'bare') notes.unshift(readAs + ctx.raw.slice(readFrom, readTo));
  return rawMatch(toks, i, k, {
    kind,
    digits,
    decimals,
    multiplier,
    scaleLabel,
    currency,
    currencyImplied: kind === 'money' && currency !== undefined && !pre && !sufCurrency ? true : undefined,
    unit,
    negative,
    approxAfter,
    yearLike: kind === 'bare' ? yearLike : false,
    fromWords,
    notes,
  });
}

/**
 * "and twelve cents" / "and 20 pence" after an amount of whole currency units: the hundredths, below 100. Said in
 * words, the cents may come bare: "one dollar twenty five", "a dollar ten per share" - unless a unit of their own
 * follows ("a dollar twenty years ago", "two dollars fifty percent of the time").
 */
function minorUnitsAfter(toks: readonly Tok[], k: number, fromWords: boolean): { value: number; end: number } | undefined {
  const and = toks[k];
  const said = and?.kind === 'word' && and.text === 'and';
  if (!said && !fromWords) return undefined;
  const at = said ? k + 1 : k;
  const n = toks[at];
  let value: number;
  let end: number;
  if (n?.kind === 'num' && said) {
    if (!/^[0-9]{1,2}$/.test(n.text)) return undefined;
    value = Number(n.text);
    end = at + 1;
  } else if (n?.kind === 'word' && n.sp) {
    const wn = parseEnglishNumberWords(toks, at);
    if (!wn || wn.decimals !== 0 || !wn.multiplier.eq(1) || wn.scaleLabel !== undefined || !wn.digits.lt(100) || !wn.digits.gt(0)) return undefined;
    value = wn.digits.toNumber();
    end = wn.end;
  } else return undefined;
  const unit = toks[end];
  if (unit && unit.kind === 'word' && MINOR_UNITS.has(unit.text)) return { value, end: end + 1 };
  if (said || (unit && unit.kind === 'word' && !BARE_CENTS_BEFORE.has(unit.text))) return undefined;
  return { value, end };
}
const MINOR_UNITS = new Set(['cents', 'cent', 'pence', 'p']);
/** Words that may follow bare cents ("a dollar ten per share", "... a year ago", "... compared to"). */
const BARE_CENTS_BEFORE = new Set(['per', 'a', 'an', 'in', 'for', 'compared', 'versus', 'vs', 'up', 'down', 'from', 'to', 'and', 'or', 'which', 'this', 'last', 'of', 'on', 'at', 'as', 'while', 'with', 'the', 'year-over-year', 'yoy', 'sequentially', 'respectively']);

const OR_SO = ['or', 'so'];
const OR_MORE = ['or', 'more'];
const OR_LESS = ['or', 'less'];

type MatchFields = Pick<RawMatch, 'kind' | 'digits' | 'decimals'> & Partial<Omit<RawMatch, 'startTok' | 'endTok' | 'start' | 'end' | 'range'>>;

/**
 * Every RawMatch is made here, with the same fields in the same order (one object shape for the recogniser
 * to read) and the defaults of a plain number where a field is not given.
 */
function rawMatch(toks: readonly Tok[], startTok: number, endTok: number, f: MatchFields): RawMatch {
  return {
    startTok,
    endTok,
    start: toks[startTok].start,
    end: toks[endTok - 1].end,
    kind: f.kind,
    digits: f.digits,
    decimals: f.decimals,
    multiplier: f.multiplier ?? pow10(0),
    scaleLabel: f.scaleLabel,
    currency: f.currency,
    currencyImplied: f.currencyImplied,
    unit: f.unit,
    negative: f.negative ?? false,
    approxAfter: f.approxAfter,
    yearLike: f.yearLike ?? false,
    fraction: f.fraction,
    fromWords: f.fromWords ?? false,
    notes: f.notes ?? [],
    range: undefined,
  };
}

function bare(toks: readonly Tok[], startTok: number, endTok: number, digits: Big, decimals: number, yearLike: boolean): RawMatch {
  return rawMatch(toks, startTok, endTok, { kind: 'bare', digits, decimals, yearLike });
}

/** A spoken share ("one-third of", 三分之一) as a percent. */
function shareMatch(toks: readonly Tok[], startTok: number, endTok: number, frac: WordFraction, note: string): RawMatch {
  return rawMatch(toks, startTok, endTok, { kind: 'percent', digits: new Dec(frac.percent), decimals: 0, fraction: frac, fromWords: true, notes: [note] });
}

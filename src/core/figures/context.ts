import type { CallFacts } from '../model/types';
import { SPOKEN_SHORT_YEAR, SPOKEN_YEAR, yearValue } from '../text/spokenYears';
import { EN_APPROX_BEFORE, MONTH_NUMBER, ZH_APPROX_BEFORE } from './lexicon';
import type { Approximation, ChangeBasis, FigureChange, FigurePeriod } from './types';

/**
 * What the words around a figure say about it: hedges, change vs level, period, metric.
 * Every function reads a bounded window of the folded sentence (a few dozen characters) or makes one
 * regex pass over the sentence, so the cost stays linear in the text.
 */

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** What `\s` matches in a JavaScript regex (the hedge window used to be trimmed with /\s+$/). */
function isRegexSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

type Hedge = { readonly text: string; readonly approx: Approximation; readonly english: boolean };

/**
 * The hedges by their last character, English before Chinese and each in lexicon order (longest first), so
 * only the few that can end the window are compared; the first that fits wins, as in the full list.
 */
const HEDGES_BY_LAST = (() => {
  const m = new Map<number, Hedge[]>();
  const all: Hedge[] = [...EN_APPROX_BEFORE.map((a) => ({ ...a, english: true })), ...ZH_APPROX_BEFORE.map((a) => ({ ...a, english: false }))];
  for (const h of all) {
    const last = h.text.charCodeAt(h.text.length - 1);
    const list = m.get(last);
    if (list) list.push(h);
    else m.set(last, [h]);
  }
  return m;
})();

/** "about RMB 5 million", "超过30%": the hedge written right before the figure (within 24 characters). */
export function approximationBefore(folded: string, start: number): Approximation | undefined {
  const from = Math.max(0, start - 24);
  let end = start;
  while (end > from && isRegexSpace(folded.charCodeAt(end - 1))) end--;
  if (end === from) return undefined;
  const candidates = HEDGES_BY_LAST.get(folded.charCodeAt(end - 1));
  if (!candidates) return undefined;
  for (const h of candidates) {
    const at = end - h.text.length;
    if (at < from || !folded.startsWith(h.text, at)) continue;
    // An English hedge must start a word ("some" in "handsome" is not one); "~" needs no word.
    if (h.english && h.text !== '~' && at > from && isLetterCode(folded.charCodeAt(at - 1))) continue;
    return h.approx;
  }
  return undefined;
}

const EN_UP = new Set([
  'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'growth', 'up', 'rose', 'rise',
  'rises', 'rising', 'risen', 'climbed', 'jumped', 'jump', 'surged', 'improved', 'improvement', 'expanded', 'expansion',
  'gained', 'gain', 'higher', 'grown', 'accelerated', 'rebounded', 'boosted', 'uplift',
]);
const EN_DOWN = new Set([
  'decreased', 'decrease', 'decreases', 'decreasing', 'declined', 'decline', 'declines', 'declining', 'down', 'dropped',
  'drop', 'fell', 'fall', 'falling', 'reduced', 'reduction', 'shrank', 'contracted', 'contraction', 'lower', 'narrowed',
  'decelerated', 'slid', 'slipped', 'plunged', 'cut',
]);
/** Verbs whose particle "up" does not mean an increase: "signing up 4 customers", "set up 2 centres". */
const PHRASAL_UP = new Set(['sign', 'signs', 'signed', 'signing', 'set', 'sets', 'setting', 'pick', 'picked', 'picking', 'end', 'ended', 'ending', 'show', 'showed', 'shows', 'came', 'come', 'comes', 'coming', 'make', 'makes', 'made', 'making', 'take', 'took', 'taking', 'open', 'opened', 'opening', 'build', 'built', 'building', 'ramp', 'ramped', 'ramping', 'line', 'lined', 'add', 'added', 'adding', 'sum', 'summed', 'round', 'rounded', 'back', 'backed', 'free', 'freed', 'speed', 'sped', 'scale', 'scaled', 'scaling']);
const EN_CHANGE_NOUNS = new Set(['increase', 'decrease', 'growth', 'decline', 'drop', 'reduction', 'improvement', 'rise', 'gain', 'jump', 'expansion', 'contraction', 'uplift', 'change']);
const EN_LEVEL = new Set(['to', 'at', 'from', 'was', 'were', 'is', 'are', 'be', 'been', 'reached', 'reaching', 'totaled', 'totalled', 'totaling', 'amounted', 'stood', 'hit', 'recorded', 'of', 'with', 'as', 'reach', 'total']);
const EN_SKIP = new Set([
  'about', 'approximately', 'around', 'roughly', 'nearly', 'almost', 'over', 'more', 'than', 'some', 'just', 'slightly',
  'only', 'significantly', 'sharply', 'substantially', 'strongly', 'further', 'also', 'materially', 'meaningfully',
  'notably', 'modestly', 'steadily', 'rapidly', 'a', 'an', 'year', 'quarter', 'on', 'year-over-year', 'year-on-year',
  'quarter-over-quarter', 'quarter-on-quarter', 'yoy', 'qoq', 'sequentially', 'annually', 'again', 'still', 'another',
  'healthy', 'strong', 'solid', 'robust', 'remarkable', 'impressive', 'by', 'respectively', 'or', 'less', 'close',
]);

const ZH_UP = ['增长', '成长', '增加', '上升', '提升', '提高', '上涨', '回升', '扩大', '改善', '增', '升', '涨'];
const ZH_DOWN = ['下降', '下滑', '减少', '降低', '下跌', '缩小', '收窄', '衰退', '减', '降', '跌'];
const ZH_LEVEL = ['达到', '录得', '至', '到', '为', '达', '是', '在', '有'];
const ZH_STRIP = /(?:了|约为|大约|约|超过|将近|接近|近|逾|不到|至少|人民币|美元|港元|\s)+$/;

/** Like PeriodHint: a literal every match of the basis pattern contains, tested before the regex runs. */
type BasisHint = (text: string) => boolean;

const BASIS: readonly [RegExp, ChangeBasis, BasisHint][] = [
  [/year[- ]over[- ]year|year[- ]on[- ]year|\byoy\b|\by\/y\b|\by-o-y\b|same (?:period|quarter) (?:of |in )?(?:last|the previous|the prior|prior|previous) year|the same (?:period|quarter) (?:of )?(?:last year|\d{4})|(?:from|compared (?:to|with)|versus|vs\.?|over) (?:a year ago|last year|the prior year|the previous year)|同比|去年同期|较去年|比去年|按年|年增|年减|年成长|年下降|年增长/, 'year-over-year', (t) => t.includes('year') || t.includes('yoy') || t.includes('y/y') || t.includes('y-o-y') || t.includes('same') || t.includes('同比') || t.includes('年')],
  [/quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|quarter to quarter|\bq on q\b|\bq\/q\b|\bqoq\b|\bq-o-q\b|(?:from|compared (?:to|with)|versus|vs\.?|over) (?:the )?(?:previous|prior|last|preceding) quarter|^\s*(?:in )?(?:the )?(?:last|previous|prior|preceding) quarter\b|环比|较上季|较上一季|较上个季度|比上季|比上一季|比上个季度|较前一季|上一季度|按季|季增|季减/, 'quarter-over-quarter', (t) => t.includes('q') || t.includes('环比') || t.includes('季')],
  [/\bsequential(?:ly)?\b|on a sequential basis/, 'sequential', (t) => t.includes('sequential')],
  [/between (?:the )?(?:two )?quarters|两个季度之间/, 'quarter-over-quarter', (t) => t.includes('between') || t.includes('两个季度之间')],
];

function basisIn(text: string, preferLast: boolean): ChangeBasis | undefined {
  let best: { at: number; basis: ChangeBasis } | undefined;
  for (const [re, basis, hint] of BASIS) {
    if (!hint(text)) continue;
    const m = re.exec(text);
    if (!m) continue;
    if (!best || (preferLast ? m.index > best.at : m.index < best.at)) best = { at: m.index, basis };
  }
  return best?.basis;
}

/** How many words back detectChange may look: 10 steps, one more for "of"/"up", four more for a verb before "by". */
const WORDS_BACK = 15;

function wordClass(c: number): 0 | 1 | 2 {
  // 1: part of a word [a-z&'-]; 2: a one-character token (punctuation, CJK punctuation, fullwidth forms, Han).
  if ((c >= 97 && c <= 122) || c === 38 || c === 39 || c === 45) return 1;
  if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41) return 2;
  if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3400 && c <= 0x9fff)) return 2;
  return 0;
}

/**
 * The last WORDS_BACK tokens of /[a-z&'-]+|[.,;:!?()\u3000-\u303f\uff00-\uffef]|[\u3400-\u9fff]/g over `text`, read
 * backwards from its end and cut only when the walk-back asks for them (it stops after a word or two for most
 * figures): the tokens are maximal runs and single characters, so reading from either end finds the same ones.
 */
class WordsBack {
  private readonly words: string[] = [];
  private i: number;

  constructor(private readonly text: string) {
    this.i = text.length;
  }

  /** The k-th token from the end (0: the last), undefined before the first or past WORDS_BACK. */
  back(k: number): string | undefined {
    const { text, words } = this;
    while (words.length <= k && words.length < WORDS_BACK && this.i > 0) {
      let i = this.i;
      const c = wordClass(text.charCodeAt(i - 1));
      if (c === 0) i--;
      else if (c === 2) {
        words.push(text[i - 1]);
        i--;
      } else {
        const end = i;
        while (i > 0 && wordClass(text.charCodeAt(i - 1)) === 1) i--;
        words.push(text.slice(i, end));
      }
      this.i = i;
    }
    return words[k];
  }
}

function hasHan(text: string, from: number): boolean {
  for (let i = Math.max(0, from); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) return true;
  }
  return false;
}

function isClauseMark(c: number): boolean {
  return c === 44 || c === 59 || c === 0xff0c || c === 0xff1b || c === 0x3002; // , ; ， ； 。
}

/**
 * Where the clause that runs from `from` ends before `until`: at the first of , ; : ! ? (and their fullwidth forms)
 * or 。, or at a "." followed by white space or by the end (a decimal point is no end); the end when none.
 * The search of /[,;:，；。！？!?]|\.(?:\s|$)/ over folded.slice(from, until), read in place: it runs for every figure.
 */
export function clauseEnd(folded: string, from: number, until: number): number {
  const to = Math.min(until, folded.length);
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0xff0c || c === 0xff1b || c === 0x3002 || c === 0xff01 || c === 0xff1f) return i;
    if (c === 46 && (i + 1 === to || isRegexSpace(folded.charCodeAt(i + 1)))) return i;
  }
  return Math.max(from, to);
}

/**
 * Change or level. A percent after "increased by", "up", "a decrease of", or before "decrease", or
 * Chinese "同比增长" / "年減", is a change; an amount after "to", "at", "was", "至", "为" is a level.
 * `prevEnd`/`nextStart` bound the windows by the neighbouring figures so one figure's words are not
 * read for another.
 */
export function detectChange(folded: string, start: number, end: number, prevEnd: number, nextStart: number): FigureChange | undefined {
  const before = folded.slice(Math.max(prevEnd, start - 80), start);
  // The words after a figure belong to it only up to the end of its clause.
  const after = folded.slice(end, clauseEnd(folded, end, Math.min(nextStart, end + 50)));
  let direction: 'up' | 'down' | 'unspecified' | undefined;

  // English, walking back over the words before the figure.
  const words = new WordsBack(before);
  for (let r = 0; r < 10; r++) {
    const word = words.back(r);
    if (word === undefined) break;
    if (EN_UP.has(word) || EN_DOWN.has(word)) {
      if (word === 'up' && words.back(r - 1) === 'to') break; // "up to" is a hedge, already read
      if (word === 'up' && PHRASAL_UP.has(words.back(r + 1) ?? '')) break; // "signing up four customers"
      direction = EN_UP.has(word) ? 'up' : 'down';
      break;
    }
    if (word === 'of') {
      const prev = words.back(r + 1);
      if (prev && EN_CHANGE_NOUNS.has(prev)) {
        direction = EN_UP.has(prev) ? 'up' : EN_DOWN.has(prev) ? 'down' : 'unspecified';
      }
      break;
    }
    if (EN_LEVEL.has(word)) break;
    if (word === 'by') {
      // "increased tax by RMB4 million": the verb may sit before its object (up to four words back).
      let verb: string | undefined;
      for (let d = 1; d <= 4 && verb === undefined; d++) {
        const x = words.back(r + d);
        if (x === undefined) break;
        if (EN_UP.has(x) || EN_DOWN.has(x)) verb = x;
      }
      if (verb) {
        direction = EN_UP.has(verb) ? 'up' : 'down';
        break;
      }
    }
    if (EN_SKIP.has(word)) continue;
    break;
  }
  // Chinese: the verb right before the figure (every verb and level word is Han: none without a Han character).
  if (!direction && hasHan(before, before.length - 16)) {
    const zh = before.slice(-16).replace(ZH_STRIP, '');
    if (!ZH_LEVEL.some((l) => zh.endsWith(l))) {
      if (ZH_UP.some((v) => zh.endsWith(v))) direction = 'up';
      else if (ZH_DOWN.some((v) => zh.endsWith(v))) direction = 'down';
    }
  }
  // "a 36% decrease", "23%的增长".
  if (!direction) {
    const m = /^\s*(?:(?:year-over-year|year-on-year|yoy|quarter-over-quarter|qoq|sequential|annual)\s+)?([a-z]+)/.exec(after);
    if (m && EN_CHANGE_NOUNS.has(m[1]) && m[1] !== 'change') direction = EN_UP.has(m[1]) ? 'up' : 'down';
    else if (m && m[1] === 'change') direction = 'unspecified';
    const z = /^\s*的?[^\d%,，。；;]{0,7}?(增长|增幅|成长|增加|下降|降幅|减少|跌幅)/.exec(after);
    if (z) direction = /增|成长/.test(z[1]) ? 'up' : 'down';
  }
  if (!direction) return undefined;
  let clauseStart = before.length;
  while (clauseStart > 0 && !isClauseMark(before.charCodeAt(clauseStart - 1))) clauseStart--;
  const basis = basisIn(after, false) ?? basisIn(before.slice(clauseStart), true) ?? basisIn(before, true) ?? 'unspecified';
  return { direction, basis };
}

/** A basis written straight after a percent with no verb: "20% year-over-year". */
export function bareBasisAfter(folded: string, start: number, end: number, nextStart: number, loose = false): ChangeBasis | undefined {
  if (loose) {
    // After the base of a comparison: "from 203.1 million RMB last quarter", "compared with X in the same period of last year".
    const after = folded.slice(end, Math.min(nextStart, end + 40));
    const cut = after.search(/[,;，；。]|\.(?:\s|$)/);
    return basisIn(cut >= 0 ? after.slice(0, cut) : after, false);
  }
  // "decreased to 1% year-over-year": after "to"/"at"/"was" it is a level, whatever follows.
  if (/(?:^|[^a-z])(?:to|at|was|were|is|are|of|reached)\s*$|[至到为达]\s*$/.test(folded.slice(Math.max(0, start - 12), start))) return undefined;
  const after = folded.slice(end, Math.min(nextStart, end + 30));
  const m = /^\s*(year[- ]over[- ]year|year[- ]on[- ]year|yoy|quarter[- ]over[- ]quarter|qoq|sequentially)\b/.exec(after);
  if (!m) return undefined;
  return basisIn(m[1], false);
}

// ---------------------------------------------------------------------------------------------
// Periods

export interface Mention<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** A comparison period ("the same period last year", "last quarter"): the base of a change, so it binds
   * only to a level written right before it, never to a change and never forward. */
  readonly comparison?: boolean;
}

/** Index of the first mention starting at or after `pos` (mentions sorted by start): binary search, so
 * binding every figure of a long sentence stays O(n log n). */
function firstStartingAt<T>(mentions: readonly Mention<T>[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention before index `i` that ends by `pos` (a few steps back at most: mentions do not nest). */
function lastEndingBefore<T>(mentions: readonly Mention<T>[], i: number, pos: number): Mention<T> | undefined {
  for (let k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) if (mentions[k].end <= pos) return mentions[k];
  return undefined;
}

const ZH_Q: Record<string, 1 | 2 | 3 | 4> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const EN_Q: Record<string, 1 | 2 | 3 | 4> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  if (y.charCodeAt(0) > 57) return yearValue(y);
  const n = Number(y);
  if (y.length === 2) return 2000 + n;
  return n >= 1990 && n <= 2100 ? n : undefined;
}

type PeriodSpec =
  | { kind: 'call-quarter-of-year'; year: number }
  | { kind: 'call-quarter-last-year' }
  | { kind: 'call-quarter-previous' }
  | { kind: 'Q'; q: 1 | 2 | 3 | 4; year?: number }
  /** "last year's third quarter", "the third quarter of last year": the quarter named, a year before the call's. */
  | { kind: 'Q-last-year'; q: 1 | 2 | 3 | 4 }
  | { kind: 'FY' | 'Y'; year?: number }
  | { kind: 'H'; h: 1 | 2; year?: number }
  /** "9M FY25", "the nine months ended September 30, 2025", "year to date": a span of months from the year's start. */
  | { kind: 'months'; months: 6 | 9; year?: number }
  | { kind: 'YTD' }
  | { kind: 'asof'; year?: number; month: number; day: number }
  | { kind: 'call-quarter' }
  | { kind: 'call-year' };

const MONTHS_SPAN: Record<string, 6 | 9> = { six: 6, nine: 9, '6': 6, '9': 9 };

/**
 * A cheap test that the text contains a literal every match of the pattern contains; without one the pattern
 * always runs. Only skips work, never changes a result. Kept only where it measured cheaper than the regex
 * itself (a pattern that starts with a rare literal is already fast to fail).
 */
type PeriodHint = (folded: string) => boolean;
const FOUR_DIGITS = /[0-9]{4}/;
/**
 * Marks the patterns whose every match holds a Han character: whether a sentence has one is read once, so an
 * English sentence passes over all of them without their hints.
 */
const HAN_ONLY = true;
const HAN_CHAR = /[\u3400-\u9fff]/;

const PERIOD_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => PeriodSpec | undefined, (PeriodHint | undefined)?, (typeof HAN_ONLY)?][] = [
  [/\bas\s+of\s+(?:the\s+end\s+of\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?/g, (m) => asOf(m[1], m[2], m[3])],
  [/\b(?:quarter|three\s+months|period)\s+ended\s+([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?/g, (m) => {
    const month = MONTH_NUMBER.get(m[1]);
    return month ? { kind: 'Q', q: Math.ceil(month / 3) as 1 | 2 | 3 | 4, year: fullYear(m[3]) } : undefined;
  }, (t) => t.includes('ended')],
  [/\b(?:fiscal\s+)?year\s+ended\s+([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})/g, (m) => (MONTH_NUMBER.has(m[1]) ? { kind: 'FY', year: fullYear(m[3]) } : undefined), (t) => t.includes('ended')],
  [/\b(?:q([1-4])|([1-4])q)(?:\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|fy\s*)?'?(\d{4}|\d{2})\b)?/g, (m) => ({ kind: 'Q', q: Number(m[1] ?? m[2]) as 1 | 2 | 3 | 4, year: fullYear(m[3]) }), (t) => t.includes('q')],
  [/\b(?:(?:last|the\s+prior|the\s+previous|prior|previous)\s+year['’]s\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter|(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:last\s+year|the\s+(?:prior|previous)\s+year|a\s+year\s+ago))\b/g, (m) => ({ kind: 'Q-last-year', q: EN_Q[m[1] ?? m[2]] }), (t) => t.includes('quarter') && (t.includes('last') || t.includes('prior') || t.includes('previous') || t.includes('ago'))],
  [new RegExp(String.raw`\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:fy\s*)?(\d{4}|${SPOKEN_YEAR}))?`, 'g'), (m) => ({ kind: 'Q', q: EN_Q[m[1]], year: fullYear(m[2]) }), (t) => t.includes('quarter')],
  [/\b(?:(?:the\s+)?(?:first\s+)?(six|nine)\s+months\s+(?:ended|ending)\s+[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(\d{4})|(?:the\s+)?first\s+(six|nine)\s+months(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:fy\s*)?(\d{4}))?|([69])m\s*(?:fy\s*)?'?(\d{4}|\d{2})\b)/g, (m) => ({ kind: 'months', months: MONTHS_SPAN[m[1] ?? m[3] ?? m[5]], year: fullYear(m[2] ?? m[4] ?? m[6]) }), (t) => t.includes('months') || t.includes('m')],
  [/\b(?:year[- ]to[- ]date|ytd)\b/g, () => ({ kind: 'YTD' }), (t) => t.includes('date') || t.includes('ytd')],
  [new RegExp(String.raw`\b(?:fiscal\s+year|fiscal|fy|full[\s-]year|financial\s+year|(?:whole|full)\s+year\s+of)\s*'?(\d{4}|\d{2}|${SPOKEN_YEAR}|${SPOKEN_SHORT_YEAR})\b`, 'g'), (m) => ({ kind: 'FY', year: fullYear(m[1]) })],
  [new RegExp(String.raw`\b(first|second|1st|2nd)\s+half\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(\d{4}|${SPOKEN_YEAR}))?`, 'g'), (m) => ({ kind: 'H', h: m[1].startsWith('f') || m[1] === '1st' ? 1 : 2, year: fullYear(m[2]) }), (t) => t.includes('half')],
  [/\b(?:h([12])\s*(?:fy\s*)?'?(\d{4}|\d{2})?|([12])h\s*(?:fy\s*)?'?(\d{4}|\d{2}))\b/g, (m) => ({ kind: 'H', h: Number(m[1] ?? m[3]) as 1 | 2, year: fullYear(m[2] ?? m[4]) })],
  [/\b(?:the\s+)?same\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(\d{4})\b/g, (m) => {
    const y = fullYear(m[1]);
    return y ? { kind: 'call-quarter-of-year', year: y } : undefined;
  }, (t) => t.includes('same')],
  [/\b(?:the\s+)?same\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|prior|previous)\s+year\b|\b(?:a\s+year\s+ago)\b|去年同期/g, () => ({ kind: 'call-quarter-last-year' }), (t) => t.includes('same') || t.includes('ago') || t.includes('去年同期')],
  [/\b(?:the\s+)?(?:last|previous|prior|preceding)\s+quarter\b|上一?季度?|上个季度/g, () => ({ kind: 'call-quarter-previous' }), (t) => t.includes('quarter') || t.includes('上')],
  [/\b(?:this|the\s+current|current|the)\s+quarter\b/g, () => ({ kind: 'call-quarter' }), (t) => t.includes('quarter')],
  [/\b(?:this|the\s+current|current)\s+year\b|\b(?:for|in|over)\s+the\s+(?:full|whole|fiscal|full\s+fiscal)\s+year\b(?!\s+(?:of\s+)?(?:fy\s*)?'?\d)/g, () => ({ kind: 'call-year' }), (t) => t.includes('year')],
  [new RegExp(String.raw`\b(?:in|for|of|during|throughout)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+(?:of\s+)?)?(\d{4}|${SPOKEN_YEAR})\b`, 'g'), (m) => {
    const y = fullYear(m[1]);
    return y ? { kind: /year/.test(m[0]) ? 'FY' : 'Y', year: y } : undefined;
  }, (t) => FOUR_DIGITS.test(t) || t.includes('twenty') || t.includes('thousand')],
  // Chinese (folded to simplified).
  [/截至\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => ({ kind: 'asof', year: fullYear(m[1]), month: Number(m[2]), day: Number(m[3]) }), (t) => t.includes('截至'), HAN_ONLY],
  [/(\d{4})\s*年\s*(?:第\s*)?([一二三四1-4])\s*(?:个\s*)?季(?:度)?/g, (m) => ({ kind: 'Q', q: ZH_Q[m[2]], year: fullYear(m[1]) }), (t) => t.includes('季'), HAN_ONLY],
  [/(\d{4})\s*年?\s*q([1-4])/g, (m) => ({ kind: 'Q', q: Number(m[2]) as 1 | 2 | 3 | 4, year: fullYear(m[1]) }), (t) => t.includes('q')],
  [/第\s*([一二三四1-4])\s*季(?:度)?/g, (m) => ({ kind: 'Q', q: ZH_Q[m[1]] }), (t) => t.includes('第'), HAN_ONLY],
  [/(\d{4})\s*年\s*(上|下)半年/g, (m) => ({ kind: 'H', h: m[2] === '上' ? 1 : 2, year: fullYear(m[1]) }), (t) => t.includes('半年'), HAN_ONLY],
  [/(\d{4})\s*(财年|财政年度|全年|年度|年)(?!\s*\d{1,2}\s*月)/g, (m) => {
    const y = fullYear(m[1]);
    return y ? { kind: m[2] === '年' || m[2] === '年度' ? 'Y' : 'FY', year: y } : undefined;
  }, (t) => t.includes('年'), HAN_ONLY],
  [/本季度|本季|这一季|这个季度|当季/g, () => ({ kind: 'call-quarter' }), (t) => t.includes('季'), HAN_ONLY],
  [/本年度|今年/g, () => ({ kind: 'call-year' }), undefined, HAN_ONLY],
];

function asOf(monthWord: string, day: string, year: string | undefined): PeriodSpec | undefined {
  const month = MONTH_NUMBER.get(monthWord);
  const d = Number(day);
  if (!month || d < 1 || d > 31) return undefined;
  return { kind: 'asof', month, day: d, year: fullYear(year) };
}

function resolve(spec: PeriodSpec, facts: CallFacts): FigurePeriod {
  const call = facts.period;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (spec.kind) {
    case 'call-quarter':
      if (call?.quarter && call.year) return { label: `Q${call.quarter} ${call.year}`, year: call.year, quarter: call.quarter, resolvedFromCall: true };
      return { label: call?.label ?? 'this quarter', year: call?.year, quarter: call?.quarter, resolvedFromCall: call !== undefined };
    case 'call-quarter-last-year':
      if (call?.quarter && call.year) return { label: `Q${call.quarter} ${call.year - 1}`, year: call.year - 1, quarter: call.quarter, resolvedFromCall: true };
      return { label: 'same period last year', resolvedFromCall: false };
    case 'call-quarter-of-year':
      if (call?.quarter) return { label: `Q${call.quarter} ${spec.year}`, year: spec.year, quarter: call.quarter, resolvedFromCall: true };
      return { label: String(spec.year), year: spec.year, resolvedFromCall: false };
    case 'call-quarter-previous': {
      if (call?.quarter && call.year) {
        const q = (call.quarter === 1 ? 4 : call.quarter - 1) as 1 | 2 | 3 | 4;
        const year = call.quarter === 1 ? call.year - 1 : call.year;
        return { label: `Q${q} ${year}`, year, quarter: q, resolvedFromCall: true };
      }
      return { label: 'previous quarter', resolvedFromCall: false };
    }
    case 'call-year':
      return call?.year ? { label: `FY ${call.year}`, year: call.year, resolvedFromCall: true } : { label: 'this year', resolvedFromCall: false };
    case 'Q-last-year': {
      const year = call?.year === undefined ? undefined : call.year - 1;
      return { label: year ? `Q${spec.q} ${year}` : `Q${spec.q} last year`, year, quarter: spec.q, resolvedFromCall: year !== undefined };
    }
    case 'months': {
      const year = spec.year ?? call?.year;
      // Six months from the year's start are its first half.
      if (spec.months === 6) return { label: year ? `H1 ${year}` : 'H1', year, resolvedFromCall: spec.year === undefined && year !== undefined };
      return { label: year ? `9M ${year}` : '9M', year, resolvedFromCall: spec.year === undefined && year !== undefined };
    }
    case 'YTD': {
      const year = call?.year;
      return { label: year ? `YTD ${year}` : 'year to date', year, resolvedFromCall: year !== undefined };
    }
    case 'Q': {
      const year = spec.year ?? call?.year;
      return { label: year ? `Q${spec.q} ${year}` : `Q${spec.q}`, year, quarter: spec.q, resolvedFromCall: spec.year === undefined && year !== undefined };
    }
    case 'H': {
      const year = spec.year ?? call?.year;
      return { label: year ? `H${spec.h} ${year}` : `H${spec.h}`, year, resolvedFromCall: spec.year === undefined && year !== undefined };
    }
    case 'FY':
      return { label: `FY ${spec.year}`, year: spec.year, resolvedFromCall: false };
    case 'Y':
      return { label: String(spec.year), year: spec.year, resolvedFromCall: false };
    case 'asof': {
      const year = spec.year ?? call?.year;
      return {
        label: year ? `as of ${year}-${pad(spec.month)}-${pad(spec.day)}` : `as of ${pad(spec.month)}-${pad(spec.day)}`,
        year,
        resolvedFromCall: spec.year === undefined && year !== undefined,
      };
    }
  }
}

/** Whether the words right before a figure make it a change ("grew 70% to 170%" is not a range). */
export function isChangeAt(folded: string, start: number, prevEnd: number): boolean {
  return detectChange(folded, start, start, prevEnd, start) !== undefined;
}

/** Every period mention in a sentence, left to right, overlaps resolved in favour of the earlier, longer one. */
export function findPeriods(folded: string, facts: CallFacts): Mention<FigurePeriod>[] {
  const found: Mention<PeriodSpec>[] = [];
  let han: boolean | undefined;
  for (const [re, make, hint, hanOnly] of PERIOD_PATTERNS) {
    if (hanOnly && !(han ??= HAN_CHAR.test(folded))) continue;
    if (hint && !hint(folded)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const spec = make(m);
      if (spec) found.push({ start: m.index, end: m.index + m[0].replace(/\s+$/, '').length, value: spec });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention<FigurePeriod>[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    const comparison = f.value.kind === 'call-quarter-last-year' || f.value.kind === 'call-quarter-previous' || f.value.kind === 'call-quarter-of-year';
    out.push({ start: f.start, end: f.end, value: resolve(f.value, facts), comparison });
    lastEnd = f.end;
  }
  return out;
}

/**
 * The period a figure belongs to: one written right after it ("RMB 5 million in Q4 2023") when no other
 * figure comes first, otherwise the nearest one before it in the sentence.
 */
export function bindPeriod(periods: readonly Mention<FigurePeriod>[], folded: string, start: number, end: number, nextStart: number, isChange = false): FigurePeriod | undefined {
  // A period after the figure binds only within its clause: "about RMB8,000, and come Q4, it's RMB11,000".
  const gapText = folded.slice(end, end + 31);
  const i = firstStartingAt(periods, end);
  const p = periods[i];
  if (p && p.start < nextStart && p.start - end <= 30 && !/[,;，；。]/.test(gapText.slice(0, p.start - end))) {
    if (!p.comparison) return p.value;
    if (!isChange) return p.value;
  }
  for (let k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const m = periods[k];
    if (m.end > start) continue;
    // "去年同期为8,650万元", "last year was X": a comparison period right before a level names it.
    if (m.comparison && !isChange && /^\s*(?:为|是|was|were|is|:|：|,|，)?\s*$/.test(folded.slice(m.end, start))) return m.value;
    if (!m.comparison) return m.value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Metrics

const EN_METRICS = [
  'revenue', 'revenues', 'total revenue', 'total revenues', 'net revenue', 'net revenues', 'income', 'net income',
  'operating income', 'profit', 'net profit', 'gross profit', 'operating profit', 'loss', 'net loss', 'operating loss',
  'gross margin', 'operating margin', 'net margin', 'margin', 'ebitda', 'ebitda margin', 'ebit', 'ebit margin',
  'earnings per share', 'eps', 'earnings', 'cash flow', 'operating cash flow', 'free cash flow', 'net operating cash inflow',
  'operating cash inflow', 'cash inflow', 'total cash inflow', 'cash outflow', 'cash and cash equivalents',
  'cash and cash equivalent', 'cash position', 'expenses', 'expense', 'opex', 'operating expenses', 'operating expense',
  'r&d expenses', 'r&d expense', 'research and development expenses', 'selling and marketing expenses',
  'sales and marketing expenses', 'general and administrative expenses', 'g&a expenses', 'g&a expense', 's&m expenses',
  'cost of revenues', 'cost of revenue', 'costs', 'cost', 'capex', 'capital expenditures', 'capital expenditure', 'gross billings',
  'billings', 'deferred revenue', 'deferred revenues', 'deferred revenue balance', 'accounts receivable', 'accounts payable',
  'receivables', 'prepayments', 'prepayments and other current assets', 'fixed assets', 'total assets', 'assets',
  'liabilities', 'current liabilities', 'total current liabilities', 'current operating lease liability',
  'long-term investment', 'long-term investments', 'goodwill', 'intangible assets', 'impairment loss', 'impairment',
  'share-based compensation', 'dividend', 'dividends', 'share repurchase', 'market cap', 'arpu', 'dau', 'mau',
  'retention rate', 'net dollar retention rate', 'churn rate', 'backlog', 'bookings', 'subscription revenue',
  'developer subscription revenue', 'public cloud revenue', 'public cloud revenues', 'enterprise cloud revenue',
  'enterprise cloud revenues', 'cloud revenue', 'cloud revenues', 'gmv', 'tax', 'ar turnover days', 'turnover days',
  'utilization rate', 'inventory', 'debt', 'borrowings', 'net profit rate', 'net profit margin', 'return rate',
  'non-gaap net income', 'non-gaap net loss', 'adjusted net income', 'adjusted net loss', 'adjusted ebitda',
  'adjusted ebitda margin', 'adjusted operating income', 'adjusted net profit', 'adjusted gross profit', 'adjusted gross margin',
  'gross profit margin', 'operating cash flows', 'net cash', 'working capital', 'interest income', 'other income',
  // Retail, industrial, software and bank calls name their lines differently.
  'sales', 'net sales', 'total sales', 'comparable sales', 'comparable store sales', 'same-store sales', 'same store sales',
  'cost of sales', 'cost of goods sold', 'orders', 'order intake', 'bookings', 'annual recurring revenue', 'arr',
  'recurring revenue', 'net revenue retention', 'remaining performance obligations', 'rpo', 'sg&a', 'sg&a expenses',
  'interest expense', 'depreciation and amortization', 'effective tax rate', 'tax rate', 'net debt', 'cash from operations',
  'diluted eps', 'adjusted eps', 'non-gaap eps', 'book value', 'tangible book value', 'net interest income',
  'net interest margin', 'premiums', 'combined ratio', 'assets under management', 'shipments',
  'deliveries', 'adjusted operating margin', 'free cash flow margin', 'return on equity', 'gross bookings',
  // Indian and European reporting: profit after/before tax, revenue from operations, order book, loan book.
  'pat', 'pbt', 'profit after tax', 'profit before tax', 'revenue from operations', 'total income', 'finance costs',
  'finance cost', 'order book', 'order inflow', 'operating profit margin', 'underlying operating profit', 'trading profit',
  'like-for-like sales', 'organic growth', 'net interest income', 'provisions', 'loan book', 'deposits growth',
];
const ZH_METRICS = [
  '收入', '总收入', '营收', '营业收入', '营业额', '订阅收入', '开发者订阅收入', '公有云收入', '企业云收入', '毛利', '毛利率',
  '净利润', '净利', '净利率', '净利润率', '净亏损', '亏损', '经营利润', '营业利润', '营业费用', '营运支出', '营业支出',
  '营运费用', '研发费用', '研发开支', '销售及行销费用', '销售及市场费用', '销售费用', '一般及行政费用', '管理费用', 'ebitda',
  '经调整ebitda', '调整后ebitda', '经调整净利润', '调整后净利润', '经营现金流', '现金流', '现金流入', '现金流入总额',
  '经营现金流入净额', '现金及现金等价物', '总资产', '资产总额', '应收帐款', '应收账款', '应付帐款', '应付账款', '商誉',
  '无形资产', '固定资产', '长期投资', '递延收入', '流动负债', '流动负债总额', '资本开支', '资本支出', '预付款项',
  '减损损失', '周转天数', '利润率', '回报率', '经营租赁负债', '应计负债',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const METRIC_RE = new RegExp(
  `(?:(?<![a-z&])(?:${[...new Set(EN_METRICS)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![a-z&]))|(?:${[...new Set(ZH_METRICS)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`,
  'g',
);

/** Heads so generic that the words before them name the metric: "IDC costs", "public cloud revenue". */
const GENERIC_HEADS = new Set(['revenue', 'revenues', 'sales', 'cost', 'costs', 'expense', 'expenses', 'margin', 'profit', 'income', 'loss', 'cash flow']);
const HEAD_STOP = new Set([
  'the', 'a', 'an', 'our', 'its', 'their', 'this', 'that', 'these', 'those', 'of', 'and', 'or', 'in', 'for', 'with', 'by', 'to',
  'from', 'on', 'at', 'as', 'is', 'was', 'were', 'are', 'be', 'we', 'you', 'it', 'they', 'which', 'quarter', 'year', 'quarterly',
  'annual', 'first', 'second', 'third', 'fourth', 'last', 'next', 'same', 'period', 'both', 'all', 'some', 'more', 'less', 'any',
  'also', 'so', 'but', 'if', 'then', 'than', 'when', 'while', 'what', 'how', 'why', 'where', 'who', 'i', 'he', 'she', 'my', 'your',
  'his', 'her', 'per', 'share', 'total', 'operator', 'everyone', 'thanks', 'heard', 'hear', 'recognize', 'recognise', 'healthy', 'strong', 'solid', 'robust', 'good',
  'great', 'high', 'low', 'record', 'see', 'saw', 'get', 'got', 'had', 'have', 'has', 'do', 'did', 'does', 'will', 'would', 'can',
  'could', 'may', 'might', 'should', 'must', 'whose', 'mainly', 'due', 'about', 'around', 'approximately', 'year-over-year',
  'quarter-over-quarter', 'year-on-year', 'quarter-on-quarter', 'not', 'no', 'very', 'much', 'many', 'such', 'other',
  // Verbs that come before a metric ("we expect revenue", "we delivered revenue").
  'expect', 'achieve', 'deliver', 'generate', 'report', 'post', 'book', 'grow', 'drive', 'make', 'bring', 'continue', 'keep',
  'reach', 'hit', 'improve', 'increase', 'decrease', 'add', 'guide', 'estimate', 'project', 'forecast', 'target', 'anticipate',
  'believe', 'think', 'say', 'said', 'see', 'saw', 'recorded', 'expects', 'sees', 'grew', 'saw', 'drove', 'made', 'kept',
]);
const HEAD_KEEP = new Set(['adjusted', 'normalized', 'normalised', 'non-gaap', 'non-ifrs', 'consolidated', 'diluted']);

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}
function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Where /([a-z][a-z&-]*)[ \t]+$/ matches folded.slice(from, to) (as an offset in `folded`), -1 where it does not:
 * the word before the spaces and tabs that end the window, from its first letter. Read in place, backwards: it
 * runs for nearly every metric a call names ("revenue", "costs").
 */
export function wordBeforeBlanks(folded: string, from: number, to: number): number {
  let end = to;
  while (end > from && isBlankCode(folded.charCodeAt(end - 1))) end--;
  if (end === to) return -1;
  let start = end;
  while (start > from) {
    const c = folded.charCodeAt(start - 1);
    if (!isLowerCode(c) && c !== 38 && c !== 45) break;
    start--;
  }
  // The match begins at the run's first letter ("&" and "-" may only follow one).
  while (start < end && !isLowerCode(folded.charCodeAt(start))) start++;
  return start < end ? start : -1;
}

/** Metric mentions in a sentence (text as written, not folded). */
export function findMetrics(folded: string, raw: string): Mention<string>[] {
  const out: Mention<string>[] = [];
  METRIC_RE.lastIndex = 0;
  for (let m = METRIC_RE.exec(folded); m; m = METRIC_RE.exec(folded)) {
    let start = m.index;
    if (GENERIC_HEADS.has(m[0])) {
      // Walk left over up to three modifier words ("IDC", "D&A", "public cloud service"), never over a line
      // break: in unpunctuated ASR the word before one ends the previous utterance ("good morning everyone").
      for (let words = 0; words < 3; words++) {
        const at = wordBeforeBlanks(folded, Math.max(0, start - 30), start);
        if (at < 0) break;
        let wordEnd = start;
        while (isBlankCode(folded.charCodeAt(wordEnd - 1))) wordEnd--;
        const w = folded.slice(at, wordEnd);
        if (!HEAD_KEEP.has(w) && (HEAD_STOP.has(w) || (!w.includes('-') && /(?:ed|ing|ly)$/.test(w)) || w.length < 2)) break;
        start = at;
      }
    }
    out.push({ start, end: m.index + m[0].length, value: raw.slice(start, m.index + m[0].length) });
  }
  return out;
}

const SHARE_OF = /(?:%|percent|per cent|percentage)\s+of\s+(?:(?:our|total|the|its|group|net)\s+)*$/;
/** The metric is "X" in "P% of X". */
function isShareWhole(folded: string, start: number): boolean {
  return SHARE_OF.test(folded.slice(Math.max(0, start - 40), start));
}
/** Words between a metric and the figure that states it: "revenue of", "revenue was about". */
const NAMES_NEXT = /^\s*(?:of|was|were|is|are|at|reached|totall?ed|came in at|:)?\s*(?:approximately|about|around|roughly|nearly)?\s*$/;

const GENERIC_STOP = new Set([
  'the', 'a', 'an', 'our', 'its', 'their', 'this', 'that', 'total', 'and', 'of', 'to', 'in', 'for', 'with', 'by', 'at', 'we',
  'it', 'is', 'was', 'were', 'be', 'balance', 'amount', 'sum', 'level', 'number', 'which', 'high', 'low', 'record', 'also',
  'average', 'rate', 'price', 'cost', 'value', 'growth', 'margin',
]);

/**
 * The metric a figure is about: a known metric right after it ("RMB 3 million in revenue"), else the
 * nearest known metric before it in the sentence, else the noun phrase in "<noun phrase> of <figure>".
 */
export function bindMetric(metrics: readonly Mention<string>[], folded: string, raw: string, start: number, end: number, prevEnd: number, amount: boolean): string | undefined {
  const after = /^\s*(?:of|in)\s+(?:our\s+|total\s+|the\s+)?/.exec(folded.slice(end, end + 16));
  // "$1.2 billion in cash", "RMB6 billion cash at hand": cash only as the thing right after the amount
  // (elsewhere it is too common a word).
  const cash = /^(\s*(?:(?:of|in)\s+(?:our\s+|total\s+|the\s+)?)?)(cash\b(?:\s+and\s+(?:cash\s+)?equivalents?)?)/.exec(folded.slice(end, end + 50));
  if (cash) return raw.slice(end + cash[1].length, end + cash[0].length);
  if (after) {
    const m = metrics[firstStartingAt(metrics, end + after[0].length)];
    if (m && m.start === end + after[0].length) return m.value;
  }
  let before = lastEndingBefore(metrics, firstStartingAt(metrics, start), start);
  // "which is now 40% of revenue, grew 30% to $480 million": the whole of a share is not what a later amount
  // measures, unless it names it right before it ("of total revenue of RMB1.39 billion"). A later percentage
  // ("up from 9.8%") is the same share, of the same whole.
  while (amount && before && isShareWhole(folded, before.start) && !NAMES_NEXT.test(folded.slice(before.end, start))) {
    before = lastEndingBefore(metrics, metrics.indexOf(before), start);
  }
  if (before && start - before.end <= 200) return before.value;
 const tail = folded.slice(Math.max(prevEnd, start - 50), start);
  if (!/of\s+(?:about\s+|approximately\s+|around\s+)?$/.test(tail)) return undefined;
  const g = /([a-z][a-z&'-]*(?:\s+[a-z][a-z&'-]*){0,2})\s+of\s+(?:about\s+|approximately\s+|around\s+)?$/.exec(tail);
  if (!g) return undefined;
  const words = g[1].split(/\s+/);
  while (words.length && GENERIC_STOP.has(words[0])) words.shift();
  if (!words.length || words.some((w) => GENERIC_STOP.has(w) || EN_CHANGE_NOUNS.has(w) || /(?:ed|ly|ing)$/.test(w) || w.length < 3)) return undefined;
  const text = words.join(' ');
  const at = tail.lastIndexOf(text);
  const base = Math.max(prevEnd, start - 50);
  return at >= 0 ? raw.slice(base + at, base + at + text.length) : text;
}

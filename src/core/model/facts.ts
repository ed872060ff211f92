import { isLetterOrNumberChar } from '../text/chars';
import { GuardedPattern } from '../text/guarded';
import { SPOKEN_YEAR, yearValue } from '../text/spokenYears';
import { LEGAL_FORM } from './names';
import type { CallFacts, CallPeriod, Sentence } from './types';

const ORDINAL_QUARTER: Record<string, 1 | 2 | 3 | 4> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** A year in digits, or as ASR writes it: "twenty twenty four", "two thousand and nineteen". */
const YEAR = String.raw`((?:19|20)\d{2}|${SPOKEN_YEAR})`;

const QUARTER_OF_YEAR = new RegExp(
  String.raw`\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: (?:and (?:the )?(?:full|fiscal)[- ]year|of(?: (?:the )?fiscal(?: year)?)?|fiscal(?: year)?))*,? ${YEAR}\b`,
  'i',
);
/** "2025 first quarter", "fiscal twenty twenty six first quarter": the year before the quarter. */
const YEAR_QUARTER = new RegExp(String.raw`\b(?:fiscal(?: year)? )?${YEAR},? (first|second|third|fourth|1st|2nd|3rd|4th) quarter\b`, 'i');
const Q_FORM = /\b(?:Q([1-4])(?:\s*(?:FY|fiscal(?: year)?)?\s*'?((?:19|20)?\d{2}))|((?:19|20)\d{2})\s*-?\s*Q-?([1-4]))\b/i;
const FISCAL_YEAR = new RegExp(String.raw`\b(?:fiscal|full)[- ]year(?: of)? ${YEAR}\b|\bFY ?((?:19|20)\d{2})\b`, 'i');
const DIGIT = /\d/;
/** How YEAR starts when it is spoken ("twenty twenty four", "two thousand and nineteen"). */
const YEAR_IN_WORDS = /tw(?:enty|o thousand)/i;
/** The word every match of QUARTER_OF_YEAR and YEAR_QUARTER holds. */
const QUARTER_WORD = /quarter/i;
const ZH_QUARTER = /((?:19|20)\d{2})\s*年?\s*第\s*([一二三四1-4])\s*季/;

const ZH_DIGIT: Record<string, 1 | 2 | 3 | 4> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function periodIn(sentence: Sentence): CallPeriod | undefined {
  const t = sentence.text;
  // Every period below names a year or quarter with a digit, or its year in words: most sentences have neither.
  if (!DIGIT.test(t) && !YEAR_IN_WORDS.test(t)) return undefined;
  const at = (index: number, length: number) => ({ start: sentence.span.start + index, end: sentence.span.start + index + length });
  // The quarter patterns run only where their key word is: most sentences name no period. One literal search
  // is far cheaper than the patterns (and than a lower-case copy of every sentence); FISCAL_YEAR fails fast alone.
  const fiscal = FISCAL_YEAR.exec(t);
  const fiscalYear = fiscal !== null;
  const quarterWord = QUARTER_WORD.test(t);
  let m = quarterWord ? QUARTER_OF_YEAR.exec(t) : null;
  if (m) return quarter(ORDINAL_QUARTER[m[1].toLowerCase()], yearValue(m[2]), fiscalYear && /\bquarter and\b/i.test(m[0]), at(m.index, m[0].length));
  m = quarterWord ? YEAR_QUARTER.exec(t) : null;
  if (m) return quarter(ORDINAL_QUARTER[m[2].toLowerCase()], yearValue(m[1]), false, at(m.index, m[0].length));
  m = Q_FORM.exec(t);
  if (m) {
    const q = (m[1] ?? m[4]) as string;
    const y = (m[2] ?? m[3]) as string | undefined;
    if (y) return quarter(+q as 1 | 2 | 3 | 4, y.length === 2 ? 2000 + +y : +y, false, at(m.index, m[0].length));
  }
  m = ZH_QUARTER.exec(t);
  if (m) return quarter(ZH_DIGIT[m[2]], +m[1], false, at(m.index, m[0].length));
  if (fiscal) {
    const year = yearValue(fiscal[1] ?? fiscal[2]);
    return { label: `FY ${year}`, year, fiscalYear: true, span: at(fiscal.index, fiscal[0].length) };
  }
  return undefined;
}

function quarter(q: 1 | 2 | 3 | 4, year: number, withFullYear: boolean, span: { start: number; end: number }): CallPeriod {
  return { label: withFullYear ? `Q${q} and FY ${year}` : `Q${q} ${year}`, quarter: q, year, fiscalYear: withFullYear, span };
}

const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:RMB|renminbi|Chinese yuan|yuan)\b|人民幣|人民币/i, 'CNY'],
  [/\b(?:HK\$|HKD|Hong Kong dollars?)/i, 'HKD'],
  [/\b(?:US\$|USD|U\.S\. dollars?|US dollars?|United States dollars?)/i, 'USD'],
  [/\b(?:EUR|euros?)\b/i, 'EUR'],
  [/\b(?:JPY|Japanese yen|yen)\b/i, 'JPY'],
  [/\b(?:GBP|pounds sterling|British pounds?)\b/i, 'GBP'],
  [/\b(?:INR|Indian rupees?|rupees?)\b/i, 'INR'],
  [/\b(?:CAD|Canadian dollars?)\b/i, 'CAD'],
];

/** "all financial figures ... are denominated in RMB", "our figures mentioned during this call are in renminbi". */
const DECLARES_CURRENCY = /\b(?:figures|numbers|amounts|financials|results|financial information|dollar amounts)\b[^.]{0,80}\b(?:in|denominated in|expressed in|stated in|reported in)\b|以(?:人民幣|人民币|美元|港元)(?:計|计|列示)/i;

/**
 * The word every English declaration ends on ("are in", "denominated in"): most sentences lack it, and this
 * test is several times cheaper than DECLARES_CURRENCY, which is case-blind over seven alternatives.
 */
const IN_WORD = /\bin\b/i;

function currencyIn(sentence: Sentence): CallFacts['currency'] {
  const t = sentence.text;
  const declared = IN_WORD.test(t) || t.includes('以') ? DECLARES_CURRENCY.exec(t) : null;
  if (!declared) return undefined;
  const tail = t.slice(declared.index);
  let best: { code: string; index: number } | undefined;
  for (const [re, code] of CURRENCY_WORDS) {
    const m = re.exec(tail);
    if (m && (!best || m.index < best.index)) best = { code, index: m.index };
  }
  if (!best) return undefined;
  const start = sentence.span.start + declared.index;
  return { code: best.code, span: { start, end: sentence.span.start + declared.index + best.index + 3 } };
}

/** The first and last patterns are guarded by their literal words: unguarded they try every capital (and, case-blind, every letter). */
const COMPANY_CONTEXT: ReadonlyArray<{ exec(text: string): RegExpExecArray | null }> = [
  new GuardedPattern(
    /\bwelcome to (?:the )?(?:fiscal )?((?:\p{Lu}[\p{L}&.'’-]*|of|and|&)(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|and|&)){0,5}?)(?:['’]s)?\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|full|fiscal|Q[1-4]|\d{4}|annual|interim|half|earnings|quarterly)\b/iu,
    ['welcome to'],
  ),
  /\b(?:from|at|of|joining|joining us from|behalf of) ((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|and|&)){0,4}?)(?:['’]s)?\s*,?\s+(?:we have|are|is|earnings|first|second|third|fourth|quarterly|management)\b/u,
  new GuardedPattern(/\b((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|and|&)){0,4}?)['’]s\s+(?:\S+\s+){0,8}?earnings release\b/u, ['earnings release']),
];

const NOT_COMPANY = /^(?:the|this|our|today|we|i|good|ladies|thank|hello|welcome|mr|ms|dr|q[1-4]|\d)/i;

/**
 * The company as the call names itself. Transcribers garble it ("Kings of Cloud"), so every naming in the
 * opening is a candidate and the one best supported by the whole text wins: its full form and its first
 * word, counted across the document (a garbled form rarely recurs as exactly).
 */

function companyIn(opening: readonly Sentence[], text: string): CallFacts['company'] {
  const candidates = new Map<string, { start: number; end: number }>();
  for (const s of opening) {
    for (const re of COMPANY_CONTEXT) {
      const m = re.exec(s.text);
      if (!m) continue;
      // "Fabrikam Incorporated" is said "Fabrikam": the legal form is no part of the name people say.
      // "Contoso Foods' second quarter", "Adventure Works's": the possessive after a final s is no part of the name either.
      const name = m[1].trim().replace(/\s+(?:and|of|&)$/i, '').replace(LEGAL_FORM, '').replace(/(?<=s)['’]s?$/, '');
      if (name.length < 2 || NOT_COMPANY.test(name) || name.split(/\s+/).length > 5) continue;
      const start = s.span.start + s.text.indexOf(name, m.index);
      if (!candidates.has(name)) candidates.set(name, { start, end: start + name.length });
    }
  }
  let best: { name: string; span: { start: number; end: number }; score: number } | undefined;
  for (const [name, span] of candidates) {
    const first = name.split(/\s+/)[0];
    const score = countWord(text, name) * 2 + countWord(text, first);
    if (!best || score > best.score) best = { name, span, score };
  }
  return best && { name: best.name, span: best.span };
}

/** Occurrences of `word` as a whole word; bounded, since it is only a tie-breaker. */
function countWord(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < 1000; i = text.indexOf(word, i + word.length)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = text[i + word.length] ?? ' ';
    if (!isLetterOrNumberChar(before) && !isLetterOrNumberChar(after)) n++;
  }
  return n;
}

/** The company is named in the welcome and the host's introduction, within the first sentences. */
const COMPANY_SENTENCES = 30;

/** The call's own facts, stated in its opening sentences. */
export function readFacts(opening: readonly Sentence[], text: string, titles: readonly Sentence[] = []): CallFacts {
  // Statements of the same quarter count together; a garbled year ("fiscal year 2020 free") loses the vote,
  // and "fourth quarter and fiscal year 2023" names the period more fully than "the fourth quarter".
  const periods = new Map<string, { period: CallPeriod; count: number }>();
  let currency: CallFacts['currency'];
  const vote = (p: CallPeriod | undefined): void => {
    if (!p) return;
    const key = `${p.quarter ?? 'FY'} ${p.year}`;
    const seen = periods.get(key);
    if (!seen) periods.set(key, { period: p, count: 1 });
    else {
      seen.count++;
      if (p.fiscalYear && !seen.period.fiscalYear) seen.period = p;
    }
  };
  // A title line ("Contoso Q3 2025 Earnings Call") votes for the period like a sentence of the call.
  for (const s of titles) vote(periodIn(s));
  for (const s of opening) {
    vote(periodIn(s));
    currency ??= currencyIn(s);
  }
  let period: CallPeriod | undefined;
  let bestCount = 0;
  for (const { period: p, count } of periods.values()) {
    if (count > bestCount || (count === bestCount && period && p.quarter && !period.quarter)) {
      period = p;
      bestCount = count;
    }
  }
  return { company: companyIn(opening.slice(0, COMPANY_SENTENCES), text), period, currency: currency ?? yenCall(text) };
}

/**
 * A call that writes "¥" and says "yen", and never speaks of renminbi, reports in yen: "¥" alone would be read as
 * renminbi (as Chinese calls write it). Bounded reads of the text: three searches.
 */
function yenCall(text: string): CallFacts['currency'] {
  const sign = text.search(/[¥￥]/);
  if (sign < 0 || !/\byen\b|\bJPY\b|円/.test(text) || /\b(?:RMB|renminbi|yuan|CNY)\b|人民[币幣]/i.test(text)) return undefined;
  return { code: 'JPY', span: { start: sign, end: sign + 1 } };
}

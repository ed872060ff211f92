import { isLetterAt, isSpaceCode } from '../text/chars';
import type { Lang, Sentence } from './types';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st inc ltd co corp vs etc no nos approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e a.m p.m jr sr rs'.split(' '),
);
/** A longer word before a period is no abbreviation: it needs no lower-case copy to be looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && (text.charCodeAt(i) === 46 || isLetterAt(text, i))) i--;
  const length = dot - i - 1;
  // "31.5p. We ...": letters glued to a number are its unit, not an initial or an abbreviation.
  const before = i >= 0 ? text.charCodeAt(i) : 0;
  if (before >= 48 && before <= 57) return false;
  if (length === 1) return true; // an initial: "J. Smith""
  // The list is ASCII, and what lower-cases to ASCII is one unit to one unit (ASCII itself, the Kelvin sign):
  // a longer word cannot lower-case to an entry.
  if (length > LONGEST_ABBREVIATION) return false;
  return ABBREVIATIONS.has(text.slice(i + 1, dot).toLowerCase());
}

/** Candidate sentence ends; the regex engine finds them far faster than a loop over characters. */
const TERMINATOR = /[.?!。！？；]/g;
const IDEOGRAPHIC_FULL_STOP = 0x3002; // 。
const FULLWIDTH_QUESTION = 0xff1f; // ？
const FULLWIDTH_EXCLAMATION = 0xff01; // ！
const FULLWIDTH_SEMICOLON = 0xff1b; // ；
const STARTS_SENTENCE = /[\p{Lu}\p{N}"“'‘([\u4e00-\u9fff]/u;

/** `STARTS_SENTENCE.test(text[k])`, decided by the code for ASCII: a capital, a digit, a quote or a bracket. */
export function startsSentenceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return STARTS_SENTENCE.test(text[k]);
}

/** What may close a sentence after its end mark: . " ” ' ) */
function isCloserCode(c: number): boolean {
  return c === 46 || c === 34 || c === 0x201d || c === 39 || c === 41;
}

/**
 * Splits text[start, end) into sentences. English ends at . ? ! followed by space and a capital, digit,
 * quote or bracket; Chinese at 。！？ (and ; ! ? in a Chinese line). Each candidate end looks at most a
 * few characters ahead, so the cost is linear. Characters are classified by their codes: splitting reads
 * every line of a call.
 */
export function splitSentences(text: string, start: number, end: number, line: number, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ span: { start: a, end: b }, line, text: text.slice(a, b), lang });
    s = e;
  };
  TERMINATOR.lastIndex = start;
  // test() rather than exec(): no match array per candidate. Each match is one character, so it sits just
  // before lastIndex.
  while (TERMINATOR.test(text)) {
    const i = TERMINATOR.lastIndex - 1;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === IDEOGRAPHIC_FULL_STOP || c === FULLWIDTH_QUESTION || c === FULLWIDTH_EXCLAMATION || (lang === 'zh' && (c === FULLWIDTH_SEMICOLON || c === 33 || c === 63))) {
      push(i + 1);
      continue;
    }
    if (c === FULLWIDTH_SEMICOLON) continue;
    let j = i + 1;
    while (j < end && isCloserCode(text.charCodeAt(j))) j++;
    if (j >= end || !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= end || !startsSentenceAt(text, k)) continue;
    if (c === 46 && endsWithAbbreviation(text, i)) continue;
    push(j);
    TERMINATOR.lastIndex = k;
  }
  push(end);
  return out;
}

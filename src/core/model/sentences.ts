import { isLetterChar } from '../text/chars';
import type { Lang, Sentence } from './types';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st inc ltd co corp vs etc no nos approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e a.m p.m jr sr rs'.split(' '),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && (text.charCodeAt(i) === 46 || isLetterChar(text[i]))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

/** Candidate sentence ends; the regex engine finds them far faster than a loop over characters. */
const TERMINATOR = /[.?!。！？；]/g;
const SPACE = /\s/;
const CLOSERS = /[."”')]/;
const STARTS_SENTENCE = /[\p{Lu}\p{N}"“'‘([\u4e00-\u9fff]/u;

/**
 * Splits text[start, end) into sentences. English ends at . ? ! followed by space and a capital, digit,
 * quote or bracket; Chinese at 。！？ (and ; ! ? in a Chinese line). Each candidate end looks at most a
 * few characters ahead, so the cost is linear.
 */
export function splitSentences(text: string, start: number, end: number, line: number, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && SPACE.test(text[a])) a++;
    while (b > a && SPACE.test(text[b - 1])) b--;
    if (b > a) out.push({ span: { start: a, end: b }, line, text: text.slice(a, b), lang });
    s = e;
  };
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m !== null && m.index < end; m = TERMINATOR.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '。' || c === '？' || c === '！' || (lang === 'zh' && (c === '；' || c === '!' || c === '?'))) {
      push(i + 1);
      continue;
    }
    if (c === '；') continue;
    let j = i + 1;
    while (j < end && CLOSERS.test(text[j])) j++;
    if (j >= end || !SPACE.test(text[j])) continue;
    let k = j;
    while (k < end && SPACE.test(text[k])) k++;
    if (k >= end || !STARTS_SENTENCE.test(text[k])) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    TERMINATOR.lastIndex = k;
  }
  push(end);
  return out;
}

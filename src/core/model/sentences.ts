import type { Lang, Sentence } from './types';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st inc ltd co corp vs etc no nos approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s e.g i.e a.m p.m jr sr'.split(' '),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

const CJK_END = new Set(['。', '！', '？', '；', '!', '?']);

/**
 * Splits text[start, end) into sentences. English ends at . ? ! followed by space and a capital, digit,
 * quote or bracket; Chinese at 。！？. Never looks further than the next character or two, so it is linear.
 */
export function splitSentences(text: string, start: number, end: number, line: number, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ span: { start: a, end: b }, line, text: text.slice(a, b), lang });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (CJK_END.has(c) && lang === 'zh') {
      push(i + 1);
      continue;
    }
    if (c === '。' || c === '？' || c === '！') {
      push(i + 1);
      continue;
    }
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === ')')) j++;
    if (j >= end) continue;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) continue;
    const next = text[k];
    if (!/[\p{Lu}\p{N}"“'‘([\u4e00-\u9fff]/u.test(next)) continue;
    if (c === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(end);
  return out;
}

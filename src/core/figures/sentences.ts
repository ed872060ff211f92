/**
 * Sentence spans in one line of text, for `recognizeInText` and for documents whose parser has not
 * produced sentences. One pass; ". " after a known abbreviation ("Mr.", "U.S.", "vs.") does not end one.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'no', 'vs', 'inc', 'co', 'ltd', 'st', 'corp', 'approx', 'jr', 'sr', 'u.s', 'e.g', 'i.e', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      push(i + 1);
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      const next = text.charCodeAt(i + 1);
      if (i + 1 < text.length && !isSpace(next)) continue;
      if (c === 46) {
        let w = i;
        while (w > start && /[A-Za-z.]/.test(text[w - 1]) && i - w < 6) w--;
        if (ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) continue;
      }
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

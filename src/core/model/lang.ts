import type { Lang } from './types';

/** CJK ideographs, CJK punctuation and full-width forms. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * 1 for CJK (isCjk), 2 for a Latin letter (A-Z, a-z, U+00C0-U+024F), 0 otherwise, for every UTF-16 unit:
 * detectLang reads every line of a call.
 */
const SCRIPT = (() => {
  const t = new Uint8Array(0x10000);
  // The ranges of isCjk and of Latin letters (they do not overlap).
  t.fill(1, 0x4e00, 0xa000);
  t.fill(1, 0x3400, 0x4dc0);
  t.fill(1, 0x3000, 0x3040);
  t.fill(1, 0xff00, 0xfff0);
  t.fill(1, 0xf900, 0xfb00);
  t.fill(2, 65, 91);
  t.fill(2, 97, 123);
  t.fill(2, 0xc0, 0x250);
  return t;
})();

/** Every character isCjk accepts (the 1s of SCRIPT), for the regex engine to find. */
const CJK_CHAR = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

/** How much of a line decides its language: lines can be megabytes long. */
const LANG_PREFIX = 4000;

/**
 * The language of a span of text by its script: Chinese when CJK characters make up a fair share of
 * the letters (a Chinese line quotes English names and figures), English when Latin letters dominate.
 */
export function detectLang(text: string, start = 0, end = text.length): Lang {
  let cjk = 0;
  let latin = 0;
  const stop = Math.min(end, start + LANG_PREFIX);
  for (let i = start; i < stop; i++) {
    const k = SCRIPT[text.charCodeAt(i)];
    if (k === 1) cjk++;
    else if (k === 2) latin++;
    // Now and then: stop when the characters left could not change the verdict below, whatever they are.
    if ((i & 63) === 63) {
      const left = stop - 1 - i;
      if (cjk > 0 && cjk * 3 >= latin + left) return 'zh';
      if (latin > (cjk + left) * 3) return 'en';
    }
  }
  if (cjk === 0 && latin === 0) return 'other';
  // One CJK character carries about as much as a short English word.
  return cjk * 3 >= latin ? 'zh' : 'en';
}

/**
 * detectLang for the lines of one document, asked in order. Most lines hold no CJK character at all, and
 * then the verdict needs no counting: 'en' if the prefix has a Latin letter, else 'other'. One regex search
 * (far faster than a loop over characters) finds the next CJK character, and lines before it are decided
 * by their first letter; only lines that hold one are counted by detectLang. Searches resume where a line
 * starts and stop at a CJK character, so the whole document is scanned about once.
 */
export function lineLangReader(text: string): (start: number, end: number) => Lang {
  let nextCjk = -1;
  return (start, end) => {
    if (nextCjk < start) {
      CJK_CHAR.lastIndex = start;
      nextCjk = CJK_CHAR.exec(text)?.index ?? text.length;
    }
    const stop = Math.min(end, start + LANG_PREFIX);
    if (nextCjk < stop) return detectLang(text, start, end);
    for (let i = start; i < stop; i++) if (SCRIPT[text.charCodeAt(i)] === 2) return 'en';
    return 'other';
  };
}

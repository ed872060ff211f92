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

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/** 1 for CJK, 2 for a Latin letter, 0 otherwise, for every UTF-16 unit: detectLang reads every line of a call. */
const SCRIPT = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isCjk(c) ? 1 : isLatinLetter(c) ? 2 : 0;
  return t;
})();

/**
 * The language of a span of text by its script: Chinese when CJK characters make up a fair share of
 * the letters (a Chinese line quotes English names and figures), English when Latin letters dominate.
 */
export function detectLang(text: string, start = 0, end = text.length): Lang {
  let cjk = 0;
  let latin = 0;
  const stop = Math.min(end, start + 4000); // a prefix decides; lines can be megabytes long
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

/**
 * Character classes by Unicode property, decided without a regex for ASCII. The structure parse asks these
 * for single characters millions of times on a long call; for ASCII the answer is a range test, and anything
 * else goes to the same `\p{…}` regex as before, so the answers are unchanged.
 */

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `/\p{L}/u.test(ch)` for one UTF-16 unit (or an empty string). */
export function isLetterChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(ch);
}

/** `/[\p{L}\p{N}]/u.test(ch)` for one UTF-16 unit (or an empty string). */
export function isLetterOrNumberChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(ch);
}

/** `isLetterChar(text[i])` for an index inside the text, without making a one-character string for ASCII. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(text[i]);
}

/**
 * `/\s/.test(ch)` for one UTF-16 unit, by its code: ECMAScript's white space (tab, VT, FF, space, NBSP,
 * ZWNBSP and the other Zs characters) and line terminators. Sentence splitting asks it for every character
 * it trims or skips.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `text.split(/\s+/).length` without making the array: one more than the runs of white space. */
export function spacedPieces(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) runs++;
  return runs + 1;
}

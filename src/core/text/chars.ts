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

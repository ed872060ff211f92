import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';

/**
 * How alike two spellings of a name are, the way a speech recogniser garbles them: it splits and joins
 * words ("Kingsoft" → "Kings of"), so names are compared as one string of letters, by spelling
 * (normalised Levenshtein) and by sound (Double Metaphone of the joined letters).
 */

/** Letters only, lower case, a final possessive dropped: "Kings of Cloud's" → "kingsofcloud". */
export function nameLetters(name: string): string {
  return asciiLetters(name) ?? unicodeLetters(name);
}

/**
 * nameLetters of an ASCII name, read code unit by code unit (undefined for any other name): most names are
 * ASCII, and the Unicode normalisation and three regexes cost microseconds per name, asked for every speaker's
 * spelling and every form of a name in every call.
 */
function asciiLetters(name: string): string | undefined {
  let end = name.length;
  for (let k = 0; k < end; k++) if (name.charCodeAt(k) >= 128) return undefined;
  // A final possessive: ' then s or S (’ is not ASCII).
  if (end >= 2 && name.charCodeAt(end - 2) === 39 && (name.charCodeAt(end - 1) === 115 || name.charCodeAt(end - 1) === 83)) end -= 2;
  let out = '';
  for (let k = 0; k < end; k++) {
    const c = name.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += name[k];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  return out;
}

/** nameLetters of any name: accents dropped by decomposition, then the letters and digits of every script. */
function unicodeLetters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/gi, (m, offset: number, whole: string) => (offset + m.length >= whole.length ? '' : m))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function spellingSimilarity(a: string, b: string): number {
  const x = nameLetters(a);
  const y = nameLetters(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

export function soundSimilarity(a: string, b: string): number {
  const x = nameLetters(a);
  const y = nameLetters(b);
  if (!/^[a-z]*$/.test(x) || !/^[a-z]*$/.test(y)) return x === y ? 1 : 0;
  const [p1, s1] = doubleMetaphone(x);
  const [p2, s2] = doubleMetaphone(y);
  let best = 0;
  for (const c1 of [p1, s1]) {
    for (const c2 of [p2, s2]) {
      const longest = Math.max(c1.length, c2.length);
      if (longest > 0) best = Math.max(best, 1 - distance(c1, c2) / longest);
    }
  }
  return best;
}

/** Minimum letters for a name to be compared at all: short names collide by chance ("Wang Yu" / "Wang Yi" are two people). */
export const MIN_NAME_LETTERS = 8;

/**
 * True when `written` looks like a garbled `name`: nearly the same letters (≥ 0.8), or fairly close
 * letters (≥ 0.7) that also sound nearly the same (≥ 0.8). Identical letter strings are not variants,
 * nor is a name and a part of it ("Thompson" / "Thompson Wu").
 */
export function isVariantOf(written: string, name: string): boolean {
  return isVariantByLetters(written, nameLetters(written), name, nameLetters(name));
}

/** The cheap part of isVariantByLetters: distinct letter strings, both long enough, of similar length. */
export function lettersComparable(x: string, y: string): boolean {
  if (x === y || y.length < MIN_NAME_LETTERS) return false;
  // comparableLengths without its pair: asked for every phrase compared with a name.
  const slack = lengthSlack(y.length);
  return x.length >= Math.max(MIN_NAME_LETTERS, y.length - slack) && x.length <= y.length + slack;
}

const lengthSlack = (letters: number) => Math.max(2, Math.ceil(0.3 * letters));

/** The letter counts (inclusive) a name of `letters` letters is compared with: long enough, and within ~30% of it. */
export function comparableLengths(letters: number): readonly [number, number] {
  const slack = lengthSlack(letters);
  return [Math.max(MIN_NAME_LETTERS, letters - slack), letters + slack];
}

/** The least spelling similarity of a variant (see isVariantOf). */
const MIN_SPELLING = 0.7;

/** isVariantOf with both letter strings computed by the caller (the check compares thousands of phrases). */
export function isVariantByLetters(written: string, x: string, name: string, y: string): boolean {
  if (!lettersComparable(x, y)) return false;
  const spelling = 1 - distance(x, y) / Math.max(x.length, y.length);
  if (spelling < MIN_SPELLING) return false;
  if (isPartOf(written, name) || isPartOf(name, written)) return false;
  if (spelling >= 0.8) return true;
  return soundSimilarity(written, name) >= 0.8;
}

/**
 * The characters of a letter string as a set of 32 bits: a-z one bit each, any other character one of six
 * shared bits. For mayBeSpelledAlike, which must not call two strings apart that isVariantByLetters would match.
 */
export function letterSet(letters: string): number {
  let set = 0;
  for (let k = 0; k < letters.length; k++) {
    const c = letters.charCodeAt(k);
    set |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return set;
}

/** Bits set in a 32-bit integer. */
function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * False when letter strings x and y (with their letterSets) are too far apart to pass isVariantByLetters's
 * spelling test, decided from the letters only one of them holds: each such letter (each such bit: a shared
 * bit set by one string only stands for a letter the other lacks) costs an edit, so their count bounds the
 * edit distance from below. One comparison in a hundred passes on a call's phrases, and this is a few integer
 * operations where the distance fills a table per pair.
 */
export function mayBeSpelledAlike(x: string, xSet: number, y: string, ySet: number): boolean {
  const least = Math.max(bitCount(xSet & ~ySet), bitCount(ySet & ~xSet));
  // The same arithmetic as the spelling test, with the bound for the distance: a larger distance only lowers it.
  return 1 - least / Math.max(x.length, y.length) >= MIN_SPELLING;
}

const wordsOf = (name: string) => name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** True when `part`'s words run inside `whole`'s: "Thompson" in "Thompson Wu" is the same name, shortened. */
function isPartOf(part: string, whole: string): boolean {
  const p = wordsOf(part);
  const w = wordsOf(whole);
  if (p.length === 0 || p.length >= w.length) return false;
  for (let i = 0; i + p.length <= w.length; i++) if (p.every((word, k) => w[i + k] === word)) return true;
  return false;
}

/**
 * Word tokens with their offsets, shared by the repeat checks.
 * A token is a run of letters/digits (with inner apostrophes, hyphens, and digit separators like "1,234.5"),
 * or a single CJK character: Chinese has no spaces, so one character is the smallest unit a loop can repeat.
 * A token's normal form folds case and curly apostrophes so "This," and "this" compare equal.
 *
 * Tokens are held as parallel typed arrays (offsets and a vocabulary number per token), not as one object per
 * token: a 10 MB call has two million tokens, and objects and strings for each made the repeat checks
 * allocation-bound. Each distinct normal form is a string once, in the vocabulary.
 */
import type { TranscriptModel } from '../../model/types';
import { grown, grownBytes } from './growable';
import { HASH_START, hashStep, StringTable } from './stringTable';

function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether each BMP code unit is a letter or number, filled in on first sight (0 = unknown, 1 = yes, 2 = no). */
const wordBmp = new Uint8Array(0x10000);

const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Short plain words are packed into a number: each character of the normal form (a-z, 0-9, ' - . ,) as a 6-bit
 * code from 1 to 40, so a word of up to PACKED_MAX characters is exactly one 60-bit number, held as two
 * integers: its last five codes and the five before. Nine tokens in ten are this short, and finding their number
 * then compares two integers instead of the word's characters.
 */
const PACKED_MAX = 10;
const LOW_CODES = (1 << 30) - 1;
/** The code of each ASCII character of a normal form (0: none). */
const PACK_CODE = new Uint8Array(128);
'abcdefghijklmnopqrstuvwxyz0123456789\'-.,'.split('').forEach((ch, k) => (PACK_CODE[ch.charCodeAt(0)] = k + 1));
/** Each ASCII letter or digit's code as it stands in a normal form (A-Z lower-cased); 0 for other ASCII characters. */
const ASCII_WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiWord(c)) ASCII_WORD_CODE[c] = PACK_CODE[plainNormal(c)];

/** The table hash of a packed word, from its low five codes and the rest (a 32-bit mix: the slot is its low bits). */
function packedHash(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A letter or number of any script except CJK (which is a token on its own). */
function isWordCode(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  if (isCjkCode(c)) return false;
  if (c > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
  if (wordBmp[c] === 0) wordBmp[c] = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return wordBmp[c] === 1;
}

const UPPER_CASE = /^\p{Lu}$/u;
/** Whether each BMP code unit is an upper-case letter, filled in on first sight (0 = unknown, 1 = yes, 2 = no). */
const upperBmp = new Uint8Array(0x10000);

/**
 * Whether a token starting with code unit c starts with a capital: the unit alone is \p{Lu} (the first half of a
 * surrogate pair is not, whatever the pair spells). Decided as the token is read, so the capitalised phrases of
 * name-variant read one byte per token instead of the text at every token's start.
 */
function isUpperUnit(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (upperBmp[c] === 0) upperBmp[c] = UPPER_CASE.test(String.fromCharCode(c)) ? 1 : 2;
  return upperBmp[c] === 1;
}

/** ' ’ - . , join two runs of letters/digits into one token. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44;
}

/** The code point at i, reading no further than `end` (a surrogate pair cut by `end` is a lone surrogate). */
function codePointWithin(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Most words have no curly apostrophe: skip the replace.
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** True when a token is a number (digits and separators only): tables repeat numbers legitimately. */
export function isNumeric(norm: string): boolean {
  return /^[\d.,'\-]+$/.test(norm);
}

/** A code unit of a plain word (ASCII and ’) as it stands in the normal form: A-Z lower-cased, ’ as '. */
function plainNormal(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x2019 ? 39 : c;
}

/**
 * The distinct normal forms of a text's tokens, numbered from 0 in order of first appearance.
 * An open-addressing table keyed by a hash of the normal form lets an ASCII token find its number straight
 * from the text, without slicing or lower-casing a string (the common case, once per token of the call).
 * A short word is keyed by its packed form (see PACKED_MAX), a longer one by the string hash of its normal form.
 */
export class Vocabulary extends StringTable {
  /** Whether each number is a single CJK character (1). */
  private cjkFlags = new Uint8Array(1024);
  /** Number + 1 of each CJK character seen, by code unit. */
  private cjkIds: Int32Array | undefined;
  /** Each number's packed form, as its low five codes and the rest; the rest is -1 for a word that is not packed. */
  private packedLo = new Int32Array(1 << 11);
  private packedHi = new Int32Array(1 << 11);

  /** The normal form of each number. */
  get norms(): readonly string[] {
    return this.strings;
  }

  /** True for a single CJK ideograph / kana / hangul character. */
  isCjk(id: number): boolean {
    return id < this.cjkFlags.length && this.cjkFlags[id] === 1;
  }

  override idOf(s: string): number {
    if (s.length > PACKED_MAX) return super.idOf(s);
    // Packed as the scan packs a word it reads.
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      const code = c < 128 ? PACK_CODE[c] : 0;
      if (code === 0) return super.idOf(s);
      hi = (hi << 6) | ((lo >>> 24) & 63);
      lo = (lo << 6) | code;
    }
    return this.idOfPacked(lo & LOW_CODES, hi, s, 0, s.length);
  }

  /**
   * The number of text[start, end), a plain word (ASCII and ’) whose normal form (A-Z lower-cased, ’ as ')
   * packs to `lo` (its low five codes) and `hi` (the rest).
   */
  idOfPacked(lo: number, hi: number, text: string, start: number, end: number): number {
    const h = packedHash(lo, hi);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v === 0) {
        const id = this.add(s, normalizeWord(text.slice(start, end)), h);
        this.packedLo[id] = lo;
        this.packedHi[id] = hi;
        return id;
      }
      if (this.packedLo[v - 1] === lo && this.packedHi[v - 1] === hi) return v - 1;
    }
  }

  /** The number of text[start, end), a plain word (ASCII and ’) too long to be packed. */
  idOfPlain(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let k = start; k < end; k++) h = hashStep(h, plainNormal(text.charCodeAt(k)));
    const len = end - start;
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v === 0) return this.add(s, normalizeWord(text.slice(start, end)), h);
      const id = v - 1;
      if (this.hashes[id] !== h) continue;
      const norm = this.strings[id];
      if (norm.length !== len) continue;
      let k = 0;
      while (k < len && plainNormal(text.charCodeAt(start + k)) === norm.charCodeAt(k)) k++;
      if (k === len) return id;
    }
  }

  /** Numbers are added unpacked; idOfPacked sets the packed form of the ones it adds. */
  protected override add(slot: number, s: string, h: number): number {
    const id = super.add(slot, s, h);
    if (id === this.packedLo.length) {
      this.packedLo = grown(this.packedLo);
      this.packedHi = grown(this.packedHi);
    }
    this.packedHi[id] = -1;
    return id;
  }

  /** The number of the CJK character c (one code unit): a table by code, as Chinese text is one token per character. */
  idOfCjk(c: number): number {
    const table = (this.cjkIds ??= new Int32Array(0x10000));
    if (table[c] === 0) {
      const id = this.idOf(normalizeWord(String.fromCharCode(c)));
      while (id >= this.cjkFlags.length) this.cjkFlags = grownBytes(this.cjkFlags);
      this.cjkFlags[id] = 1;
      table[c] = id + 1;
    }
    return table[c] - 1;
  }
}

/**
 * Tokens as parallel arrays: token t spans [starts[t], ends[t]) and has normal form vocab.norms[ids[t]];
 * capitals[t] is 1 when its first code unit is an upper-case letter (a CJK character never is).
 */
export interface TokenStream {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
  readonly capitals: Uint8Array;
  readonly vocab: Vocabulary;
}

/** Appends tokens to growing typed arrays. */
class StreamBuilder {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  capitals: Uint8Array;

  constructor(
    capacity: number,
    readonly vocab: Vocabulary,
  ) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(this.starts.length);
    this.ids = new Int32Array(this.starts.length);
    this.capitals = new Uint8Array(this.starts.length);
  }

  /**
   * Tokens of text[from, to), each a single CJK character, or letters/digits of any other script joined by
   * ' ’ - . , only between two letters/digits so "U.S.", "1,234.5" and "year-over-year" stay one token.
   * A code-unit scan: the same tokens as /CJK|W+(?:[J]W+)*\/gu on the slice, with W = [\p{L}\p{N}] outside
   * CJK and J the joiners. It runs once per character of the call, so a plain word (ASCII letters, digits and
   * joiners) is hashed as it is read and finds its number without a string being made for it.
   */
  scan(text: string, from: number, to: number): void {
    const vocab = this.vocab;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_WORD_CODE[c] === 0) {
          i++;
          continue;
        }
      } else if (isCjkCode(c)) {
        this.push(i, i + 1, vocab.idOfCjk(c), 0);
        i++;
        continue;
      }
      let j = i;
      // The plain word's normal form packed as it is read (meaningful while it is plain and short enough):
      // the last five codes in lo, the ones before in hi. Integers, not one float: this runs per character.
      let lo = 0;
      let hi = 0;
      let plain = true;
      // The code unit that ended the last run of letters/digits (-1: the range's end).
      let stop = -1;
      for (;;) {
        stop = -1;
        while (j < to) {
          const d = text.charCodeAt(j);
          if (d < 128) {
            const code = ASCII_WORD_CODE[d];
            if (code === 0) {
              stop = d;
              break;
            }
            hi = (hi << 6) | ((lo >>> 24) & 63);
            lo = (lo << 6) | code;
            j++;
            continue;
          }
          const cp = codePointWithin(text, j, to);
          if (!isWordCode(cp)) {
            stop = d;
            break;
          }
          plain = false;
          j += cp > 0xffff ? 2 : 1;
        }
        // A joiner continues the token only when letters/digits follow it (most tokens end at a space: tested first).
        if (!isJoiner(stop) || j === i || j + 1 >= to || !isWordCode(codePointWithin(text, j + 1, to))) break;
        hi = (hi << 6) | ((lo >>> 24) & 63);
        lo = (lo << 6) | PACK_CODE[plainNormal(stop)];
        j++;
      }
      if (j === i) {
        i++;
        continue;
      }
      let id: number;
      if (!plain) id = vocab.idOf(normalizeWord(text.slice(i, j)));
      else if (j - i > PACKED_MAX) id = vocab.idOfPlain(text, i, j);
      else id = vocab.idOfPacked(lo & LOW_CODES, hi, text, i, j);
      this.push(i, j, id, isUpperUnit(c) ? 1 : 0);
      // An ASCII character that ended the token starts none (most tokens end at a space): read past it.
      i = stop >= 0 && stop < 128 ? j + 1 : j;
    }
  }

  private push(start: number, end: number, id: number, capital: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.ids = grown(this.ids);
      this.capitals = grownBytes(this.capitals);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count] = id;
    this.capitals[this.count] = capital;
    this.count++;
  }

  finish(): TokenStream {
    const n = this.count;
    return {
      count: n,
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      ids: this.ids.subarray(0, n),
      capitals: this.capitals.subarray(0, n),
      vocab: this.vocab,
    };
  }
}

/** Tokens of `text`, with offsets shifted by `base` (the text's offset in the document). */
export function tokenize(text: string, base = 0): TokenStream {
  const b = new StreamBuilder(text.length >> 2, new Vocabulary());
  b.scan(text, 0, text.length);
  const s = b.finish();
  if (base !== 0) {
    for (let t = 0; t < s.count; t++) {
      s.starts[t] += base;
      s.ends[t] += base;
    }
  }
  return s;
}

/** A model's tokens, line by line: the tokens of line L are [lineFirst[L], lineFirst[L + 1]). */
export interface ModelTokens extends TokenStream {
  readonly lineFirst: Int32Array;
}

/** Tokens of every line, computed once per model and shared by the repeat checks (each would otherwise re-tokenise). */
const perModel = new WeakMap<object, ModelTokens>();

/**
 * Words in the shared vocabulary past which the next model starts a fresh one: numbers and names make the
 * words of many calls unbounded, and a table that only grew would hold memory for good.
 */
export const SHARED_WORDS = 1 << 17;
let shared: Vocabulary | undefined;

/**
 * The vocabulary models' tokens are numbered in, shared by the models of the process: a folder of calls uses
 * mostly the same words, and numbering each call's words afresh (a string, a hash and a table slot per new
 * word) was most of the tokens' cost on 50 KB calls. A word's number only tells it apart from other words
 * (the checks compare numbers for equality and never order by them), so findings do not depend on the calls
 * read before. A model keeps the vocabulary it was numbered in, which only ever grows, so its numbers stay
 * valid after the shared one is replaced.
 */
function sharedVocabulary(): Vocabulary {
  if (!shared || shared.size > SHARED_WORDS) shared = new Vocabulary();
  return shared;
}

export function modelTokens(model: Pick<TranscriptModel, 'text' | 'index'>): ModelTokens {
  let tokens = perModel.get(model);
  if (!tokens) {
    const { text, index } = model;
    const b = new StreamBuilder(text.length >> 2, sharedVocabulary());
    const lineFirst = new Int32Array(index.lineCount + 1);
    for (let l = 0; l < index.lineCount; l++) {
      lineFirst[l] = b.count;
      // A line's tokens never run into the next line.
      b.scan(text, index.lineStarts[l], index.lineEnds[l]);
    }
    lineFirst[index.lineCount] = b.count;
    perModel.set(model, (tokens = { ...b.finish(), lineFirst }));
  }
  return tokens;
}

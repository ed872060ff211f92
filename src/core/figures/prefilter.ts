import { foldChar, FOLDS } from './fold';
import { EN_TENS_NUM, EN_UNITS_NUM, ZH_DIGITS, ZH_SMALL_UNITS } from './lexicon';
import { A_CURRENCY_UNIT, BIG_SCALES, FRACTION_NOUNS } from './numberWords';

/**
 * Most sentences of a call hold no figure at all. Every figure the grammar reads contains a number: a digit,
 * an English number word ("one", "twenty", "half", "a hundred", "a quarter of"), or a Chinese numeral. This
 * one pass over the raw sentence looks for those and nothing else, so a sentence without any is never folded,
 * tokenised or parsed. It may say yes for a sentence without figures (then the full reading finds none); it
 * must never say no for one that has a figure - the property suite checks that against the full reading.
 */

/**
 * One byte per UTF-16 unit, judged on its fold (fullwidth digits and letters, traditional numerals):
 * 1..26 a letter that folds to ASCII a..z, NON_ASCII_LETTER another letter of the tokenizer's words,
 * TRIGGER a digit or Chinese numeral (alone enough for a figure), OTHER anything else.
 */
const OTHER = 0;
const NON_ASCII_LETTER = 27;
const TRIGGER = 28;
/** The class of 'a' (and of what folds to it). */
const A_LETTER = 1;

/** Words that begin a spoken number or share by themselves. */
const START_WORDS = [...EN_UNITS_NUM.keys(), ...EN_TENS_NUM.keys(), 'half'];
/** Words that make a preceding "a" a number: "a hundred", "a million", "a third of". */
const AFTER_A_WORDS = ['hundred', ...BIG_SCALES.keys(), ...FRACTION_NOUNS.keys(), ...A_CURRENCY_UNIT];

/** Longest word worth a look; longer letter runs are never number words. */
const MAX_WORD = Math.max(...START_WORDS.map((w) => w.length), ...AFTER_A_WORDS.map((w) => w.length));

/** A short lower-case ASCII word as a number (base 27, 1..26 per letter): compared without building strings. */
function wordKey(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 27 + (w.charCodeAt(i) - 96);
  return k;
}
const START_KEYS = new Set(START_WORDS.map(wordKey));
const AFTER_A_KEYS = new Set(AFTER_A_WORDS.map(wordKey));

/**
 * The first letter (1..26) and length of every word worth a look, start words and after-"a" words apart:
 * nearly every word of a sentence is turned away by one read here, so only the few left get a key.
 */
const START_SHAPE = 1;
const AFTER_A_SHAPE = 2;
const SHAPES = (() => {
  const t = new Uint8Array(27 * (MAX_WORD + 1));
  for (const w of START_WORDS) t[(w.charCodeAt(0) - 96) * (MAX_WORD + 1) + w.length] |= START_SHAPE;
  for (const w of AFTER_A_WORDS) t[(w.charCodeAt(0) - 96) * (MAX_WORD + 1) + w.length] |= AFTER_A_SHAPE;
  return t;
})();

const CLASS = (() => {
  const zh = new Set([...ZH_DIGITS.keys(), ...ZH_SMALL_UNITS.keys()].map((c) => c.charCodeAt(0)));
  const t = new Uint8Array(0x10000); // OTHER unless set below
  const classify = (c: number): void => {
    const f = foldChar(c);
    if ((f >= 48 && f <= 57) || zh.has(f)) t[c] = TRIGGER;
    else if (f >= 97 && f <= 122) t[c] = f - 96;
    // The tokenizer's other letters (tokens.ts isLetter), read on the folded text.
    else if (f >= 0xc0 && f <= 0x24f && f !== 0xd7 && f !== 0xf7) t[c] = NON_ASCII_LETTER;
  };
  // Every unit that can be anything but OTHER: ASCII and Latin letters, fullwidth forms, the numerals, and
  // whatever folds to something else. Any other unit folds to itself, which is none of those.
  for (let c = 0; c <= 0x24f; c++) classify(c);
  for (let c = 0xff00; c <= 0xffef; c++) classify(c);
  for (const c of zh) classify(c);
  for (const c of FOLDS.keys()) classify(c);
  return t;
})();

/**
 * False only when `raw` (from `from` to `to`) cannot hold a figure (see above). Linear, no allocation. The
 * recogniser passes the whole document and a sentence's span: reading the document string itself is cheaper
 * than reading the sentence's substring, which the engine keeps as a view into it.
 */
export function mayHoldFigure(raw: string, from = 0, to = raw.length): boolean {
  const n = Math.min(to, raw.length);
  let prevWasA = false;
  for (let i = from; i < n; ) {
    let k = CLASS[raw.charCodeAt(i)];
    if (k === OTHER) {
      i++;
      continue;
    }
    if (k === TRIGGER) return true;
    // A run of letters. It can be a number word only when it is short, all ASCII after folding, and its
    // first letter and length are those of one; only then is its key computed.
    const start = i;
    const first = k;
    let ascii = true;
    do {
      if (k === NON_ASCII_LETTER) ascii = false;
      if (++i >= n) break;
      k = CLASS[raw.charCodeAt(i)];
    } while (k !== OTHER && k !== TRIGGER);
    if (k === TRIGGER) return true;
    const len = i - start;
    if (!ascii || len > MAX_WORD) {
      prevWasA = false;
      continue;
    }
    const shape = SHAPES[first * (MAX_WORD + 1) + len];
    if (shape !== 0 && ((shape & START_SHAPE) !== 0 || prevWasA)) {
      let key = 0;
      for (let j = start; j < i; j++) key = key * 27 + CLASS[raw.charCodeAt(j)];
      if (START_KEYS.has(key) || (prevWasA && AFTER_A_KEYS.has(key))) return true;
    }
    prevWasA = len === 1 && first === A_LETTER;
  }
  return false;
}

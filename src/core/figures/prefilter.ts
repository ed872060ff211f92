import { foldChar } from './fold';
import { EN_TENS_NUM, EN_UNITS_NUM, ZH_DIGITS, ZH_SMALL_UNITS } from './lexicon';
import { BIG_SCALES, FRACTION_NOUNS } from './numberWords';

/**
 * Most sentences of a call hold no figure at all. Every figure the grammar reads contains a number: a digit,
 * an English number word ("one", "twenty", "half", "a hundred", "a quarter of"), or a Chinese numeral. This
 * one pass over the raw sentence looks for those and nothing else, so a sentence without any is never folded,
 * tokenised or parsed. It may say yes for a sentence without figures (then the full reading finds none); it
 * must never say no for one that has a figure - the property suite checks that against the full reading.
 */

const OTHER = 0;
/** A unit that alone makes a figure possible: a digit (any width) or a Chinese numeral (any script). */
const TRIGGER = 1;
/** A letter of the tokenizer's words (after folding): part of a word to look up. */
const LETTER = 2;

/** Words that begin a spoken number or share by themselves. */
const START_WORDS = [...EN_UNITS_NUM.keys(), ...EN_TENS_NUM.keys(), 'half'];
/** Words that make a preceding "a" a number: "a hundred", "a million", "a third of". */
const AFTER_A_WORDS = ['hundred', ...BIG_SCALES.keys(), ...FRACTION_NOUNS.keys()];

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
const A_KEY = wordKey('a');

/** The class of every UTF-16 unit, judged on its fold (fullwidth digits and letters, traditional numerals). */
const CLASS = (() => {
  const zh = new Set([...ZH_DIGITS.keys(), ...ZH_SMALL_UNITS.keys()].map((c) => c.charCodeAt(0)));
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldChar(c);
    if ((f >= 48 && f <= 57) || zh.has(f)) t[c] = TRIGGER;
    // The tokenizer's letters (tokens.ts isLetter), read on the folded text.
    else if ((f >= 97 && f <= 122) || (f >= 0xc0 && f <= 0x24f && f !== 0xd7 && f !== 0xf7)) t[c] = LETTER;
    else t[c] = OTHER;
  }
  return t;
})();

/** False only when `raw` cannot hold a figure (see above). Linear, no allocation. */
export function mayHoldFigure(raw: string): boolean {
  const n = raw.length;
  let prevWasA = false;
  for (let i = 0; i < n; ) {
    const cls = CLASS[raw.charCodeAt(i)];
    if (cls === TRIGGER) return true;
    if (cls !== LETTER) {
      i++;
      continue;
    }
    // A run of letters: its key while it is short lower-case ASCII after folding, else no number word.
    let key = 0;
    let len = 0;
    let ascii = true;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i);
      const k = CLASS[c];
      if (k === TRIGGER) return true;
      if (k !== LETTER) break;
      const f = foldChar(c);
      if (f > 122) ascii = false;
      else if (++len <= MAX_WORD) key = key * 27 + (f - 96);
    }
    const word = ascii && len <= MAX_WORD;
    if (word && (START_KEYS.has(key) || (prevWasA && AFTER_A_KEYS.has(key)))) return true;
    prevWasA = word && key === A_KEY;
  }
  return false;
}

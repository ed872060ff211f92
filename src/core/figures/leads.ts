import { DOLLAR_PREFIXES, EN_CURRENCY_WORDS, EN_TENS_NUM, EN_UNITS_NUM, SYMBOL_CURRENCIES, ZH_CURRENCIES } from './lexicon';

/**
 * The tokens that can begin a figure, judged on the token alone (the grammar then looks at its neighbours).
 * The tokenizer marks them as it goes, from the token's kind, first UTF-16 unit and length it already holds,
 * so the recogniser never starts a parse, nor even reads the text, at the other nine tokens in ten.
 */
export const START_WORDS: ReadonlySet<string> = new Set<string>([
  ...EN_UNITS_NUM.keys(), ...EN_TENS_NUM.keys(),
  'a', 'half', 'negative', 'minus', 'rs', ...EN_CURRENCY_WORDS.keys(), ...DOLLAR_PREFIXES.keys(),
]);
const START_PUNCT = ['(', '-', '.', ...SYMBOL_CURRENCIES.keys()];
const START_HAN = ['负', '百', '十', '千', '两', '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', ...ZH_CURRENCIES.map((c) => c.text[0])];

/** The first letter and length (capped at 15) of every start word: a word of another shape is none of them. */
const START_WORD_SHAPES = (() => {
  const t = new Uint8Array(128 * 16);
  for (const w of START_WORDS) t[w.charCodeAt(0) * 16 + Math.min(w.length, 15)] = 1;
  return t;
})();

/** Start punctuation and Han characters by code: those tokens are always a single UTF-16 unit. */
function codeSet(chars: Iterable<string>): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
const START_PUNCT_CODES = codeSet(START_PUNCT);
const START_HAN_CODES = codeSet(START_HAN);

/** A word may begin a figure only if its first letter and length are those of a start word (then the set decides). */
export function wordMayLead(code: number, length: number): boolean {
  return code < 128 && START_WORD_SHAPES[code * 16 + Math.min(length, 15)] === 1;
}

export function punctMayLead(code: number): boolean {
  return START_PUNCT_CODES[code] === 1;
}

export function hanMayLead(code: number): boolean {
  return START_HAN_CODES[code] === 1;
}

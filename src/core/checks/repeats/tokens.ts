/**
 * Word tokens with their offsets, shared by the repeat checks.
 * A token is a run of letters/digits (with inner apostrophes, hyphens, and digit separators like "1,234.5"),
 * or a single CJK character: Chinese has no spaces, so one character is the smallest unit a loop can repeat.
 * `norm` folds case and curly apostrophes so "This," and "this" compare equal.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  /** True for a single CJK ideograph / kana / hangul character. */
  readonly cjk: boolean;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Whether each BMP code unit is a letter or number, filled in on first sight (0 = unknown, 1 = yes, 2 = no). */
const wordBmp = new Uint8Array(0x10000);

/** A letter or number of any script except CJK (which is a token on its own). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (isCjkCode(c)) return false;
  if (c > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
  if (wordBmp[c] === 0) wordBmp[c] = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return wordBmp[c] === 1;
}

/** ' ’ - . , join two runs of letters/digits into one token. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44;
}

/** Length in UTF-16 units of the run of letters/numbers starting at i (0 if none); astral letters count 2. */
function wordRun(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.codePointAt(j)!;
    if (!isWordCode(c)) break;
    j += c > 0xffff ? 2 : 1;
  }
  return j - i;
}

/**
 * Tokens of `text`, with offsets shifted by `base` (the text's offset in the document). A single CJK character,
 * or letters/digits of any other script joined by ' ’ - . , only between two letters/digits so "U.S.",
 * "1,234.5" and "year-over-year" stay one token. A code-unit scan (this runs once per character of the call):
 * the same tokens as /CJK|W+(?:[J]W+)*\/gu with W = [\p{L}\p{N}] outside CJK and J the joiners.
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) {
      out.push({ start: base + i, end: base + i + 1, norm: normalizeWord(text[i]), cjk: true });
      i++;
      continue;
    }
    let end = i + wordRun(text, i);
    if (end === i) {
      i++;
      continue;
    }
    // A joiner continues the token only when letters/digits follow it.
    while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
      const more = wordRun(text, end + 1);
      if (more === 0) break;
      end += 1 + more;
    }
    const raw = text.slice(i, end);
    out.push({ start: base + i, end: base + end, norm: normalizeWord(raw), cjk: raw.length === 1 && CJK.test(raw) });
    i = end;
  }
  return out;
}

export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Most words have no curly apostrophe: skip the replace (called once per token of the call).
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/** True when a token is a number (digits and separators only): tables repeat numbers legitimately. */
export function isNumeric(norm: string): boolean {
  return /^[\d.,'\-]+$/.test(norm);
}

/** Tokens per line, computed once per model and shared by the repeat checks (each would otherwise re-tokenise). */
const perModel = new WeakMap<object, Map<number, Token[]>>();

export function lineTokens(model: { readonly text: string }, line: { readonly index: number; readonly start: number; readonly end: number }): Token[] {
  let lines = perModel.get(model);
  if (!lines) perModel.set(model, (lines = new Map()));
  let tokens = lines.get(line.index);
  if (!tokens) lines.set(line.index, (tokens = tokenize(model.text.slice(line.start, line.end), line.start)));
  return tokens;
}

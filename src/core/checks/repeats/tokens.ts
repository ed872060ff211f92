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
// Letters/digits (any script except CJK, which is matched one character at a time), joined by ' ’ - . , only
// between two letters/digits so "U.S." and "1,234.5" and "year-over-year" stay one token.
const TOKEN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])[\p{L}\p{N}])+(?:['’\-.,](?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])[\p{L}\p{N}])+)*/gu;

/** Tokens of `text`, with offsets shifted by `base` (the text's offset in the document). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    out.push({ start: base + m.index, end: base + m.index + raw.length, norm: normalizeWord(raw), cjk: raw.length === 1 && CJK.test(raw) });
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

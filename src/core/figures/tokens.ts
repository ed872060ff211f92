import { isHan } from './fold';
import { hanMayLead, punctMayLead, wordMayLead } from './leads';

/**
 * One left-to-right pass over a (folded) sentence: numerals, Latin words, single Han characters and
 * single punctuation marks. Whitespace is not a token; it is recorded as `sp` on the token after it,
 * because "RMB48.8" and "RMB 48.8" mean the same but "Q4" and "Q 4" do not.
 */
export type TokKind = 'num' | 'word' | 'han' | 'punct';

/** A token's kind, whitespace before it and lead mark, packed in one small integer: a sentence of figures makes
 * dozens of tokens and a call millions, so each carries as few fields as it can. */
const KINDS: readonly TokKind[] = ['num', 'word', 'han', 'punct'];
const NUM = 0;
const WORD = 1;
const HAN_TOK = 2;
const PUNCT = 3;
const KIND_MASK = 3;
const SP_BIT = 4;
const LEAD_BIT = 8;

export class Tok {
  /** The text, once asked for. */
  private cut: string | undefined = undefined;

  constructor(
    /** Kind (KINDS index), SP_BIT, LEAD_BIT. */
    private readonly bits: number,
    /** Offsets in the sentence text. */
    readonly start: number,
    readonly end: number,
    /** The folded sentence the token was read from. */
    private readonly folded: string,
  ) {}

  get kind(): TokKind {
    return KINDS[this.bits & KIND_MASK];
  }

  /** Whitespace before this token (or it starts the text). */
  get sp(): boolean {
    return (this.bits & SP_BIT) !== 0;
  }

  /** The token alone may begin a figure (leads.ts); false rules it out, true leaves it to the grammar. */
  get lead(): boolean {
    return (this.bits & LEAD_BIT) !== 0;
  }

  /**
   * Folded text (lower-case ASCII, simplified Chinese), cut from the sentence the first time it is read: the
   * grammar reads only the tokens around a possible figure, so most tokens never make a string.
   */
  get text(): string {
    if (this.cut === undefined) this.cut = this.folded.slice(this.start, this.end);
    return this.cut;
  }
}

/** Character classes of the tokenizer, one byte per UTF-16 unit (0, the rest: a one-unit punctuation token). */
const SPACE = 1;
const DIGIT = 2;
const LETTER = 3;
const HAN = 4;

/**
 * The class of every UTF-16 unit, looked up rather than tested range by range: the tokenizer reads every
 * character of every sentence that may hold a figure. Filled from the same predicates it replaces.
 */
const CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isSpace(c)) t[c] = SPACE;
    else if (c >= 48 && c <= 57) t[c] = DIGIT;
    else if (isLetter(c)) t[c] = LETTER;
    else if (isHan(c)) t[c] = HAN;
  }
  return t;
})();

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

export function tokenize(folded: string): Tok[] {
  const toks: Tok[] = [];
  const n = folded.length;
  let sp = true;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    const k = CLASS[c];
    if (k === SPACE) {
      sp = true;
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    let lead = true;
    if (k === DIGIT) {
      kind = NUM;
      i++;
      while (i < n) {
        const d = folded.charCodeAt(i);
        if (CLASS[d] === DIGIT) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && CLASS[folded.charCodeAt(i + 1)] === DIGIT) i += 2;
        else break;
      }
    } else if (k === LETTER) {
      kind = WORD;
      i++;
      while (i < n) {
        const d = folded.charCodeAt(i);
        if (CLASS[d] === LETTER) i++;
        // "today's", "R&D", "S&P": joiners only between letters.
        else if ((d === 39 || d === 38) && i + 1 < n && CLASS[folded.charCodeAt(i + 1)] === LETTER) i += 2;
        else break;
      }
      lead = wordMayLead(c, i - start);
    } else if (k === HAN) {
      kind = HAN_TOK;
      lead = hanMayLead(c);
      i++;
    } else {
      kind = PUNCT;
      lead = punctMayLead(c);
      i++;
    }
    toks.push(new Tok(kind | (sp ? SP_BIT : 0) | (lead ? LEAD_BIT : 0), start, i, folded));
    sp = false;
  }
  return toks;
}

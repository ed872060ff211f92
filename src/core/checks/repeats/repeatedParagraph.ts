import type { Line, TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import type { ModelTokens } from './tokens';

/**
 * Under the shingle search's minimum (40 words) a paragraph said again word for word is still a copy when it
 * holds two sentences and twenty words: "Thank you." or a one-line answer repeat on purpose, a whole paragraph
 * does not. Lines are compared whole by their words (the repeat checks' tokens: case and punctuation aside),
 * through a hash of the word numbers, confirmed word by word: linear.
 */
export const PARAGRAPH_MIN_WORDS = 20;
const PARAGRAPH_MIN_SENTENCES = 2;

export interface RepeatedParagraph {
  /** From the first copied line to the last, labels included. */
  readonly copy: Span;
  /** The copied lines themselves: deleting them removes the repeat and nothing else (lines between stay). */
  readonly lines: readonly Span[];
  /** How many paragraphs were copied. */
  readonly paragraphs: number;
  /** The speech of the first line that says it. */
  readonly source: Span;
  readonly words: number;
}

/** A line's words: tokens [from, to) of the model's stream. */
interface Words {
  readonly from: number;
  readonly to: number;
  readonly ordinal: number;
  readonly span: Span;
}

function sameWords(ids: Int32Array, a: Words, b: Words): boolean {
  if (a.to - a.from !== b.to - b.from) return false;
  for (let k = 0; k < a.to - a.from; k++) if (ids[a.from + k] !== ids[b.from + k]) return false;
  return true;
}

/**
 * `speech` are the model's speech lines (linesOfKinds) and `speechFrom` where each line's speech starts (speechStarts).
 * `skip` sets aside a copy line (inside a passage found already, or an operator's script) before blocks are joined.
 */
export function repeatedParagraphs(
  model: TranscriptModel,
  stream: ModelTokens,
  speech: readonly Line[],
  speechFrom: Int32Array,
  skip: (copy: Span) => boolean,
): RepeatedParagraph[] {
  const sentencesOn = new Uint16Array(model.lines.length);
  for (const s of model.sentences) if (sentencesOn[s.line] < 0xffff) sentencesOn[s.line]++;
  const { ids, starts, lineFirst } = stream;
  const byHash = new Map<number, Words[]>();
  // Each repeat, with the ordinals (among speech lines) of its copy's and its source's last lines.
  type Run = { copy: Span; lines: Span[]; source: Span; words: number; copyAt: number; sourceAt: number };
  const out: Run[] = [];
  let last: Run | undefined;
  for (let ordinal = 0; ordinal < speech.length; ordinal++) {
    const line = speech[ordinal];
    if (sentencesOn[line.index] < PARAGRAPH_MIN_SENTENCES) continue;
    let from = lineFirst[line.index];
    const to = lineFirst[line.index + 1];
    while (from < to && starts[from] < speechFrom[line.index]) from++;
    if (to - from < PARAGRAPH_MIN_WORDS) continue;
    let hash = 0x811c9dc5;
    for (let t = from; t < to; t++) hash = Math.imul(hash ^ ids[t], 0x01000193);
    const words: Words = { from, to, ordinal, span: { start: speechFrom[line.index], end: line.end } };
    const seen = byHash.get(hash);
    const source = seen?.find((w) => sameWords(ids, w, words));
    if (!source || skip({ start: line.start, end: line.end })) {
      if (!source) {
        if (seen) seen.push(words);
        else byHash.set(hash, [words]);
      }
      last = undefined;
      continue;
    }
    // A block of paragraphs copied in order is one repeat, not one per paragraph (short lines between them,
    // too short to compare, do not break the block; a paragraph that is no copy does).
    const step = ordinal - (last?.copyAt ?? 0);
    const count = to - from;
    if (last && source.ordinal > last.sourceAt && source.ordinal - last.sourceAt <= step + 2) {
      last.lines.push({ start: line.start, end: line.end });
      last.copy = { start: last.copy.start, end: line.end };
      last.source = { start: last.source.start, end: source.span.end };
      last.words += count;
      last.copyAt = ordinal;
      last.sourceAt = source.ordinal;
    } else {
      last = { copy: { start: line.start, end: line.end }, lines: [{ start: line.start, end: line.end }], source: source.span, words: count, copyAt: ordinal, sourceAt: source.ordinal };
      out.push(last);
    }
  }
  return out.map(({ copy, lines, source, words }) => ({ copy, lines, paragraphs: lines.length, source, words }));
}

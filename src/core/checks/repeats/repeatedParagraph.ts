import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import { linesOfKinds } from './spokenLines';

/**
 * Under the shingle search's minimum (40 words) a paragraph said again word for word is still a copy when it
 * holds two sentences and twenty words: "Thank you." or a one-line answer repeat on purpose, a whole paragraph
 * does not. Lines are compared whole (case and punctuation aside), by their text as a map key: linear.
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

/** `skip` sets aside a copy line (inside a passage found already, or an operator's script) before blocks are joined. */
export function repeatedParagraphs(model: TranscriptModel, speechFrom: Int32Array, skip: (copy: Span) => boolean): RepeatedParagraph[] {
  const sentencesOn = new Uint16Array(model.lines.length);
  for (const s of model.sentences) if (sentencesOn[s.line] < 0xffff) sentencesOn[s.line]++;
  const first = new Map<string, { span: Span; ordinal: number }>();
  // Each repeat, with the ordinals (among speech lines) of its copy's and its source's last lines.
  type Run = { copy: Span; lines: Span[]; source: Span; words: number; copyAt: number; sourceAt: number };
  const out: Run[] = [];
  let last: Run | undefined;
  const speech = linesOfKinds(model, ['speech']);
  for (let ordinal = 0; ordinal < speech.length; ordinal++) {
    const line = speech[ordinal];
    if (sentencesOn[line.index] < PARAGRAPH_MIN_SENTENCES) continue;
    const from = speechFrom[line.index];
    const words = model.text.slice(from, line.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < PARAGRAPH_MIN_WORDS) continue;
    const key = words.join(' ');
    const source = first.get(key);
    if (!source || skip({ start: line.start, end: line.end })) {
      if (!source) first.set(key, { span: { start: from, end: line.end }, ordinal });
      last = undefined;
      continue;
    }
    // A block of paragraphs copied in order is one repeat, not one per paragraph (short lines between them,
    // too short to compare, do not break the block; a paragraph that is no copy does).
    const step = ordinal - (last?.copyAt ?? 0);
    if (last && source.ordinal > last.sourceAt && source.ordinal - last.sourceAt <= step + 2) {
      last.lines.push({ start: line.start, end: line.end });
      last = { ...last, copy: { start: last.copy.start, end: line.end }, source: { start: last.source.start, end: source.span.end }, words: last.words + words.length, copyAt: ordinal, sourceAt: source.ordinal };
      out[out.length - 1] = last;
    } else {
      last = { copy: { start: line.start, end: line.end }, lines: [{ start: line.start, end: line.end }], source: source.span, words: words.length, copyAt: ordinal, sourceAt: source.ordinal };
      out.push(last);
    }
  }
  return out.map(({ copy, lines, source, words }) => ({ copy, lines, paragraphs: lines.length, source, words }));
}

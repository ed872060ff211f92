import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';
import type { ModelTokens } from './tokens';

/**
 * A sentence said again right after itself, word for word: a recogniser or caption re-segmentation writing one
 * utterance twice. Below the shingle search's minimum (40 words) and above repeated-phrase's longest loop unit
 * (8 tokens), so neither sees it. People restart short phrases ("That's the goal. That's the goal."), not whole
 * sentences: the copy must hold at least SENTENCE_MIN_WORDS words and follow its source with only white space
 * between. One sweep over sentences and tokens in document order: linear.
 */
export const SENTENCE_MIN_WORDS = 8;

export interface RepeatedSentence {
  /** The copies after the first, with the white space before them: deleting it leaves the first copy. */
  readonly copy: Span;
  readonly source: Span;
  readonly words: number;
  readonly copies: number;
}

export function repeatedSentences(model: TranscriptModel, stream: ModelTokens, skip: (copy: Span) => boolean): RepeatedSentence[] {
  const { starts, ids, count } = stream;
  const out: RepeatedSentence[] = [];
  let run: { copy: Span; source: Span; words: number; copies: number } | undefined;
  // The previous speech sentence's tokens [from, to), and the cursor into the stream.
  let prev: { span: Span; from: number; to: number } | undefined;
  let t = 0;
  for (const s of model.sentences) {
    if (model.lines[s.line]?.kind !== 'speech') {
      prev = undefined;
      continue;
    }
    while (t < count && starts[t] < s.span.start) t++;
    const from = t;
    while (t < count && starts[t] < s.span.end) t++;
    const to = t;
    const cur = { span: s.span, from, to };
    const same =
      prev !== undefined &&
      to - from >= SENTENCE_MIN_WORDS &&
      to - from === prev.to - prev.from &&
      /^\s*$/.test(model.text.slice(prev.span.end, s.span.start)) &&
      sameIds(ids, prev.from, from, to - from);
    if (!same) {
      run = undefined;
      prev = cur;
      continue;
    }
    const copy = { start: prev!.span.end, end: s.span.end };
    if (run && run.copy.end === prev!.span.end) {
      run.copy = { start: run.copy.start, end: s.span.end };
      run.copies++;
    } else if (!skip(copy)) {
      run = { copy, source: prev!.span, words: to - from, copies: 2 };
      out.push(run);
    }
    prev = cur;
  }
  return out;
}

function sameIds(ids: Int32Array, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (ids[a + k] !== ids[b + k]) return false;
  return true;
}

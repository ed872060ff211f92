import type { Line, LineKind, TranscriptModel } from '../../model/types';

/**
 * The lines whose text was spoken (or translated from speech): the repeat checks read only these,
 * so speaker headers (written twice in the bilingual format), page furniture and disclaimers are never
 * mistaken for loops or duplicates.
 */
export function linesOfKinds(model: TranscriptModel, kinds: readonly LineKind[]): Line[] {
  return model.lines.filter((l) => kinds.includes(l.kind) && l.end > l.start);
}

/** Speech in the call's language and its translations: where loops can occur. */
export const SPOKEN_KINDS: readonly LineKind[] = ['speech', 'translation'];

/**
 * Where each line's speech starts: after its "[00:02:05] Jane Doe:" label (the line's first sentence starts
 * there), else at the line start, also on a line that a sentence wrapped from the line above runs into.
 */
export function speechStarts(model: TranscriptModel): Int32Array {
  let from = starts.get(model);
  if (!from) starts.set(model, (from = readSpeechStarts(model)));
  return from;
}

/** speechStarts by model: duplicate-passage and noise-token both read them (never written to). */
const starts = new WeakMap<TranscriptModel, Int32Array>();

function readSpeechStarts(model: TranscriptModel): Int32Array {
  const from = Int32Array.from(model.index.lineStarts.slice(0, model.lines.length));
  const seen = new Uint8Array(model.lines.length);
  const wrappedInto = new Uint8Array(model.lines.length);
  for (const s of model.sentences) {
    if (!seen[s.line]) {
      seen[s.line] = 1;
      from[s.line] = s.span.start;
    }
    if (s.span.end <= model.index.lineEnds[s.line]) continue;
    for (let l = s.line + 1, last = model.index.lineAt(s.span.end - 1); l <= last; l++) wrappedInto[l] = 1;
  }
  for (let l = 0; l < from.length; l++) if (wrappedInto[l]) from[l] = model.index.lineStarts[l];
  return from;
}

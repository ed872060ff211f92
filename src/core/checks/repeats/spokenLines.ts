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

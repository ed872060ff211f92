import type { TranscriptModel } from '../../model/types';
import type { Span } from '../../text/span';

/**
 * In a headed layout a copied block starts with copies of the lines that led into the first one: the speaker
 * header, a section heading, the page title. Speech tokens never include them, so the match starts below;
 * the lines just before the copy that equal, one for one, the lines just before the first copy (and are not
 * speech) belong to the copy, so deleting it leaves no orphan header; the first copy is shown with its own.
 * Stops at the first copy's end.
 */
export function withCopiedLeadIn(model: TranscriptModel, copy: Span, source: Span): { copy: Span; source: Span } {
  const { index, lines } = model;
  let c = index.lineAt(copy.start);
  let s = index.lineAt(source.start);
  if (copy.start !== index.lineStarts[c] || source.start !== index.lineStarts[s]) return { copy, source };
  const sourceEnd = index.lineAt(source.end);
  let start = copy.start;
  let sourceStart = source.start;
  while (s > 0 && c - 1 > sourceEnd) {
    const lc = lines[c - 1];
    const ls = lines[s - 1];
    if (lc.kind === 'speech' || lc.kind === 'translation' || lc.kind !== ls.kind || lc.text.trim() !== ls.text.trim()) break;
    c--;
    s--;
    // Blank lines join only between lines that do; the copy starts on a line with text.
    if (lc.kind !== 'blank') {
      start = index.lineStarts[c];
      sourceStart = index.lineStarts[s];
    }
  }
  return { copy: { start, end: copy.end }, source: { start: sourceStart, end: source.end } };
}

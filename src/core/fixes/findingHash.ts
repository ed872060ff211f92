import type { Span } from '../text/span';

const CONTEXT = 40;

/**
 * Identifies a finding by its text and a little context on each side, not by its position,
 * so "ignore here" survives edits elsewhere in the document. FNV-1a over the normalised context.
 */
export function findingHash(text: string, span: Span): string {
  const context = text
    .slice(Math.max(0, span.start - CONTEXT), Math.min(text.length, span.end + CONTEXT))
    .replace(/\s+/g, ' ')
    .toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < context.length; i++) {
    h ^= context.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

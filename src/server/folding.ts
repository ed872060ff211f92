import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TranscriptModel } from '../core/model/types';
import type { Span } from '../core/text/span';

/**
 * Folding for sections, turns and Q&A exchanges. Editors keep one range per start line, so when a section and
 * its first turn start on the same line only the larger survives, decided here rather than by the client.
 */

/** First and last line of a span, without trailing blank lines; undefined when it spans one line. */
function lineRange(model: TranscriptModel, span: Span): [number, number] | undefined {
  const start = model.index.lineAt(Math.max(0, span.start));
  let end = model.index.lineAt(Math.max(span.start, Math.min(span.end, model.text.length)));
  // A span ending exactly at a line start does not reach into that line.
  if (end > start && model.index.lineStarts[end] === span.end) end--;
  while (end > start && isBlank(model, end)) end--;
  return end > start ? [start, end] : undefined;
}

function isBlank(model: TranscriptModel, line: number): boolean {
  const l = model.lines[line];
  return l ? l.kind === 'blank' || l.text.trim() === '' : model.index.lineText(line).trim() === '';
}

export function buildFoldingRanges(model: TranscriptModel): FoldingRange[] {
  try {
    const spans: Span[] = [];
    for (const s of model.sections) {
      spans.push(s.span);
      for (const e of s.exchanges) spans.push(e.span);
    }
    for (const t of model.turns) spans.push(t.span);
    const byStart = new Map<number, number>();
    for (const span of spans) {
      const r = lineRange(model, span);
      if (!r) continue;
      const [start, end] = r;
      if ((byStart.get(start) ?? -1) < end) byStart.set(start, end);
    }
    return [...byStart.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([startLine, endLine]) => ({ startLine, endLine, kind: FoldingRangeKind.Region }));
  } catch {
    return [];
  }
}

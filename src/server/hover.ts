import type { Hover } from 'vscode-languageserver';
import type { Figure } from '../core/figures/types';
import type { TranscriptModel } from '../core/model/types';

/**
 * The figure under the pointer: the innermost one holding the character at `offset`. A hover position names
 * the character under the mouse, so the character just after a figure (a space) is not on it.
 */
export function figureAt(model: TranscriptModel, offset: number): Figure | undefined {
  let best: Figure | undefined;
  for (const f of model.figures) {
    if (f.span.start <= offset && offset < f.span.end) {
      if (!best || f.span.end - f.span.start < best.span.end - best.span.start) best = f;
    }
  }
  return best;
}

/** Markdown hover for a figure: what it was read as, from the core's describeFigure. */
export function figureHover(model: TranscriptModel, offset: number, describe: (figure: Figure, model: TranscriptModel) => string): Hover | null {
  const figure = figureAt(model, offset);
  if (!figure) return null;
  const value = describe(figure, model);
  if (!value) return null;
  return { contents: { kind: 'markdown', value }, range: model.index.rangeOf(figure.span) };
}

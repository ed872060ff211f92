import { describe, expect, it } from 'vitest';
import type { Figure } from '../src/core/figures/types';
import { figureAt, figureHover } from '../src/server/hover';
import { fixtureModel } from './lsp/modelFixture';

function figureOn(text: string, written: string, value: string): Figure {
  const start = text.indexOf(written);
  return { span: { start, end: start + written.length }, line: 0, text: written, lang: 'en', kind: 'percent', value, low: value, high: value, notes: [] };
}

describe('figure hover', () => {
  const base = fixtureModel();
  const percent = figureOn(base.text, '37.2%', '37.2');
  const model = { ...base, figures: [percent] };

  it('finds the figure under the pointer, not the character after it', () => {
    const { start, end } = percent.span;
    expect(figureAt(model, start)).toBe(percent);
    expect(figureAt(model, end - 1)).toBe(percent);
    expect(figureAt(model, end)).toBeUndefined();
    expect(figureAt(model, start - 1)).toBeUndefined();
  });

  it('prefers the innermost of nested figures', () => {
    const inner = figureOn(base.text, '48.8', '48.8');
    const outer = figureOn(base.text, 'RMB 48.8 million', '48800000');
    const both = { ...base, figures: [outer, inner] };
    expect(figureAt(both, inner.span.start + 1)).toBe(inner);
    expect(figureAt(both, outer.span.start)).toBe(outer);
  });

  it('answers Markdown over the figure range, or null away from figures', () => {
    const hover = figureHover(model, percent.span.start + 2, (f) => `**${f.text}** = ${f.value}%`);
    expect(hover).toEqual({ contents: { kind: 'markdown', value: '**37.2%** = 37.2%' }, range: model.index.rangeOf(percent.span) });
    expect(figureHover(model, 0, () => 'x')).toBeNull();
  });
});

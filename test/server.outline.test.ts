import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import type { TranscriptModel, Turn } from '../src/core/model/types';
import { LineIndex } from '../src/core/text/lineIndex';
import { buildFoldingRanges } from '../src/server/folding';
import { buildDocumentSymbols } from '../src/server/symbols';
import { fixtureModel } from './lsp/modelFixture';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function walk(symbols: DocumentSymbol[], visit: (s: DocumentSymbol, parent?: DocumentSymbol) => void, parent?: DocumentSymbol) {
  for (const s of symbols) {
    visit(s, parent);
    walk(s.children ?? [], visit, s);
  }
}

describe('document symbols', () => {
  it('nests sections > turns and, in Q&A, questions > answer turns, with speaker labels', () => {
    const symbols = buildDocumentSymbols(fixtureModel());
    expect(symbols.map((s) => s.name)).toEqual(['Opening', 'Prepared remarks', 'Q&A']);
    expect(symbols[0].children?.map((c) => c.name)).toEqual(['Operator']);
    expect(symbols[1].children?.map((c) => c.name)).toEqual(['John Smith - CEO']);
    const qa = symbols[2];
    expect(qa.detail).toBe('1 question');
    expect(qa.children?.map((c) => c.name)).toEqual(['Q: Jane Doe (Big Bank)']);
    expect(qa.children?.[0].children?.map((c) => c.name)).toEqual(['John Smith - CEO']);
  });

  it('selects the header line and keeps every selectionRange inside its range and every child inside its parent', () => {
    const model = fixtureModel();
    const symbols = buildDocumentSymbols(model);
    let count = 0;
    walk(symbols, (s, parent) => {
      count++;
      expect(contains(s.range, s.selectionRange)).toBe(true);
      if (parent) expect(contains(parent.range, s.range)).toBe(true);
    });
    expect(count).toBe(7);
    const question = symbols[2].children![0];
    expect(question.selectionRange).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 'Jane Doe - Analyst, Big Bank'.length } });
    expect(question.range.end.line).toBe(9);
  });

  it('marks inferred turns and limits their selection to the first words of a long line', () => {
    const base = fixtureModel();
    const long = `so with that I will hand over to our CFO ${'and the numbers were good '.repeat(20)}`;
    const text = `${long}\nthanks`;
    const model = fixtureModel();
    const index = new (base.index.constructor as new (t: string) => TranscriptModel['index'])(text);
    const inferred: Turn = {
      speaker: { id: 'cfo', name: 'Speaker 2', spellings: [], category: 'unknown' },
      headerLines: [],
      startLine: 0,
      endLine: 1,
      span: { start: 10, end: text.length },
      inferred: true,
    };
    const symbols = buildDocumentSymbols({ ...model, text, index, lines: [], sections: [], turns: [inferred] });
    expect(symbols).toHaveLength(1);
    expect(symbols[0].name).toBe('Speaker 2');
    expect(symbols[0].detail).toBe('(inferred)');
    expect(symbols[0].selectionRange.start).toEqual({ line: 0, character: 10 });
    expect(symbols[0].selectionRange.end.character - 10).toBeLessThanOrEqual(80);
    expect(contains(symbols[0].range, symbols[0].selectionRange)).toBe(true);
  });

  it('selects the "Name:" label of an inline-speaker turn, and not a colon elsewhere in the speech', () => {
    const base = fixtureModel();
    const text = 'Tom Lee: What about margins? Ratio: 3 to 1.\nThe answer is: higher.';
    const index = new LineIndex(text);
    const turn = (name: string, start: number, end: number): Turn => ({
      speaker: { id: name, name, spellings: [name], category: 'unknown' },
      headerLines: [],
      startLine: index.lineAt(start),
      endLine: index.lineAt(end),
      span: { start, end },
      inferred: false,
    });
    const secondLine = index.lineStarts[1];
    const symbols = buildDocumentSymbols({ ...base, text, index, lines: [], sections: [], turns: [turn('Tom Lee', 0, index.lineEnds[0]), turn('Mary Major', secondLine, text.length)] });
    expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 'Tom Lee'.length } });
    // "The answer is:" does not name Mary Major: the first words are selected instead.
    expect(symbols[1].selectionRange).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 'The answer is: higher.'.length } });
  });

  it('returns an empty outline rather than throwing on an inconsistent model', () => {
    const model = fixtureModel();
    const broken = { ...model, sections: [{ ...model.sections[0], turns: [null as unknown as Turn] }] };
    expect(buildDocumentSymbols(broken)).toEqual([]);
    expect(buildDocumentSymbols({ ...model, sections: [], turns: [] })).toEqual([]);
  });
});

describe('folding ranges', () => {
  it('folds sections, turns and exchanges once per start line, keeping the larger, without trailing blank lines', () => {
    const ranges = buildFoldingRanges(fixtureModel());
    // opening+operator start on 0 (0-1); prepared+John on 2 (2-3, blank line 4 trimmed);
    // Q&A section, exchange and Jane's question on 5 (5-8); John's answer 7-8.
    expect(ranges.map((r) => [r.startLine, r.endLine])).toEqual([
      [0, 1],
      [2, 3],
      [5, 8],
      [7, 8],
    ]);
    expect(new Set(ranges.map((r) => r.startLine)).size).toBe(ranges.length);
    expect(ranges.every((r) => r.kind === 'region')).toBe(true);
  });

  it('skips one-line elements and survives spans past the end of the text', () => {
    const model = fixtureModel();
    const t = model.turns[0];
    const oneLine: Turn = { ...t, span: { start: 0, end: 8 }, endLine: 0 };
    const beyond: Turn = { ...t, span: { start: 0, end: 10_000 } };
    expect(buildFoldingRanges({ ...model, sections: [], turns: [oneLine] })).toEqual([]);
    const r = buildFoldingRanges({ ...model, sections: [], turns: [beyond] });
    expect(r).toEqual([{ startLine: 0, endLine: 8, kind: 'region' }]);
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-protocol';
import { describeFigure } from '../../src/core/figures/describe';
import { applyEdits, fixAllEdits } from '../../src/core/fixes/apply';
import type { LineIndex } from '../../src/core/text/lineIndex';
import { cleanEdits } from '../../src/server/codeActions';
import { toLspDiagnostics } from '../../src/server/diagnostics';
import { buildFoldingRanges } from '../../src/server/folding';
import { figureHover } from '../../src/server/hover';
import { buildDocumentSymbols } from '../../src/server/symbols';
import { anyInput, fcParams } from './gen';
import { CaseStats } from './stats';

/**
 * What the editor shows for hostile text: the outline, folding ranges, diagnostics, hovers and the Clean
 * Transcript edits the server builds from an analysis never throw and stay inside the document (symbols nest,
 * selection inside the symbol's range); the clean edits, applied, equal the core's fix-all.
 */

const stats = new CaseStats('editorViews');
afterAll(() => console.log(stats.summary()));

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function rangeProblem(range: Range, index: LineIndex): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || p.line < 0 || p.line >= index.lineCount) return `line ${p.line} of ${index.lineCount}`;
    if (p.character < 0 || p.character > index.lineEnds[p.line] - index.lineStarts[p.line]) return `character ${p.character} past line ${p.line}'s end`;
  }
  return before(range.start, range.end) ? undefined : 'end before start';
}

function symbolProblems(symbols: readonly DocumentSymbol[], index: LineIndex, parent?: DocumentSymbol): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    const p = rangeProblem(s.range, index) ?? rangeProblem(s.selectionRange, index);
    if (p) out.push(`symbol "${s.name}": ${p}`);
    if (!contains(s.range, s.selectionRange)) out.push(`symbol "${s.name}": selection outside its range`);
    if (parent && !contains(parent.range, s.range)) out.push(`symbol "${s.name}" outside its parent "${parent.name}"`);
    if (!s.name.trim()) out.push('a symbol with an empty name');
    out.push(...symbolProblems(s.children ?? [], index, s));
  }
  return out;
}

describe('editor views of hostile text stay inside the document', () => {
  it('outline, folding, diagnostics, hovers and clean edits', () => {
    fc.assert(
      fc.property(anyInput, fc.double({ min: 0, max: 1, noNaN: true }), ({ label, text }, at) => {
        stats.cases++;
        const analysis = stats.analyze(label, text);
        const { model } = analysis;
        const index = model.index;
        const problems: string[] = [];
        problems.push(...symbolProblems(buildDocumentSymbols(model), index));
        for (const f of buildFoldingRanges(model)) {
          if (!(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < index.lineCount)) problems.push(`folding ${f.startLine}..${f.endLine} of ${index.lineCount}`);
        }
        for (const d of toLspDiagnostics(analysis, 'untitled:x', 1)) {
          const p = rangeProblem(d.range, index);
          if (p) problems.push(`diagnostic ${String(d.code)}: ${p}`);
          for (const r of d.relatedInformation ?? []) if (rangeProblem(r.location.range, index)) problems.push(`diagnostic ${String(d.code)}: related range outside`);
        }
        // A hover anywhere, and on each figure.
        const offsets = [Math.floor(at * text.length), ...model.figures.slice(0, 20).map((f) => f.span.start)];
        for (const offset of offsets) {
          const hover = figureHover(model, offset, describeFigure);
          if (hover?.range && rangeProblem(hover.range, index)) problems.push(`hover at ${offset}: range outside`);
        }
        const clean = cleanEdits('untitled:x', 1, analysis);
        const cleaned = applyEdits(text, clean.edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText })));
        for (const e of clean.edits) if (rangeProblem(e.range, index)) problems.push('clean edit outside the document');
        if (problems.length > 0) throw new Error(`${label}:\n${problems.slice(0, 12).join('\n')}`);
        expect(cleaned, `${label}: Clean Transcript differs from the core's fix-all`).toBe(applyEdits(text, fixAllEdits(analysis.diagnostics.flatMap((d) => d.fixes))));
      }),
      fcParams(300),
    );
  });
});

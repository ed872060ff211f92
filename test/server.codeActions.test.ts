import { describe, expect, it } from 'vitest';
import { CodeActionKind, DiagnosticSeverity, DiagnosticTag, type TextEdit } from 'vscode-languageserver';
import type { Analysis, Diagnostic } from '../src/core/analyze';
import { applyEdits } from '../src/core/fixes/apply';
import { findingHash } from '../src/core/fixes/findingHash';
import { buildCodeActions, cleanEdits } from '../src/server/codeActions';
import { checkDocsUrl, repositoryWebUrl, toLspDiagnostics } from '../src/server/diagnostics';
import { DISABLE_CHECK_COMMAND, FIX_ALL_KIND, FIX_CHECK_KIND, IGNORE_FINDING_COMMAND, type DiagnosticData } from '../src/server/protocol';
import { fixtureModel } from './lsp/modelFixture';

/** Findings stated by hand on the fixture text, so the conversion is tested apart from any real check. */
function fixtureAnalysis(): Analysis {
  const model = fixtureModel();
  const at = (s: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = model.text.indexOf(s, i + 1);
    return { start: i, end: i + s.length };
  };
  const repeat = at('John Smith - CEO', 1);
  const diagnostics: Diagnostic[] = [
    {
      checkId: 'noise-word',
      span: at('Good'),
      message: 'Noise',
      related: [],
      fixes: [{ title: 'Delete "Good "', safe: true, edits: [{ start: at('Good ').start, end: at('Good ').end, newText: '' }] }],
      tags: ['unnecessary'],
      severity: 'hint',
      category: 'repeats',
    },
    {
      checkId: 'noise-word',
      span: at('Thank you. '),
      message: 'Noise',
      related: [],
      fixes: [{ title: 'Delete "Thank you. "', safe: true, edits: [{ ...at('Thank you. '), newText: '' }] }],
      severity: 'hint',
      category: 'repeats',
    },
    {
      checkId: 'figure-mismatch',
      span: at('37.2%'),
      message: 'Margin 37.2% does not match',
      related: [{ span: at('48.8 million'), message: 'revenue stated here' }],
      fixes: [
        { title: 'Replace with 37.1%', safe: false, edits: [{ ...at('37.2%'), newText: '37.1%' }] },
        { title: 'Replace with 37.3%', safe: true, edits: [{ ...at('37.2%'), newText: '37.3%' }] },
      ],
      severity: 'warning',
      category: 'numbers',
    },
    { checkId: 'dup-header', span: repeat, message: 'dup', related: [], fixes: [], severity: 'error', category: 'structure' },
  ];
  return { model, diagnostics };
}

function applyLsp(text: string, edits: readonly TextEdit[]): string {
  const model = fixtureModel();
  return applyEdits(text, edits.map((e) => ({ start: model.index.offsetAt(e.range.start), end: model.index.offsetAt(e.range.end), newText: e.newText })));
}

describe('diagnostics', () => {
  it('carries source, code, docs link, severity, related information, tags and the fixes in data', () => {
    const analysis = fixtureAnalysis();
    const diags = toLspDiagnostics(analysis, 'file:///t.txt', 3, 'https://example.test/docs/checks.md');
    expect(diags).toHaveLength(4);
    const [noise, , mismatch, dup] = diags;
    expect(noise.source).toBe('Transcript Lens');
    expect(noise.code).toBe('noise-word');
    expect(noise.codeDescription?.href).toBe('https://example.test/docs/checks.md#noise-word');
    expect(noise.severity).toBe(DiagnosticSeverity.Hint);
    expect(noise.tags).toEqual([DiagnosticTag.Unnecessary]);
    expect(mismatch.severity).toBe(DiagnosticSeverity.Warning);
    expect(dup.severity).toBe(DiagnosticSeverity.Error);
    expect(mismatch.range).toEqual({ start: { line: 8, character: 20 }, end: { line: 8, character: 25 } });
    expect(mismatch.relatedInformation?.[0].location).toEqual({ uri: 'file:///t.txt', range: { start: { line: 3, character: 27 }, end: { line: 3, character: 39 } } });
    expect(mismatch.data).toMatchObject({ version: 3, check: 'figure-mismatch', hash: findingHash(analysis.model.text, analysis.diagnostics[2].span) });
    expect((mismatch.data as { fixes: unknown[] }).fixes).toHaveLength(2);
  });

  it('builds the docs link from the repository URL', () => {
    expect(repositoryWebUrl({ url: 'git+https://github.com/o/r.git' })).toBe('https://github.com/o/r');
    expect(repositoryWebUrl(undefined)).toBeUndefined();
    expect(checkDocsUrl('a-b', 'https://x/docs/checks.md#old')).toBe('https://x/docs/checks.md#a-b');
  });
});

describe('code actions', () => {
  const uri = 'file:///t.txt';

  it('offers each fix as a quick fix, the first safe one preferred, plus ignore and turn-off commands', () => {
    const analysis = fixtureAnalysis();
    const diags = toLspDiagnostics(analysis, uri, 3);
    const actions = buildCodeActions({ uri, version: 3, analysis, diagnostics: [diags[2]], documentChanges: true });
    expect(actions.map((a) => a.title)).toEqual(['Replace with 37.1%', 'Replace with 37.3%', 'Ignore this finding here', 'Turn off figure-mismatch in this workspace']);
    expect(actions[0].isPreferred).toBeUndefined();
    expect(actions[1].isPreferred).toBe(true);
    expect(actions[1].edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 3 } });
    expect(actions[2].command).toEqual({
      title: 'Ignore this finding here',
      command: IGNORE_FINDING_COMMAND,
      arguments: [{ uri, check: 'figure-mismatch', hash: findingHash(analysis.model.text, analysis.diagnostics[2].span) }],
    });
    expect(actions[3].command).toMatchObject({ command: DISABLE_CHECK_COMMAND, arguments: [{ id: 'figure-mismatch', uri }] });
  });

  it('offers "Fix all <check> problems" when a check has more than one fixable finding', () => {
    const analysis = fixtureAnalysis();
    const diags = toLspDiagnostics(analysis, uri, 3);
    const actions = buildCodeActions({ uri, version: 3, analysis, diagnostics: [diags[0]], documentChanges: false });
    const fixAll = actions.find((a) => a.title.startsWith('Fix all noise-word'));
    expect(fixAll?.title).toBe('Fix all noise-word problems (2)');
    const edits = fixAll!.edit!.changes![uri];
    expect(edits).toHaveLength(2);
    expect(applyLsp(analysis.model.text, edits)).not.toMatch(/Good |Thank you\. /);
  });

  it('re-finds a finding published for an older version and offers its fixes with current ranges', () => {
    const analysis = fixtureAnalysis();
    // Published for version 2 with ranges one line off (as if a line was inserted above since).
    const stale = toLspDiagnostics(analysis, uri, 2).map((d) => ({
      ...d,
      data: { ...(d.data as DiagnosticData), version: 2, fixes: [{ title: 'old', safe: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'x' }] }] },
    }));
    const actions = buildCodeActions({ uri, version: 3, analysis, diagnostics: [stale[2]], documentChanges: true });
    const replace = actions.find((a) => a.title === 'Replace with 37.3%')!;
    expect(replace.edit?.documentChanges?.[0]).toEqual({
      textDocument: { uri, version: 3 },
      edits: [{ range: { start: { line: 8, character: 20 }, end: { line: 8, character: 25 } }, newText: '37.3%' }],
    });
    expect(actions.some((a) => a.title === 'old')).toBe(false);
    // A finding that is gone from the current text gets no edits, only the commands.
    const gone = { ...stale[2], data: { ...(stale[2].data as DiagnosticData), hash: 'ffffffff' } };
    const none = buildCodeActions({ uri, version: 3, analysis, diagnostics: [gone], documentChanges: false });
    expect(none.filter((a) => a.edit)).toEqual([]);
    expect(none.some((a) => a.command?.command === IGNORE_FINDING_COMMAND)).toBe(true);
  });

  it('source.fixAll applies every safe fix as one edit set, and only when asked for', () => {
    const analysis = fixtureAnalysis();
    expect(buildCodeActions({ uri, version: 3, analysis, diagnostics: [], documentChanges: false })).toEqual([]);
    const actions = buildCodeActions({ uri, version: 3, analysis, diagnostics: [], only: [CodeActionKind.SourceFixAll], documentChanges: false });
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
    const edits = actions[0].edit!.changes![uri];
    expect(edits).toHaveLength(3);
    const cleaned = applyLsp(analysis.model.text, edits);
    expect(cleaned).toContain('Margins improved to 37.3%.');
    expect(cleaned).not.toContain('Good day');
    const source = buildCodeActions({ uri, version: 3, analysis, diagnostics: [], only: [CodeActionKind.Source], documentChanges: false });
    expect(source.filter((a) => a.kind === FIX_CHECK_KIND).map((a) => a.title)).toEqual(['Fix all figure-mismatch problems (1)', 'Fix all noise-word problems (2)']);
  });

  it('cleanEdits counts the fixed findings per check', () => {
    const result = cleanEdits(uri, 3, fixtureAnalysis());
    expect(result.byCheck).toEqual({ 'noise-word': 2, 'figure-mismatch': 1 });
    expect(result.total).toBe(3);
  });

  it('ignores diagnostics from other sources or without data', () => {
    const analysis = fixtureAnalysis();
    const foreign = { ...toLspDiagnostics(analysis, uri, 3)[0], source: 'cSpell' };
    const noData = { ...toLspDiagnostics(analysis, uri, 3)[0], data: undefined };
    expect(buildCodeActions({ uri, version: 3, analysis, diagnostics: [foreign, noData], documentChanges: true })).toEqual([]);
  });
});

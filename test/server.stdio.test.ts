import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Position,
  Range,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits } from '../src/core/fixes/apply';
import { LineIndex } from '../src/core/text/lineIndex';
import type { FigureRecord } from '../src/core/figures/export';
import type { CleanEditsResult, FiguresResult, StatusParams } from '../src/server/protocol';
import { buildServer, seedText, seedUri, startStdioSession, WAIT_MS, type StdioSession } from './lsp/stdioClient';

/**
 * End to end over stdio, as Neovim or Helix would drive it: `node dist/server.js --stdio`, real seeds,
 * the real parser and checks. Assertions are about content (section and speaker names from the seeds),
 * not just shapes.
 */

const SEEDS = ['000_57a37ca2e05f9c53.txt', '002_c10d7f1c76de8547.txt', '004_9af29ef9ab041140.txt'] as const;
const AURORA = SEEDS[0];
const KINGSOFT_ASR = SEEDS[1];
const KINGSOFT_WEB = SEEDS[2];

let session: StdioSession;

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function inDocument(range: Range, index: LineIndex): boolean {
  const { start, end } = range;
  return (
    before(start, end) &&
    start.line < index.lineCount &&
    end.line < index.lineCount &&
    start.character <= index.lineEnds[start.line] - index.lineStarts[start.line] &&
    end.character <= index.lineEnds[end.line] - index.lineStarts[end.line]
  );
}

function flatten(symbols: DocumentSymbol[], parent?: DocumentSymbol, out: Array<{ s: DocumentSymbol; parent?: DocumentSymbol }> = []) {
  for (const s of symbols) {
    out.push({ s, parent });
    flatten(s.children ?? [], s, out);
  }
  return out;
}

function offsetEdits(index: LineIndex, edits: readonly TextEdit[]) {
  return edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
}

async function symbolsOf(seed: string): Promise<DocumentSymbol[]> {
  return (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: seedUri(seed) } })) as DocumentSymbol[];
}

beforeAll(async () => {
  await buildServer();
  session = startStdioSession();
  const init = (await session.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
    initializationOptions: { docsBaseUrl: 'https://example.test/transcript-lens/docs/checks.md' },
  })) as { capabilities: Record<string, unknown> };
  expect(init.capabilities.documentSymbolProvider).toBeTruthy();
  // Not a VS Code client: the server runs the ignore / turn-off commands itself.
  expect(init.capabilities.executeCommandProvider).toEqual({ commands: ['transcriptLens.ignoreFinding', 'transcriptLens.disableCheck'] });
  await session.connection.sendNotification('initialized', {});
  for (const seed of SEEDS) {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: seedUri(seed), languageId: 'transcript', version: 1, text: seedText(seed) },
    });
  }
});

afterAll(async () => {
  await session?.close();
});

describe('language server over stdio', () => {
  it('publishes a status with counts for every opened seed', async () => {
    for (const seed of SEEDS) {
      const status = await session.status.next((s) => s.uri === seedUri(seed));
      expect(status.skipped).toBe(false);
      expect(status.version).toBe(1);
      expect(Object.keys(status.counts).sort()).toEqual(['error', 'hint', 'info', 'warning']);
      expect(status.format).toBeTruthy();
    }
  });

  it('outlines the Aurora call: sections, "Name - Role" turns, Q&A questions with answers', async () => {
    const symbols = await symbolsOf(AURORA);
    const index = new LineIndex(seedText(AURORA));
    const names = symbols.map((s) => s.name);
    expect(names).toContain('Q&A');
    expect(names.some((n) => n === 'Prepared remarks' || n === 'Opening')).toBe(true);
    const all = flatten(symbols);
    expect(all.map((x) => x.s.name)).toContain('Christian Arnell - IR');
    const questions = all.filter((x) => x.s.name.startsWith('Q: '));
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.some((q) => (q.s.children ?? []).length > 0)).toBe(true);
    for (const { s, parent } of all) {
      expect(inDocument(s.range, index), `${s.name} range inside the document`).toBe(true);
      expect(contains(s.range, s.selectionRange), `${s.name} selectionRange inside range`).toBe(true);
      if (parent) expect(contains(parent.range, s.range), `${s.name} inside ${parent.name}`).toBe(true);
    }
  });

  it('outlines the scraped Kingsoft page with its speakers and the headerless ASR call with turns', async () => {
    const web = flatten(await symbolsOf(KINGSOFT_WEB)).map((x) => x.s.name);
    expect(web.some((n) => n.startsWith('Nicole Shan'))).toBe(true);
    expect(web.some((n) => n.startsWith('Yulin Wang'))).toBe(true);
    const asr = await symbolsOf(KINGSOFT_ASR);
    const index = new LineIndex(seedText(KINGSOFT_ASR));
    expect(asr.length).toBeGreaterThan(0);
    for (const { s } of flatten(asr)) {
      expect(inDocument(s.range, index)).toBe(true);
      expect(contains(s.range, s.selectionRange)).toBe(true);
    }
  });

  it('folds sections, turns and exchanges with one range per start line', async () => {
    for (const seed of [AURORA, KINGSOFT_WEB]) {
      const ranges = (await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: seedUri(seed) } })) as FoldingRange[];
      const lineCount = new LineIndex(seedText(seed)).lineCount;
      expect(ranges.length).toBeGreaterThan(2);
      expect(new Set(ranges.map((r) => r.startLine)).size).toBe(ranges.length);
      for (const r of ranges) {
        expect(r.startLine).toBeLessThan(r.endLine);
        expect(r.endLine).toBeLessThan(lineCount);
        expect(r.kind).toBe('region');
      }
    }
  });

  it('publishes diagnostics with source, code and a docs link for the ASR restart seed', async () => {
    const published = await session.diagnostics.next((p) => p.uri === seedUri(KINGSOFT_ASR));
    const index = new LineIndex(seedText(KINGSOFT_ASR));
    expect(published.diagnostics.length).toBeGreaterThan(0);
    for (const d of published.diagnostics as Diagnostic[]) {
      expect(d.source).toBe('Transcript Lens');
      expect(typeof d.code).toBe('string');
      expect(d.codeDescription?.href).toBe(`https://example.test/transcript-lens/docs/checks.md#${d.code}`);
      expect(inDocument(d.range, index)).toBe(true);
    }
  });

  it('source.fixAll returns one action with one edit set that applies cleanly, the same as cleanEdits', async () => {
    const uri = seedUri(KINGSOFT_ASR);
    const text = seedText(KINGSOFT_ASR);
    const index = new LineIndex(text);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.transcriptLens');
    const changes = actions[0].edit!.documentChanges as TextDocumentEdit[];
    expect(changes).toHaveLength(1);
    expect(changes[0].textDocument).toEqual({ uri, version: 1 });
    const edits = changes[0].edits as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    // Non-overlapping, in order: applying them one by one equals applying them at once.
    const offsets = offsetEdits(index, edits);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i].start).toBeGreaterThanOrEqual(offsets[i - 1].end);
    const cleaned = applyEdits(text, offsets);
    expect(cleaned.length).toBeLessThan(text.length);

    const clean = (await session.connection.sendRequest('transcriptLens/cleanEdits', { uri })) as CleanEditsResult;
    expect(clean.edits).toEqual(edits);
    expect(clean.total).toBeGreaterThan(0);
    expect(Object.values(clean.byCheck).reduce((a, b) => a + b, 0)).toBe(clean.total);
  });

  it('offers quick fixes and the ignore / turn-off commands for a published diagnostic', async () => {
    const uri = seedUri(KINGSOFT_ASR);
    const published = await session.diagnostics.next((p) => p.uri === uri);
    const withFix = published.diagnostics.find((d) => ((d.data as { fixes?: unknown[] })?.fixes ?? []).length > 0) ?? published.diagnostics[0];
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: withFix.range,
      context: { diagnostics: [withFix] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Ignore this finding here');
    expect(titles).toContain(`Turn off ${withFix.code} in this workspace`);
    const ignore = actions.find((a) => a.title === 'Ignore this finding here')!;
    expect(ignore.command?.command).toBe('transcriptLens.ignoreFinding');
    expect(ignore.command?.arguments?.[0]).toMatchObject({ uri, check: withFix.code, hash: expect.stringMatching(/^[0-9a-f]{8}$/) });
    if (((withFix.data as { fixes?: unknown[] }).fixes ?? []).length > 0) {
      expect(actions.some((a) => a.kind === 'quickfix' && a.edit)).toBe(true);
    }
  });

  it('hovers a figure with the Markdown reading of its value, and nothing away from figures', async () => {
    const uri = seedUri(AURORA);
    const figures = (await session.connection.sendRequest('transcriptLens/figures', { uri })) as FiguresResult;
    const records = figures.records as FigureRecord[];
    expect(records.length).toBeGreaterThan(10);
    const text = seedText(AURORA);
    const index = new LineIndex(text);
    for (const r of records) expect(inDocument(r.range, index)).toBe(true);
    const percent = records.find((r) => r.kind === 'percent' && r.lang === 'en')!;
    expect(text.slice(index.offsetAt(percent.range.start), index.offsetAt(percent.range.end))).toBe(percent.text);
    const inside = { line: percent.range.start.line, character: percent.range.start.character + 1 };
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: inside })) as Hover | null;
    expect(hover).not.toBeNull();
    const contents = hover!.contents as { kind: string; value: string };
    expect(contents.kind).toBe('markdown');
    expect(contents.value).toContain(`${percent.value}%`);
    expect(contents.value).toMatch(/Interval:/);
    expect(hover!.range).toEqual(percent.range);
    // Line 1 is the header "Operator": no figure there.
    const nothing = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('debounces edits and publishes only for the latest version', async () => {
    const uri = seedUri(KINGSOFT_WEB);
    const mark = session.diagnostics.all.length;
    const text = seedText(KINGSOFT_WEB);
    const change = (version: number, newText: string) =>
      session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: newText }] });
    await change(2, `${text}\nOperator\nThank you.`);
    await change(3, `${text}\nOperator\nThank you, that concludes the call.`);
    const latest = await session.diagnostics.next((p) => p.uri === uri && p.version === 3, WAIT_MS, mark);
    expect(latest.version).toBe(3);
    expect(session.diagnostics.all.slice(mark).some((p) => p.uri === uri && p.version === 2)).toBe(false);
    const status = await session.status.next((s) => s.uri === uri && s.version === 3);
    expect(status.skipped).toBe(false);
  });

  it('applies settings without reload: a tiny maxFileSize skips live checks and says why', async () => {
    const uri = seedUri(KINGSOFT_ASR);
    const statusMark = session.status.all.length;
    session.settings = { maxFileSize: '10KB' };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const status = await session.status.next((s) => s.uri === uri && s.skipped, WAIT_MS, statusMark);
    expect(status.reason).toMatch(/maxFileSize/);
    const cleared = await session.diagnostics.next((p) => p.uri === uri && p.diagnostics.length === 0, WAIT_MS);
    expect(cleared.diagnostics).toEqual([]);
    // The outline still works past the limit.
    expect((await symbolsOf(KINGSOFT_ASR)).length).toBeGreaterThan(0);
    // Cleaning is explicit: it runs the checks even past the limit.
    const clean = (await session.connection.sendRequest('transcriptLens/cleanEdits', { uri })) as CleanEditsResult;
    expect(clean.total).toBeGreaterThan(0);
    // "Check anyway" runs the checks on this document despite the limit.
    const forced = (await session.connection.sendRequest('transcriptLens/checkAnyway', { uri })) as StatusParams;
    expect(forced.skipped).toBe(false);
    expect(forced.format).toBe('headerless');

    session.settings = {};
    const back = session.status.all.length;
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await session.status.next((s) => s.uri === uri && !s.skipped, WAIT_MS, back);
    expect(again.skipped).toBe(false);
  });

  it('turning a check off in settings removes its diagnostics', async () => {
    const uri = seedUri(KINGSOFT_ASR);
    const mark = session.diagnostics.all.length;
    const current = session.diagnostics.all.filter((p) => p.uri === uri).at(-1)!;
    const code = String(current.diagnostics[0].code);
    session.settings = { checks: { [code]: 'off' } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const next = await session.diagnostics.next((p) => p.uri === uri, WAIT_MS, mark);
    expect(next.diagnostics.some((d) => d.code === code)).toBe(false);
    session.settings = {};
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('analyses a document big enough for the worker thread and answers for others meanwhile', async () => {
    // 12 seeds, ~0.6 MB: above the server's off-thread threshold (8 K characters), so the worker analyses it.
    // (That the main thread stays free is shown in server.worker.test.ts; ordering over stdio is not deterministic.)
    const big = Array.from({ length: 12 }, (_, i) => seedText(SEEDS[i % 3])).join('\n\n');
    const bigUri = 'untitled:big-transcript';
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'transcript', version: 1, text: big } });
    const symbols = await symbolsOf(KINGSOFT_WEB);
    expect(symbols.length).toBeGreaterThan(0);
    const done = await session.status.next((s) => s.uri === bigUri, 120_000);
    expect(done.skipped).toBe(false);
    expect(done.turns).toBeGreaterThan(30);
    const bigSymbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } })) as DocumentSymbol[];
    const index = new LineIndex(big);
    for (const { s } of flatten(bigSymbols)) expect(inDocument(s.range, index)).toBe(true);
    expect(bigSymbols.map((s) => s.name)).toContain('Q&A');
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
  }, 150_000);

  it('answers malformed or unknown requests with empty results, never an error', async () => {
    const unknown = 'file:///nowhere/unknown.txt';
    expect(await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: unknown } })).toEqual([]);
    expect(await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: unknown } })).toEqual([]);
    expect(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: seedUri(AURORA) }, position: { line: 99_999, character: 5 } })).toBeNull();
    const clean = (await session.connection.sendRequest('transcriptLens/cleanEdits', { uri: unknown })) as CleanEditsResult;
    expect(clean.edits).toEqual([]);
    const bad = (await session.connection.sendRequest('transcriptLens/figures', null)) as FiguresResult;
    expect(bad.records).toEqual([]);
    expect(session.child.exitCode).toBeNull();
  });
});

describe('commands for editors without the extension', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tl-server-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('"Ignore this finding here" and "Turn off" write the config file next to the document and re-check', async () => {
    const file = path.join(dir, 'call.transcript');
    writeFileSync(file, seedText(KINGSOFT_ASR));
    const uri = pathToFileURL(file).toString();
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'transcript', version: 1, text: seedText(KINGSOFT_ASR) } });
    const first = await session.diagnostics.next((p) => p.uri === uri && p.diagnostics.length > 0);
    const target = first.diagnostics[0];
    const actions = (await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const ignore = actions.find((a) => a.command?.command === 'transcriptLens.ignoreFinding')!.command!;
    const mark = session.diagnostics.all.length;
    await session.connection.sendRequest('workspace/executeCommand', { command: ignore.command, arguments: ignore.arguments });
    const configPath = path.join(dir, 'transcript-lens.config.json');
    expect(existsSync(configPath)).toBe(true);
    const written = JSON.parse(readFileSync(configPath, 'utf8'));
    expect(written.ignoredFindings).toEqual([{ check: target.code, hash: (target.data as { hash: string }).hash }]);
    expect(session.messages.some((m) => m.includes(configPath))).toBe(true);
    const after = await session.diagnostics.next((p) => p.uri === uri, WAIT_MS, mark);
    expect(after.diagnostics.length).toBe(first.diagnostics.length - 1);
    expect(after.diagnostics.some((d) => d.code === target.code && d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character)).toBe(false);

    const off = actions.find((a) => a.command?.command === 'transcriptLens.disableCheck')!.command!;
    const mark2 = session.diagnostics.all.length;
    await session.connection.sendRequest('workspace/executeCommand', { command: off.command, arguments: off.arguments });
    expect(JSON.parse(readFileSync(configPath, 'utf8')).checks).toEqual({ [String(target.code)]: 'off' });
    const later = await session.diagnostics.next((p) => p.uri === uri, WAIT_MS, mark2);
    expect(later.diagnostics.some((d) => d.code === target.code)).toBe(false);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('leaves the commands to the VS Code extension', async () => {
    const vscodeLike = startStdioSession();
    try {
      const init = (await vscodeLike.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        clientInfo: { name: 'Visual Studio Code', version: '1.100.0' },
        capabilities: {},
      })) as { capabilities: Record<string, unknown> };
      expect(init.capabilities.executeCommandProvider).toBeUndefined();
      expect(init.capabilities.codeActionProvider).toBeTruthy();
    } finally {
      await vscodeLike.close();
    }
  });
});

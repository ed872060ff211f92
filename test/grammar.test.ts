import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = resolve(__dirname, '..');
const grammarPath = join(root, 'syntaxes', 'transcript.tmLanguage.json');
const tmgrammarTest = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

/**
 * Runs vscode-tmgrammar-test on `files` against the committed grammar only. `--config` names a file that
 * does not exist on purpose: otherwise the runner also loads package.json's contributed grammar, which
 * shadows `-g` (same scopeName), and a broken grammar passed in `-g` would go unnoticed.
 */
function runGrammarTests(files: string, grammar = grammarPath) {
  const result = spawnSync(
    process.execPath,
    [tmgrammarTest, '--compact', '--config', join(root, 'test', 'grammar', 'no-config.json'), '-g', grammar, files],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('transcript grammar: syntax test files', () => {
  it('passes every assertion in test/grammar/*.test.transcript', () => {
    const { status, output } = runGrammarTests('test/grammar/*.test.transcript');
    expect(output).not.toMatch(/ERROR|failed/);
    expect(status, output).toBe(0);
    // One success line per file: the glob found the files.
    expect(output.match(/run successfuly/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('fails when an assertion is wrong (the runner is not vacuous)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-grammar-'));
    try {
      const file = join(dir, 'wrong.test.transcript');
      writeFileSync(file, '# SYNTAX TEST "text.transcript" "deliberately wrong"\nOperator\n# <-------- constant.numeric.figure.transcript\n');
      const { status, output } = runGrammarTests(file);
      expect(status).not.toBe(0);
      expect(output).toMatch(/constant\.numeric\.figure\.transcript/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is generated from syntaxes/buildTranscriptGrammar.mjs and not edited by hand', () => {
    const result = spawnSync(process.execPath, [join(root, 'syntaxes', 'buildTranscriptGrammar.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('is contributed in package.json for the transcript language', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const grammars: Array<{ language?: string; scopeName?: string; path?: string }> = pkg.contributes?.grammars ?? [];
    const ours = grammars.find((g) => g.scopeName === 'text.transcript');
    expect(ours?.language).toBe('transcript');
    expect(resolve(root, ours?.path ?? '')).toBe(grammarPath);
    expect(JSON.parse(readFileSync(grammarPath, 'utf8')).scopeName).toBe('text.transcript');
  });
});

/** Tokenises whole seed files with the same engine VS Code uses, to check line classes at scale. */
describe('transcript grammar: whole seeds', () => {
  let grammar: textmate.IGrammar;

  beforeAll(async () => {
    const require = createRequire(__filename);
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
    });
    const loaded = await registry.loadGrammar('text.transcript');
    if (!loaded) throw new Error('grammar did not load');
    grammar = loaded;
  });

  /** For each line: the scopes of each token, with the token text. */
  function tokenize(file: string) {
    const lines = readFileSync(join(root, 'seeds', file), 'utf8').split(/\r?\n/);
    let stack = textmate.INITIAL;
    return lines.map((text) => {
      const { tokens, ruleStack } = grammar.tokenizeLine(text, stack);
      stack = ruleStack;
      return { text, tokens: tokens.map((t) => ({ start: t.startIndex, text: text.slice(t.startIndex, t.endIndex), scopes: t.scopes })) };
    });
  }
  const has = (scopes: string[], name: string) => scopes.includes(name);
  const speakersOf = (line: ReturnType<typeof tokenize>[number]) =>
    line.tokens
      .filter((t) => t.scopes.some((s) => s.startsWith('entity.name.function.speaker')))
      .map((t) => t.text);

  it('finds every speaker header of the scraped page (seed 004) and nothing else', () => {
    const lines = tokenize('004_9af29ef9ab041140.txt');
    const headers = lines.filter((l) => l.tokens.some((t) => has(t.scopes, 'meta.speaker-header.transcript')));
    const names = new Set(headers.map((l) => speakersOf(l).join(' ')));
    expect([...names].sort()).toEqual(
      ['Alexia Quadrani', 'Haijian He', 'Kenneth Fong', 'Leping Huang', 'Nicole Shan', 'Operator', 'Thompson Wu', 'Yulin Wang', 'Ziyi Chen'].sort(),
    );
    // Every header is a short line on its own: no paragraph was taken for a header.
    for (const l of headers) expect(l.text.length).toBeLessThan(60);
  });

  it('marks no header and no translation in the headerless ASR seed (002), whose lines run to 5 KB', () => {
    const lines = tokenize('002_c10d7f1c76de8547.txt');
    expect(Math.max(...lines.map((l) => l.text.length))).toBeGreaterThan(5000);
    for (const l of lines) {
      for (const t of l.tokens) {
        expect(t.scopes.some((s) => s.startsWith('meta.speaker-header') || s.startsWith('meta.translation'))).toBe(false);
      }
    }
    // Every "RMB" directly followed by a number is the currency of a figure, and so is that number.
    let amounts = 0;
    for (const l of lines) {
      for (const [i, t] of l.tokens.entries()) {
        if (t.text !== 'RMB' || !/^ ?\d/.test(l.text.slice(t.start + 3))) continue;
        amounts++;
        expect(has(t.scopes, 'constant.language.currency.transcript')).toBe(true);
        const number = l.tokens.slice(i + 1).find((n) => /\d/.test(n.text));
        expect(number && has(number.scopes, 'constant.numeric.figure.transcript')).toBe(true);
      }
    }
    expect(amounts).toBeGreaterThan(10);
  });

  it('scopes the Chinese line of every English/Chinese pair of the bilingual seed (000) as a translation, and no English line', () => {
    const lines = tokenize('000_57a37ca2e05f9c53.txt');
    const isTranslation = (l: (typeof lines)[number]) => l.tokens.length > 0 && l.tokens.every((t) => has(t.scopes, 'meta.translation.transcript'));
    const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
    let translated = 0;
    let english = 0;
    // Line 1 is the Chinese disclaimer (boilerplate). English lines hold no Han at all; translations hold many.
    for (const l of lines.slice(1)) {
      if (han(l.text) >= 8) {
        expect(isTranslation(l), l.text.slice(0, 60)).toBe(true);
        translated++;
      } else if (han(l.text) === 0 && l.text.length > 0) {
        expect(isTranslation(l), l.text.slice(0, 60)).toBe(false);
        english++;
      }
    }
    expect(translated).toBeGreaterThan(60);
    expect(english).toBeGreaterThan(60);
  });

  it('never scopes a year of the seeds as a figure', () => {
    for (const file of ['000_57a37ca2e05f9c53.txt', '002_c10d7f1c76de8547.txt', '004_9af29ef9ab041140.txt']) {
      for (const l of tokenize(file)) {
        for (const t of l.tokens) {
          if (/^(?:19|20)\d{2}$/.test(t.text) && has(t.scopes, 'constant.numeric.figure.transcript')) {
            // A 4-digit figure is only allowed with a scale, unit or currency next to it.
            expect(l.text).toMatch(new RegExp(`(?:RMB|\\$|人民幣)\\s?${t.text}|${t.text}\\s?(?:million|billion|%|萬|億)`));
          }
        }
      }
    }
  });
});

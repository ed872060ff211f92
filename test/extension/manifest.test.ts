import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/core/checks/registry';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls: Record<string, string> = JSON.parse(read('package.nls.json'));
const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.json'));
const extensionSources = readdirSync(new URL('src/extension/', root))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: read(`src/extension/${f}`) }));

describe('package.json contributions', () => {
  it('every %key% has an English string in package.nls.json', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((k) => !(k in nls))).toEqual([]);
  });

  it('every contributed command is registered by the extension, and every registered command is contributed', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = extensionSources
      .flatMap(({ text }) => [...text.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]))
      .sort();
    // ignoreFinding / disableCheck are registered through the server's command constants and are not in the palette.
    expect(registered.filter((c) => !contributed.includes(c))).toEqual([]);
    expect(contributed.filter((c: string) => !registered.includes(c))).toEqual([]);
  });

  it('a severity setting exists for every registered check, and only for those', () => {
    const settingIds = Object.keys(pkg.contributes.configuration.properties)
      .map((k) => /^transcriptLens\.checks\.(.+)\.severity$/.exec(k)?.[1])
      .filter((id): id is string => !!id);
    for (const check of checks) expect(settingIds).toContain(check.id);
    // Until every helper's checks are registered the registry is a subset; once complete they must be equal.
    if (checks.length >= settingIds.length) expect(settingIds.sort()).toEqual(checks.map((c) => c.id).sort());
  });

  it('the first-line pattern matches call openings and not ordinary text', () => {
    const firstLine = new RegExp(pkg.contributes.languages[0].firstLine);
    for (const line of [
      'Operator',
      'Ladies and gentlemen, thank you for standing by and welcome to the Q4 call.',
      'Good day and thank you for standing by.',
      'EARNINGS CALL TRANSCRIPT 2020 - Q1',
      'Welcome to the Acme Corp second quarter 2024 earnings conference call.',
    ]) {
      expect(line).toMatch(firstLine);
    }
    for (const line of ['# README', 'Operators manual for the lathe', 'Welcome to the team!', 'Good day, sir.']) {
      expect(line).not.toMatch(firstLine);
    }
  });

  it('the problem matcher reads the CLI stylish format (docs/cli.md)', () => {
    const [file, problem] = pkg.contributes.problemMatchers[0].pattern;
    expect('seeds/002_c10d7f1c76de8547.txt').toMatch(new RegExp(file.regexp));
    const m = new RegExp(problem.regexp).exec('  42:118  warning  The call restarts here: lines 1–41 repeat  duplicate-passage');
    expect(m && [m[problem.line], m[problem.column], m[problem.severity], m[problem.message], m[problem.code]]).toEqual([
      '42', '118', 'warning', 'The call restarts here: lines 1–41 repeat', 'duplicate-passage',
    ]);
    expect(problem.loop).toBe(true);
  });
});

describe('l10n', () => {
  it('every translation covers every English key and keeps its {n} placeholders', () => {
    const pairs: [Record<string, string>, string][] = [
      [nls, 'package.nls.de.json'],
      [bundle, 'l10n/bundle.l10n.de.json'],
    ];
    for (const [english, file] of pairs) {
      const translated: Record<string, string> = JSON.parse(read(file));
      expect(Object.keys(translated).sort(), file).toEqual(Object.keys(english).sort());
      const holes = (t: string) => (t.match(/\{\d+\}/g) ?? []).sort().join();
      for (const [key, text] of Object.entries(translated)) expect(holes(text), `${file}: ${key}`).toBe(holes(english[key]));
    }
  });

  it('every runtime string passed to l10n.t is in l10n/bundle.l10n.json', () => {
    const used = extensionSources.flatMap(({ text }) =>
      [...text.matchAll(/\bt\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\(['"])/g, '$1')),
    );
    expect(used.length).toBeGreaterThan(30);
    expect([...new Set(used.filter((s) => !(s in bundle)))]).toEqual([]);
  });

  it('user-facing messages go through l10n: no bare string literal in show*Message calls', () => {
    const bare = extensionSources.flatMap(({ file, text }) =>
      [...text.matchAll(/show(?:Information|Warning|Error)Message\(\s*['"`]/g)].map(() => file),
    );
    expect(bare).toEqual([]);
  });
});

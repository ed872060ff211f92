import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addIgnoredFindingText, parseConfigFile, parseSeveritySetting, setCheckSeverityText, validateConfig } from '../src/core/configFile';
import { ConfigFileCache, findConfigFile, loadConfigFor } from '../src/node/configDiscovery';

describe('config file parsing', () => {
  it('reads checks, knownNames, ignore and ignoredFindings from JSON with comments and trailing commas', () => {
    const { config, problems } = parseConfigFile(`{
      // names that are right
      "knownNames": ["Kingsoft Cloud", "Zou Tao",],
      /* severities */
      "checks": { "garbled-name": "warn", "loop": "off", "x": false },
      "ignore": ["drafts/**"],
      "ignoredFindings": [{ "check": "loop", "hash": "00ff00ff" }],
    }`);
    expect(problems).toEqual([]);
    expect(config.knownNames).toEqual(['Kingsoft Cloud', 'Zou Tao']);
    expect(config.checks).toEqual({ 'garbled-name': 'warning', loop: 'off', x: 'off' });
    expect(config.ignore).toEqual(['drafts/**']);
    expect(config.ignoredFindings).toEqual([{ check: 'loop', hash: '00ff00ff' }]);
  });

  it('keeps commas and slashes inside strings', () => {
    const { config } = parseConfigFile('{"knownNames": ["a, }", "http://x/*y*/"]}');
    expect(config.knownNames).toEqual(['a, }', 'http://x/*y*/']);
  });

  it('reports invalid entries and leaves them out instead of guessing', () => {
    const { config, problems } = parseConfigFile('{"checks": {"a": "loud", "b": "error"}, "knownNames": "x"}', { knownCheckIds: ['a'] });
    expect(config.checks).toEqual({ b: 'error' });
    expect(config.knownNames).toBeUndefined();
    expect(problems.map((p) => p.path).sort()).toEqual(['checks.a', 'checks.b', 'knownNames']);
  });

  it('never throws on malformed text', () => {
    expect(parseConfigFile('{nope').problems[0].message).toMatch(/not valid JSON/);
    expect(validateConfig([1, 2]).problems[0].message).toMatch(/object/);
    expect(parseSeveritySetting(3)).toBeUndefined();
  });
});

describe('config file discovery', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tl-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest file upward and honours stopAt', () => {
    const deep = path.join(root, 'a', 'b', 'c');
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(root, 'transcript-lens.config.json'), '{"knownNames": ["Root"]}');
    writeFileSync(path.join(root, 'a', '.transcriptlensrc.json'), '{"knownNames": ["A"]}');
    expect(findConfigFile(deep)).toBe(path.join(root, 'a', '.transcriptlensrc.json'));
    expect(loadConfigFor(deep)?.config.knownNames).toEqual(['A']);
    expect(findConfigFile(path.join(root, 'a', 'b'), path.join(root, 'a', 'b'))).toBeUndefined();
  });

  it('cache sees edits to the file', () => {
    const dir = path.join(root, 'cached');
    mkdirSync(dir);
    const file = path.join(dir, 'transcript-lens.config.json');
    writeFileSync(file, '{"knownNames": ["One"]}');
    const cache = new ConfigFileCache({ stopAt: dir });
    expect(cache.load(dir)?.config.knownNames).toEqual(['One']);
    writeFileSync(file, '{"knownNames": ["Two", "Three"]}');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(cache.load(dir)?.config.knownNames).toEqual(['Two', 'Three']);
  });
});

describe('config file edits', () => {
  it('adds an ignored finding once, keeping other keys and the indentation', () => {
    const before = '{\n    "knownNames": ["A"]\n}\n';
    const first = addIgnoredFindingText(before, { check: 'loop', hash: 'abc' });
    expect(first).toEqual({ ok: true, changed: true, text: '{\n    "knownNames": [\n        "A"\n    ],\n    "ignoredFindings": [\n        {\n            "check": "loop",\n            "hash": "abc"\n        }\n    ]\n}\n' });
    const again = addIgnoredFindingText(first.ok ? first.text : '', { check: 'loop', hash: 'abc' });
    expect(again.ok && again.changed).toBe(false);
    expect(parseConfigFile(first.ok ? first.text : '').config).toEqual({ knownNames: ['A'], ignoredFindings: [{ check: 'loop', hash: 'abc' }] });
  });

  it('creates a file from nothing and sets a check off', () => {
    const made = setCheckSeverityText(undefined, 'noise-token', 'off');
    expect(made.ok && parseConfigFile(made.text).config.checks).toEqual({ 'noise-token': 'off' });
  });

  it('refuses to rewrite a file it cannot parse as plain JSON', () => {
    const r = setCheckSeverityText('{ // mine\n "checks": {} }', 'x', 'off');
    expect(r.ok).toBe(false);
  });
});

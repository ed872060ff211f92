import { describe, expect, it } from 'vitest';
import { addIgnoredFindingText as addIgnoredFinding } from '../../src/core/configFile';
import { summaryText } from '../../src/extension/protocol';
import { normaliseSettings } from '../../src/extension/settings';

describe('settings sent to the server', () => {
  it('flatten per-check severities and drop the "default" placeholders', () => {
    const raw = {
      enable: true,
      checks: { 'noise-token': { severity: 'off' }, 'repeated-phrase': { severity: 'default' }, 'scale-slip': 'error', bogus: { severity: 'loud' } },
      knownNames: ['Kingsoft Cloud'],
    };
    expect(normaliseSettings(raw)).toEqual({ enable: true, checks: { 'noise-token': 'off', 'scale-slip': 'error' }, knownNames: ['Kingsoft Cloud'] });
  });

  it('tolerate a missing or malformed section', () => {
    expect(normaliseSettings(undefined)).toEqual({});
    expect(normaliseSettings({ checks: 3 })).toEqual({ checks: {} });
  });
});

describe('ignore here: the config file edit', () => {
  const entry = { check: 'noise-token', hash: 'abcd1234' };

  it('creates the file content when there is none', () => {
    const r = addIgnoredFinding(undefined, entry);
    expect(r).toEqual({ ok: true, changed: true, text: '{\n  "ignoredFindings": [\n    {\n      "check": "noise-token",\n      "hash": "abcd1234"\n    }\n  ]\n}\n' });
  });

  it('keeps every other key and appends once', () => {
    const before = JSON.stringify({ knownNames: ['Zhou Tao'], ignoredFindings: [{ check: 'scale-slip', hash: '1' }] }, null, 4);
    const r = addIgnoredFinding(before, entry);
    expect(r.ok && JSON.parse(r.text)).toEqual({ knownNames: ['Zhou Tao'], ignoredFindings: [{ check: 'scale-slip', hash: '1' }, entry] });
    expect(r.ok && r.text.startsWith('{\n    "knownNames"')).toBe(true);
    const again = r.ok ? addIgnoredFinding(r.text, entry) : r;
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it('refuses to overwrite a file it cannot parse', () => {
    expect(addIgnoredFinding('{ "knownNames": [', entry)).toMatchObject({ ok: false });
    expect(addIgnoredFinding('[1,2]', entry)).toMatchObject({ ok: false });
  });
});

describe('clean summary', () => {
  it('lists the checks that fixed something, largest first', () => {
    expect(summaryText({ 'noise-token': 1, 'duplicate-passage': 3, x: 0 })).toBe('duplicate-passage × 3, noise-token × 1');
  });
});

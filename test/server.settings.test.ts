import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, exceedsSize, parseFileSize, readSettings, utf8Length } from '../src/server/settings';

describe('server settings', () => {
  it('reads enable, checks, knownNames, ignoredFindings and maxFileSize', () => {
    const s = readSettings({
      enable: false,
      checks: { 'garbled-name': 'warn', loop: 'off', bogus: 'loud' },
      knownNames: ['Kingsoft Cloud'],
      ignoredFindings: [{ check: 'loop', hash: 'abcd1234' }],
      maxFileSize: 2,
    });
    expect(s.enable).toBe(false);
    expect(s.config.checks).toEqual({ 'garbled-name': 'warning', loop: 'off' });
    expect(s.config.knownNames).toEqual(['Kingsoft Cloud']);
    expect(s.config.ignoredFindings).toEqual([{ check: 'loop', hash: 'abcd1234' }]);
    expect(s.maxFileSizeBytes).toBe(2 * 1024 * 1024);
  });

  it('accepts the nested per-check settings VS Code produces and skips "default"', () => {
    const s = readSettings({ checks: { 'repeated-phrase': { severity: 'off' }, 'noise-token': { severity: 'default' }, 'name-variant': 'error' } });
    expect(s.config.checks).toEqual({ 'repeated-phrase': 'off', 'name-variant': 'error' });
  });

  it('falls back to defaults on missing or malformed settings', () => {
    expect(readSettings(null)).toBe(DEFAULT_SETTINGS);
    expect(readSettings({ maxFileSize: 'huge', enable: 'yes' })).toEqual({ enable: true, config: {}, maxFileSizeBytes: DEFAULT_SETTINGS.maxFileSizeBytes });
  });

  it('reads sizes as megabytes, bytes when too large to be megabytes, or with units', () => {
    expect(parseFileSize(0.5)).toBe(512 * 1024);
    expect(parseFileSize(3_000_000)).toBe(3_000_000);
    expect(parseFileSize('500KB')).toBe(500 * 1024);
    expect(parseFileSize('2 MB')).toBe(2 * 1024 * 1024);
    expect(parseFileSize('1048576')).toBe(1048576);
    expect(parseFileSize(-1)).toBeUndefined();
  });

  it('measures size in UTF-8 bytes', () => {
    expect(utf8Length('a本😀')).toBe(1 + 3 + 4);
    expect(exceedsSize('本本本', 8)).toBe(true);
    expect(exceedsSize('本本本', 9)).toBe(false);
    expect(exceedsSize('abc', 2)).toBe(true);
  });
});

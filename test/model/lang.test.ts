import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLang, isCjk, lineLangReader } from '../../src/core/model/lang';
import { fcParams } from '../property/gen';

/** The verdict by counting every character of the first 4,000, the plain way detectLang stops short of. */
function counted(text: string): string {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < Math.min(text.length, 4000); i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
    else if (/[A-Za-z\u00c0-\u024f]/.test(text[i])) latin++;
  }
  if (cjk === 0 && latin === 0) return 'other';
  return cjk * 3 >= latin ? 'zh' : 'en';
}

describe('detectLang', () => {
  it('stops early only when the rest of the line cannot change its verdict', () => {
    const piece = fc.constantFrom('收入', '增长', 'revenue', 'a', ' ', '12', '，', 'é', '-', '人', 'x', 'Q4 ', '\u3000');
    fc.assert(
      // Long runs of one script, so the share swings as the line goes on.
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 300 })), { maxLength: 12 }), (runs) => {
        const text = runs.map(([p, n]) => p.repeat(n)).join('');
        expect(detectLang(text)).toBe(counted(text));
      }),
      fcParams(500),
    );
  });

  it('reads the script of typical lines', () => {
    expect(detectLang('Revenue grew 12% to RMB 48.8 million.')).toBe('en');
    expect(detectLang('收入同比增長12%，達到人民幣4,880萬元。')).toBe('zh');
    expect(detectLang('12, 34')).toBe('other');
  });
});

describe('lineLangReader', () => {
  it('gives detectLang\'s verdict for every line of a document, read in order', () => {
    const piece = fc.constantFrom('收入', 'revenue', ' ', '12', '，', 'é', '人', 'x', '\n', '\n\n', '\u3000');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 40 })), { maxLength: 30 }), (runs) => {
        const text = runs.map(([p, n]) => p.repeat(n)).join('');
        const langOf = lineLangReader(text);
        let start = 0;
        for (const line of text.split('\n')) {
          expect(langOf(start, start + line.length)).toBe(detectLang(text, start, start + line.length));
          start += line.length + 1;
        }
      }),
      fcParams(500),
    );
  });

  it('decides a long line by its first 4,000 characters, as detectLang does', () => {
    const text = `${'a'.repeat(4000)}${'人'.repeat(5000)}\n${'人'.repeat(10)}`;
    const langOf = lineLangReader(text);
    expect(langOf(0, 9000)).toBe('en');
    expect(langOf(9001, 9011)).toBe('zh');
  });
});

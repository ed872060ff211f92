import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { isVariantByLetters, letterSet, mayBeSpelledAlike, nameLetters } from '../../../src/core/checks/repeats/nameSimilarity';

describe('nameLetters', () => {
  it('gives the letters of the definition, ASCII names (read without regexes) and others alike', () => {
    // The definition: accents dropped by decomposition, a final possessive dropped, lower case, letters and digits kept.
    const byDefinition = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/['’]s$/i, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');
    const piece = fc.constantFrom('Kings', 'of', 'Cloud', "'s", "'S", '’s', "'", 's', ' ', '-', '.', 'Q4', 'É', 'é', 'Ö', 'ﬁ', 'Ⅻ', '中', '\t', 'X');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), fc.string({ maxLength: 12 })), (name) => {
        expect(nameLetters(name)).toBe(byDefinition(name));
      }),
      { numRuns: 5000 },
    );
    expect(nameLetters("Kings of Cloud's")).toBe('kingsofcloud');
  });
});

describe('name letters compared by the letters only one spelling holds', () => {
  it('never rules out two letter strings within the spelling test, whatever their characters', () => {
    // Few characters, some outside a-z (sharing bits of the set); the second string a few edits from the first,
    // so pairs sit on both sides of the threshold.
    const char = fc.constantFrom('k', 'i', 'n', 'g', 's', 'o', 'f', 't', 'c', 'l', 'u', 'd', 'é', 'ü', '中', '7', '1');
    const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), char);
    const pair = fc.tuple(fc.array(char, { minLength: 8, maxLength: 16 }), fc.array(edit, { maxLength: 6 })).map(([x, edits]) => {
      const y = [...x];
      for (const [kind, at, c] of edits) {
        const k = at % (y.length + 1);
        if (kind === 'insert') y.splice(k, 0, c);
        else if (y.length > 0) y.splice(Math.min(k, y.length - 1), 1, ...(kind === 'replace' ? [c] : []));
      }
      return [x.join(''), y.join('')] as const;
    });
    let near = 0;
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const alike = 1 - distance(x, y) / Math.max(x.length, y.length) >= 0.7;
        if (alike) near++;
        if (alike) expect(mayBeSpelledAlike(x, letterSet(x), y, letterSet(y))).toBe(true);
        if (isVariantByLetters(x, x, y, y)) expect(mayBeSpelledAlike(x, letterSet(x), y, letterSet(y))).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(near).toBeGreaterThan(1000);
  });

  it('rules out names that share few letters, and keeps garbles of one name', () => {
    const rejects = (x: string, y: string) => !mayBeSpelledAlike(x, letterSet(x), y, letterSet(y));
    expect(rejects('auroramobile', 'kingsoftcloud')).toBe(true);
    expect(rejects('xinshanyun', 'kingsoftcloud')).toBe(true);
    expect(rejects('kingsofcloud', 'kingsoftcloud')).toBe(false);
    expect(rejects('kingshubcloud', 'kingsoftcloud')).toBe(false);
  });
});

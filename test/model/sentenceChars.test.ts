import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsSentenceAt } from '../../src/core/model/sentences';
import { isLetterAt, isSpaceCode, spacedPieces } from '../../src/core/text/chars';
import { fcParams } from '../property/gen';

/** The character tests sentence splitting decides by code agree with the regexes they stand for, on every UTF-16 unit. */
describe('sentence character classes', () => {
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

  it('isSpaceCode is /\\s/', () => {
    const wrong = units.filter((ch) => isSpaceCode(ch.charCodeAt(0)) !== /\s/.test(ch));
    expect(wrong).toEqual([]);
  });

  it('isLetterAt is /\\p{L}/u', () => {
    const wrong = units.filter((ch) => isLetterAt(`a${ch}`, 1) !== /\p{L}/u.test(ch));
    expect(wrong).toEqual([]);
  });

  it('startsSentenceAt is a capital, digit, quote, bracket or CJK ideograph', () => {
    const re = /[\p{Lu}\p{N}"“'‘([\u4e00-\u9fff]/u;
    const wrong = units.filter((ch) => startsSentenceAt(`x${ch}`, 1) !== re.test(ch));
    expect(wrong).toEqual([]);
  });

  it('spacedPieces counts what split(/\\s+/) makes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'word', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '收入', '.'), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(spacedPieces(text)).toBe(text.split(/\s+/).length);
      }),
      fcParams(500),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart } from '../../../src/core/checks/repeats/sentenceBounds';

/** The rule by its definition: . ? ! (or 。？！) end a sentence before white space (\s) or the line end; 。？！ end one anyway. */
const END = /[.?!。？！]/;
const CJK_END = /[。？！]/;

function startByDefinition(text: string, lineStart: number, offset: number, limit: number): number {
  for (let i = offset - 1; i >= Math.max(lineStart, offset - limit); i--) {
    if (/\s/.test(text[i]) && i > lineStart && END.test(text[i - 1])) return i + 1;
    if (CJK_END.test(text[i])) return i + 1;
  }
  return offset - limit <= lineStart ? lineStart : offset;
}

function endByDefinition(text: string, lineEnd: number, offset: number, limit: number): number {
  for (let i = offset; i < Math.min(lineEnd, offset + limit); i++) {
    if (END.test(text[i]) && (i + 1 >= lineEnd || /\s/.test(text[i + 1]) || CJK_END.test(text[i]))) return i + 1;
  }
  return offset + limit >= lineEnd ? lineEnd : offset;
}

const pieces = ['a', 'Word', '.', '?', '!', '。', '？', '！', '．', ' ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u180e', '"', '”', '成長', '1.5'];

describe('sentence bounds', () => {
  it('find the edges the definition gives, from any offset, within any limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 40 }), (parts, a, b, limit) => {
        const text = parts.join('');
        const lineStart = text.length === 0 ? 0 : a % (text.length + 1);
        const offset = lineStart + (b % (text.length - lineStart + 1));
        expect(sentenceStart(text, lineStart, offset, limit)).toBe(startByDefinition(text, lineStart, offset, limit));
        expect(sentenceEnd(text, text.length, offset, limit)).toBe(endByDefinition(text, text.length, offset, limit));
      }),
      { numRuns: 2000 },
    );
  });
});

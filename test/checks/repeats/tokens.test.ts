import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelTokens, normalizeWord, tokenize } from '../../../src/core/checks/repeats/tokens';
import { parseTranscript } from '../../../src/core/model/parse';
import { SEEDS, seedModel } from './support';

/** The tokens by their definition: a CJK character, or letters/digits joined by ' ’ - . , (the scan is the fast form of this). */
const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const W = `(?:(?![${CJK}])[\\p{L}\\p{N}])`;
const DEFINITION = new RegExp(`[${CJK}]|${W}+(?:['’\\-.,]${W}+)*`, 'gu');

function byDefinition(text: string, base = 0) {
  // capital: the token's first code unit alone is an upper-case letter.
  return [...text.matchAll(DEFINITION)].map((m) => ({ start: base + m.index!, end: base + m.index! + m[0].length, norm: normalizeWord(m[0]), capital: /\p{Lu}/u.test(m[0][0]) ? 1 : 0 }));
}

function listed(text: string, base = 0) {
  const t = tokenize(text, base);
  return Array.from(t.ids, (id, k) => ({ start: t.starts[k], end: t.ends[k], norm: t.vocab.norms[id], capital: t.capitals[k] }));
}

const pieces = ['Thank', 'you', 'THIS', 'this', "don't", 'don’t', 'U.S.', '1,234.5', 'year-over-year', '謝謝', '成長。', 'Ärger', 'ÄRGER', 'İstanbul', 'Σίσυφος', '𝐀𝐁', '\ud835', '\udc00', 'a', '-', '.', ',', "'", ' ', '\t', '—', 'かな', '한국'];

describe('tokenize', () => {
  it('gives the tokens of the definition, with case and curly apostrophes folded and initial capitals marked', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }), fc.nat(1000), (parts, base) => {
        const text = parts.join('');
        expect(listed(text, base)).toEqual(byDefinition(text, base));
        // One number per normal form, whichever path (plain word, other script, CJK) found it.
        const t = tokenize(text, base);
        const idOf = new Map<string, number>();
        t.ids.forEach((id) => {
          const norm = t.vocab.norms[id];
          expect(idOf.get(norm) ?? id).toBe(id);
          idOf.set(norm, id);
        });
        expect(idOf.size).toBe(t.vocab.size);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers equal normal forms alike and different ones apart', () => {
    const t = tokenize('This this THIS that Don’t don\'t 謝 謝');
    const ids = Array.from(t.ids);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(ids[4]).toBe(ids[5]);
    expect(ids[6]).toBe(ids[7]);
    expect(t.vocab.isCjk(ids[6])).toBe(true);
    expect(t.vocab.isCjk(ids[0])).toBe(false);
    // Many distinct words: the vocabulary's table grows and keeps every number.
    const many = Array.from({ length: 20000 }, (_, k) => `w${k.toString(36)}`);
    const big = tokenize(`${many.join(' ')} ${many.join(' ').toUpperCase()}`);
    expect(big.vocab.size).toBe(many.length);
    for (let k = 0; k < many.length; k++) expect(big.ids[k + many.length]).toBe(big.ids[k]);
  });
});

describe('the vocabulary', () => {
  it('numbers short words (packed) and long ones alike from the text and from a string, and keeps near words apart', () => {
    // Words around the packed length (10), alike in their last five characters, or differing only in length, a
    // joiner, a digit or case.
    const words = ['abcde', 'xabcde', 'yabcde', 'xyabcde', 'uvwxyabcde', 'tuvwxyabcde', 'suvwxyabcde', 'abcd', 'bcde', "a'b", 'a’b', 'a-b', 'a.b', 'a,b'];
    words.push('zzzzzzzzzz', 'zzzzzzzzzzz', '0000000000', '000000000', '99,999.999', 'ABCDE', 'of', 'OF', "don't-you", 'Don’t-you’d', 'don’t-you');
    const t = tokenize(words.join(' '));
    const norms = words.map(normalizeWord);
    for (let k = 0; k < words.length; k++) {
      expect(t.vocab.norms[t.ids[k]]).toBe(norms[k]);
      expect(t.vocab.idOf(norms[k])).toBe(t.ids[k]);
    }
    expect(new Set(t.ids).size).toBe(new Set(norms).size);
    // Words first numbered from a string are found again from the text (models share one vocabulary).
    const vocab = modelTokens(parseTranscript('Hello.')).vocab;
    const short = vocab.idOf('qzxw-v');
    const long = vocab.idOf('qzxwvutsrq');
    const later = modelTokens(parseTranscript('We said QZXW-V and Qzxwvutsrq.'));
    expect(later.vocab).toBe(vocab);
    expect(Array.from(later.ids.subarray(2, 5))).toEqual([short, vocab.idOf('and'), long]);
  });
});

describe('modelTokens', () => {
  it('holds each line’s tokens, never one running across a line break', () => {
    for (const text of ['Hello there.\nU.S.\n1,234\n.5 and\r\nmore’s\n', seedModel(SEEDS.bilingual).text, seedModel(SEEDS.asr).text]) {
      const model = parseTranscript(text);
      const t = modelTokens(model);
      expect(modelTokens(model)).toBe(t);
      for (let l = 0; l < model.index.lineCount; l++) {
        const got = [];
        for (let k = t.lineFirst[l]; k < t.lineFirst[l + 1]; k++) got.push({ start: t.starts[k], end: t.ends[k], norm: t.vocab.norms[t.ids[k]], capital: t.capitals[k] });
        const start = model.index.lineStarts[l];
        expect(got).toEqual(byDefinition(text.slice(start, model.index.lineEnds[l]), start));
      }
    }
  });
});

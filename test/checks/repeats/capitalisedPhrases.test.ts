import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writtenPhrases } from '../../../src/core/checks/repeats/capitalisedPhrases';
import { parseTranscript } from '../../../src/core/model/parse';

describe('capitalised phrases', () => {
  it('give each phrase the text it spans, however the same words were written before, in this call or earlier ones', () => {
    // The same words in several cases and with possessives, so a word's phrase text differs from one use to the next.
    const word = fc.constantFrom('Kingsoft', 'KINGSOFT', 'KingSoft', "Kingsoft's", 'Kingsoft’s', 'Cloud', 'CLOUD', 'of', 'the', 'Thank', 'thank', 'Wang', 'WANG', 'Zoë', 'ZOË', '.');
    const call = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 3 }), (calls) => {
        for (const text of calls) {
          const model = parseTranscript(text);
          const phrases = writtenPhrases(model, 6);
          for (let i = 0; i < phrases.count; i++) expect(phrases.texts[phrases.textIds[i]].text).toBe(text.slice(phrases.starts[i], phrases.ends[i]));
        }
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copiesNeeded, findLoops, type Loop, MAX_PERIOD, repeatedPhrase } from '../../../src/core/checks/repeats/repeatedPhrase';
import { isNumeric, tokenize, type TokenStream } from '../../../src/core/checks/repeats/tokens';
import { applied, marked, run, SEEDS, seedModel } from './support';

const loopsIn = (s: string) => findLoops(tokenize(s)).map((l) => ({ period: l.period, copies: l.copies }));
const line = (s: string) => `Good morning, everyone. ${s} Thank you for joining the call today.`;

describe('repeated-phrase thresholds', () => {
  it('leaves what speakers say: doubled and tripled words, doubled phrases', () => {
    for (const s of [
      'The customer base is very, very big.',
      'No, no, no, that is not what we meant.',
      'Thank you. Thank you.',
      'The appropriate discussion for this quarter is growth, growth, and growth.',
      "Yes, that's the goal. That's the goal, yes.",
      'We saw the plastic lock of Shanghai, the plastic lock of Shanghai, this one has done well.',
      'We are putting in the work every day, day in and day out.',
      'Thank you. Thank you.',
    ]) {
      expect(run(repeatedPhrase, line(s)).findings, s).toEqual([]);
    }
  });

  it('reports one or two words said four times and a longer phrase said three times', () => {
    expect(loopsIn('from the result this, this, this, this thank you')).toEqual([{ period: 1, copies: 4 }]);
    expect(loopsIn('this this this')).toEqual([]);
    expect(loopsIn('thank you. thank you. thank you.')).toEqual([]);
    expect(loopsIn('thank you. thank you. thank you. thank you.')).toEqual([{ period: 2, copies: 4 }]);
    expect(loopsIn('I think that, I think that, I think that we will grow')).toEqual([{ period: 3, copies: 3 }]);
    expect(copiesNeeded(1, false)).toBe(4);
    expect(copiesNeeded(3, false)).toBe(3);
  });

  it('reports the shortest unit that covers the loop', () => {
    expect(loopsIn('this one, this one, this one, this one, this one and so on')).toEqual([{ period: 2, copies: 5 }]);
    expect(loopsIn('so so so so so so so so')).toEqual([{ period: 1, copies: 8 }]);
  });

  it('does not count table numbers, lone letters or laughter as loops', () => {
    expect(loopsIn('0 0 0 0 0 0 and N/A N/A N/A N/A')).toEqual([]);
    expect(loopsIn('Ha ha ha ha, that is a good one.')).toEqual([]);
  });

  it('treats Chinese characters one by one, without flagging doubled characters', () => {
    expect(loopsIn('謝謝。謝謝,克里斯蒂安。大家早安,晚上好。')).toEqual([]);
    expect(loopsIn('本季合適的討論是成長、成長還是成長。')).toEqual([]);
    expect(loopsIn('我們的收入我們的收入我們的收入增長了')).toEqual([{ period: 5, copies: 3 }]);
  });

  it('finds the loops of the plain rule: every maximal run of matches at every position and period', () => {
    // findLoops probes only some positions per period; this reads every one.
    const reference = ({ ids, vocab }: TokenStream): Loop[] => {
      const candidates: Loop[] = [];
      for (let p = 1; p <= MAX_PERIOD; p++) {
        for (let first = 0; first + p < ids.length; first++) {
          if (ids[first] !== ids[first + p] || (first > 0 && ids[first - 1] === ids[first - 1 + p])) continue;
          let run = 1;
          while (first + run + p < ids.length && ids[first + run] === ids[first + run + p]) run++;
          const unit = [...ids.subarray(first, first + p)];
          const cjk = unit.every((id) => vocab.isCjk(id));
          const tabular = unit.every((id) => isNumeric(vocab.norms[id]) || (!vocab.isCjk(id) && vocab.norms[id].length === 1));
          const primitive = !unit.some((_, q) => q > 0 && p % q === 0 && unit.every((id, i) => i < q || id === unit[i - q]));
          const copies = Math.floor((run + p) / p);
          if (run >= p && primitive && !tabular && copies >= copiesNeeded(p, cjk)) candidates.push({ first, period: p, copies });
        }
      }
      candidates.sort((a, b) => b.period * b.copies - a.period * a.copies || a.period - b.period || a.first - b.first);
      const taken: Loop[] = [];
      for (const c of candidates) if (!taken.some((t) => c.first < t.first + t.period * t.copies && t.first < c.first + c.period * c.copies)) taken.push(c);
      return taken.sort((a, b) => a.first - b.first);
    };
    // Few distinct words, so runs of matches of every length arise at many periods.
    const word = fc.constantFrom('so', 'we', 'grow', 'the', 'a', '7', '謝', '成');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.array(word, { minLength: 1, maxLength: 6 }).chain((unit) => fc.integer({ min: 1, max: 5 }).map((k) => Array(k).fill(unit).flat().join(' ')))), { maxLength: 40 }), (parts) => {
        const stream = tokenize(parts.join(' '));
        expect(findLoops(stream)).toEqual(reference(stream));
      }),
      { numRuns: 3000 },
    );
  });

  it('fixes by keeping one copy with the text after the loop intact', () => {
    const text = line('From the result This, this, this, this, this We will also invest.');
    const { model, findings } = run(repeatedPhrase, text);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(marked(model, f)).toBe('this, this, this, this');
    expect(f.message).toContain('5 times');
    expect(model.text.slice(f.related[0].span.start, f.related[0].span.end)).toBe('This');
    expect(f.fixes[0].safe).toBe(true);
    expect(f.tags).toEqual(['unnecessary']);
    expect(applied(text, f)).toBe(line('From the result This We will also invest.'));
  });
});

describe('repeated-phrase across lines', () => {
  it('finds a sentence line said again and again, and keeps one line', () => {
    const said = 'We will continue to invest in our AI infrastructure.';
    const text = ['Good morning, everyone.', said, said, said, said, 'Next, let me turn to margins.'].join('\n');
    const { model, findings } = run(repeatedPhrase, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('4 times');
    expect(model.index.lineAt(findings[0].related[0].span.start)).toBe(1);
    expect(applied(text, findings[0])).toBe(['Good morning, everyone.', said, 'Next, let me turn to margins.'].join('\n'));
  });

  it('does not join a bilingual pair or lines across a speaker header', () => {
    const text = [
      'Operator',
      'Operator',
      'Thank you. Thank you.',
      '謝謝。謝謝。',
      'John Smith - CFO',
      'John Smith - CFO',
      'Thank you. Thank you.',
      '謝謝。謝謝。',
    ].join('\n');
    expect(run(repeatedPhrase, text).findings).toEqual([]);
    // Joined across the header, these would be four "Thank you" in a row.
    const turns = ['Operator', 'Thank you. Thank you.', 'John Smith - CFO', 'Thank you. Thank you.', 'Jane Doe - CEO', 'Revenue grew 10%.'].join('\n');
    expect(run(repeatedPhrase, turns).findings).toEqual([]);
  });
});

describe('repeated-phrase on the seeds', () => {
  it('finds every loop of the headerless ASR call, in both transcriptions', () => {
    const model = seedModel(SEEDS.asr);
    const found = repeatedPhrase.run(model, { knownNames: [] }).map((f) => ({ line: model.index.lineAt(f.span.start), text: marked(model, f).replace(/,\s*/g, ' ') }));
    expect(found).toEqual([
      { line: 20, text: expect.stringMatching(/^(this ){15}this$/) },
      // A 14-token loop in the second transcription: "of the total number of people in the company, and accounts for about 50%".
      { line: 53, text: expect.stringMatching(/^(of the total number of people in the company and accounts for about 50% ){6}of the total number of people in the company and accounts for about 50$/) },
      { line: 59, text: expect.stringMatching(/^(this ){14}this$/) },
      { line: 65, text: 'this this This' },
      { line: 66, text: expect.stringMatching(/^(the appearance of this picture and video generated by ){17}the appearance of this picture and video generated by$/) },
      { line: 74, text: expect.stringMatching(/^(this one ){8}this one$/) },
    ]);
  });

  it('reports nothing on a Chinese-only call (the Chinese lines of the bilingual seed as speech)', () => {
    const chinese = seedModel(SEEDS.bilingual).lines.filter((l) => l.kind === 'translation').map((l) => l.text);
    expect(run(repeatedPhrase, chinese.join('\n')).findings).toEqual([]);
  });

  it('reports nothing on the bilingual and the scraped calls, which have no loops', () => {
    expect(repeatedPhrase.run(seedModel(SEEDS.bilingual), { knownNames: [] })).toEqual([]);
    expect(repeatedPhrase.run(seedModel(SEEDS.scraped), { knownNames: [] })).toEqual([]);
  });

  it('reads a loop across a blank line, leaving out the words of a line classed blank (its first 400 characters are spaces)', () => {
    const text = `Revenue grew. We grew we grew\n${' '.repeat(401)}other words here\nwe grew we grew. Thanks to everyone.`;
    const { model, findings } = run(repeatedPhrase, text);
    expect(model.lines.map((l) => l.kind)).toEqual(['speech', 'blank', 'speech']);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('is repeated 4 times back to back')]);
  });
});

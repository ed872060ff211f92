import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNoise, mayHoldNoise, noiseToken, words } from '../../../src/core/checks/repeats/noiseToken';
import { applied, marked, run, SEEDS, seedModel } from './support';

describe('noise-token', () => {
  it('finds "you" and "music music" between sentences in the ASR call and removes them with one space', () => {
    const model = seedModel(SEEDS.asr);
    const findings = noiseToken.run(model, { knownNames: [] });
    expect(findings.map((f) => [model.index.lineAt(f.span.start), marked(model, f)])).toEqual([
      [41, 'you'],
      [41, 'music music'],
    ]);
    let text = model.text;
    for (const f of [...findings].reverse()) text = applied(text, f);
    expect(text).toContain('Thank you and have a good day. Thank you. Thank you. Thank you. Good day and thank you');
    expect(findings.every((f) => f.fixes[0].safe && f.tags?.includes('unnecessary'))).toBe(true);
  });

  it('never flags "you" inside a sentence or starting one', () => {
    for (const s of [
      'Thank you. You can see the growth in the deck.',
      'As you know, we grew 10%. you know, it was a good year.',
      'We thank you for your question.',
      'Our music streaming customers grew. Music is a key vertical.',
      'Uh, this one also includes us.',
    ]) {
      expect(run(noiseToken, `Good morning, everyone. ${s} Next question, please.`).findings, s).toEqual([]);
    }
  });

  it('flags bracketed markers anywhere, a lone "Um." and a line that is only noise', () => {
    const text = 'Good morning. [Music] Welcome to the call.\nLet me start. Um. Revenue grew.\nyou\nThank you for joining.';
    const { model, findings } = run(noiseToken, text);
    expect(findings.map((f) => marked(model, f))).toEqual(['[Music]', 'Um.', 'you']);
    let fixed = text;
    for (const f of [...findings].reverse()) fixed = applied(fixed, f);
    expect(fixed).toBe('Good morning. Welcome to the call.\nLet me start. Revenue grew.\nThank you for joining.');
  });

  it('removes a subtitle cue whose only text is noise whole: number, timing, text and the blank after', () => {
    const cue = (n: number, t: string, text: string) => [String(n), `00:00:0${t},000 --> 00:00:0${t},900`, text, ''];
    const text = [...cue(1, '1', 'Good morning and welcome.'), ...cue(2, '2', 'you'), ...cue(3, '3', 'Revenue grew 5%.'), ...cue(4, '4', '[Music]')].join('\n');
    const { findings } = run(noiseToken, text);
    expect(findings).toHaveLength(2);
    expect(applied(text, findings[0])).toBe([...cue(1, '1', 'Good morning and welcome.'), ...cue(3, '3', 'Revenue grew 5%.'), ...cue(4, '4', '[Music]')].join('\n'));
    expect(applied(text, findings[1])).toBe([...cue(1, '1', 'Good morning and welcome.'), ...cue(2, '2', 'you'), ...cue(3, '3', 'Revenue grew 5%.')].join('\n'));
  });

  it('reports nothing on the bilingual and the scraped calls', () => {
    expect(noiseToken.run(seedModel(SEEDS.bilingual), { knownNames: [] })).toEqual([]);
    expect(noiseToken.run(seedModel(SEEDS.scraped), { knownNames: [] })).toEqual([]);
  });
});

describe('noise-token line filter', () => {
  it('passes every line in which findNoise finds a run (it only skips lines that cannot hold one)', () => {
    const pieces = ['you', 'You', 'YOU.', 'yOu', 'you?', 'music', 'Music.', 'um', 'Um.', 'UM', 'uH.', 'uh,', 'umm', 'Umm?', 'hmm!', 'HMM', 'mm', 'Mm.', 'mhm', 'MHM!', 'applause', 'Applause.', '[Music]', '(applause)', '[BLANK_AUDIO]', 'Thank', 'thanks.', 'Next.”', 'end.)', '。', '好。', 'yours', 'youth'];
    const gaps = [' ', '  ', '\t', '\u00a0', '\u3000', ''];
    fc.assert(
      fc.property(fc.constantFrom(...gaps), fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 8 }), (lead, parts) => {
        const line = lead + parts.map(([w, g]) => w + g).join('');
        if (findNoise(words(line)).length > 0) expect(mayHoldNoise(line)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

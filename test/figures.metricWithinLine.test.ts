import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../src/core/model/parse';

// Unpunctuated ASR runs utterances together: a lowercase line is read as the previous line's continuation,
// so a metric's modifiers must not be gathered across the line break.
describe('a metric named at the start of a line takes no word from the line before', () => {
  it('reads "revenue", not "everyone revenue", after an unpunctuated greeting', () => {
    const text = [
      'thank you operator and good morning everyone',
      'revenue for the quarter was two hundred forty million dollars up twenty percent from two hundred million dollars',
    ].join('\n');
    const figures = parseTranscript(text).figures;
    expect(figures.map((f) => [f.text, f.metric])).toEqual([
      ['two hundred forty million dollars', 'revenue'],
      ['twenty percent', 'revenue'],
      ['two hundred million dollars', 'revenue'],
    ]);
  });

  it('still gathers modifiers on the same line ("public cloud revenue")', () => {
    const figures = parseTranscript('Our public cloud revenue was RMB1.2 billion.').figures;
    expect(figures.map((f) => f.metric)).toEqual(['public cloud revenue']);
  });
});

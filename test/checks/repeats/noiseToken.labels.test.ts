import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits, fixAllEdits } from '../../../src/core/fixes/apply';

// Whisper writes "you" for silence; in a "[time] Name: text" export it stands alone after a label.
const text = [
  '[00:00:01] Operator: Good morning and welcome to the Contoso first quarter 2025 earnings call.',
  '[00:00:09] Operator: you',
  '[00:00:12] Maya Ross: Thank you. Revenue was $400 million, and thank you all for joining.',
].join('\n');

describe('noise-token after a speaker label', () => {
  it('finds a line whose only speech is "you", and its fix removes the line, label and all', () => {
    const found = analyze(text).diagnostics.filter((d) => d.checkId === 'noise-token');
    expect(found.map((d) => d.message)).toEqual(['"you" stands between sentences and is not speech: recogniser noise for silence, music or a hold tone.']);
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('[00:00:09] Operator: you');
    const fixed = applyEdits(text, fixAllEdits(found.flatMap((d) => d.fixes)));
    expect(fixed).toBe([text.split('\n')[0], text.split('\n')[2]].join('\n'));
  });

  it('leaves "you" inside speech alone ("Thank you.", "thank you all")', () => {
    const clean = text.split('\n').filter((_, i) => i !== 1).join('\n');
    expect(analyze(clean).diagnostics.filter((d) => d.checkId === 'noise-token')).toEqual([]);
  });
});

describe('noise-token next to a number line that is no subtitle cue', () => {
  it('removes the noise line only, not the number above it', () => {
    const text = 'Cloud is growing.\n\nyou you you\n\n0595\nyou you you\n\nAnd that is all.';
    const found = analyze(text).diagnostics.filter((d) => d.checkId === 'noise-token');
    const fixed = applyEdits(text, fixAllEdits(found.flatMap((d) => d.fixes)));
    expect(fixed).toContain('0595');
    expect(fixed).not.toContain('you you you');
  });
});

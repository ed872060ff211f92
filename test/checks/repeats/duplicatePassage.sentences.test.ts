import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fixes/apply';

const found = (text: string) => analyze(text).diagnostics.filter((d) => d.checkId === 'duplicate-passage');
const S = 'Pricing was up about three percent in the quarter.';

describe('duplicate-passage: a sentence said again right after itself', () => {
  it('reports a sentence written twice on consecutive lines, and its fix leaves one copy', () => {
    const text = ['Marcus Bell -- Chief Executive Officer', 'Sure, Sam.', S, S, 'We think that continues.'].join('\n');
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.message).toBe('This sentence (9 words) is said twice in a row, word for word — a duplicated sentence.');
    expect(d.fixes[0].safe).toBe(false);
    expect(applyEdits(text, d.fixes[0].edits)).toBe(['Marcus Bell -- Chief Executive Officer', 'Sure, Sam.', S, 'We think that continues.'].join('\n'));
  });

  it('reports three copies in one line as one finding that keeps the first', () => {
    const text = `Marcus Bell: Sure. ${S} ${S} ${S} Next question.`;
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.message).toContain('is said 3 times in a row');
    expect(applyEdits(text, d.fixes[0].edits)).toBe(`Marcus Bell: Sure. ${S} Next question.`);
  });

  it('stays silent on short restarts, sentences said apart, and near copies', () => {
    for (const text of [
      "Marcus Bell: That's the goal. That's the goal. Thank you.",
      `Marcus Bell: ${S} Freight was flat. ${S}`,
      `Marcus Bell: ${S} Pricing was up about four percent in the quarter.`,
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

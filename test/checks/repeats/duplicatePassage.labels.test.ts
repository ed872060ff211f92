import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

// In "[time] Name: text" layouts the labels are not speech: two copies followed by different turns both run
// on into a "[00:0…" label, and the passage must not run on with them into the next speaker's words.
const PASSAGE = 'Fabrikam delivered a solid second quarter. Revenue was $2.1 billion, up 9% year over year. Our industrial automation business grew 14%, and we continued to win share in every region. Demand for our sensors remains strong, and backlog ended the quarter at $3.4 billion, a record.';
const text = [
  `[00:00:45] Peter Holm: Thank you, Ana. ${PASSAGE}`,
  '[00:01:30] Peter Holm: We also completed the acquisition of Northwind Controls, and integration is on track.',
  `[00:02:05] Peter Holm: ${PASSAGE}`,
  '[00:02:40] Wen Zhao: Thanks, Peter. Gross margin was 41.2%, and free cash flow was $310 million.',
].join('\n');

describe('duplicate-passage in a labelled layout', () => {
  it('ends the copy with its own line, and its fix leaves the next turn whole', () => {
    const found = analyze(text).diagnostics.filter((d) => d.checkId === 'duplicate-passage');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^This passage \(line 3, 46 words\) repeats line 1:/);
    const [edit] = found[0].fixes[0].edits;
    expect(text.slice(edit.start, edit.end)).toBe(`[00:02:05] Peter Holm: ${PASSAGE}\n`);
  });
});

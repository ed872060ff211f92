import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { repeatedParagraphs } from '../../../src/core/checks/repeats/repeatedParagraph';
import { linesOfKinds, speechStarts } from '../../../src/core/checks/repeats/spokenLines';
import { modelTokens } from '../../../src/core/checks/repeats/tokens';
import { parseTranscript } from '../../../src/core/model/parse';

const found = (text: string) => analyze(text).diagnostics.filter((d) => d.checkId === 'duplicate-passage');
const P1 = 'Services were thirty million dollars this quarter. That is about twenty-five percent of revenue, and we expect the share to grow next year as renewals come in.';
const P2 = 'We ended the quarter with three hundred twenty million dollars in cash. We have no debt, and we keep investing in our sales teams in every region.';
const P3 = 'Backlog grew thirty percent to four hundred million dollars. Demand is strong in every segment, and our pipeline has never been larger than it is today.';

describe('duplicate-passage: a short paragraph said again word for word', () => {
  it('reports a two-sentence paragraph under the 40-word minimum, and its fix deletes that line only', () => {
    const text = [`Priya Raman: ${P1}`, 'Priya Raman: Thank you, Daniel.', `Priya Raman: ${P1}`, 'Operator: Thank you.'].join('\n');
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d.message).toMatch(/^This paragraph \(line 3, \d+ words\) repeats line 1 word for word/);
    expect(d.fixes[0].safe).toBe(false);
    const [edit] = d.fixes[0].edits;
    expect(text.slice(edit.start, edit.end)).toBe(`Priya Raman: ${P1}\n`);
  });

  it('joins paragraphs copied in order into one block, and lists the copied lines only', () => {
    // (analyze() reports this block through the shingle search, being over 40 words; the joining matters where
    // that search leaves a copy out, as with stock passages repeated many times.)
    const text = [`Priya Raman: ${P1}`, `Priya Raman: ${P2}`, `Priya Raman: ${P3}`, 'Daniel Kim: Thanks.', `Priya Raman: ${P1}`, 'Priya Raman: Yes.', `Priya Raman: ${P2}`, `Priya Raman: ${P3}`].join('\n');
    const model = parseTranscript(text);
    const [run, ...rest] = repeatedParagraphs(model, modelTokens(model), linesOfKinds(model, ['speech']), speechStarts(model), () => false);
    expect(rest).toEqual([]);
    expect(run.paragraphs).toBe(3);
    expect(run.lines.map((l) => model.index.lineAt(l.start))).toEqual([4, 6, 7]);
    expect(model.index.lineAt(run.source.start)).toBe(0);
  });

  it('stays silent on short repeats and on the operator reading the same script', () => {
    const script = 'If you would like to ask a question, please press star one on your telephone keypad. To withdraw your question, please press star two.';
    const text = [`Operator: ${script}`, 'Priya Raman: Thank you. Next question, please.', `Operator: ${script}`, 'Priya Raman: Thank you. Next question, please.'].join('\n');
    expect(found(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';

const turnsOf = (lines: string[]) => parseTranscript(lines.join('\n')).turns.map((t) => [t.speaker.name, t.startLine]);
const opening = ['Good morning, and welcome to the Acme first quarter 2025 earnings call.', 'Our first question comes from Peter Lang with Wells Fargo.'];

describe("an analyst's question over several lines", () => {
  it('ends at the answer that addresses the analyst or opens like an answer', () => {
    expect(turnsOf([...opening, 'Thanks.', 'I have two questions', 'on deposits.', 'Peter, deposits grew.'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 5],
    ]);
    expect(turnsOf([...opening, 'Thanks.', 'On deposits', 'Sure. Deposits grew.'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 4],
    ]);
  });

  it('ends once a question has been asked', () => {
    expect(turnsOf([...opening, 'How are deposits?', 'Deposits grew 5%.'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 3],
    ]);
  });

  it('goes on with a follow-up that adds to the question asked', () => {
    expect(turnsOf([...opening, 'How are deposits?', 'And on costs, where do they land?', 'Deposits grew 5%.'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 4],
    ]);
  });

  it('in unpunctuated ASR, ends after a line that asks with a question opening', () => {
    const lower = ['good morning and welcome to the acme first quarter twenty twenty five earnings call', 'our first question comes from peter lang with wells fargo'];
    expect(turnsOf([...lower, 'hi thanks for taking my question what drove the margin improvement', 'it was mostly mix and lower freight'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 3],
    ]);
    // A statement with "what" in it asks nothing: the analyst goes on.
    expect(turnsOf([...lower, 'hi thanks this is about what you said on margins', 'so how should we think about freight', 'it was mostly mix'])).toEqual([
      ['Operator', 0],
      ['Peter Lang', 2],
      ['Management', 4],
    ]);
  });
});

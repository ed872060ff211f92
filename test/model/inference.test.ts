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
});

import type { Exchange, Line, Section, SectionKind, Speaker, Turn, TranscriptModel } from '../../src/core/model/types';
import { LineIndex } from '../../src/core/text/lineIndex';

/**
 * Hand-built models for the server's builders: the structure is stated, not parsed, so the outline and
 * folding tests do not depend on the parser's heuristics.
 */
export const FIXTURE_TEXT = [
  'Operator', // 0
  'Good day and welcome to the call.', // 1
  'John Smith - CEO', // 2
  'Thank you. Revenue was RMB 48.8 million.', // 3
  '', // 4
  'Jane Doe - Analyst, Big Bank', // 5
  'What about margins?', // 6
  'John Smith - CEO', // 7
  'Margins improved to 37.2%.', // 8
  '', // 9
].join('\n');

export function speaker(name: string, extra: Partial<Speaker> = {}): Speaker {
  return { id: name.toLowerCase(), name, spellings: [name], category: 'unknown', ...extra };
}

export function fixtureModel(): TranscriptModel {
  const text = FIXTURE_TEXT;
  const index = new LineIndex(text);
  const headers = new Set([0, 2, 5, 7]);
  const lines: Line[] = index.lineStarts.map((start, i) => ({
    index: i,
    start,
    end: index.lineEnds[i],
    text: index.lineText(i),
    kind: headers.has(i) ? 'header' : index.lineText(i) === '' ? 'blank' : 'speech',
    lang: 'en',
  }));
  const spanOfLines = (a: number, b: number) => ({ start: index.lineStarts[a], end: index.lineEnds[b] });
  const operator = speaker('Operator', { category: 'operator' });
  const john = speaker('John Smith', { role: 'CEO', category: 'management' });
  const jane = speaker('Jane Doe', { role: 'Analyst', firm: 'Big Bank', category: 'analyst' });
  const turn = (s: Speaker, a: number, b: number, role?: string): Turn => ({
    speaker: s,
    role,
    headerLines: [a],
    startLine: a,
    endLine: b,
    span: spanOfLines(a, b),
    inferred: false,
  });
  const t0 = turn(operator, 0, 1);
  const t1 = turn(john, 2, 4, 'CEO');
  const t2 = turn(jane, 5, 6, 'Analyst');
  const t3 = turn(john, 7, 9, 'CEO');
  const exchange: Exchange = { question: t2, answers: [t3], span: spanOfLines(5, 9) };
  const section = (kind: SectionKind, a: number, b: number, turns: Turn[], exchanges: Exchange[] = []): Section => ({
    kind,
    startLine: a,
    endLine: b,
    span: spanOfLines(a, b),
    turns,
    exchanges,
  });
  return {
    text,
    index,
    format: 'header-per-turn',
    lines,
    annotations: [],
    sentences: [],
    speakers: [operator, john, jane],
    turns: [t0, t1, t2, t3],
    sections: [section('opening', 0, 1, [t0]), section('prepared', 2, 4, [t1]), section('qa', 5, 9, [t2, t3], [exchange])],
    facts: {},
    figures: [],
    problems: [],
  };
}

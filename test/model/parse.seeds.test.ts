import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';
import type { TranscriptModel } from '../../src/core/model/types';

const seed = (name: string) => parseTranscript(readFileSync(`seeds/${name}`, 'utf8'));

function outline(m: TranscriptModel): string[] {
  return m.sections.map((s) => `${s.kind}: ${s.turns.map((t) => t.speaker.name).join(', ')}`);
}

// Hand-checked against the seed texts: every count, name and section start below was read off the file.
describe('bilingual seed with doubled headers (Aurora Mobile)', () => {
  const m = seed('000_57a37ca2e05f9c53.txt');

  it('detects the format and the call facts', () => {
    expect(m.format).toBe('bilingual-doubled-headers');
    expect(m.facts.company?.name).toBe('Aurora Mobile');
    expect(m.facts.period?.label).toBe('Q4 and FY 2023');
  });

  it('reads each doubled header as one turn: 34 turns from 68 header lines', () => {
    expect(m.lines.filter((l) => l.kind === 'header')).toHaveLength(68);
    expect(m.turns).toHaveLength(34);
    expect(m.turns.every((t) => t.headerLines.length === 2 && !t.inferred)).toBe(true);
  });

  it('pairs every Chinese line with the English line above it', () => {
    const translations = m.lines.filter((l) => l.kind === 'translation');
    expect(translations).toHaveLength(62);
    for (const t of translations) {
      expect(t.lang).toBe('zh');
      expect(m.lines[t.translationOf!].lang).toBe('en');
      expect(t.translationOf).toBe(t.index - 1);
    }
    expect(m.lines[0].kind).toBe('boilerplate'); // the machine-translation warning
  });

  it('finds one speaker per person with roles from headers and the host introduction', () => {
    const byName = new Map(m.speakers.map((s) => [s.name, s]));
    expect(byName.get('Shan-Nen Bong')?.category).toBe('management');
    expect(byName.get('Calvin Wong')?.category).toBe('analyst');
    expect(byName.get('Brian Kinstlinger')?.category).toBe('analyst');
    expect(byName.get('Operator')?.category).toBe('operator');
    expect(m.turns.filter((t) => t.speaker.name === 'Shan-Nen Bong')).toHaveLength(13);
    expect(m.turns[3].role).toBe('CFO');
  });

  it('splits the call into opening, prepared remarks, Q&A and closing', () => {
    expect(outline(m)).toEqual([
      'opening: Operator, Christian Arnell',
      'prepared: Weidong Luo, Shan-Nen Bong',
      expect.stringMatching(/^qa: Operator, Calvin Wong, Shan-Nen Bong, Calvin Wong, Operator, Brian Kinstlinger/),
      'closing: Operator, Christian Arnell, Operator',
    ]);
    const qa = m.sections[2];
    expect(qa.startLine).toBe(59);
    expect(qa.exchanges).toHaveLength(13);
    expect(qa.exchanges[0].question.speaker.name).toBe('Calvin Wong');
    expect(qa.exchanges[0].answers.map((a) => a.speaker.name)).toEqual(['Shan-Nen Bong']);
  });
});

describe('headerless ASR seed with the call repeated (Kingsoft Cloud Q4 2023)', () => {
  const m = seed('002_c10d7f1c76de8547.txt');

  it('infers turns, marks them inferred, and reads the facts through garbled names', () => {
    expect(m.format).toBe('headerless');
    expect(m.turns.length).toBeGreaterThan(20);
    expect(m.turns.every((t) => t.inferred)).toBe(true);
    expect(m.facts.company?.name).toBe('Kingsoft Cloud');
    expect(m.facts.period?.label).toBe('Q4 and FY 2023');
    expect(m.facts.currency?.code).toBe('CNY');
  });

  it('sees the second transcription as a second call starting inside line 42', () => {
    expect(m.sections.map((s) => s.kind)).toEqual(['opening', 'prepared', 'qa', 'closing', 'opening', 'prepared', 'qa', 'closing']);
    const restart = m.sections[4];
    expect(restart.startLine).toBe(41);
    expect(m.text.slice(restart.span.start, restart.span.start + 38)).toBe('Good day and thank you for standing by');
  });

  it('names the host and the analysts from the operator hand-offs', () => {
    expect(m.turns[1].speaker.name).toBe('Nicole Shan');
    expect(m.turns[1].speaker.category).toBe('management');
    const analysts = m.turns.filter((t) => t.speaker.category === 'analyst');
    expect(analysts).toHaveLength(6);
    // Unnamed speakers get stand-ins, marked so that lists of participants leave them out.
    expect(m.speakers.filter((s) => s.placeholder).map((s) => s.name).sort()).toEqual(['Analyst', 'Management']);
    expect(m.sections[2].exchanges).toHaveLength(3);
  });
});

describe('scraped page seed (Kingsoft Cloud Q1 2020)', () => {
  const m = seed('004_9af29ef9ab041140.txt');

  it('drops page furniture and reads "Name Title" headers without a separator', () => {
    expect(m.format).toBe('scraped-page');
    for (const i of [0, 1, 2, 3, 4, 8, 9, 353, 354]) expect(m.lines[i].kind).toBe('boilerplate');
    expect(m.turns[1].speaker.name).toBe('Nicole Shan');
    expect(m.turns[1].role).toBe('Investor Relations Officer');
    expect(m.facts.company?.name).toBe('Kingsoft Cloud');
    expect(m.facts.period?.label).toBe('Q1 2020');
    expect(m.facts.currency?.code).toBe('CNY');
  });

  it('has 28 turns, five analysts named by the operator, and seven questions', () => {
    expect(m.turns).toHaveLength(28);
    const analysts = m.speakers.filter((s) => s.category === 'analyst');
    expect(analysts.map((s) => `${s.name} (${s.firm})`)).toEqual([
      'Alexia Quadrani (JPMorgan)',
      'Kenneth Fong (Credit Suisse)',
      'Thompson Wu (UBS)',
      'Leping Huang (CICC)',
      'Ziyi Chen (Goldman Sachs)',
    ]);
    expect(m.sections.map((s) => s.kind)).toEqual(['opening', 'prepared', 'qa', 'closing']);
    expect(m.sections[2].exchanges).toHaveLength(7);
  });
});

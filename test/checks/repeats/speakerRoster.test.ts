import { describe, expect, it } from 'vitest';
import { speakerRoster } from '../../../src/core/checks/repeats/speakerRoster';
import { fixture, marked, run, SEEDS, seedModel } from './support';

describe('speaker-roster', () => {
  it('reports two people given the same unique title', () => {
    const text = [
      'Operator',
      'Welcome to the Acme Robotics first quarter 2024 earnings call.',
      'Jane Porter - Chief Financial Officer',
      'Thank you. Revenue grew 10% in the quarter.',
      'Michael Grant - CFO',
      'Thank you, Jane. Margins improved as well.',
    ].join('\n');
    const { model, findings } = run(speakerRoster, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('CFO');
    expect(marked(model, findings[0])).toBe('Michael Grant');
    expect(model.index.lineAt(findings[0].span.start)).toBe(4);
    expect(marked(model, { ...findings[0], span: findings[0].related[0].span })).toBe('Jane Porter');
    expect(findings[0].fixes).toEqual([]);
  });

  it('does not report a vice chairman beside a chairman, or a deputy beside the CFO', () => {
    const text = [
      'Jane Porter - Chief Financial Officer',
      'Thank you. Revenue grew 10% in the quarter.',
      'Michael Grant - Deputy CFO',
      'Thank you, Jane. Margins improved as well.',
      'Ann Lee - Chief Executive Officer',
      'We are pleased with the quarter.',
      'Tom Hill - Vice Chairman',
      'I agree with Ann.',
    ].join('\n');
    expect(run(speakerRoster, text).findings).toEqual([]);
  });

  it('does not take two analysts of different firms with alike names (Daniel Chan, Daniel Chen) for one person', () => {
    const text = [
      'Operator',
      'Our first question comes from Daniel Chan with UBS.',
      'Daniel Chan -- UBS -- Analyst',
      'Thanks for taking my question on margins and pricing.',
      'Operator',
      'Our next question comes from Daniel Chen with Citi.',
      'Daniel Chen -- Citi -- Analyst',
      'Thank you. Could you talk about demand in Europe?',
    ].join('\n');
    const { model, findings } = run(speakerRoster, text);
    expect(model.speakers.map((s) => s.firm).filter(Boolean)).toEqual(['UBS', 'Citi']);
    expect(findings).toEqual([]);
  });

  it('reports one person under two spellings', () => {
    const model = seedModel(SEEDS.asr);
    const findings = speakerRoster.run(model, { knownNames: [] });
    expect(findings.map((f) => [model.index.lineAt(f.span.start), marked(model, f)])).toEqual([[39, 'Nichol Shan']]);
    expect(findings[0].message).toContain('"Nicole Shan"');
  });

  it('reports nothing on the clean calls', () => {
    expect(run(speakerRoster, fixture('clean-names.txt')).findings).toEqual([]);
    expect(speakerRoster.run(seedModel(SEEDS.bilingual), { knownNames: [] })).toEqual([]);
    expect(speakerRoster.run(seedModel(SEEDS.scraped), { knownNames: [] })).toEqual([]);
  });
});

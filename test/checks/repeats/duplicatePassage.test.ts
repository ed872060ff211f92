import { describe, expect, it } from 'vitest';
import { duplicatePassage } from '../../../src/core/checks/repeats/duplicatePassage';
import { applied, marked, run, SEEDS, seedModel } from './support';

const para1 =
  'Our revenue grew 12% year over year to RMB 1.2 billion, driven by strong demand from enterprise customers in finance and healthcare. ' +
  'Gross margin improved by three percentage points as we cut loss-making regions and retired older servers. ' +
  'We expect this momentum to continue into next year as new AI customers ramp up their workloads.';
const para2 =
  'Turning to costs, research and development expenses fell 8% as we consolidated teams. ' +
  'Selling expenses were flat, and general and administrative expenses declined on lower share-based compensation.';
const para3 = 'Finally, our cash position remains strong at RMB 3 billion, which gives us room to invest in computing capacity.';

describe('duplicate-passage', () => {
  it('reports a paragraph pasted twice, points at the first copy, and deletes the second safely', () => {
    const text = [para1, para2, para1, para3].join('\n');
    const { model, findings } = run(duplicatePassage, text);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(marked(model, f)).toBe(para1);
    expect(model.index.lineAt(f.span.start)).toBe(2);
    expect(model.index.lineAt(f.related[0].span.start)).toBe(0);
    expect(f.fixes[0].safe).toBe(true);
    expect(applied(text, f)).toBe([para1, para2, para3].join('\n'));
  });

  it('in a headed layout, takes the copied header and title with the copy, so the fix leaves no orphan header', () => {
    const call = ['Acme Q3 2024 Earnings Call Transcript', '', 'Operator', '', para1, '', 'Jane Roe -- Chief Financial Officer', '', para2, para3];
    const text = [...call, '', ...call].join('\n');
    const { model, findings } = run(duplicatePassage, text);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(model.index.lineAt(f.span.start)).toBe(call.length + 1);
    expect(model.index.lineAt(f.related[0].span.start)).toBe(0);
    expect(applied(text, f)).toBe(call.join('\n') + '\n');
  });

  it('reports a paragraph said three times in a row as one duplicate and keeps one copy', () => {
    const text = [para2, para1, para1, para1, para3].join('\n');
    const { model, findings } = run(duplicatePassage, text);
    expect(findings).toHaveLength(1);
    expect(marked(model, findings[0])).toBe([para1, para1].join('\n'));
    expect(marked(model, { ...findings[0], span: findings[0].related[0].span })).toBe(para1);
    expect(applied(text, findings[0])).toBe([para2, para1, para3].join('\n'));
  });

  it('does not report sentences a call repeats on purpose', () => {
    const instructions =
      'To ask a question, please press star 1 and 1 on your telephone and wait for your name to be announced. To withdraw your question, please press star 1 and 1 again.';
    const text = [
      `Good day and thank you for standing by. ${instructions} Please note that today's conference is being recorded.`,
      para1,
      'Thank you. Please go ahead.',
      para2,
      `Thank you. As a reminder, ${instructions} Please stand by while we compile the Q&A roster.`,
      'Thank you. Please go ahead.',
      para3,
    ].join('\n');
    expect(run(duplicatePassage, text).findings).toEqual([]);
  });

  it('does not report an operator reading the same instructions twice', () => {
    const script =
      'We will now begin the question-and-answer session. To ask a question, you may press star then 1 on your touchtone phone. ' +
      'If you are using a speakerphone, please pick up your handset before pressing the keys. To withdraw your question, please press star then 2.';
    const text = ['Operator', `Good day. ${script}`, 'Jane Porter - CFO', para1, 'Operator', script, 'John Smith - Analyst', para3].join('\n');
    const { model, findings } = run(duplicatePassage, text);
    expect(model.turns.filter((t) => t.speaker.category === 'operator')).toHaveLength(2);
    expect(findings).toEqual([]);
    // The same words outside an operator's turn are a duplicate.
    const pasted = ['Jane Porter - CFO', `Good day. ${script}`, para1, script, para3].join('\n');
    expect(run(duplicatePassage, pasted).findings).toHaveLength(1);
  });

  it('does not report an interpreter restating a speaker in other words', () => {
    const model = seedModel(SEEDS.asr);
    const lines5to8 = model.lines.slice(5, 9).map((l) => l.text).join('\n');
    expect(run(duplicatePassage, lines5to8).findings).toEqual([]);
  });

  it('reports the restarted ASR call as one near-duplicate from "Good day" in line 42 to the end, removable by fix-all', () => {
    const model = seedModel(SEEDS.asr);
    const findings = duplicatePassage.run(model, { knownNames: [] });
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(model.index.lineAt(f.span.start)).toBe(41);
    expect(marked(model, f).startsWith('Good day and thank you for standing by.')).toBe(true);
    expect(f.span.end).toBe(model.text.trimEnd().length);
    const source = f.related[0].span;
    expect(model.index.lineAt(source.start)).toBe(2);
    expect(model.text.slice(source.start, source.end).startsWith('Good day and thank you for standing by.')).toBe(true);
    expect(f.fixes[0].safe).toBe(true);
    const fixed = applied(model.text, f);
    expect(fixed.trimEnd().endsWith('Thank you. you Thank you. music music Thank you.')).toBe(true);
  });

  it('reports nothing on a Chinese-only call (the Chinese lines of the bilingual seed as speech)', () => {
    const chinese = seedModel(SEEDS.bilingual).lines.filter((l) => l.kind === 'translation').map((l) => l.text);
    expect(chinese.length).toBeGreaterThan(50);
    const { model, findings } = run(duplicatePassage, chinese.join('\n'));
    expect(model.lines.filter((l) => l.kind === 'speech').length).toBeGreaterThan(50);
    expect(findings).toEqual([]);
  });

  it('reports nothing on the bilingual call (doubled headers, translation pairs) and the scraped call', () => {
    expect(duplicatePassage.run(seedModel(SEEDS.bilingual), { knownNames: [] })).toEqual([]);
    expect(duplicatePassage.run(seedModel(SEEDS.scraped), { knownNames: [] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { restatedFigure } from '../../../src/core/checks/numbers/restatedFigure';
import { scaleSlip } from '../../../src/core/checks/numbers/scaleSlip';
import { translationMismatch } from '../../../src/core/checks/numbers/translationMismatch';
import type { Check } from '../../../src/core/checks/types';
import type { TranscriptModel } from '../../../src/core/model/types';
import { modelWith, type FigureSpec } from './figureMaker';

function run(check: Check, model: TranscriptModel) {
  return check.run(model, { knownNames: [] });
}

const q4 = { label: 'Q4 2023', year: 2023, quarter: 4 as const, resolvedFromCall: true };

describe('scale-slip', () => {
  it('flags an amount ten times another statement of it with the same change beside each', () => {
    const text = 'Income reached RMB 17.2 billion, and it increased by 6%.\nOur total revenue were 1,722.5 million RMB this quarter, increased by 6% sequentially.';
    const m = modelWith(text, ['RMB 17.2 billion', '6%', '1,722.5 million RMB', '6%']);
    const f = run(scaleSlip, m);
    expect(f).toHaveLength(1);
    expect(m.text.slice(f[0].span.start, f[0].span.end)).toBe('RMB 17.2 billion');
    expect(f[0].message).toBe('RMB 17.2 billion is 10 times larger than 1,722.5 million RMB (line 2), stated for the same amount.');
    expect(f[0].fixes[0].edits[0].newText).toBe('RMB 1.72 billion');
  });

  it('flags two pairs off by the same factor in two sentences', () => {
    const text = 'The profit reached RMB 8.6 billion, almost double the 4.5 billion in 2022.\nAdjusted gross profit was RMB 860 million, almost doubling the amount of RMB 445 million in 2022.';
    const f = run(scaleSlip, modelWith(text, ['RMB 8.6 billion', { text: '4.5 billion', kind: 'money', currency: 'CNY', currencyImplied: true }, 'RMB 860 million', 'RMB 445 million']));
    expect(f).toHaveLength(2);
  });

  it('does not compare unrelated amounts that merely share digits (false-positive budget: 0)', () => {
    const text = 'We signed a loan facility of RMB 1.5 billion. The largest contract was RMB 15 million, up 6%. Cash was RMB 150 million, up 7%.';
    expect(run(scaleSlip, modelWith(text, ['RMB 1.5 billion', 'RMB 15 million', '6%', 'RMB 150 million', '7%']))).toEqual([]);
  });

  it('uses the same metric and period as evidence', () => {
    const text = 'Capital expenditure was RMB 1,415.8 million this quarter.\nCapital expenditure was RMB 141.6 million this quarter.';
    const m = modelWith(text, [
      { text: 'RMB 1,415.8 million', metric: 'capital expenditure', period: q4 },
      { text: 'RMB 141.6 million', metric: 'capital expenditure', period: q4 },
    ]);
    expect(run(scaleSlip, m)).toHaveLength(1);
    // ...and then it is not also a restatement.
    expect(run(restatedFigure, m)).toEqual([]);
  });
});

describe('restated-figure', () => {
  const specs = (a: string, b: string): FigureSpec[] => [
    { text: a, metric: 'adjusted EBITDA', period: q4 },
    { text: b, metric: 'adjusted EBITDA', period: q4 },
  ];

  it('flags the same metric and period stated with values whose intervals do not overlap', () => {
    const text = 'Adjusted EBITDA was RMB 30.1 million this quarter.\nAs I said, adjusted EBITDA was RMB 31.2 million this quarter.';
    const f = run(restatedFigure, modelWith(text, specs('RMB 30.1 million', 'RMB 31.2 million')));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('adjusted EBITDA for Q4 2023 is stated as RMB 31.2 million here but RMB 30.1 million earlier (line 1).');
  });

  it('accepts a rounded restatement and a hedged one', () => {
    const t1 = 'Adjusted EBITDA was RMB 30.1 million this quarter.\nAdjusted EBITDA was RMB 30 million this quarter.';
    expect(run(restatedFigure, modelWith(t1, specs('RMB 30.1 million', 'RMB 30 million')))).toEqual([]);
    const t2 = 'Adjusted EBITDA was RMB 30.1 million this quarter.\nAdjusted EBITDA was about RMB 32 million this quarter.';
    const m2 = modelWith(t2, [specs('RMB 30.1 million', 'x')[0], { text: 'RMB 32 million', metric: 'adjusted EBITDA', period: q4, approximation: 'about', low: '29000000', high: '35000000' }]);
    expect(run(restatedFigure, m2)).toEqual([]);
  });

  it('skips generic metrics and comparisons within one sentence', () => {
    const t1 = 'Revenue was RMB 1,052 million this quarter.\nRevenue was RMB 670.3 million this quarter.';
    expect(run(restatedFigure, modelWith(t1, [{ text: 'RMB 1,052 million', metric: 'revenue', period: q4 }, { text: 'RMB 670.3 million', metric: 'revenue', period: q4 }]))).toEqual([]);
    const t2 = 'Adjusted EBITDA was RMB 30.1 million this quarter and adjusted EBITDA was RMB 25 million in Q3.';
    expect(run(restatedFigure, modelWith(t2, specs('RMB 30.1 million', 'RMB 25 million')))).toEqual([]);
  });
});

/** An English line and its Chinese translation line, as the bilingual parser marks them. */
function bilingual(en: string, zh: string, specs: readonly (string | FigureSpec)[]): TranscriptModel {
  const m = modelWith(`${en}\n${zh}`, specs);
  return { ...m, lines: m.lines.map((l) => (l.index === 1 ? { ...l, kind: 'translation' as const, lang: 'zh' as const, translationOf: 0 } : { ...l, kind: 'speech' as const })) };
}

describe('translation-mismatch', () => {
  it('flags a garbled Chinese figure between agreeing pairs and rewrites it in Chinese notation', () => {
    const en = 'This includes long-term investment of RMB112.9 million, goodwill of RMB37.8 million and intangible assets of RMB17.9 million.';
    const zh = '其中包括長期投資人民幣112.9百萬元、商譽人民幣37元80 萬元人民幣和 1,790 萬元無形資產。';
    const m = bilingual(en, zh, ['RMB112.9 million', 'RMB37.8 million', 'RMB17.9 million', '人民幣112.9百萬元', '人民幣37元', '80 萬元人民幣', '1,790 萬元']);
    const f = run(translationMismatch, m);
    expect(f).toHaveLength(1);
    expect(m.text.slice(f[0].span.start, f[0].span.end)).toBe('人民幣37元80 萬元人民幣');
    expect(f[0].fixes[0].edits[0].newText).toBe('人民幣3,780萬元');
  });

  it('names the slip: scale, and percent vs amount', () => {
    const en = 'Operating expenses were RMB61.2 million, down 36%, and R&D was RMB27.1 million.';
    const zh = '營業費用為人民幣6,120萬元,下降36%,研發費用為人民幣271萬元。';
    const f = run(translationMismatch, bilingual(en, zh, ['RMB61.2 million', '36%', 'RMB27.1 million', '人民幣6,120萬元', '36%', '人民幣271萬元']));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('(scale)');
    expect(f[0].fixes[0].edits[0].newText).toBe('人民幣2,710萬元');
  });

  it('keeps the line\u2019s script: simplified 亿 in a simplified line', () => {
    const en = 'Total assets were RMB349.1 million and liabilities RMB241.3 million.';
    const zh = '总资产为人民币3.491亿元,负债为人民币2.43亿元。';
    const f = run(translationMismatch, bilingual(en, zh, ['RMB349.1 million', 'RMB241.3 million', '人民币3.491亿元', '人民币2.43亿元']));
    expect(f).toHaveLength(1);
    expect(f[0].fixes[0].edits[0].newText).toBe('人民币2.413亿元');
  });

  it('flags the same number stated with the opposite change (no fix: the words, not the figure, are wrong)', () => {
    const en = 'Value-added services revenues decreased 60% year-over-year.';
    const zh = '增值服務收入年增60%。';
    const m = bilingual(en, zh, [
      { text: '60%', change: { direction: 'down', basis: 'year-over-year' } },
      { text: '60%', change: { direction: 'up', basis: 'year-over-year' } },
    ]);
    const f = run(translationMismatch, m);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('The translation says 60% up where the English says 60% down (direction).');
    expect(f[0].fixes).toEqual([]);
    const same = bilingual(en, '增值服務收入年減60%。', [
      { text: '60%', change: { direction: 'down', basis: 'year-over-year' } },
      { text: '60%', change: { direction: 'down', basis: 'year-over-year' } },
    ]);
    expect(run(translationMismatch, same)).toEqual([]);
  });

  it('stays silent when the pairing is unclear or a figure is only missing (false-positive budget: 0)', () => {
    const en = 'Revenue grew 5% and 8%, and subscriptions grew 5%.';
    const zh = '收入增長5%和8%。';
    expect(run(translationMismatch, bilingual(en, zh, ['5%', '8%', '5%', '5%', '8%']))).toEqual([]);
    const en2 = 'Costs were RMB 3 million and RMB 4 million.';
    const zh2 = '成本為人民幣500萬元和人民幣600萬元。';
    expect(run(translationMismatch, bilingual(en2, zh2, ['RMB 3 million', 'RMB 4 million', '人民幣500萬元', '人民幣600萬元']))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { describeFigure, counterpart } from '../src/core/figures/describe';
import { csvField, figuresToCsv, figuresToJson, figuresToJsonl, figureRecords } from '../src/core/figures/export';
import { recognizeFigures } from '../src/core/figures/recognize';
import type { CallFacts, Line, TranscriptModel } from '../src/core/model/types';
import { splitSentences } from '../src/core/model/sentences';
import { LineIndex } from '../src/core/text/lineIndex';

const span = { start: 0, end: 0 };

function model(text: string, kinds: Line['kind'][], facts: CallFacts = {}): TranscriptModel {
  const index = new LineIndex(text);
  const lines: Line[] = index.lineStarts.map((start, i) => ({
    index: i,
    start,
    end: index.lineEnds[i],
    text: index.lineText(i),
    kind: kinds[i] ?? 'speech',
    lang: /[\u4e00-\u9fff]/.test(index.lineText(i)) ? 'zh' : 'en',
    translationOf: kinds[i] === 'translation' ? i - 1 : undefined,
  }));
  const sentences = lines.flatMap((l) => splitSentences(text, l.start, l.end, l.index, l.lang));
  const figures = recognizeFigures({ text, lines, sentences, facts });
  return { text, index, format: 'bilingual-doubled-headers', lines, annotations: [], sentences, speakers: [], turns: [], sections: [], facts, figures, problems: [] };
}

describe('hover description of a figure', () => {
  const m = model(
    'R&D expenses decreased by 23% year-over-year to RMB27.1 million.\n研發費用年減23%至人民幣2,710萬元。\nRevenue was RMB 5.5 million.\n收入為人民幣480萬元。',
    ['speech', 'translation', 'speech', 'translation'],
    { currency: { code: 'CNY', span }, period: { label: 'Q4 2023', year: 2023, quarter: 4, fiscalYear: false, span } },
  );

  it('shows value, interval, currency, scale, metric, change and how it was read', () => {
    const amount = m.figures.find((f) => f.text === 'RMB27.1 million')!;
    const md = describeFigure(amount, m);
    expect(md).toContain('**RMB27.1 million** — money');
    expect(md).toContain('27,100,000 CNY (27.1 million)');
    expect(md).toContain('27,050,000 … 27,150,000 (stated precision)');
    expect(md).toContain('Scale: million');
    expect(md).toContain('Metric: R&D expenses');
    expect(md).toContain('Level (not a change)');
    const pct = m.figures.find((f) => f.text === '23%' && f.line === 0)!;
    expect(describeFigure(pct, m)).toContain('Change: down, year-over-year');
  });

  it('pairs an English figure with its translation and says whether they agree', () => {
    const en = m.figures.find((f) => f.text === 'RMB27.1 million')!;
    expect(describeFigure(en, m)).toMatch(/Chinese line:\*\* 人民幣2,710萬元 = 27,100,000 CNY .* agrees ✓/);
    const zh = m.figures.find((f) => f.text === '人民幣2,710萬元')!;
    expect(counterpart(zh, m)).toMatchObject({ otherLine: 0, agrees: true });
    const wrong = m.figures.find((f) => f.text === '人民幣480萬元')!;
    expect(describeFigure(wrong, m)).toMatch(/English line:\*\* RMB 5.5 million = .* differs ✗/);
  });

  it('says when the currency is implied by the opening', () => {
    const mm = model('Revenue was 6.7 billion this quarter.', ['speech'], { currency: { code: 'CNY', span } });
    expect(describeFigure(mm.figures[0], mm)).toContain("Currency: CNY (implied by the call's opening)");
  });
});

describe('export of figures', () => {
  const m = model('Revenue of "RMB 1.2 billion", up 5% year-over-year.\nMargin, net: 3%.', ['speech', 'speech']);

  it('records carry LSP ranges and the documented fields', () => {
    const [money, pct] = figureRecords(m);
    expect(money).toMatchObject({ text: 'RMB 1.2 billion', kind: 'money', value: '1200000000', low: '1150000000', high: '1250000000', currency: 'CNY', unit: null, change: null });
    expect(money.range).toEqual({ start: { line: 0, character: 12 }, end: { line: 0, character: 27 } });
    expect(pct.change).toEqual({ direction: 'up', basis: 'year-over-year' });
    expect(figuresToJsonl(m).trim().split('\n').map((l) => JSON.parse(l))).toEqual(figureRecords(m));
    expect(JSON.parse(figuresToJson(m))).toEqual(figureRecords(m));
  });

  it('CSV follows RFC 4180 quoting', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    const csv = figuresToCsv(m);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('start_line,start_character,end_line,end_character,text,lang,kind,value,low,high,unit,currency,metric,period,change_direction,change_basis');
    expect(rows[1]).toBe('0,12,0,27,RMB 1.2 billion,en,money,1200000000,1150000000,1250000000,,CNY,Revenue,,,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

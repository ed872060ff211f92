import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, figureRecords as coreRecords, figuresToCsv as coreCsv } from '../../src/core/figures/export';
import { parseTranscript } from '../../src/core/model/parse';
import { figuresHtml, figuresToCsv, figuresToJson, groupDigits, toRow, type TableLabels } from '../../src/extension/figureTable';
import { figureRecords, type FigureRecord } from '../../src/extension/protocol';

const range = (line: number, character: number, len: number) => ({ start: { line, character }, end: { line, character: character + len } });

const revenue: FigureRecord = {
  range: range(4, 10, 17), text: 'RMB 1.2 billion', lang: 'en', kind: 'money', value: '1200000000', low: '1150000000', high: '1250000000',
  unit: null, currency: 'CNY', metric: 'total revenues', period: 'Q4 2023', change: { direction: 'up', basis: 'year-over-year' },
};
const margin: FigureRecord = {
  range: range(9, 0, 5), text: '37.2%', lang: '', kind: 'percent', value: '37.2', low: '37.2', high: '37.2',
  unit: null, currency: null, metric: 'gross margin, "adjusted"', period: 'FY 2023', change: null,
};

describe('figure rows in the table', () => {
  it('group digits for reading, keeping signs and decimals', () => {
    expect(groupDigits('48800000')).toBe('48,800,000');
    expect(groupDigits('-1234.5678')).toBe('-1,234.5678');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('n/a')).toBe('n/a');
  });

  it('are 1-based and show the interval only when the figure is not exact', () => {
    expect(toRow(revenue)).toMatchObject({ line: 5, column: 11, interval: '1150000000..1250000000', period: 'Q4 2023', change: 'up, year-over-year' });
    expect(toRow(margin)).toMatchObject({ line: 10, column: 1, interval: '', period: 'FY 2023', change: '', currency: '' });
  });
});

describe("exports write the CLI's formats", () => {
  it("CSV: the CLI's columns, 0-based LSP positions, quoted where needed", () => {
    const csv = figuresToCsv([revenue, margin]).split('\r\n');
    expect(csv[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv[1]).toBe('4,10,4,27,RMB 1.2 billion,en,money,1200000000,1150000000,1250000000,,CNY,total revenues,Q4 2023,up,year-over-year');
    expect(csv[2]).toBe('9,0,9,5,37.2%,,percent,37.2,37.2,37.2,,,"gross margin, ""adjusted""",FY 2023,,');
    expect(csv[3]).toBe('');
  });

  it('CSV: the same bytes as the CLI for the same document', () => {
    const model = parseTranscript('Operator\nRevenue was RMB 1.2 billion, up 5% year over year. Gross margin was 37.2%.\n');
    expect(model.figures.length).toBeGreaterThan(0);
    expect(figuresToCsv(coreRecords(model))).toBe(coreCsv(model));
  });

  it('JSON: the records with exact decimal strings', () => {
    const json = JSON.parse(figuresToJson([revenue]));
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ value: '1200000000', low: '1150000000', high: '1250000000', period: 'Q4 2023', unit: null });
    expect(json[0].change).toEqual({ direction: 'up', basis: 'year-over-year' });
  });
});

describe('figures webview', () => {
  const labels: TableLabels = {
    title: 'Figures', empty: 'None', exportCsv: 'CSV', exportJson: 'JSON', refresh: 'Refresh', filter: 'Filter',
    columns: { line: 'Line', text: 'Text', value: 'Value', interval: 'Interval', kind: 'Kind', currency: 'Cur', metric: 'Metric', period: 'Period', change: 'Change' },
  };

  it('escapes document text and locks scripts to the nonce', () => {
    const evil = { ...margin, text: '<img src=x onerror=alert(1)>' };
    const html = figuresHtml([evil], labels, 'abc123', 'vscode-resource:');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("script-src 'nonce-abc123'");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="abc123">');
  });

  it('has one clickable row per figure, or the empty message', () => {
    expect(figuresHtml([revenue, margin], labels, 'n', 'c').match(/<tr data-index=/g)).toHaveLength(2);
    expect(figuresHtml([], labels, 'n', 'c')).toContain('<p class="empty">None</p>');
  });
});

describe('figures reply', () => {
  it("is the server's records, or none when it answered nothing", () => {
    expect(figureRecords({ uri: 'x', version: 1, records: [revenue, margin] })).toEqual([revenue, margin]);
    expect(figureRecords(null)).toEqual([]);
  });
});

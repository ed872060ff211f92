import { describe, expect, it } from 'vitest';
import { recognizeInText } from '../src/core/figures/recognize';

const read = (text: string) => recognizeInText(text, 'en', { facts: {} }).map((f) => [f.text, f.kind, f.value, f.low, f.high, f.currency]);

describe('minor units: cents and pence are hundredths of the currency', () => {
  it.each([
    ['Dividends were 25 cents per share.', [['25 cents', 'money', '0.25', '0.245', '0.255', 'USD']]],
    ['EPS was 31.5 pence.', [['31.5 pence', 'money', '0.315', '0.3145', '0.3155', 'GBP']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('whole units and their cents said together ("one dollar and twelve cents")', () => {
  it.each([
    ['Net income was one dollar and twelve cents per diluted share.', [['one dollar and twelve cents', 'money', '1.12', '1.115', '1.125', 'USD']]],
    ['The dividend was two dollars and five cents.', [['two dollars and five cents', 'money', '2.05', '2.045', '2.055', 'USD']]],
    ['EPS was 3 euros and 20 cents.', [['3 euros and 20 cents', 'money', '3.2', '3.195', '3.205', 'EUR']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves amounts with a scale, or joined to other things by "and", alone', () => {
    expect(read('Revenue was 5 million dollars and 20 cents of EPS came from it.').map((f) => f[0])).toEqual(['5 million dollars', '20 cents']);
    expect(read('We paid ten dollars and twelve people came.').map((f) => f[0])).toEqual(['ten dollars', 'twelve people']);
  });
});

describe('more currencies, before or after the amount', () => {
  it.each([
    ['Sales in Switzerland were CHF 1.2 billion.', 'CHF 1.2 billion', 'CHF'],
    ['Nordic revenue was SEK 450 million.', 'SEK 450 million', 'SEK'],
    ['Sales in Japan were 4.2 billion yen.', '4.2 billion yen', 'JPY'],
    ['The plant cost 300 million Swiss francs.', '300 million Swiss francs', 'CHF'],
    ['Net debt was 650 million pounds sterling.', '650 million pounds sterling', 'GBP'],
    ['Revenue was 2,000 crore rupees.', '2,000 crore rupees', 'INR'],
  ])('%s', (text, figure, currency) => {
    const f = recognizeInText(text, 'en', { facts: {} });
    expect(f.map((x) => [x.kind, x.currency])).toEqual([['money', currency]]);
    expect(f[0].text.endsWith(figure.split(' ').pop()!)).toBe(true);
  });
});

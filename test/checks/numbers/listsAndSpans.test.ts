import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

const HEADER = 'Maya Ross -- Chief Financial Officer\n';
const messages = (check: string, body: string) =>
  analyze(HEADER + body).diagnostics.filter((d) => d.checkId === check).map((d) => d.message);

describe('parts-exceed-total: a list closed by its total ("A, B and C, for a total of X")', () => {
  it('flags items that add up to more than the total they close', () => {
    expect(messages('parts-exceed-total', 'By segment, cloud contributed $300 million, devices $200 million and services $100 million, for a total of $500 million.')).toEqual([
      'The 3 parts listed add up to 600 million, more than the total $500 million.',
    ]);
  });

  it('stays silent when the items fit, and does not take an amount before the list for an item', () => {
    expect(messages('parts-exceed-total', 'Americas were $410 million, Europe $220 million, and Asia $150 million, totaling $780 million.')).toEqual([]);
    expect(messages('parts-exceed-total', 'Revenue was $1.2 billion, with cloud at $300 million and devices at $200 million, for a combined total of $500 million.')).toEqual([]);
    expect(messages('parts-exceed-total', 'Revenue was $900 million, up from $700 million, and $50 million, for a total of $120 million.')).toEqual([]);
  });

  it('reads items that each carry their own label and verb, and keeps the whole they divide out of the list', () => {
    expect(messages('parts-exceed-total', 'Subscription revenue was $820 million, services revenue was $310 million and hardware revenue was $180 million, for a total of $1.24 billion.')).toEqual([
      'The 3 parts listed add up to 1.31 billion, more than the total $1.24 billion.',
    ]);
    expect(messages('parts-exceed-total', 'Subscription revenue was $750 million, services revenue was $310 million and hardware revenue was $180 million, for a total of $1.24 billion.')).toEqual([]);
    expect(messages('parts-exceed-total', 'Revenue was $1.3 billion, cloud revenue was $300 million and device revenue was $200 million, for a total of $500 million.')).toEqual([]);
  });
});

describe('cagr-mismatch: the span said in years ("over the past three years")', () => {
  it('flags a rate the two amounts cannot reach in that many years', () => {
    expect(messages('cagr-mismatch', 'Free cash flow grew at a compound annual rate of 30% over the past three years, from $1.0 billion to $1.5 billion.')).toEqual([
      '$1.0 billion growing 30% a year for 3 years reaches 2.2 billion, stated $1.5 billion (a CAGR of 14.5%).',
    ]);
  });

  it('accepts a rate they allow, and says nothing without a span', () => {
    expect(messages('cagr-mismatch', 'Free cash flow grew at a compound annual rate of 14.5% over 3 years, from $1.0 billion to $1.5 billion.')).toEqual([]);
    expect(messages('cagr-mismatch', 'Free cash flow grew at a compound annual rate of 30%, from $1.0 billion to $1.5 billion.')).toEqual([]);
  });
});

describe('growth-mismatch: the prior named with its period ("compared with B in the second quarter of 2025, an increase of P")', () => {
  it('compares the growth the two amounts make with the rate stated after the period', () => {
    expect(messages('growth-mismatch', 'Total revenue for the second quarter was $1.24 billion, compared with $1.09 billion in the second quarter of 2025, an increase of 21%.')).toEqual([
      '$1.24 billion from $1.09 billion is +13.8%, stated +21%.',
    ]);
    expect(messages('growth-mismatch', 'Total revenue for the second quarter was $1.24 billion, compared with $1.09 billion in the same period last year, an increase of 14%.')).toEqual([]);
  });
});

describe('ratio-mismatch: a margin on a call whose period only the title names', () => {
  it('checks the margin against the revenue the call states', () => {
    const text = 'Contoso Q3 2025 Earnings Call\n\n' + HEADER + 'Revenue was $400 million. Operating income was $120 million, an operating margin of 25%.';
    expect(analyze(text).diagnostics.map((d) => d.message)).toEqual(['$120 million / $400 million is 30%, stated 25%.']);
  });
});

describe('ratio-mismatch: a share said in a relative clause, with the segment amount after it', () => {
  const call = (share: string) =>
    'Contoso Q2 2025 Earnings Call\n\n' + HEADER + `Revenue was $1.2 billion, up 12% year over year. Our cloud segment, which is now ${share} of revenue, grew 30% to $480 million.`;

  it('reads "$480 million" as the segment, not as revenue (the share\'s whole), and checks the share', () => {
    expect(analyze(call('50%')).diagnostics.map((d) => d.message)).toEqual(['$480 million / $1.2 billion is 40%, stated 50%.']);
    expect(analyze(call('40%')).diagnostics).toEqual([]);
  });
});

describe('parts-exceed-total: amounts of two periods are not parts', () => {
  it('reads "X this quarter and Y year to date, totaling Z" as no list', () => {
    expect(messages('parts-exceed-total', 'We repurchased $150 million this quarter and $400 million year to date, totaling $500 million since the program began.')).toEqual([]);
  });
});

describe('parts-exceed-total: "totaling" closes a list too', () => {
  it('flags "A, B and C, totaling X" when the items exceed X', () => {
    expect(messages('parts-exceed-total', 'Americas were $410 million, Europe $220 million, and Asia $150 million, totaling $700 million.')).toEqual([
      'The 3 parts listed add up to 780 million, more than the total $700 million.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { directionMismatch } from '../../../src/core/checks/numbers/directionMismatch';
import { growthMismatch } from '../../../src/core/checks/numbers/growthMismatch';
import { percentagePointsMismatch } from '../../../src/core/checks/numbers/pointsMismatch';
import type { Check } from '../../../src/core/checks/types';
import { modelWith, type FigureSpec } from './figureMaker';

function run(check: Check, text: string, specs: readonly (string | FigureSpec)[]) {
  return check.run(modelWith(text, specs), { knownNames: [] });
}

describe('growth-mismatch', () => {
  it('accepts growth that the stated amounts allow at their precision', () => {
    // 1,052 / 1,016.6 − 1 = 3.48%, stated 3.5% (3.45..3.55).
    const text = 'Revenues from public cloud services were 1,052 million RMB, representing an increase of 3.5% compared with 1,016.6 million RMB in the last quarter.';
    expect(run(growthMismatch, text, ['1,052 million RMB', '3.5%', '1,016.6 million RMB'])).toEqual([]);
  });

  it('accepts "decreased by P from B to A" and "increased by P, from B to A"', () => {
    const t1 = 'Depreciation and amortization cost decreased by 39.2% from 241.7 million RMB to 146.9 million RMB.';
    expect(run(growthMismatch, t1, ['39.2%', '241.7 million RMB', '146.9 million RMB'])).toEqual([]);
    const t2 = 'Adjusted G&A expenses increased by 11.1%, from 203.1 million RMB last quarter to 225.6 million RMB.';
    expect(run(growthMismatch, t2, ['11.1%', '203.1 million RMB', '225.6 million RMB'])).toEqual([]);
  });

  it('flags a growth rate the amounts cannot produce and shows the arithmetic', () => {
    const text = 'Selling expenses were RMB 106.7 million, representing a decrease of 9.5% from RMB 114.1 million last quarter.';
    const f = run(growthMismatch, text, ['RMB 106.7 million', '9.5%', 'RMB 114.1 million']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('RMB 106.7 million from RMB 114.1 million is \u22126.5%, stated \u22129.5%.');
    expect(f[0].related.map((r) => r.message)).toEqual(['current: RMB 106.7 million', 'prior: RMB 114.1 million', 'stated change: 9.5%']);
  });

  it('uses the stated precision, not a fixed tolerance: 30% allows 29.5..30.5', () => {
    const ok = 'IDC cost decreased by 30% year-over-year from 1,057.6 million RMB to 740.4 million RMB.';
    expect(run(growthMismatch, ok, ['30%', '1,057.6 million RMB', '740.4 million RMB'])).toEqual([]);
    const bad = 'IDC cost decreased by 30.0% year-over-year from 1,057.6 million RMB to 745.0 million RMB.';
    expect(run(growthMismatch, bad, ['30.0%', '1,057.6 million RMB', '745.0 million RMB'])).toHaveLength(1);
  });

  it('widens hedged figures: "about 60%" is not flagged where a plain 60% would be', () => {
    const text = 'Revenue grew about 60% from RMB 100 million to RMB 157 million.';
    expect(run(growthMismatch, text, [{ text: '60%', low: '55', high: '65', approximation: 'about' }, 'RMB 100 million', 'RMB 157 million'])).toEqual([]);
    expect(run(growthMismatch, text, ['60%', 'RMB 100 million', 'RMB 157 million'])).toHaveLength(1);
  });

  it('skips an ambiguous prior: two from-amounts around one change', () => {
    const text = 'EBITDA improved 50% from RMB 20 million and from RMB 30 million to RMB 10 million.';
    expect(run(growthMismatch, text, ['50%', 'RMB 20 million', 'RMB 30 million', 'RMB 10 million'])).toEqual([]);
  });

  it('does not relate amounts across sentences', () => {
    const text = 'ARPU was about RMB8,000 in Q1. In Q4 it was RMB11,000, and we have seen a 17% growth year-over-year from RMB 9,400.';
    expect(run(growthMismatch, text, ['RMB8,000', 'RMB11,000', '17%', 'RMB 9,400'])).toEqual([]);
  });

  it('leaves a change against its words to direction-mismatch', () => {
    const text = 'Other income decreased by 9% year-over-year to RMB 31 million from RMB 28 million.';
    const specs = ['9%', 'RMB 31 million', 'RMB 28 million'];
    expect(run(growthMismatch, text, specs)).toEqual([]);
    const d = run(directionMismatch, text, specs);
    expect(d).toHaveLength(1);
    expect(d[0].message).toBe('RMB 31 million from RMB 28 million is +10.7%, stated \u22129% ("decreased").');
  });
});

describe('direction-mismatch', () => {
  it('flags "decreased from B to A" when A is larger', () => {
    const text = 'As a percentage of total revenue, IDC costs decreased from 62.0% a year ago to 66.2% this quarter.';
    const f = run(directionMismatch, text, ['62.0%', '66.2%']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('rises');
  });

  it('accepts consistent moves and magnitude words on negative values', () => {
    const t1 = 'IDC costs as a percentage of total revenue decreased from 80% during the same period last year to 66.2% in the first quarter.';
    expect(run(directionMismatch, t1, ['80%', '66.2%'])).toEqual([]);
    const t2 = 'Our normalized adjusted EBITDA narrowed from negative 44.1 million RMB to negative 27.7 million RMB this quarter.';
    expect(run(directionMismatch, t2, ['negative 44.1 million RMB', 'negative 27.7 million RMB'])).toEqual([]);
  });

  it('skips "improved" when the metric does not say which way is better', () => {
    const text = 'The ratio improved from 38 to 40 this quarter.';
    expect(run(directionMismatch, text, ['38', '40'])).toEqual([]);
  });

  it('reads "improvement" by the metric: a margin falling is not an improvement', () => {
    const text = 'Adjusted gross margin went from 15.2% to 12.1%, an improvement of 3.1 percentage points.';
    const f = run(directionMismatch, text, ['15.2%', '12.1%', '3.1 percentage points']);
    expect(f).toHaveLength(1);
  });
});

describe('percentage-points-mismatch', () => {
  it('accepts the seed arithmetic: −12.9% to −2.8% is 10.1 points', () => {
    const text = 'Adjusted EBITDA margin increased as well, up from negative 12.9% in the Q1 2019 to negative 2.8% in the Q1 2020, an improvement of 10.1 percentage points.';
    expect(run(percentagePointsMismatch, text, ['negative 12.9%', 'negative 2.8%', '10.1 percentage points'])).toEqual([]);
    expect(run(directionMismatch, text, ['negative 12.9%', 'negative 2.8%', '10.1 percentage points'])).toEqual([]);
  });

  it('flags points that the two percentages cannot give', () => {
    const text = 'Gross margin increased from 5.4% in 2022 to 12.2% in 2023, an increase of 7.8 percentage points.';
    const f = run(percentagePointsMismatch, text, ['5.4%', '12.2%', '7.8 percentage points']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('From 5.4% to 12.2% is 6.8 percentage points, stated 7.8 percentage points.');
  });

  it('reads basis points as hundredths of a point', () => {
    const text = 'Net margin expanded by 150 bps from 10.0% to 11.5%.';
    expect(run(percentagePointsMismatch, text, ['150 bps', '10.0%', '11.5%'])).toEqual([]);
  });
});

describe('growth-mismatch with a stated change in amount', () => {
  it('checks "increased by D, or P%, to A" through the prior A − D', () => {
    const ok = 'Revenue increased by $12.3 million, or 15%, to $94.1 million.';
    expect(run(growthMismatch, ok, ['$12.3 million', '15%', '$94.1 million'])).toEqual([]);
    const bad = 'Revenue increased by $12.3 million, or 25%, to $94.1 million.';
    const f = run(growthMismatch, bad, ['$12.3 million', '25%', '$94.1 million']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('$94.1 million after an increase of $12.3 million is +15%, stated +25%.');
  });
});

describe('relations stay inside one statement', () => {
  it('does not take a "from" amount of another clause as the prior', () => {
    const text = 'Revenue was $100 million, up 10%, driven by growth from $20 million of new bookings.';
    expect(run(growthMismatch, text, ['$100 million', '10%', '$20 million'])).toEqual([]);
    const t2 = 'Revenue rose from $80 million to $100 million, and costs increased by 40%.';
    expect(run(growthMismatch, t2, ['$80 million', '$100 million', '40%'])).toEqual([]);
  });

  it('pairs each change with its own amounts when two statements share a sentence', () => {
    const text = 'Net revenue increased 12% to $1.2 billion from $1.07 billion, while operating income decreased 5% to $200 million from $210 million.';
    expect(run(growthMismatch, text, ['12%', '$1.2 billion', '$1.07 billion', '5%', '$200 million', '$210 million'])).toEqual([]);
    expect(run(directionMismatch, text, ['12%', '$1.2 billion', '$1.07 billion', '5%', '$200 million', '$210 million'])).toEqual([]);
  });

  it('reads "improved" for lower-is-better metrics: days going up is not an improvement', () => {
    const text = 'Days sales outstanding improved from 45 days to 50 days.';
    expect(run(directionMismatch, text, [{ text: '45 days', unit: 'days' }, { text: '50 days', unit: 'days' }])).toHaveLength(1);
    const ok = 'Churn improved from 5% to 3%.';
    expect(run(directionMismatch, ok, ['5%', '3%'])).toEqual([]);
  });
});

describe('growth-mismatch against the prior period stated elsewhere', () => {
  const q3 = { label: 'Q3 2023', year: 2023, quarter: 3 as const, resolvedFromCall: false };
  const q4 = { label: 'Q4 2023', year: 2023, quarter: 4 as const, resolvedFromCall: false };
  const specs = (pct: string): FigureSpec[] => [
    { text: 'RMB 1,625.1 million', metric: 'total revenue', period: q3 },
    { text: 'RMB 1,722.5 million', metric: 'total revenue', period: q4 },
    { text: pct, change: { direction: 'up', basis: 'sequential' } },
  ];
  const text = (pct: string) => `Total revenue was RMB 1,625.1 million in Q3 2023.\nTotal revenue was RMB 1,722.5 million in Q4 2023, up ${pct} sequentially.`;

  it('accepts a sequential growth that the prior quarter stated earlier allows', () => {
    expect(run(growthMismatch, text('6%'), specs('6%'))).toEqual([]);
  });

  it('flags one it cannot produce, naming the prior period', () => {
    const f = run(growthMismatch, text('9%'), specs('9%'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('RMB 1,722.5 million from RMB 1,625.1 million (Q3 2023, line 1) is +6%, stated +9%.');
  });

  it('skips when the change has no basis or the prior period is not stated', () => {
    const noBasis = specs('9%').map((s, i) => (i === 2 ? { text: '9%' } : s));
    expect(run(growthMismatch, text('9%'), noBasis)).toEqual([]);
    const yoy = specs('9%').map((s, i) => (i === 2 ? { text: '9%', change: { direction: 'up' as const, basis: 'year-over-year' as const } } : s));
    expect(run(growthMismatch, text('9%'), yoy)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

/**
 * Growth said in the ways calls say it, each sentence once with its arithmetic right (no finding: the false-positive
 * budget is zero) and once with one slip (exactly one finding, of the check named). Worked out by hand beside each.
 */
const CALL = (line: string) =>
  `Operator: Good morning and welcome to the Litware third quarter 2025 earnings call.\nJane Park: Thank you, operator.\nJane Park: ${line}`;

const PAIRS: readonly [clean: string, slip: string, check: string][] = [
  // 1.21 / 1.10 = +10%; 1.25 / 1.10 = +13.6%
  ['EPS of $1.21 was up 10% from $1.10.', 'EPS of $1.25 was up 10% from $1.10.', 'growth-mismatch'],
  // 88 / 95 = −7.4%
  ['Operating expenses decreased 7% to $88 million, from $95 million.', 'Operating expenses decreased 12% to $88 million, from $95 million.', 'growth-mismatch'],
  // the prior as last year's: 1.5 / 1.3 = +7.4..+24%
  ["Revenue rose to $1.5 billion, a 15% increase over last year's $1.3 billion.", "Revenue rose to $1.5 billion, a 25% increase over last year's $1.3 billion.", 'growth-mismatch'],
  // 500 / 450 = +11.1%
  ['Sales were $500 million versus $450 million, up 11%.', 'Sales were $500 million versus $450 million, up 15%.', 'growth-mismatch'],
  // the rate after its prior, ", or P%": 130 / 100 = +30%
  ['Revenue came in at $130 million, up from $100 million, or 30%.', 'Revenue came in at $130 million, up from $100 million, or 20%.', 'growth-mismatch'],
  // "growth over the B reported last year": 130.5 / 100.2 = +30.2%
  [
    'Revenue for the quarter was $130.5 million, representing 30.2% growth over the $100.2 million reported last year.',
    'Revenue for the quarter was $130.5 million, representing 20.1% growth over the $100.2 million reported last year.',
    'growth-mismatch',
  ],
  // a change by an amount: 400 − 300 = 100
  ['Our cash position increased by $100 million to $400 million from $300 million.', 'Our cash position increased by $50 million to $400 million from $300 million.', 'growth-mismatch'],
  ['Cash decreased by $20 million from $300 million to $280 million.', 'Cash decreased by $30 million from $300 million to $280 million.', 'growth-mismatch'],
  // numbers in words; the prior's currency left unsaid: 120 / 110 = +9.1%
  [
    'Revenue was a hundred and twenty million dollars, up nine percent from a hundred and ten million.',
    'Revenue was a hundred and twenty million dollars, up thirty percent from a hundred and ten million.',
    'growth-mismatch',
  ],
  // 42.5 − 40.1 = 2.4 points
  [
    'Gross margin was forty two point five percent, up two hundred forty basis points from forty point one percent.',
    'Gross margin was forty two point five percent, up three hundred basis points from forty point one percent.',
    'percentage-points-mismatch',
  ],
  // the level, then the way it moved from the prior
  ['Gross margin was 64.2%, up from 63.1%.', 'Gross margin was 64.2%, down from 63.1%.', 'direction-mismatch'],
  // the prior on last year's; pence end a sentence ("28.9p."), they are no initial
  [
    "EPS was 31.5p, up 9 per cent from 28.9p. The dividend is 8.4 pence per share, an increase of 5 per cent on last year's 8.0p.",
    "EPS was 31.5p, up 9 per cent from 28.9p. The dividend is 8.4 pence per share, an increase of 15 per cent on last year's 8.0p.",
    'growth-mismatch',
  ],
  // a loss that shrinks has narrowed
  ['Operating loss narrowed to $10 million from $12 million.', 'Operating loss widened to $10 million from $12 million.', 'direction-mismatch'],
];

describe('growth said in the ways calls say it', () => {
  it.each(PAIRS)('%s', (clean, slip, check) => {
    expect(analyze(CALL(clean)).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
    expect(analyze(CALL(slip)).diagnostics.filter((d) => d.category === 'numbers').map((d) => d.checkId)).toEqual([check]);
  });

  it('says the difference an amount change should be', () => {
    const [d] = analyze(CALL('Our cash position increased by $50 million to $400 million from $300 million.')).diagnostics;
    expect(d.message).toBe('$400 million from $300 million is a change of +100 million, stated +$50 million.');
  });

  it('reads "by D to A" as a change and a level, not as a range', () => {
    expect(analyze(CALL('Revenue increased by $12.3 million, or 15%, to $94.1 million from $81.8 million.')).diagnostics).toEqual([]);
    expect(analyze(CALL('We expect revenue of $380 million to $400 million, up from $300 million.')).diagnostics).toEqual([]);
  });
});

describe('what the reported amounts cannot check stays silent', () => {
  it.each([
    // Two priors for one rate: +6.1% on the quarter before, +8.0% on the year before.
    'Third quarter sales were $4.20 billion, up 8%, compared with $3.96 billion in the second quarter and $3.89 billion a year ago.',
    // Growth on another basis than the amounts.
    'International sales were $2.10 billion, up 9% organically from $1.98 billion last year.',
    'Revenue was $1.25 billion, up 8% in constant currency from $1.20 billion.',
    // A segment's margin is of the segment's revenue said beside it (462 / 2,100 = 22.0%), not the call's.
    'Total sales were $4.20 billion. Our Americas segment had sales of $2.10 billion, with operating income of $462 million, an operating margin of 22.0%.',
    // A segment's sales do not stand in for a top line the call states for another period only.
    'Revenue for the first half was $1.24 billion. Operating profit was $148.8 million, and the operating margin was 12.0%. Our automotive business recorded sales of $520 million.',
    // An adjusted margin is not of the unadjusted profit.
    'Revenue was $1.25 billion and gross profit was $700 million. Adjusted gross margin, which excludes amortization, was 58.0%.',
  ])('%s', (line) => {
    expect(analyze(CALL(line)).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
  });

  it('takes what it would have been, or an estimate, for no restatement of the reported figure', () => {
    const text = [
      'Third quarter net sales were $4.20 billion.',
      'Excluding the Corvane acquisition, third quarter net sales would have been $4.12 billion.',
      'On a pro forma basis, third quarter net sales would have been $4.31 billion.',
      'Consensus had third quarter net sales at $4.05 billion.',
    ].join(' ');
    expect(analyze(CALL(text)).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
    // The same metric and period stated twice as reported still disagrees.
    const restated = analyze(CALL('Third quarter net sales were $4.20 billion. Third quarter net sales were $4.31 billion.')).diagnostics;
    expect(restated.map((d) => d.checkId)).toEqual(['restated-figure']);
  });
});


describe('a metric said with its period', () => {
  it('is the same metric: "Second-quarter fee revenue" is fee revenue of the second quarter', async () => {
    const { normalizeMetric } = await import('../../../src/core/checks/numbers/facts');
    expect(normalizeMetric('Second-quarter fee revenue')).toBe(normalizeMetric('Fee revenue'));
    expect(normalizeMetric('fourth quarter revenue')).toBe('revenue');
  });
});

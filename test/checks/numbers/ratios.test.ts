import { describe, expect, it } from 'vitest';
import { cagrMismatch } from '../../../src/core/checks/numbers/cagrMismatch';
import { partsExceedTotal } from '../../../src/core/checks/numbers/partsExceedTotal';
import { ratioMismatch } from '../../../src/core/checks/numbers/ratioMismatch';
import type { Check } from '../../../src/core/checks/types';
import { modelWith, type FigureSpec } from './figureMaker';

function run(check: Check, text: string, specs: readonly (string | FigureSpec)[]) {
  return check.run(modelWith(text, specs), { knownNames: [] });
}

describe('ratio-mismatch', () => {
  it('checks "accounted for P% of W" when both amounts are stated', () => {
    const ok = 'Enterprise cloud revenue was RMB181.6 million, accounting for 13.1% of total revenue of RMB1.39 billion.';
    expect(run(ratioMismatch, ok, ['RMB181.6 million', '13.1%', 'RMB1.39 billion'])).toEqual([]);
    const bad = 'Enterprise cloud revenue was RMB181.6 million, accounting for 15.1% of total revenue of RMB1.39 billion.';
    const f = run(ratioMismatch, bad, ['RMB181.6 million', '15.1%', 'RMB1.39 billion']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('RMB181.6 million / RMB1.39 billion is 13.1%, stated 15.1%.');
    expect(f[0].related).toHaveLength(3);
  });

  it('checks "representing 3.6x of" against the two amounts', () => {
    expect(run(ratioMismatch, 'Contract value reached RMB 36 million, representing 3.6x of RMB 10 million a year ago.', ['RMB 36 million', '3.6x', 'RMB 10 million'])).toEqual([]);
    const f = run(ratioMismatch, 'Contract value reached RMB 36 million, representing 3.6x of RMB 12 million a year ago.', ['RMB 36 million', '3.6x', 'RMB 12 million']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('is 3x');
  });

  it('checks a margin against the profit and revenue stated for the same period', () => {
    const text = 'Total revenue was RMB 1,722.5 million. Adjusted gross profit was RMB 262.5 million. Adjusted gross margin was 16.2%.';
    const period = { label: 'Q4 2023', year: 2023, quarter: 4 as const, resolvedFromCall: false };
    const specs: FigureSpec[] = [
      { text: 'RMB 1,722.5 million', metric: 'total revenue', period },
      { text: 'RMB 262.5 million', metric: 'adjusted gross profit', period },
      { text: '16.2%', metric: 'adjusted gross margin', period },
    ];
    const f = run(ratioMismatch, text, specs);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('RMB 262.5 million / RMB 1,722.5 million is 15.2%, stated 16.2%.');
    expect(run(ratioMismatch, text.replace('16.2%', '15.2%'), [...specs.slice(0, 2), { ...specs[2], text: '15.2%' }])).toEqual([]);
  });

  it('does not read a growth rate as a share, nor guess the whole when revenue is stated twice differently', () => {
    expect(run(ratioMismatch, 'R&D expenses were RMB195.7 million, representing a 57.3% increase of the total.', ['RMB195.7 million', '57.3%'])).toEqual([]);
    const period = { label: 'Q4 2023', resolvedFromCall: false };
    const text = 'Total revenue was RMB 100 million. Total revenue was RMB 120 million. Gross profit was RMB 30 million, a gross margin of 40%.';
    const specs: FigureSpec[] = [
      { text: 'RMB 100 million', metric: 'total revenue', period },
      { text: 'RMB 120 million', metric: 'total revenue', period },
      { text: 'RMB 30 million', metric: 'gross profit', period },
      { text: '40%', metric: 'gross margin', period },
    ];
    expect(run(ratioMismatch, text, specs)).toEqual([]);
  });

  it('widens a hedged share: "nearly 13.2%" is not flagged for 13.06%', () => {
    const text = 'Enterprise cloud revenue was RMB181.6 million, accounting for nearly 13.2% of total revenue of RMB1.39 billion.';
    expect(run(ratioMismatch, text, ['RMB181.6 million', { text: '13.2%', low: '12.7', high: '13.2', approximation: 'nearly' }, 'RMB1.39 billion'])).toEqual([]);
  });
});

describe('parts-exceed-total', () => {
  it('accepts parts that stay within the total (parts may be incomplete)', () => {
    const text = 'Total current liabilities were RMB241.3 million as of December 31, 2023. This includes accounts payable of RMB21.1 million, current operating lease liability of RMB4 million, deferred revenue of RMB141.5 million, accrued liabilities of RMB74.7 million.';
    expect(run(partsExceedTotal, text, ['RMB241.3 million', 'RMB21.1 million', 'RMB4 million', 'RMB141.5 million', 'RMB74.7 million'])).toEqual([]);
  });

  it('flags parts that add up to more than the total at every precision', () => {
    const text = 'Total current liabilities were RMB241.3 million as of December 31, 2023. This includes accounts payable of RMB21.1 million, deferred revenue of RMB141.5 million and accrued liabilities of RMB84.7 million.';
    const f = run(partsExceedTotal, text, ['RMB241.3 million', 'RMB21.1 million', 'RMB141.5 million', 'RMB84.7 million']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('The 3 parts listed add up to 247.3 million, more than the total RMB241.3 million.');
    expect(f[0].related).toHaveLength(4);
  });

  it('leaves out prior-period values and other currencies', () => {
    const t1 = 'Our total revenue were 1,722.5 million RMB this quarter, of which public cloud services were 1,052 million RMB, compared with 1,016.6 million RMB in the last quarter.';
    expect(run(partsExceedTotal, t1, ['1,722.5 million RMB', '1,052 million RMB', '1,016.6 million RMB'])).toEqual([]);
    const t2 = 'Total assets were RMB 300 million. This includes cash of US$ 200 million and receivables of US$ 150 million.';
    expect(run(partsExceedTotal, t2, ['RMB 300 million', 'US$ 200 million', 'US$ 150 million'])).toEqual([]);
  });
});

describe('cagr-mismatch', () => {
  it('accepts a CAGR the two amounts and years allow', () => {
    const text = 'The market will grow from RMB 20 billion in 2022 to RMB 61 billion in 2027, a CAGR of 25%.';
    expect(run(cagrMismatch, text, ['RMB 20 billion', 'RMB 61 billion', '25%'])).toEqual([]);
  });

  it('flags a CAGR they cannot produce', () => {
    const text = 'The market will grow from RMB 20 billion in 2022 to RMB 61 billion in 2027, a CAGR of 35%.';
    const f = run(cagrMismatch, text, ['RMB 20 billion', 'RMB 61 billion', '35%']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('for 5 years');
    expect(f[0].message).toContain('a CAGR of 25.0%');
  });

  it('checks a guidance range against the growth range and the stated prior', () => {
    const base = 'We expect revenue between RMB1.5 billion and RMB1.54 billion, representing year-over-year growth of 41% to 44%';
    const specs = ['RMB1.5 billion', 'RMB1.54 billion', '41%', '44%'];
    expect(run(cagrMismatch, `${base}.`, specs)).toEqual([]);
    expect(run(cagrMismatch, `${base}, compared with RMB1.07 billion in the same quarter last year.`, [...specs, 'RMB1.07 billion'])).toEqual([]);
    const f = run(cagrMismatch, `${base}, compared with RMB1.20 billion in the same quarter last year.`, [...specs, 'RMB1.20 billion']);
    expect(f).toHaveLength(1);
  });

  it('flags a growth range whose ends imply two different priors', () => {
    const text = 'We expect revenue between RMB1.50 billion and RMB1.54 billion, representing growth of 41% to 60%.';
    expect(run(cagrMismatch, text, ['RMB1.50 billion', 'RMB1.54 billion', '41%', '60%'])).toHaveLength(1);
  });
});

describe('ratio-mismatch across sentences', () => {
  it('finds the part of "X accounted for P% of total revenue" where X is stated for the same period', () => {
    const period = { label: 'Q1 2020', year: 2020, quarter: 1 as const, resolvedFromCall: true };
    const text = 'Total revenues reached RMB1.39 billion. Enterprise cloud revenue increased to RMB181.6 million. Enterprise cloud revenue accounted for 15.1% of our total revenue in the first quarter.';
    const specs: FigureSpec[] = [
      { text: 'RMB1.39 billion', metric: 'total revenues', period },
      { text: 'RMB181.6 million', metric: 'Enterprise cloud revenue', period },
      { text: '15.1%', metric: 'total revenue', period },
    ];
    const f = run(ratioMismatch, text, specs);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('RMB181.6 million / RMB1.39 billion is 13.1%, stated 15.1%.');
  });
});

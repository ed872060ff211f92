import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { auditNumbers } from '../../../src/core/checks/numbers/inventory';
import { checks } from '../../../src/core/checks/registry';
import { parseTranscript } from '../../../src/core/model/parse';

/** A US-style call in another layout ("Name -- Title" header, dollars, basis points), read by the real parser and recogniser. */
const CLEAN = `John Smith -- Chief Financial Officer
Revenue for the quarter was $94.1 million, up 15% year-over-year from $81.8 million. Gross margin was 62.5%, compared to 60.1% in the prior year, an increase of 240 basis points. Operating expenses were $45.2 million, or 48% of revenue. Net loss narrowed to $3.2 million from $7.9 million a year ago. For the fourth quarter, we expect revenue between $98 million and $100 million, representing growth of 12% to 14%. Over the last five years, revenue grew from $40 million in 2018 to $94 million in 2023, a CAGR of 19%. Subscription revenue increased by $10.2 million, or 18%, to $66.9 million. Total cash was $210 million. This includes $150 million in cash equivalents and $40 million in short-term investments.
`;

/** The same call with one slip per relation, each worked out by hand in the expected messages. */
const SLIPS = `John Smith -- Chief Financial Officer
Revenue for the quarter was $94.1 million, up 25% year-over-year from $81.8 million. Gross margin was 62.5%, compared to 60.1% in the prior year, an increase of 340 basis points. Net loss narrowed to $8.2 million from $7.9 million a year ago. For the fourth quarter, we expect revenue between $98 million and $100 million, representing growth of 12% to 24%. Over the last five years, revenue grew from $40 million in 2018 to $94 million in 2023, a CAGR of 29%. Subscription revenue increased by $10.2 million, or 28%, to $66.9 million. Total cash was $210 million. This includes $180 million in cash equivalents and $40 million in short-term investments. Operating expenses decreased to $50.1 million from $45.2 million.
`;

describe('number checks end to end on another layout', () => {
  it('verifies the relations of a clean passage and reports nothing (false-positive budget: 0)', () => {
    const model = parseTranscript(CLEAN);
    const audit = auditNumbers(model, checks);
    expect(audit.findings).toEqual([]);
    expect(audit.verified.length).toBeGreaterThanOrEqual(8);
    expect(analyze(CLEAN).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
  });

  it('reports each slip once, with the arithmetic', () => {
    const messages = analyze(SLIPS)
      .diagnostics.filter((d) => d.category === 'numbers')
      .map((d) => `${d.checkId}: ${d.message}`);
    expect(messages).toHaveLength(8);
    expect(messages).toEqual(
      expect.arrayContaining([
        // 94.1 / 81.8 − 1 = 15.04%
        'growth-mismatch: $94.1 million from $81.8 million is +15%, stated +25%.',
        // 62.5 − 60.1 = 2.4 points = 240 bps
        'percentage-points-mismatch: From 60.1% to 62.5% is 2.4 percentage points, stated 340 basis points.',
        // a loss that grows has not narrowed
        'direction-mismatch: From $7.9 million to $8.2 million rises in size, stated as "narrowed".',
        'direction-mismatch: From $45.2 million to $50.1 million rises, stated as "decreased".',
        // 10.2 / (66.9 − 10.2) = 17.99%
        'growth-mismatch: $66.9 million after an increase of $10.2 million is +18%, stated +28%.',
        // 180 + 40 = 220 > 210
        'parts-exceed-total: The 2 parts listed add up to 220 million, more than the total $210 million.',
        // 98 / 1.12 ≈ 87.5 but 100 / 1.24 ≈ 80.6
        expect.stringMatching(/^cagr-mismatch: The two ends imply different prior values/),
        // 40 · 1.29^5 ≈ 142.9, not 94 (94/40 over 5 years is 18.6% a year)
        expect.stringMatching(/^cagr-mismatch: \$40 million growing 29% a year for 5 years .* \(a CAGR of 18\.6%\)\.$/),
      ]),
    );
  });
});

/** Margins and shares said with their amounts in other ways than "accounting for P% of W". */
const SHARES_OPENING = 'Operator: Good morning and welcome to the Litware third quarter 2025 earnings call.';
const SHARES = [
  // The revenue in the same breath as the margin.
  ['Jane Park: Adjusted EBITDA was $40 million, a margin of 17.4% on revenue of $230 million.', '19.5%', '$40 million / $230 million is 17.4%, stated 19.5%.'],
  // Two amounts in the sentence: the margin is of the one its metric names.
  ['Jane Park: Revenue was $230 million and operating income was $40 million, an operating margin of 17.4%.', '19.5%', '$40 million / $230 million is 17.4%, stated 19.5%.'],
  // A retailer's top line is net sales.
  ['Jane Park: Net sales were $1.86 billion. Gross profit was $632 million, and gross margin was 34.0%.', '36.4%', '$632 million / $1.86 billion is 34%, stated 36.4%.'],
  // A share said as the subject's level, its amount after it; the revenue stated in another sentence.
  ['Jane Park: Revenue was $230 million. International revenue was 43.5% of total revenue, or $100 million.', '40%', '$100 million / $230 million is 43.5%, stated 40%.'],
] as const;

describe('margins and shares with their amounts said in other ways', () => {
  it.each(SHARES)('%s', (line, slip, message) => {
    const clean = `${SHARES_OPENING}\n${line}`;
    expect(analyze(clean).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
    expect(auditNumbers(parseTranscript(clean), checks).verified.some((v) => v.checkId === 'ratio-mismatch')).toBe(true);
    const stated = line.includes('43.5%') ? '43.5%' : line.includes('34.0%') ? '34.0%' : '17.4%';
    const messages = analyze(clean.replace(stated, slip)).diagnostics.filter((d) => d.category === 'numbers').map((d) => `${d.checkId}: ${d.message}`);
    expect(messages).toEqual([`ratio-mismatch: ${message}`]);
  });
});

/** Totals with their parts said without "this includes" or "for a total of"; each clean with parts of 190, slipped with 210. */
const PARTS = [
  'Jane Park: Cloud was $120 million and on-premise was $70 million, for total revenue of $200 million.',
  'Jane Park: Total revenue was $200 million, with cloud at $120 million and on-premise at $70 million.',
  'Jane Park: Total revenue was $200 million. Cloud revenue was $120 million and on-premise revenue was $70 million.',
];

describe('totals with their parts said in other ways', () => {
  it.each(PARTS)('%s', (line) => {
    const clean = `${SHARES_OPENING}\n${line}`;
    expect(analyze(clean).diagnostics.filter((d) => d.category === 'numbers')).toEqual([]);
    expect(auditNumbers(parseTranscript(clean), checks).verified.some((v) => v.checkId === 'parts-exceed-total')).toBe(true);
    const messages = analyze(clean.replace('$70 million', '$90 million')).diagnostics.map((d) => `${d.checkId}: ${d.message}`);
    expect(messages).toEqual(['parts-exceed-total: The 2 parts listed add up to 210 million, more than the total $200 million.']);
  });

  it('takes no other measure of the same whole, nor a sentence further on, for its parts', () => {
    for (const text of [
      'Jane Park: Total revenue was $200 million. GAAP revenue was $200 million and adjusted revenue was $205 million.',
      'Jane Park: Total revenue was $200 million. Recurring revenue was $150 million and subscription revenue was $140 million.',
      'Jane Park: Total revenue was $200 million. We grew nicely. Cloud revenue was $120 million and on-premise revenue was $90 million.',
      'Jane Park: Total cash was $500 million, with net cash of $300 million and debt of $250 million.',
    ]) {
      expect(analyze(`${SHARES_OPENING}\n${text}`).diagnostics.filter((d) => d.checkId === 'parts-exceed-total'), text).toEqual([]);
    }
  });
});

describe('a growth rate against the prior period stated in another sentence', () => {
  const call = (current: string, prior: string) =>
    `${SHARES_OPENING}\nJane Park: Revenue was $230 million, up ${current} year over year.\nJane Park: In the third quarter of 2024, ${prior} was $210 million.`;

  it('checks a level of the call\'s period against the prior year\'s statement of the same metric', () => {
    expect(analyze(call('9.5%', 'revenue')).diagnostics).toEqual([]);
    expect(analyze(call('15%', 'revenue')).diagnostics.map((d) => d.message)).toEqual(['$230 million from $210 million (Q3 2024, line 3) is +9.5%, stated +15%.']);
  });

  it('takes a broad metric only when it is said alone, for the level and for the prior', () => {
    expect(analyze(call('15%', 'revenue from China')).diagnostics).toEqual([]);
    const segment = `${SHARES_OPENING}\nJane Park: Revenue from China was $50 million, up 10% year over year.\nJane Park: In the third quarter of 2024, revenue was $210 million.`;
    expect(analyze(segment).diagnostics).toEqual([]);
  });
});

/**
 * False-positive budget per check on clean text: findings allowed on passages whose arithmetic holds.
 * Every check's budget is zero; a relation the extractor cannot place is skipped, never guessed.
 */
const FALSE_POSITIVE_BUDGET: Record<string, number> = {
  'growth-mismatch': 0,
  'direction-mismatch': 0,
  'percentage-points-mismatch': 0,
  'ratio-mismatch': 0,
  'parts-exceed-total': 0,
  'cagr-mismatch': 0,
  'scale-slip': 0,
  'restated-figure': 0,
  'translation-mismatch': 0,
};

/** Clean passages in several layouts, hedged and ambiguous phrasing included; each figure checked by hand. */
const CLEAN_PASSAGES = [
  CLEAN,
  // Inline speakers, two statements in one sentence, a hedge, an ambiguous prior.
  `Jane Doe: Net revenue increased 12% to $1.2 billion from $1.07 billion, while operating income decreased 5% to $200 million from $210 million.
Jane Doe: Customers grew about 30% to roughly 5,200. Our loss narrowed from $12 million in Q3 and $20 million a year ago to $9 million.
Jane Doe: We signed a loan facility of $1.5 billion. Our largest contract was $15 million, up 6%. Cash was $150 million, up 7%.`,
  // One sentence per line with a timestamp, percentages of revenue and a range.
  `[00:01:02] Gross profit was RMB 262.5 million.
[00:01:05] That is a gross margin of 15.2%, up from 12.1% last quarter.
[00:01:09] We expect revenue of RMB 1.8 billion to RMB 1.9 billion, up 5% to 10% sequentially.`,
];

describe('false-positive budget of each number check', () => {
  it('stays within budget on clean passages', () => {
    const counts: Record<string, number> = {};
    for (const text of CLEAN_PASSAGES) {
      for (const d of analyze(text).diagnostics.filter((x) => x.category === 'numbers')) counts[d.checkId] = (counts[d.checkId] ?? 0) + 1;
    }
    for (const [id, budget] of Object.entries(FALSE_POSITIVE_BUDGET)) expect(counts[id] ?? 0, id).toBeLessThanOrEqual(budget);
    expect(Object.keys(counts).filter((id) => !(id in FALSE_POSITIVE_BUDGET))).toEqual([]);
  });
});

describe('number checks never throw', () => {
  it('on empty, tiny and cut-up inputs', async () => {
    const fc = (await import('fast-check')).default;
    const numberChecks = checks.filter((c) => c.category === 'numbers');
    const runAll = (text: string) => {
      const model = parseTranscript(text);
      for (const c of numberChecks) c.run(model, { knownNames: [] });
    };
    for (const t of ['', 'RMB', '5%', 'from to', 'increased by % from RMB to RMB', '总资产为人民币亿元', 'Total was $1. This includes $2 and $3.']) runAll(t);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SLIPS.length }), fc.integer({ min: 0, max: 400 }), (start, len) => {
        runAll(SLIPS.slice(start, start + len));
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

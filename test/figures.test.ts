import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognizeFigures, recognizeInText } from '../src/core/figures/recognize';
import type { Figure } from '../src/core/figures/types';
import type { CallFacts, Line, Sentence } from '../src/core/model/types';
import { big } from '../src/core/numbers/decimal';

const span = { start: 0, end: 0 };
const CNY_Q4: CallFacts = {
  currency: { code: 'CNY', span },
  period: { label: 'Q4 2023', year: 2023, quarter: 4, fiscalYear: false, span },
};

function figs(text: string, facts: CallFacts = {}): Figure[] {
  return recognizeInText(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', { facts });
}
function one(text: string, facts: CallFacts = {}): Figure {
  const f = figs(text, facts);
  expect(f, `figures in: ${text}`).toHaveLength(1);
  return f[0];
}

describe('money: every written form normalises to base units and ISO currency', () => {
  it.each([
    ['Revenue was RMB 48.8 million.', 'RMB 48.8 million', '48800000', 'CNY'],
    ['Revenue was RMB48.8 million.', 'RMB48.8 million', '48800000', 'CNY'],
    ['We raised US$1.2 billion.', 'US$1.2 billion', '1200000000', 'USD'],
    ['The share price is $5.05 today.', '$5.05', '5.05', 'USD'],
    ['It cost HK$3.2 million.', 'HK$3.2 million', '3200000', 'HKD'],
    ['Market cap $ 1.28 B', '$ 1.28 B', '1280000000', 'USD'],
    ['We achieved revenue of 10.5 billion yuan.', '10.5 billion yuan', '10500000000', 'CNY'],
    ['It was USD 3.5 million.', 'USD 3.5 million', '3500000', 'USD'],
    ['We paid 20 million dollars.', '20 million dollars', '20000000', 'USD'],
    ['We paid 2.5bn dollars.', '2.5bn dollars', '2500000000', 'USD'],
    ['訂閱服務收入為人民幣4,880萬元。', '人民幣4,880萬元', '48800000', 'CNY'],
    ['減少了 1.08 億元人民幣。', '1.08 億元人民幣', '108000000', 'CNY'],
    ['年減了 3,420 萬元人民幣。', '3,420 萬元人民幣', '34200000', 'CNY'],
    ['現金流入淨額為人民幣1100 萬元。', '人民幣1100 萬元', '11000000', 'CNY'],
    ['营收为人民币3.491亿元。', '人民币3.491亿元', '349100000', 'CNY'],
    ['現金及現金等價物人民幣115百萬元。', '人民幣115百萬元', '115000000', 'CNY'],
    ['募集了5.5億美元。', '5.5億美元', '550000000', 'USD'],
    ['收入為3,000萬港元。', '3,000萬港元', '30000000', 'HKD'],
  ])('%s', (sentence, text, value, currency) => {
    const f = one(sentence);
    expect(f.kind).toBe('money');
    expect(f.text).toBe(text);
    expect(f.value).toBe(value);
    expect(f.currency).toBe(currency);
    expect(f.currencyImplied).toBeUndefined();
  });

  it('negative amounts: "negative", a minus sign, accounting parentheses, "a loss of"', () => {
    expect(one('EBITDA was negative RMB 2.1 million.')).toMatchObject({ value: '-2100000', low: '-2150000', high: '-2050000', sign: 'negative' });
    expect(one('Margin was -3.4% this quarter.')).toMatchObject({ kind: 'percent', value: '-3.4', sign: 'negative' });
    expect(one('Operating margin (2.1)% in the table.')).toMatchObject({ kind: 'percent', value: '-2.1', sign: 'negative' });
    expect(one('We recorded a loss of RMB 3 million.')).toMatchObject({ value: '-3000000', sign: 'negative' });
    expect(one('Operating income was $(3.2) million.')).toMatchObject({ value: '-3200000', currency: 'USD', sign: 'negative' });
    // An aside in parentheses is not an accounting negative.
    expect(one('Revenue grew (RMB 3 million) this year.')).toMatchObject({ value: '3000000' });
  });

  it("a bare amount with a scale takes the call's declared currency, and says so", () => {
    const f = one('Revenue of 6.7 billion this year.', CNY_Q4);
    expect(f).toMatchObject({ kind: 'money', value: '6700000000', currency: 'CNY', currencyImplied: true });
    expect(f.notes.join(' ')).toMatch(/implied by the call's opening/);
    // A content word after the amount names what is counted: no currency is assumed.
    expect(one('We delivered 1.5 million square meters of space.', CNY_Q4).currency).toBeUndefined();
    expect(one('We generated 5 million revenue.', CNY_Q4)).toMatchObject({ kind: 'money', currencyImplied: true });
    expect(one('用戶達4,880萬用戶。', CNY_Q4).currency).toBeUndefined();
    // Without a declared currency it is a plain quantity, never a guessed currency.
    const bare = one('Revenue of 6.7 billion this year.');
    expect(bare.kind).toBe('count');
    expect(bare.currency).toBeUndefined();
  });

  it('scales: k, m, mn, bn, M, B, thousand, trillion, 千, 萬, 百萬, 億', () => {
    expect(one('about $5m in total').value).toBe('5000000');
    expect(one('RMB 3.2mn net').value).toBe('3200000');
    expect(one('RMB 12k per seat').value).toBe('12000');
    expect(one('a market of 1.5 trillion yuan').value).toBe('1500000000000');
    expect(one('費用為3千元').value).toBe('3000');
    expect(one('收入為12萬元').value).toBe('120000');
    expect(one('收入为12万元').value).toBe('120000');
  });
});

describe('percent, percentage points, basis points, multiples, counts', () => {
  it.each([
    ['Margin was 37.2%.', 'percent', '37.2', '37.15', '37.25'],
    ['Margin was 8.6 % today.', 'percent', '8.6', '8.55', '8.65'],
    ['It rose 12 percent.', 'percent', '12', '11.5', '12.5'],
    ['It rose .5% only.', 'percent', '0.5', '0.45', '0.55'],
    ['It rose 5 per cent.', 'percent', '5', '4.5', '5.5'],
    ['Margin improved 3.1 percentage points.', 'percentage-points', '3.1', '3.05', '3.15'],
    ['Spreads widened 50 bps.', 'basis-points', '50', '49.5', '50.5'],
    ['Rates fell 150 basis points.', 'basis-points', '150', '149.5', '150.5'],
    ['毛利率提升3.1個百分點。', 'percentage-points', '3.1', '3.05', '3.15'],
    ['We trade at 3.6x earnings.', 'multiple', '3.6', '3.55', '3.65'],
    ['It is 2x last year.', 'multiple', '2', '1.5', '2.5'],
    ['It is 3.6 times the size.', 'multiple', '3.6', '3.55', '3.65'],
    ['收入增長了3倍。', 'multiple', '3', '2.5', '3.5'],
  ])('%s', (sentence, kind, value, low, high) => {
    expect(one(sentence)).toMatchObject({ kind, value, low, high });
  });

  it.each([
    ['AR turnover was 45 days.', '45 days', 'days', '45'],
    ['We serve 9 provinces.', '9 provinces', 'provinces', '9'],
    ['We had 1,213 R&D personnel.', '1,213 R&D personnel', 'R&D personnel', '1213'],
    ['We repurchased 250,000 ADSs.', '250,000 ADSs', 'ADSs', '250000'],
    ['保持 38 天的週轉天數。', '38 天', '天', '38'],
    ['簽約了 26 次。', '26 次', '次', '26'],
    ['比上一季改善了兩天。', '兩天', '天', '2'],
    ['新增三家客戶。', '三家客戶', '家客户', '3'],
  ])('count: %s', (sentence, text, unit, value) => {
    expect(one(sentence)).toMatchObject({ kind: 'count', text, unit, value });
  });

  it('counts need a countable business unit: list counts and "one of" are not figures', () => {
    expect(figs('I have two questions. One of them is about margins.')).toEqual([]);
    expect(figs('These two industry trends matter.')).toEqual([]);
    expect(figs('It is a one-time item, 一次性的費用。')).toEqual([]);
    expect(figs('這兩天的縮短很重要。第三名。')).toEqual([]);
  });
});

describe('numbers in words, as ASR writes them', () => {
  it.each([
    ['Margin was twenty five percent.', 'percent', '25'],
    ['Margin was twenty-five percent.', 'percent', '25'],
    ['Revenue of RMB one point two billion.', 'money', '1200000000'],
    ['We have a hundred and fifty customers.', 'count', '150'],
    ['We added two thousand and five hundred users.', 'count', '2500'],
    ['Half of the revenue came from games.', 'percent', '50'],
    ['A quarter of our revenue is overseas.', 'percent', '25'],
    ['約三分之一的收入來自海外。', 'percent', '33.3333333333'],
  ])('%s', (sentence, kind, value) => {
    expect(one(sentence)).toMatchObject({ kind, value });
  });

  it('one-third keeps an interval that contains the exact fraction', () => {
    const f = one('It contributed one-third of the margin improvement.');
    expect(f.kind).toBe('percent');
    expect(big(f.low).lte(big('100').div(3))).toBe(true);
    expect(big(f.high).gte(big('100').div(3))).toBe(true);
  });

  it('"one point two billion" is read with its stated precision and a note', () => {
    const f = one('Revenue of one point two billion.', CNY_Q4);
    expect(f).toMatchObject({ value: '1200000000', low: '1150000000', high: '1250000000', currencyImplied: true });
    expect(f.notes.some((n) => n.startsWith('words: one point two billion'))).toBe(true);
  });

  it('an amount said in groups with a comma between them is one amount; "X million and Y million" are two', () => {
    expect(one('Revenue was one hundred and two million, three hundred thousand dollars.')).toMatchObject({ value: '102300000', low: '102299500', high: '102300500' });
    expect(figs('We sold two million, three million and four million units.').map((f) => f.value)).toEqual(['2000000', '3000000', '4000000']);
  });

  it('pence glued to the number, stated to a decimal or per share; a tolerance is not a negative amount', () => {
    expect(figs('The dividend was 4.5p, up from 4.2p. It was 12p per share.').map((f) => [f.currency, f.value])).toEqual([
      ['GBP', '0.045'],
      ['GBP', '0.042'],
      ['GBP', '0.12'],
    ]);
    expect(figs('We met at 5p.m. on the 3p line with Group 4p.')).toEqual([]);
    expect(figs('We expect revenue of $1.2 billion, plus or minus $75 million.').map((f) => f.value)).toEqual(['1200000000', '75000000']);
  });

  it('dollars and cents said as people say a share price or EPS', () => {
    expect(one('EPS was one dollar twenty five.')).toMatchObject({ kind: 'money', currency: 'USD', value: '1.25', low: '1.245', high: '1.255' });
    expect(one('It was a dollar ten per share.')).toMatchObject({ text: 'a dollar ten', value: '1.1' });
    expect(one('We paid two euros fifty, in line with last year.')).toMatchObject({ currency: 'EUR', value: '2.5' });
    expect(one('The dividend was a dollar.')).toMatchObject({ value: '1' });
    // Bare cents only where nothing makes them a count of their own.
    expect(figs('A dollar twenty years ago bought more.').map((f) => [f.text, f.value])).toEqual([
      ['A dollar', '1'],
      ['twenty years', '20'],
    ]);
  });

  it('"a quarter" as a period and "the first half" are not figures', () => {
    expect(figs('Revenue grew in a quarter of strong demand.')).toEqual([]);
    expect(figs('In the first half of 2023 we grew.')).toEqual([]);
    expect(figs('We had two quarters of positive EBITDA.').filter((f) => f.kind === 'percent')).toEqual([]);
  });
});

describe('not figures', () => {
  it.each([
    'This call contains statements within the meaning of Section 21E of the Securities Exchange Act of 1934.',
    'In 2022 we did well, and in 2023 even better.',
    '2023年我們表現很好。',
    'We listed on May 8, 2020.',
    'The festival on 6/18 was strong.',
    'Dated 3/20/2024.',
    'As of June 30, 2023, we had cash.',
    '截至12月31日的季度。',
    'Please press star 1 and 1 on your telephone.',
    'Visit ir.jiguang.cn for details.',
    'In the first quarter and in Q4 we grew.',
    '我們第四季表現良好。',
    'COVID-19 hurt the business. Our 10-K says so.',
    'Ticker KC on NASDAQ, P/E -4.86.',
    'We have Tier 1 cities and top 10 customers.',
    'Version 1.2.3 shipped.',
  ])('%s', (text) => {
    expect(figs(text)).toEqual([]);
  });
});

describe('precision intervals from the stated digits', () => {
  it.each([
    ['37.2%', '37.15', '37.25'],
    ['RMB 1.3 billion', '1250000000', '1350000000'],
    ['RMB 48.8 million', '48750000', '48850000'],
    ['500 customers', '499.5', '500.5'],
    ['RMB1.97 billion', '1965000000', '1975000000'],
    ['RMB 48.80 million', '48795000', '48805000'],
  ])('%s', (text, low, high) => {
    expect(one(`It was ${text}.`)).toMatchObject({ low, high });
  });

  it('hedges widen the interval by the documented conventions', () => {
    expect(one('We have over 500 customers.')).toMatchObject({ approximation: 'over', low: '500', high: '750' });
    expect(one('We have more than 500 customers.')).toMatchObject({ approximation: 'over', low: '500', high: '750' });
    expect(one('It was about RMB 1.3 billion.')).toMatchObject({ approximation: 'about', low: '1235000000', high: '1365000000' });
    expect(one('It was around 10%.')).toMatchObject({ approximation: 'about', low: '9.5', high: '10.5' });
    expect(one('It was approximately 10%.').approximation).toBe('about');
    expect(one('It was nearly 5%.')).toMatchObject({ approximation: 'nearly', low: '4.5', high: '5' });
    expect(one('It was almost 5%.').approximation).toBe('nearly');
    expect(one('It is up to 10%.')).toMatchObject({ approximation: 'at-most', low: '0', high: '10' });
    expect(one('It is above 10%.').approximation).toBe('over');
    expect(one('收入約人民幣3億元。').approximation).toBe('about');
    expect(one('客戶超過500家。').approximation).toBe('over');
    expect(one('佔比近30%。').approximation).toBe('nearly');
    expect(one('增長30%左右。').approximation).toBe('about');
  });

  it('unreadable numerals are left out, never guessed', () => {
    expect(figs('It was 1e400 percent.')).toEqual([]);
    expect(figs(`It was RMB ${'9'.repeat(300)} million.`)).toEqual([]);
    expect(figs('The list 1,2,3,4 percent.')).toEqual([]);
  });
});

describe('bare "points" are percentage points only in a sentence that speaks in percent', () => {
  it('reads them there', () => {
    expect(figs('Attrition improved to 11% from 13%, a 2 point improvement.').map((f) => [f.text, f.kind])).toContainEqual(['2 point', 'percentage-points']);
    expect(figs('Margin rose 3 points to 40%.')[0]).toMatchObject({ text: '3 points', kind: 'percentage-points', value: '3' });
  });
  it.each(['The core point is two points.', 'We have two points of view on 10% growth.', 'The index rose 300 points.', 'It was a 2 point plan, with 10% more staff.'])(
    'not: %s',
    (text) => {
      expect(figs(text).filter((f) => f.kind === 'percentage-points')).toEqual([]);
    },
  );
});

describe('Indian numbering', () => {
  it.each([
    ['Revenue was Rs. 500 crore.', 'Rs. 500 crore', 'money', '5000000000', 'INR'],
    ['It was Rs 500 cr.', 'Rs 500 cr', 'money', '5000000000', 'INR'],
    ['Profit was INR 3.2 lakh crore.', 'INR 3.2 lakh crore', 'money', '3200000000000', 'INR'],
    ['Sales of 45 lakh units.', '45 lakh units', 'count', '4500000', undefined],
  ])('%s', (text, figure, kind, value, currency) => {
    const f = one(text);
    expect(f).toMatchObject({ text: figure, kind, value });
    expect(f.currency).toBe(currency);
  });

  it('"Rs." is not the end of a sentence, and its dot is not a decimal point', () => {
    expect(figs('Revenue was Rs. 500 crore, up 12% from Rs 446 crore.').map((f) => f.value)).toEqual(['5000000000', '12', '4460000000']);
  });
});

describe('spoken halves', () => {
  it.each([
    ['Margin was twelve and a half percent.', 'percent', '12.5'],
    ['Revenue was two and a half billion dollars.', 'money', '2500000000'],
    ['We invested about half a billion dollars.', 'money', '500000000'],
    ['We reached a quarter of a million users.', 'count', '250000'],
    ['Costs were three quarters of a billion dollars.', 'money', '750000000'],
  ])('%s', (text, kind, value) => {
    expect(one(text)).toMatchObject({ kind, value });
  });

  it('a half of the year is not a share of the amount after it', () => {
    expect(one('In the second half a million units shipped.')).toMatchObject({ value: '1000000' });
  });
});

describe('ranges link both ends and carry currency and scale back', () => {
  it('between X and Y', () => {
    const f = figs('Revenue between RMB 410 million and RMB 425 million.');
    expect(f.map((x) => x.value)).toEqual(['410000000', '425000000']);
    expect(f[0].rangeWith).toBe(1);
    expect(f[1].rangeWith).toBe(0);
  });
  it('12.5% to 16.3% and from X to Y', () => {
    const a = figs('Growth of 12.5% to 16.3%.');
    expect(a[0].rangeWith).toBe(1);
    const b = figs('Revenue ranged from RMB1.35 billion to RMB1.4 billion.');
    expect(b.map((x) => x.value)).toEqual(['1350000000', '1400000000']);
    expect(b[1].rangeWith).toBe(0);
  });
  it('a bare first end takes the scale and currency of the second', () => {
    const f = figs('Revenue of 1.5 to 1.54 billion yuan.');
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ text: '1.5', kind: 'money', value: '1500000000', currency: 'CNY', low: '1450000000', high: '1550000000' });
    const p = figs('Margin of 10-15% next year.');
    expect(p.map((x) => [x.kind, x.value])).toEqual([
      ['percent', '10'],
      ['percent', '15'],
    ]);
    const z = figs('收入介於4,000至4,200萬元之間。');
    expect(z.map((x) => x.value)).toEqual(['40000000', '42000000']);
  });
  it('a currency written once on the first end carries to the second: "$90-95 million"', () => {
    const f = figs('Capex was $90-95 million.');
    expect(f.map((x) => [x.kind, x.value, x.currency])).toEqual([
      ['money', '90000000', 'USD'],
      ['money', '95000000', 'USD'],
    ]);
    expect(f[1].rangeWith).toBe(0);
  });
  it('"grew 70% to 170%" is a change then a level, not a range', () => {
    const f = figs('Customers grew 70% to 170% between the quarters.');
    expect(f[0].rangeWith).toBeUndefined();
  });
  it('rangeWith indexes the whole document', () => {
    const text = 'Margin was 5%. Revenue between RMB 1 million and RMB 2 million.';
    const lines: Line[] = [{ index: 0, start: 0, end: text.length, text, kind: 'speech', lang: 'en' }];
    const sentences: Sentence[] = [
      { span: { start: 0, end: 14 }, line: 0, text: text.slice(0, 14), lang: 'en' },
      { span: { start: 15, end: text.length }, line: 0, text: text.slice(15), lang: 'en' },
    ];
    const f = recognizeFigures({ text, lines, sentences, facts: {} });
    expect(f.map((x) => x.rangeWith)).toEqual([undefined, 2, 1]);
    expect(text.slice(f[1].span.start, f[1].span.end)).toBe('RMB 1 million');
  });
});

describe('change vs level, basis, period and metric from the words around', () => {
  it('"decreased by 23% year-over-year to RMB27.1 million": a change and a level', () => {
    const [pct, amount] = figs('R&D expenses decreased by 23% year-over-year to RMB27.1 million.');
    expect(pct.change).toEqual({ direction: 'down', basis: 'year-over-year' });
    expect(pct.metric).toBe('R&D expenses');
    expect(amount.change).toBeUndefined();
    expect(amount.metric).toBe('R&D expenses');
  });
  it.each([
    ['Revenue was up 5%.', 'up', 'unspecified'],
    ['Revenue increased 2% quarter-over-quarter.', 'up', 'quarter-over-quarter'],
    ['Revenue grew 6% sequentially.', 'up', 'sequential'],
    ['an increase of 64.5% from the same period of last year', 'up', 'year-over-year'],
    ['representing 36% decrease year-over-year', 'down', 'year-over-year'],
    ['研發費用年減23%至人民幣2,710萬元。', 'down', 'year-over-year'],
    ['收入同比增長20%。', 'up', 'year-over-year'],
    ['收入環比下降5%。', 'down', 'quarter-over-quarter'],
    ['Total revenue was up 15% Y/Y.', 'up', 'year-over-year'],
    ['营收季减10%。', 'down', 'quarter-over-quarter'],
  ])('%s', (text, direction, basis) => {
    expect(figs(text)[0].change).toEqual({ direction, basis });
  });
  it('the second of "decreased 40% year-over-year and 10% quarter-over-quarter" keeps the verb', () => {
    const f = figs('Revenue decreased 40% year-over-year and 10% quarter-over-quarter.');
    expect(f[1].change).toEqual({ direction: 'down', basis: 'quarter-over-quarter' });
  });
  it('periods, including "this quarter" and 第四季 resolved against the call', () => {
    expect(one('Revenue was RMB 5 million in Q2 2023.').period).toMatchObject({ label: 'Q2 2023', resolvedFromCall: false });
    expect(one('In the third quarter of 2021, revenue was RMB 5 million.').period?.label).toBe('Q3 2021');
    expect(one('As of June 30, 2023, cash was RMB 5 million.').period?.label).toBe('as of 2023-06-30');
    expect(one('For fiscal year 2023, revenue was RMB 5 million.').period?.label).toBe('FY 2023');
    expect(one('This quarter revenue was RMB 5 million.', CNY_Q4).period).toMatchObject({ label: 'Q4 2023', resolvedFromCall: true });
    expect(one('第四季收入為人民幣500萬元。', CNY_Q4).period).toMatchObject({ label: 'Q4 2023', resolvedFromCall: true });
    expect(one('2023年第四季度收入為人民幣500萬元。').period).toMatchObject({ label: 'Q4 2023', resolvedFromCall: false });
    expect(one('本季收入為人民幣500萬元。', CNY_Q4).period).toMatchObject({ label: 'Q4 2023', resolvedFromCall: true });
    // Comparison periods name the base: they bind to the level before them, never to the change.
    const [now, then, last] = figs('Margin was 15.2% this quarter, compared with 7.9% in the same period of last year and 12.1% last quarter.', CNY_Q4);
    expect([now.period?.label, then.period?.label, last.period?.label]).toEqual(['Q4 2023', 'Q4 2022', 'Q3 2023']);
    expect(one('Revenue was up 64.5% from the same period of last year.', CNY_Q4).period).toBeUndefined();
    expect(one('It was up from 9.8% in the same period of 2019.', CNY_Q4).period?.label).toBe('Q4 2019');
    expect(figs('淨利潤為1.2億元，去年同期為8,650萬元。', CNY_Q4)[1].period?.label).toBe('Q4 2022');
  });
  it('periods of several months, halves, the full year and last year\'s quarter', () => {
    const USD_Q3: CallFacts = { period: { label: 'Q3 2025', year: 2025, quarter: 3, fiscalYear: false, span } };
    expect(one('Revenue for 9M FY25 was $1.4 billion.').period?.label).toBe('9M 2025');
    // "nine months" is a count of its own: the amount is the one asked about.
    const money = (text: string) => figs(text).find((f) => f.kind === 'money');
    expect(money('For the nine months ended September 30, 2025, revenue was $1.4 billion.')?.period?.label).toBe('9M 2025');
    expect(money('For the six months ended June 30, 2025, revenue was $0.9 billion.')?.period?.label).toBe('H1 2025');
    expect(one('Year-to-date revenue was $1.4 billion.', USD_Q3).period?.label).toBe('YTD 2025');
    expect(one('In 2H25 we expect $1.1 billion.').period?.label).toBe('H2 2025');
    expect(one('H1 FY25 revenue was $0.9 billion.').period?.label).toBe('H1 2025');
    expect(one('For the full year we expect revenue of $1.9 billion.', USD_Q3).period).toMatchObject({ label: 'FY 2025', resolvedFromCall: true });
    expect(one('For the full year 2024, revenue was $1.7 billion.', USD_Q3).period?.label).toBe('FY 2024');
    expect(one("Last year's third quarter revenue was $0.4 billion.", USD_Q3).period?.label).toBe('Q3 2024');
    expect(one('In the third quarter of last year, revenue was $0.4 billion.', USD_Q3).period?.label).toBe('Q3 2024');
    expect(one('Second-quarter fee revenue was $621 million.', USD_Q3).period?.label).toBe('Q2 2025');
    // Years in words, as ASR writes them.
    expect(one('In twenty twenty four revenue was two billion dollars.').period?.label).toBe('2024');
    expect(one('In two thousand and nineteen it was a billion dollars.').period?.label).toBe('2019');
    expect(one('Margin was thirty nine percent in fiscal twenty four.').period?.label).toBe('FY 2024');
    expect(one('In the third quarter of twenty nineteen, revenue was $5 million.').period?.label).toBe('Q3 2019');
    // Both ends of a range take the period said after it; the first value of "from X to Y" does not.
    expect(figs('We expect gross margin between 61% and 62% for the full year.', USD_Q3).map((f) => f.period?.label)).toEqual(['FY 2025', 'FY 2025']);
    expect(figs('Costs increased by 8% from $465.8 million to $502.9 million this quarter.', USD_Q3).map((f) => f.period?.label)).toEqual([undefined, undefined, 'Q3 2025']);
  });
  it('"9M FY25" counts months, not millions', () => {
    expect(figs('Revenue for 9M FY25 was $1.4 billion.').map((f) => f.text)).toEqual(['$1.4 billion']);
    expect(one('We sold 9M units.').value).toBe('9000000');
    expect(figs('Brazil was R$200 million and New Zealand NZ$40 million.').map((f) => f.currency)).toEqual(['BRL', 'NZD']);
    expect(one('Costs were $9M in 2025.').value).toBe('9000000');
  });
  it('metrics from a vocabulary, generic heads with their modifiers, Chinese too', () => {
    expect(one('Gross profit was RMB 5 million.').metric).toBe('Gross profit');
    expect(one('Adjusted EBITDA margin was 3%.').metric).toBe('Adjusted EBITDA margin');
    expect(one('Total revenues reached RMB 5 million.').metric).toBe('Total revenues');
    expect(one('IDC costs increased by 36.1%.').metric).toBe('IDC costs');
    expect(one('研發費用為人民幣500萬元。').metric).toBe('研發費用');
    expect(one('We expect it to be RMB 5 million.').metric).toBeUndefined();
    expect(one('We ended with $1.2 billion in cash.').metric).toBe('cash');
  });
});

describe('never throws, spans stay inside the text, intervals contain the value', () => {
  const check = (text: string) => {
    const out = recognizeInText(text, 'en', { facts: CNY_Q4 });
    const bad = out.filter(
      (f) =>
        f.span.start < 0 ||
        f.span.end > text.length ||
        text.slice(f.span.start, f.span.end) !== f.text ||
        !(big(f.low).lte(big(f.value)) && big(f.value).lte(big(f.high))),
    );
    expect(bad).toEqual([]);
    return out;
  };
  it('bad input: binary, NUL, lone surrogates, half a Chinese character at a line end, mixed scripts', () => {
    check('\u0000\u0001\uffff RMB\u0000 5 million \ud800 30% \udc00');
    check('收入為人民幣4,880萬\ud840');
    expect(check('收入RMB 4.2億元 and 30%的增長 mixed 第4季 ٣٤٪').length).toBeGreaterThan(0);
    check(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)));
  });
  it('a 1 MB line', () => {
    const piece = 'Revenue grew 5% to RMB 3.2 million, and the team kept working on the roadmap for next year; ';
    const line = piece.repeat(Math.ceil(1_000_000 / piece.length));
    const out = check(line);
    expect(out.length).toBe(2 * Math.ceil(1_000_000 / piece.length));
  });
  it('arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        check(s);
      }),
      { numRuns: 300 },
    );
    const pieces = fc.constantFrom('RMB', '$', '5', '1,234.5', ' million', '%', ' to ', ' and ', 'between ', '人民幣', '萬元', '億', '(', ')', '-', 'negative ', 'about ', 'twenty ', 'five ', 'point ', ' ', '.', '第', '年');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        check(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });
});

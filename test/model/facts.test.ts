import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/core/model/parse';

const period = (text: string) => parseTranscript(text).facts.period?.label;

describe('the call period, written or spoken', () => {
  it.each([
    ['Welcome to the Acme third quarter 2024 earnings call.', 'Q3 2024'],
    ['good morning and welcome to the acme corp first quarter twenty twenty four earnings call', 'Q1 2024'],
    ['Welcome to our fourth quarter two thousand and nineteen call.', 'Q4 2019'],
    ['Results for fiscal year twenty twenty-three were strong.', 'FY 2023'],
    ['Welcome to the second quarter twenty twenty call.', 'Q2 2020'],
    ['Welcome to the Tailspin Toys fiscal twenty twenty six first quarter earnings conference call.', 'Q1 2026'],
    ['Welcome to the Fabrikam fiscal 2025 third quarter results call.', 'Q3 2025'],
    ['Welcome to the Fabrikam 2024 fourth quarter call.', 'Q4 2024'],
  ])('%s', (text, label) => {
    expect(period(text)).toBe(label);
  });

  it('leaves a quarter without a year alone', () => {
    expect(period('We had a good first quarter, twenty percent growth.')).toBeUndefined();
  });
});

describe('the call period from the title line', () => {
  it('is read from "Contoso Q3 2025 Earnings Call" above the call when the speech names no period', () => {
    const m = parseTranscript('Contoso Q3 2025 Earnings Call\n\nMaya Ross -- Chief Financial Officer\nRevenue was $400 million.\n');
    expect(m.facts.period).toMatchObject({ label: 'Q3 2025', quarter: 3, year: 2025 });
  });
});

describe('the company as people say it', () => {
  it.each([
    ['Good morning, and welcome to the Fabrikam Incorporated second quarter 2025 earnings conference call.', 'Fabrikam'],
    ['Welcome to the Northwind Traders Ltd. fourth quarter 2024 earnings call.', 'Northwind Traders'],
    ['Welcome to the Contoso Corporation first quarter 2025 earnings call.', 'Contoso'],
    ["Good morning everyone and welcome to Contoso Foods' second quarter fiscal 2026 results call.", 'Contoso Foods'],
    ["Welcome to Adventure Works's second quarter 2026 results call.", 'Adventure Works'],
    ["Welcome to Macy's second quarter 2026 results call.", "Macy's"],
  ])('%s', (sentence, name) => {
    expect(parseTranscript(`Operator: ${sentence}\nOperator: Please go ahead.`).facts.company?.name).toBe(name);
  });
});

describe('the reporting currency', () => {
  it('is yen in a call that writes ¥ and says yen, and renminbi wherever renminbi is spoken of', () => {
    const jp = parseTranscript('Moderator: Revenue was ¥1.24 trillion, at an exchange rate of 145 yen to the dollar.\nMr. Sato: Thank you.');
    expect(jp.facts.currency?.code).toBe('JPY');
    expect(jp.figures[0]).toMatchObject({ currency: 'JPY' });
    const cn = parseTranscript('Operator: Revenue was ¥1.2 billion, or RMB 1.2 billion; the yen was weak.\nMr. Li: Thank you.');
    expect(cn.facts.currency).toBeUndefined();
    expect(cn.figures[0]).toMatchObject({ currency: 'CNY' });
  });
});


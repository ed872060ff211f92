import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Loading the parser loads every module that guards a pattern.
import '../../src/core/model/parse';
import { splitSentences } from '../../src/core/model/sentences';
import { GuardedPattern } from '../../src/core/text/guarded';
import { fcParams, SEED_NAMES, seedText } from '../property/gen';

/** Sentences calls say, among them a match for every guarded pattern (each must match one: see below). */
const EXAMPLES = [
  "Good morning, and welcome to Northwind Robotics' first quarter 2024 earnings conference call.",
  'Hello everyone and welcome to the fiscal Litware Inc. Q3 earnings call.',
  "Earlier today, Adventure Works's fourth quarter and full year earnings release was distributed.",
  'Contoso Ltd’s   unaudited   results  in  the  earnings release are available.',
  'Thank you, operator. Welcome To Fabrikam 2023 annual results call.',
  'Revenue grew 12% in the quarter, and our earnings release is on the website.',
  'Our first question comes from the line of Kenneth Fong from Credit Suisse. Please go ahead.',
  '(Operator Instructions) We will now begin the question-and-answer session.',
  "Next, we'll now hear from Chief Financial Officer Jane Doe, our CFO.",
  'Our first speaker today is Amir Khan.',
  "It's now my pleasure to introduce our Vice Chairman and CEO, Mr. Zhou.",
  'Li Wei - Chief Financial Officer 李伟 - 首席财务官',
  "On today's call are Jane Doe, our CEO, and John Roe, our CFO.",
  'Joining us today are Jane Doe and John Roe.',
  "I'm joined this morning by our CEO, Tom Becker, and our CFO, Lisa Grant.",
  "I'm very pleased to have with us today Amy Hood, CFO of Contoso.",
];

function variants(s: string): string[] {
  return [s, s.toUpperCase(), s.toLowerCase(), s.replace(/\b\w/g, (c) => c.toUpperCase()), s.replace(/ /g, '  '), s.slice(1), s.slice(0, -1)];
}

function seedSentences(): string[] {
  const out: string[] = [];
  for (const name of SEED_NAMES) {
    const text = seedText(name);
    let start = 0;
    for (const line of text.split('\n')) {
      for (const s of splitSentences(text, start, start + line.length, 0, 'en')) out.push(s.text);
      start += line.length + 1;
    }
  }
  return out;
}

describe('guarded patterns', () => {
  const patterns = GuardedPattern.all;

  it('are in use (the parser guards some of its patterns)', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  it('each matches one of the examples, so the comparisons below are not vacuous', () => {
    for (const g of patterns) expect(EXAMPLES.some((e) => g.pattern.test(e)), String(g.pattern)).toBe(true);
  });

  it('answer as their bare pattern on calls, their examples in every case, and the seeds', () => {
    const texts = [...EXAMPLES.flatMap(variants), ...seedSentences()];
    for (const g of patterns) {
      for (const t of texts) {
        expect(g.test(t), `${g.pattern} on ${t}`).toBe(g.pattern.test(t));
        expect(g.exec(t)?.[0]).toBe(g.pattern.exec(t)?.[0]);
      }
    }
  });

  it('answer as their bare pattern on examples cut and joined anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...EXAMPLES.flatMap(variants)), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.map(([s, a, b]) => s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1) || undefined)).join(' ');
        for (const g of patterns) expect(g.test(text)).toBe(g.pattern.test(text));
      }),
      fcParams(300),
    );
  });

  it('refuse a stateful pattern', () => {
    expect(() => new GuardedPattern(/x/g, ['x'])).toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFurniture, joinedByFlags, LINE_START_FURNITURE } from '../../src/core/model/furniture';
import { fcParams, SEED_NAMES, seedText } from '../property/gen';

/** Lines each furniture pattern matches, and near misses, so the comparison below is not vacuous. */
const EXAMPLES = [
  '$ 5.05', '8.6 %', '$ 1.28 B', '-4.86', '1.2 km', '=====', '* * *', '12', '00:00:01,000 --> 00:00:05,200', '0:40', '[00:01:23]',
  'WEBVTT', 'WEBVTTX', 'March 20, 2024', '3/20/2024 10:00 am EST', 'Question-and-Answer Session', 'Prepared Remarks:', 'Image',
  'Earnings Call Transcript Q3', 'Page 3 of 12', 'Market Cap', '2023 Q-4 Q-3 Q-2 Q-1', 'Copyright 2024 Contoso', 'Source: Contoso',
  'Read more', 'Thank you, operator.', 'Revenue was $5 million.', 'image source: x', 'webvtt',
];

function agree(line: string): void {
  const joined = joinedByFlags(LINE_START_FURNITURE).some((re) => re.test(line));
  expect(joined, line).toBe(LINE_START_FURNITURE.some((re) => re.test(line)));
}

describe('furniture patterns joined into one per set of flags', () => {
  it('match some examples and miss others', () => {
    expect(EXAMPLES.filter((e) => LINE_START_FURNITURE.some((re) => re.test(e))).length).toBeGreaterThan(20);
    expect(EXAMPLES.filter((e) => !LINE_START_FURNITURE.some((re) => re.test(e))).length).toBeGreaterThan(3);
    expect(isFurniture('Northwind Robotics (NWR) Q3 2024 Earnings Call Transcript')).toBe(true);
  });

  it('answer as the patterns one by one on the examples, in every case, and on every line of the seeds', () => {
    for (const e of EXAMPLES) for (const v of [e, e.toUpperCase(), e.toLowerCase(), ` ${e}`, `${e} x`]) agree(v);
    for (const name of SEED_NAMES) for (const line of seedText(name).split('\n')) agree(line.trim());
  });

  it('answer as the patterns one by one on examples cut and joined anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...EXAMPLES), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }), (parts) => {
        agree(parts.map(([s, a, b]) => s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1) || undefined)).join(' '));
      }),
      fcParams(500),
    );
  });
});

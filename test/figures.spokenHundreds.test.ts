import { describe, expect, it } from 'vitest';
import { recognizeInText } from '../src/core/figures/recognize';

const read = (text: string) => recognizeInText(text, 'en', { facts: {} }).map((f) => [f.text, f.value]);

describe('hundreds said as a unit and a ten ("one twenty five million")', () => {
  it.each([
    ['Net income was one twenty five million dollars.', [['one twenty five million dollars', '125000000']]],
    ['Opex was two fifty million.', [['two fifty million', '250000000']]],
    ['Opex was two fifty-five million.', [['two fifty-five million', '255000000']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('only before a scale or a unit: a list or a plain count stays as said', () => {
    expect(read('We hired one twenty-five engineers.')).toEqual([['twenty-five engineers', '25']]);
    expect(read('It was one, twenty five million shares.')).toEqual([['twenty five million shares', '25000000']]);
  });
});

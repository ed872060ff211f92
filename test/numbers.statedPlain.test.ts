import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, Dec, MAX_LITERAL_DIGITS, parseStatedNumber } from '../src/core/numbers/decimal';
import { fcParams } from './property/gen';

/** Plain digit strings take a short path in parseStatedNumber; it must read them as the full pattern does. */

/** "1234567" -> "1,234,567": the same numeral in the grouped form, which the full pattern reads. */
function grouped(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

describe('plain digit numerals', () => {
  it('read as their value with no decimals, refused past the significant-digit bound', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0{0,3}[0-9]{0,40}$/), (s) => {
        const r = parseStatedNumber(s);
        const significant = s.replace(/^0+/, '').length;
        if (s === '' || significant > MAX_LITERAL_DIGITS) {
          expect(r).toBeUndefined();
          return;
        }
        expect(r?.decimals).toBe(0);
        expect(canonical(r!.value)).toBe(canonical(new Dec(s)));
      }),
      fcParams(2000),
    );
  });

  it('agree with the grouped and the decimal forms of the same numeral (read by the full pattern)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{3,28}$/), (s) => {
        const plain = parseStatedNumber(s);
        const group = parseStatedNumber(grouped(s));
        const dec = parseStatedNumber(`${s}.0`);
        expect(plain && canonical(plain.value)).toBe(group && canonical(group.value));
        expect(plain?.decimals).toBe(group?.decimals);
        expect(plain && canonical(plain.value)).toBe(dec && canonical(dec.value));
      }),
      fcParams(2000),
    );
  });
});

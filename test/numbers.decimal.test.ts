import { describe, expect, it } from 'vitest';
import {
  add, big, canonical, cmp, Dec, div, formatGrouped, formatHuman, intervalsOverlap, isDecimalString, mul, neg,
  parseStatedNumber, pow10, roundSignificant, statedInterval, sub, toBig,
} from '../src/core/numbers/decimal';

describe('exact decimal helpers', () => {
  it('canonical strings: no exponent, no trailing zeros, no -0', () => {
    expect(canonical(new Dec('48.800'))).toBe('48.8');
    expect(canonical(new Dec('1e21'))).toBe('1000000000000000000000');
    expect(canonical(new Dec('-0'))).toBe('0');
    expect(canonical(new Dec('0.000001'))).toBe('0.000001');
    expect(isDecimalString('48.8')).toBe(true);
    expect(isDecimalString('48.80')).toBe(false);
    expect(isDecimalString('1e5')).toBe(false);
  });
  it('reads numerals as written, with their stated decimals; rejects bad grouping and absurd lengths', () => {
    expect(parseStatedNumber('1,234.50')).toMatchObject({ decimals: 2 });
    expect(canonical(parseStatedNumber('1,234.50')!.value)).toBe('1234.5');
    expect(canonical(parseStatedNumber('４８.８')!.value)).toBe('48.8');
    expect(parseStatedNumber('1,2,3,4')).toBeUndefined();
    expect(parseStatedNumber('12,34')).toBeUndefined();
    expect(parseStatedNumber('9'.repeat(300))).toBeUndefined();
    expect(parseStatedNumber('')).toBeUndefined();
    expect(parseStatedNumber('abc')).toBeUndefined();
  });
  it('stated-precision intervals: half a unit of the last stated digit, times the scale', () => {
    const p = (s: string) => parseStatedNumber(s)!;
    expect(statedInterval(p('37.2').value, 1)).toEqual({ low: '37.15', high: '37.25' });
    expect(statedInterval(p('1.3').value, 1, pow10(9))).toEqual({ low: '1250000000', high: '1350000000' });
    expect(statedInterval(p('48.8').value, 1, pow10(6))).toEqual({ low: '48750000', high: '48850000' });
    expect(statedInterval(p('500').value, 0)).toEqual({ low: '499.5', high: '500.5' });
  });
  it('arithmetic on decimal strings is exact', () => {
    expect(add('0.1', '0.2')).toBe('0.3');
    expect(sub('1', '0.9')).toBe('0.1');
    expect(mul('48.8', '1000000')).toBe('48800000');
    expect(div('1', '3')?.startsWith('0.3333333333')).toBe(true);
    expect(div('1', '0')).toBeUndefined();
    expect(neg('5')).toBe('-5');
    expect(cmp('10', '9.99')).toBe(1);
    expect(intervalsOverlap({ low: '1', high: '2' }, { low: '2', high: '3' })).toBe(true);
    expect(intervalsOverlap({ low: '1', high: '2' }, { low: '2.01', high: '3' })).toBe(false);
    expect(toBig('junk')).toBeUndefined();
    expect(() => big('junk')).toThrow();
  });
  it('formats for hovers', () => {
    expect(formatGrouped('48800000')).toBe('48,800,000');
    expect(formatGrouped('-1234567.25')).toBe('-1,234,567.25');
    expect(formatHuman('48800000')).toBe('48.8 million');
    expect(formatHuman('1200000000')).toBe('1.2 billion');
    expect(formatHuman('37.2')).toBe('37.2');
    expect(roundSignificant('48812345', 3)).toBe('48800000');
    expect(roundSignificant('0', 3)).toBe('0');
  });
});

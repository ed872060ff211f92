import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/core/numbers/decimal';
import { add, contains, div, formatSignedPercent, fromBounds, growthPercent, mul, overlaps, powerOfTenBetween, ratioPercent, sub } from '../src/core/numbers/interval';

const iv = (lo: string, hi: string) => fromBounds(lo, hi)!;

describe('interval arithmetic on exact decimals', () => {
  it('adds, subtracts and multiplies bounds exactly (no float noise)', () => {
    const s = add(iv('0.1', '0.2'), iv('0.2', '0.3'));
    expect([s.lo.toFixed(), s.hi.toFixed()]).toEqual(['0.3', '0.5']);
    const d = sub(iv('5.35', '5.45'), iv('-5.35', '-5.25'));
    expect([d.lo.toFixed(), d.hi.toFixed()]).toEqual(['10.6', '10.8']);
    const m = mul(iv('-2', '3'), iv('4', '5'));
    expect([m.lo.toFixed(), m.hi.toFixed()]).toEqual(['-10', '15']);
  });

  it('refuses to divide by an interval containing zero', () => {
    expect(div(iv('1', '2'), iv('-1', '1'))).toBeUndefined();
    expect(growthPercent(iv('1', '2'), iv('0', '1'))).toBeUndefined();
  });

  it('computes growth and shares over the stated intervals', () => {
    // 31 from 28 (each ±0.05 million) is +10.5%..+10.9%.
    const g = growthPercent(iv('30950000', '31050000'), iv('27950000', '28050000'))!;
    expect(g.lo.lt(10.72) && g.hi.gt(10.70)).toBe(true);
    expect(formatSignedPercent(new Dec('-9'))).toBe('\u22129%');
    const r = ratioPercent(iv('181550000', '181650000'), iv('1385000000', '1395000000'))!;
    expect(contains(r, new Dec('13.1'))).toBe(true);
  });

  it('finds a power of ten between two amounts only when the intervals allow it', () => {
    expect(powerOfTenBetween(iv('17150000000', '17250000000'), iv('1722450000', '1722550000'), 3)).toBe(1);
    expect(powerOfTenBetween(iv('1965000000', '1975000000'), iv('195650000', '195750000'), 3)).toBeUndefined();
  });

  it('interval sums always contain the sum of any members (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, wa, b, wb, ta, tb) => {
        const A = iv(String(a), String(a + wa));
        const B = iv(String(b), String(b + wb));
        const x = new Dec(a).plus(new Dec(wa).times(ta).div(100));
        const y = new Dec(b).plus(new Dec(wb).times(tb).div(100));
        return contains(add(A, B), x.plus(y)) && contains(sub(A, B), x.minus(y)) && contains(mul(A, B), x.times(y)) && overlaps(A, iv(x.toFixed(), x.toFixed()));
      }),
    );
  });
});

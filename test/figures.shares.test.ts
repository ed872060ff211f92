import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fractionInterval, sharePercent } from '../src/core/figures/interval';
import { canonical, Dec } from '../src/core/numbers/decimal';
import { fcParams } from './property/gen';

/** Shares are remembered once made; asked again, in any order, they must be what big.js makes each time. */
describe('spoken shares', () => {
  it('give the rounded percent and the containing interval of n/d, first time and again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 1200 }), (n, d) => {
        const exact = new Dec(n * 100).div(d);
        const percent = canonical(exact.round(10));
        const interval = { low: canonical(exact.round(10, 0)), high: canonical(exact.round(10, 3)) };
        for (let k = 0; k < 2; k++) {
          expect(sharePercent(n, d)).toBe(percent);
          expect(fractionInterval(n, d)).toEqual(interval);
        }
      }),
      fcParams(2000),
    );
    expect(sharePercent(1, 3)).toBe('33.3333333333');
    expect(fractionInterval(2, 3)).toEqual({ low: '66.6666666666', high: '66.6666666667' });
  });
});

import { Dec } from '../../numbers/decimal';
import { abs, formatInterval, neg, overlaps, scale, sub } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { finding, noteVerified, quote } from './report';
import { figureIv, pointOf, pointRelations } from './relations';

/** "From negative 12.9% to negative 2.8%, an improvement of 10.1 percentage points": A − B must be the points stated. */
export const percentagePointsMismatch: Check = {
  id: 'percentage-points-mismatch',
  category: 'numbers',
  summary: 'A change stated in percentage points (or basis points) that differs from the two percentages it compares.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    for (const rel of pointRelations(model)) {
      const [a, b, z] = [model.figures[rel.current], model.figures[rel.prior], model.figures[rel.change]];
      const ia = figureIv(a);
      const ib = figureIv(b);
      let iz = figureIv(z);
      if (!ia || !ib || !iz) continue;
      if (z.kind === 'basis-points') iz = scale(iz, new Dec('0.01'));
      const diff = sub(ia, ib);
      // The size is checked here; a change against its words is direction-mismatch's finding.
      if (overlaps(diff, iz) || overlaps(diff, neg(iz)) || overlaps(abs(diff), iz)) {
        noteVerified(model, 'percentage-points-mismatch', [rel.current, rel.prior, rel.change], () => `from ${quote(b)} to ${quote(a)}, stated ${quote(z)}`);
        continue;
      }
      out.push(
        finding(
          'percentage-points-mismatch',
          model,
          rel.change,
          `From ${quote(b)} to ${quote(a)} is ${formatInterval(abs(sub(pointOf(a), pointOf(b))))} percentage points, stated ${quote(z)}.`,
          [
            [rel.current, 'current'],
            [rel.prior, 'prior'],
            [rel.change, 'stated change'],
          ],
        ),
      );
    }
    return out;
  },
};

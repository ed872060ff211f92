import type { Check, Finding } from '../types';
import { growthAgainstWords, growthCases, growthHolds } from './growth';
import { finding, noteVerified, quote, signedPercent } from './report';

/** "X increased by P% to A from B": A/B − 1 must be P within the precision each figure was stated at. */
export const growthMismatch: Check = {
  id: 'growth-mismatch',
  category: 'numbers',
  summary: 'A stated growth rate that the two amounts it compares cannot produce at their stated precision.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    for (const c of growthCases(model)) {
      // A change against its words is direction-mismatch's finding, not a second one here.
      const { rel } = c;
      const [a, b, p] = [model.figures[rel.current], model.figures[rel.prior], model.figures[rel.change]];
      if (growthHolds(c)) {
        noteVerified(model, 'growth-mismatch', [rel.current, rel.prior, rel.change], `${quote(a)} from ${quote(b)} is ${signedPercent(c.shown)}, stated ${quote(p)}`);
        continue;
      }
      if (growthAgainstWords(c)) continue;
      const stated = c.direction ? signedPercent(c.stated) : `${quote(p)}`;
      out.push(
        finding(
          'growth-mismatch',
          model,
          rel.change,
          `${quote(a)} from ${quote(b)} is ${signedPercent(c.shown)}, stated ${stated}.`,
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

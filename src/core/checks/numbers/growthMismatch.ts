import { formatAmount, overlaps, sub } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { deltaCases, differenceCases, elsewhereCases, growthAgainstWords, growthCases, growthHolds } from './growth';
import { finding, noteVerified, quote, signedPercent } from './report';
import { pointOf, type ChangeRelation } from './relations';

/** The figures of a change relation with the part each plays, for the finding's related information. */
function changeRoles(rel: ChangeRelation): [number, string][] {
  return [
    [rel.current, 'current'],
    [rel.prior, 'prior'],
    [rel.change, 'stated change'],
  ];
}

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
        noteVerified(model, 'growth-mismatch', [rel.current, rel.prior, rel.change], () => `${quote(a)} from ${quote(b)} is ${signedPercent(c.shown())}, stated ${quote(p)}`);
        continue;
      }
      if (growthAgainstWords(c)) continue;
      const stated = c.direction ? signedPercent(c.stated.exact) : `${quote(p)}`;
      out.push(
        finding(
          'growth-mismatch',
          model,
          rel.change,
          `${quote(a)} from ${quote(b)} is ${signedPercent(c.shown())}, stated ${stated}.`,
          changeRoles(rel),
        ),
      );
    }
    for (const c of deltaCases(model)) {
      const [a, d, p] = [model.figures[c.current], model.figures[c.delta], model.figures[c.change]];
      const roles: [number, string][] = [
        [c.current, 'current'],
        [c.delta, 'stated change in amount'],
        [c.change, 'stated change'],
      ];
      if (overlaps(c.computed, c.stated)) {
        noteVerified(model, 'growth-mismatch', roles.map(([i]) => i), () => `${quote(a)} after a change of ${quote(d)} is ${signedPercent(c.shown)}, stated ${quote(p)}`);
        continue;
      }
      out.push(finding('growth-mismatch', model, c.change, `${quote(a)} after ${c.direction === 'up' ? 'an increase' : 'a decrease'} of ${quote(d)} is ${signedPercent(c.shown)}, stated ${signedPercent(c.stated)}.`, roles));
    }
    for (const c of differenceCases(model)) {
      const { rel } = c;
      const [a, b, d] = [model.figures[rel.current], model.figures[rel.prior], model.figures[rel.change]];
      const roles = changeRoles(rel);
      if (overlaps(c.computed, c.stated)) {
        noteVerified(model, 'growth-mismatch', roles.map(([i]) => i), () => `${quote(a)} from ${quote(b)}, stated a change of ${quote(d)}`);
        continue;
      }
      const shown = sub(pointOf(a), pointOf(b)).lo.toFixed();
      const signed = (v: string): string => (v.startsWith('-') ? `\u2212${formatAmount(v.slice(1))}` : `+${formatAmount(v)}`);
      const stated = c.stated.lo.lt(0) ? `\u2212${quote(d)}` : `+${quote(d)}`;
      out.push(finding('growth-mismatch', model, rel.change, `${quote(a)} from ${quote(b)} is a change of ${signed(shown)}, stated ${stated}.`, roles));
    }
    for (const c of elsewhereCases(model)) {
      const [a, p, b] = [model.figures[c.current], model.figures[c.change], model.figures[c.priors[0]]];
      const roles: [number, string][] = [[c.current, 'current'], ...c.priors.map((i) => [i, `prior (${c.priorLabel})`] as [number, string]), [c.change, 'stated change']];
      if (overlaps(c.computed, c.stated)) {
        noteVerified(model, 'growth-mismatch', roles.map(([i]) => i), () => `${quote(a)} from ${quote(b)} (${c.priorLabel}) is ${signedPercent(c.shown())}, stated ${quote(p)}`);
        continue;
      }
      out.push(finding('growth-mismatch', model, c.change, `${quote(a)} from ${quote(b)} (${c.priorLabel}, line ${b.line + 1}) is ${signedPercent(c.shown())}, stated ${signedPercent(c.stated)}.`, roles));
    }
    return out;
  },
};

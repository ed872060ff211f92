import type { Figure } from '../../figures/types';
import { Dec } from '../../numbers/decimal';
import { formatAmount, mul, overlaps, powNonNegative, type Iv } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { finding, noteVerified, quote, signedPercent } from './report';
import { factorLook, growthLook, looksOverlap, quotientLook } from './looks';
import { figureIv, figureNumbers, isAmount, lastCue, pointOf, sameQuantity, unitViews, type UnitView } from './relations';

const CAGR_CUE = /\b(cagr|compound(?:ed)?\s+annual(?:\s+growth)?(?:\s+rate)?)\b/;
/** One of the words CAGR_CUE needs (neither holds a space, so neither spans the joint of lead and tail): a cheap look. */
function mayCiteCagr(text: string): boolean {
  return text.includes('cagr') || text.includes('compound');
}
const GROWTH_WORDS = /\b(growth|increase|increasing|up|grow\w*|represent\w*|impl\w*)\b/;

/** The year a figure is for: its period, else "in 2022" / "by 2027" right after it. */
function yearOf(f: Figure, tail: string): number | undefined {
  if (f.period?.year !== undefined && f.period.quarter === undefined) return f.period.year;
  const m = /^\s*(?:rmb|yuan|dollars?)?\s*(?:in|by|for|of)\s+(?:fy\s*|fiscal\s+(?:year\s+)?)?((?:19|20)[0-9]{2})\b/.exec(tail);
  return m ? Number(m[1]) : undefined;
}

const YEAR_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "over the past three years", "over 5 years": the span when the amounts carry no years. */
const OVER_YEARS = /\bover\s+(?:the\s+)?(?:(?:past|last|next|coming|following|previous)\s+)?([1-9][0-9]?|two|three|four|five|six|seven|eight|nine|ten)\s+years\b/;

function yearsStated(view: UnitView): number | undefined {
  const m = OVER_YEARS.exec(view.model.text.slice(view.unit.span.start, view.unit.span.end).toLowerCase());
  return m ? (YEAR_COUNT[m[1]] ?? Number(m[1])) : undefined;
}

function span(b: Iv): string {
  return `${formatAmount(b.lo.round(0).toFixed())}..${formatAmount(b.hi.round(0).toFixed())}`;
}

/** 1 + P/100 as an interval of growth factors. */
function factor(p: Iv): Iv {
  return { lo: p.lo.div(100).plus(1), hi: p.hi.div(100).plus(1) };
}

function cagrFindings(view: UnitView, out: Finding[]): void {
  const { model, figs } = view;
  for (let p = 0; p < figs.length; p++) {
    if (figs[p].kind !== 'percent' || (!mayCiteCagr(view.leads[p]) && !mayCiteCagr(view.tails[p]))) continue;
    if (!CAGR_CUE.test(view.leads[p].slice(-60) + ' ' + view.tails[p].slice(0, 40))) continue;
    // "from A in 2022 to B in 2027": the only from/to pair of amounts in the sentence.
    const pairs: [number, number][] = [];
    for (let b = 0; b + 1 < figs.length; b++) {
      if (isAmount(figs[b]) && sameQuantity(figs[b], figs[b + 1]) && view.fromLed(b) && view.toLed(b + 1)) pairs.push([b, b + 1]);
    }
    if (pairs.length !== 1) continue;
    const [b, a] = pairs[0];
    const yb = yearOf(figs[b], view.tails[b]);
    const ya = yearOf(figs[a], view.tails[a]);
    const n = yb !== undefined && ya !== undefined ? ya - yb : yearsStated(view);
    if (n === undefined || n < 1 || n > 50) continue;
    const ia = figureIv(figs[a]);
    const ib = figureIv(figs[b]);
    const ip = figureIv(figs[p]);
    if (!ia || !ib || !ip || ib.lo.lte(0) || ip.lo.lte(-100)) continue;
    const grown = powNonNegative(factor(ip), n);
    if (!grown) continue;
    const reached = mul(ib, grown);
    if (overlaps(reached, ia)) {
      noteVerified(model, 'cagr-mismatch', [b, a, p].map((q) => view.unit.figures[q]), () => `${quote(figs[b])} to ${quote(figs[a])} at ${quote(figs[p])} a year`);
      continue;
    }
    // The rate the stated ends imply, for the message only (floating point is fine for display).
    const implied = (Math.pow(Number(figs[a].value) / Number(figs[b].value), 1 / n) - 1) * 100;
    const reachedShown = pointOf(figs[b]).lo.times(new Dec(figs[p].value).div(100).plus(1).pow(n));
    out.push(
      finding(
        'cagr-mismatch',
        model,
        view.unit.figures[p],
        `${quote(figs[b])} growing ${quote(figs[p])} a year for ${n} year${n > 1 ? 's' : ''} reaches ${formatAmount(reachedShown.round(2).toFixed())}, stated ${quote(figs[a])} (a CAGR of ${implied.toFixed(1)}%).`,
        [
          [view.unit.figures[b], yb !== undefined ? `start (${yb})` : 'start'],
          [view.unit.figures[a], ya !== undefined ? `end (${ya})` : 'end'],
          [view.unit.figures[p], 'stated CAGR'],
        ],
      ),
    );
  }
}

/** "Revenue between RMB1.5 billion and RMB1.54 billion, representing growth of 41% to 44%". */
function guidanceFindings(view: UnitView, out: Finding[]): void {
  const { model, figs } = view;
  for (let r1 = 0; r1 + 3 < figs.length; r1++) {
    const r2 = view.rangePartner(r1);
    if (r2 !== r1 + 1 || !isAmount(figs[r1])) continue;
    const g1 = r2 + 1;
    const g2 = view.rangePartner(g1);
    if (g2 !== g1 + 1 || figs[g1].kind !== 'percent') continue;
    if (!GROWTH_WORDS.test(view.leads[g1]) && !GROWTH_WORDS.test(view.tails[g2].slice(0, 30))) continue;
    const cue = lastCue(view.leads[g1]) ?? lastCue(view.tails[g2].slice(0, 30));
    if (cue && cue.direction === 'down') continue;
    const idx = (q: number): number => view.unit.figures[q];
    const nums = figureNumbers(model);
    const [ir1, ir2, ig1, ig2] = [r1, r2, g1, g2].map((q) => nums.look(idx(q)));
    if (!ir1 || !ir2 || !ig1 || !ig2) continue;
    // Pair low with low: sort both ranges by value.
    const [lo, hi] = ir1.exact.lo.lte(ir2.exact.lo) ? [ir1, ir2] : [ir2, ir1];
    const [glo, ghi] = ig1.exact.lo.lte(ig2.exact.lo) ? [ig1, ig2] : [ig2, ig1];
    const roles: [number, string][] = [
      [idx(r1), 'range end'],
      [idx(r2), 'range end'],
      [idx(g1), 'growth end'],
      [idx(g2), 'growth end'],
    ];
    // The prior, when stated in the sentence: the one from-led amount of the same kind.
    const priors = figs.map((_, q) => q).filter((q) => q > g2 && isAmount(figs[q]) && sameQuantity(figs[q], figs[r1]) && view.fromLed(q));
    if (priors.length === 1) {
      const b = nums.look(idx(priors[0]));
      if (!b || b.exact.lo.lte(0)) continue;
      const gLo = growthLook(lo, b);
      const gHi = growthLook(hi, b);
      if (!gLo || !gHi) continue;
      if (looksOverlap(gLo, glo) && looksOverlap(gHi, ghi)) {
        noteVerified(model, 'cagr-mismatch', [...roles.map(([i]) => i), idx(priors[0])], () => `range against ${quote(figs[priors[0]])}`);
        continue;
      }
      out.push(
        finding(
          'cagr-mismatch',
          model,
          idx(g1),
          `Against ${quote(figs[priors[0]])}, the range ${quote(figs[r1])} to ${quote(figs[r2])} is growth of ${signedPercent(gLo.exact)} to ${signedPercent(gHi.exact)}, stated ${quote(figs[g1])} to ${quote(figs[g2])}.`,
          [...roles, [idx(priors[0]), 'prior']],
        ),
      );
      continue;
    }
    if (priors.length > 1) continue;
    // No prior stated: both ends must imply one common prior-period value.
    const baseLo = quotientLook(lo, factorLook(glo, () => factor(glo.exact)));
    const baseHi = quotientLook(hi, factorLook(ghi, () => factor(ghi.exact)));
    if (!baseLo || !baseHi) continue;
    // The intervals share a value exactly when they overlap (as intersect would find).
    if (looksOverlap(baseLo, baseHi)) {
      noteVerified(model, 'cagr-mismatch', roles.map(([i]) => i), () => `${quote(figs[r1])}..${quote(figs[r2])} at ${quote(figs[g1])}..${quote(figs[g2])}: one prior fits both`);
      continue;
    }
    out.push(
      finding(
        'cagr-mismatch',
        model,
        idx(g1),
        `The two ends imply different prior values: ${quote(figs[r1])} at ${quote(figs[g1])} growth means a prior of ${span(baseLo.exact)}, ${quote(figs[r2])} at ${quote(figs[g2])} means ${span(baseHi.exact)}; no one prior fits both.`,
        roles,
      ),
    );
  }
}

/** Compound growth ("a CAGR of 25%") and guidance ranges with a growth range, checked exactly. */
export const cagrMismatch: Check = {
  id: 'cagr-mismatch',
  category: 'numbers',
  summary: 'A compound annual growth rate, or a guidance range\u2019s growth range, that the amounts and years stated with it cannot produce.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    for (const view of unitViews(model)) {
      cagrFindings(view, out);
      guidanceFindings(view, out);
    }
    return out;
  },
};

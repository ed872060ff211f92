import type { ChangeBasis, Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { div, growthPercent, neg, sub, type Iv } from '../../numbers/interval';
import { defaultPeriod, factIndex, factRoles, type FactIndex } from './facts';
import { isSpecificMetric } from './sameMetric';
import { endAboveZero, endBelowZero, growthLook, looksOverlap, type Look } from './looks';
import { differenceRelations, figureIv, figureNumbers, growthRelations, isAmount, pointOf, sameQuantity, tightGap, unitViews, type ChangeRelation, type Direction, type UnitView } from './relations';

/**
 * The arithmetic of one growth statement: the growth the amounts allow and the change the words state,
 * both as intervals. Shared by growth-mismatch (size) and direction-mismatch (sign) so each reports
 * only its own kind of inconsistency.
 */
export interface GrowthCase {
  readonly rel: ChangeRelation;
  /** (current / prior − 1) · 100 over the stated intervals, as a look (exact division only for near ties). */
  readonly computed: Look;
  /** The same from the values as stated, for the message (worked out only for a message: most cases hold). */
  shown(): Iv;
  /** The stated change as an interval in percent, signed by its words; undefined when no direction was stated. */
  readonly stated: Look;
  readonly direction: Direction | undefined;
}

/** Growth cases per model: growth-mismatch and direction-mismatch both read them. */
const growthCache = new WeakMap<TranscriptModel, readonly GrowthCase[]>();
export function growthCases(model: TranscriptModel): readonly GrowthCase[] {
  let cases = growthCache.get(model);
  if (!cases) growthCache.set(model, (cases = computeGrowthCases(model)));
  return cases;
}

function computeGrowthCases(model: TranscriptModel): GrowthCase[] {
  const out: GrowthCase[] = [];
  const nums = figureNumbers(model);
  for (const rel of growthRelations(model)) {
    const [fa, fb] = [model.figures[rel.current], model.figures[rel.prior]];
    const a = nums.look(rel.current);
    const b = nums.look(rel.prior);
    const p = nums.look(rel.change);
    if (!a || !b || !p) continue;
    // Growth from a base that may be zero or negative has no meaning as a percentage.
    if (!endAboveZero(b, 'lo') || endBelowZero(a, 'lo') || endBelowZero(p, 'lo')) continue;
    const computed = growthLook(a, b);
    // The growth over the values as stated divides by the prior's value: none when that is zero (left out, as always).
    const shownPrior = pointOf(fb);
    if (!computed || shownPrior.lo.eq(0)) continue;
    const shown = (): Iv => growthPercent(pointOf(fa), shownPrior)!;
    // Only signed words ("increased", "down") fix the sign; "improved" or "narrowed" say nothing about it here.
    const direction = rel.cue !== 'unspecified' && rel.cue.sense === 'signed' ? rel.cue.direction : undefined;
    const stated = direction === 'down' ? p.negated() : p;
    out.push({ rel, computed, shown, stated, direction });
  }
  return out;
}

/** Whether some values inside the stated intervals satisfy the stated change. */
export function growthHolds(c: GrowthCase): boolean {
  if (looksOverlap(c.computed, c.stated)) return true;
  return c.direction === undefined && looksOverlap(c.computed, c.stated.negated());
}

/** The amounts move against the words: up when the words say down, or the reverse. */
export function growthAgainstWords(c: GrowthCase): boolean {
  if (c.direction === 'up') return endBelowZero(c.computed, 'hi');
  if (c.direction === 'down') return endAboveZero(c.computed, 'lo');
  return false;
}

/** "Revenue increased by $12.3 million, or 15%, to $94.1 million": the prior is A − D, so D / (A − D) must be P. */
export interface DeltaCase {
  readonly current: number;
  readonly delta: number;
  readonly change: number;
  readonly computed: Iv;
  readonly shown: Iv;
  readonly stated: Iv;
  readonly direction: Direction;
}

export function deltaCases(model: TranscriptModel): DeltaCase[] {
  const out: DeltaCase[] = [];
  for (const view of unitViews(model)) {
    const { figs } = view;
    for (let d = 0; d + 2 < figs.length; d++) {
      const [fd, fp, fa] = [figs[d], figs[d + 1], figs[d + 2]];
      if (fd.kind !== 'money' || fp.kind !== 'percent' || !sameQuantity(fd, fa)) continue;
      const cue = view.changeCue(d);
      if (!cue || cue === 'unspecified' || cue.sense !== 'signed') continue;
      if (!/^\s*,?\s*or\s+(?:by\s+)?$/.test(view.leads[d + 1]) || !view.toLed(d + 2) || view.onOtherBasis(d + 1)) continue;
      const [id, ip, ia] = [figureIv(fd), figureIv(fp), figureIv(fa)];
      if (!id || !ip || !ia || id.lo.lt(0) || ip.lo.lt(0)) continue;
      const signed = cue.direction === 'down' ? neg(id) : id;
      const prior = sub(ia, signed);
      if (prior.lo.lte(0)) continue;
      const computed = div(signed, prior);
      const shownPrior = sub(pointOf(fa), cue.direction === 'down' ? neg(pointOf(fd)) : pointOf(fd));
      const shown = div(cue.direction === 'down' ? neg(pointOf(fd)) : pointOf(fd), shownPrior);
      if (!computed || !shown) continue;
      const pct = (x: Iv): Iv => ({ lo: x.lo.times(100), hi: x.hi.times(100) });
      out.push({
        current: view.unit.figures[d + 2],
        delta: view.unit.figures[d],
        change: view.unit.figures[d + 1],
        computed: pct(computed),
        shown: pct(shown),
        stated: cue.direction === 'down' ? neg(ip) : ip,
        direction: cue.direction,
      });
    }
  }
  return out;
}

/** "Cash increased by $50 million to $400 million from $300 million": A − B must be the amount stated, signed by its words. */
export interface DifferenceCase {
  readonly rel: ChangeRelation;
  readonly computed: Iv;
  readonly stated: Iv;
}

export function differenceCases(model: TranscriptModel): DifferenceCase[] {
  const out: DifferenceCase[] = [];
  for (const rel of differenceRelations(model)) {
    // Only signed words give the difference its sign; "improved by $5 million" may be either.
    if (rel.cue === 'unspecified' || rel.cue.sense !== 'signed') continue;
    const [a, b, d] = [figureIv(model.figures[rel.current]), figureIv(model.figures[rel.prior]), figureIv(model.figures[rel.change])];
    if (!a || !b || !d || d.lo.lt(0)) continue;
    out.push({ rel, computed: sub(a, b), stated: rel.cue.direction === 'down' ? neg(d) : d });
  }
  return out;
}

/** "Revenue was RMB 1.72 billion in Q4 2023, up 6% sequentially" with Q3 2023's revenue stated elsewhere in the call. */
export interface ElsewhereCase {
  readonly current: number;
  readonly change: number;
  /** The prior period's statements of the same metric (they agree within precision). */
  readonly priors: readonly number[];
  readonly priorLabel: string;
  readonly computed: Iv;
  /** From the values as stated, for the message (worked out only for a message). */
  shown(): Iv;
  readonly stated: Iv;
}

/**
 * The period a change compares against: the quarter before, or the same period a year before. A figure that names
 * no period of its own is the call's, where the call names one period only (see defaultPeriod).
 */
function priorPeriod(model: TranscriptModel, f: Figure, basis: ChangeBasis): string | undefined {
  const p = f.period ?? (defaultPeriod(model, f) !== undefined ? model.facts.period : undefined);
  if (!p || p.year === undefined) return undefined;
  if (basis === 'year-over-year') return p.quarter ? `Q${p.quarter} ${p.year - 1}` : `FY ${p.year - 1}`;
  if ((basis === 'quarter-over-quarter' || basis === 'sequential') && p.quarter) return p.quarter === 1 ? `Q4 ${p.year - 1}` : `Q${p.quarter - 1} ${p.year}`;
  return undefined;
}

/** Words before a subject: a period or other lead-in clause ended by a comma, and connectives. */
const SUBJECT_OPENER = /^(?:[^,;]*,\s*)?(?:(?:and|so|our|the|total|then|also|overall)\s+)*/;
/** Words after a subject, up to its amount: "was", "for the quarter was", "came in at approximately". */
const SUBJECT_VERB = /\s+(?:(?:for|in)\s+the\s+(?:quarter|period|year)\s+)?(?:was|were|of|reached|totall?ed|came\s+in\s+at|amounted\s+to|stood\s+at)\s+(?:(?:approximately|about|roughly|around)\s+)?$/;

/** The words before an amount say its metric and nothing more: "Revenue was A", not "Revenue from China was A". */
function isBareSubject(lead: string, metric: string): boolean {
  const verb = SUBJECT_VERB.exec(lead);
  return verb !== null && lead.slice(0, verb.index).replace(SUBJECT_OPENER, '') === metric.toLowerCase().replace(/^(?:our|the|total)\s+/, '');
}

/** The words before figure i in its sentence (found by binary search: the views are in document order). */
function leadOf(model: TranscriptModel, i: number): string {
  const views = unitViews(model);
  const at = model.figures[i].span.start;
  let [lo, hi] = [0, views.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (views[mid].unit.span.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const p = views[lo]?.unit.figures.indexOf(i) ?? -1;
  return p >= 0 ? views[lo].leads[p] : '';
}

export function elsewhereCases(model: TranscriptModel): ElsewhereCase[] {
  const out: ElsewhereCase[] = [];
  const views = unitViews(model);
  const facts = factIndex(model);
  const roles = factRoles(model);
  for (const view of views) {
    for (let p = 0; p < view.figs.length; p++) {
      const a = view.figs[p];
      // A level of a metric named in its own clause ("Revenue was A, up P year over year"): a broad metric such as
      // revenue will do, since the prior must be stated for the prior period by every mention that names one.
      if (a.kind !== 'money' || !a.metric || !roles.level[view.unit.figures[p]] || !view.leads[p].includes(a.metric.toLowerCase())) continue;
      if (!isSpecificMetric(a.metric) && !isBareSubject(view.leads[p], a.metric)) continue;
      if (model.lines[a.line]?.kind === 'translation') continue;
      const c = elsewhereCase(model, view, p, facts);
      if (c) out.push(c);
    }
  }
  return out;
}

/** The case of the level at position p of a sentence, if its change's prior is stated elsewhere in the call. */
function elsewhereCase(model: TranscriptModel, view: UnitView, p: number, facts: FactIndex): ElsewhereCase | undefined {
  const a = view.figs[p];
  // A prior in the sentence itself is the in-sentence relation's business.
  if (view.figs.some((g, q) => isAmount(g) && view.fromLed(q))) return undefined;
  // The change stated with it: the next figure, a signed percent change with a basis.
  const q = p + 1;
  if (q >= view.figs.length || view.figs[q].kind !== 'percent') return undefined;
  const cue = view.changeCue(q);
  const basis = view.figs[q].change?.basis;
  if (!cue || cue === 'unspecified' || cue.sense !== 'signed' || !basis || !tightGap(view.leads[q]) || view.onOtherBasis(q)) return undefined;
  const priorLabel = priorPeriod(model, a, basis);
  if (!priorLabel || !a.metric) return undefined;
  const prior = facts.agreed(a.metric, priorLabel, 'money', a.currency);
  const ia = figureIv(a);
  const ip = figureIv(view.figs[q]);
  if (!prior || !ia || !ip || prior.iv.lo.lte(0) || prior.figures.some((i) => view.unit.figures.includes(i))) return undefined;
  // A broad metric's prior must be said of the whole metric too: "revenue from China was B" is not revenue's prior.
  if (!isSpecificMetric(a.metric) && !prior.figures.every((i) => isBareSubject(leadOf(model, i), a.metric!))) return undefined;
  const computed = growthPercent(ia, prior.iv);
  // As in growth cases: no growth over a prior stated as zero.
  const shownPrior = pointOf(model.figures[prior.figures[0]]);
  if (!computed || shownPrior.lo.eq(0)) return undefined;
  const shown = (): Iv => growthPercent(pointOf(a), shownPrior)!;
  return { current: view.unit.figures[p], change: view.unit.figures[q], priors: prior.figures, priorLabel, computed, shown, stated: cue.direction === 'down' ? neg(ip) : ip };
}

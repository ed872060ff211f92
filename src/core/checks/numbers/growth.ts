import type { TranscriptModel } from '../../model/types';
import { div, growthPercent, neg, overlaps, sub, type Iv } from '../../numbers/interval';
import { figureIv, growthRelations, pointOf, sameQuantity, unitViews, type ChangeRelation, type Direction } from './relations';

/**
 * The arithmetic of one growth statement: the growth the amounts allow and the change the words state,
 * both as intervals. Shared by growth-mismatch (size) and direction-mismatch (sign) so each reports
 * only its own kind of inconsistency.
 */
export interface GrowthCase {
  readonly rel: ChangeRelation;
  /** (current / prior − 1) · 100 over the stated intervals. */
  readonly computed: Iv;
  /** The same from the values as stated, for the message. */
  readonly shown: Iv;
  /** The stated change as an interval in percent, signed by its words; undefined when no direction was stated. */
  readonly stated: Iv;
  readonly direction: Direction | undefined;
}

export function growthCases(model: TranscriptModel): GrowthCase[] {
  const out: GrowthCase[] = [];
  for (const rel of growthRelations(model)) {
    const a = figureIv(model.figures[rel.current]);
    const b = figureIv(model.figures[rel.prior]);
    const p = figureIv(model.figures[rel.change]);
    if (!a || !b || !p) continue;
    // Growth from a base that may be zero or negative has no meaning as a percentage.
    if (b.lo.lte(0) || a.lo.lt(0) || p.lo.lt(0)) continue;
    const computed = growthPercent(a, b);
    const shown = growthPercent(pointOf(model.figures[rel.current]), pointOf(model.figures[rel.prior]));
    if (!computed || !shown) continue;
    // Only signed words ("increased", "down") fix the sign; "improved" or "narrowed" say nothing about it here.
    const direction = rel.cue !== 'unspecified' && rel.cue.sense === 'signed' ? rel.cue.direction : undefined;
    const stated = direction === 'down' ? neg(p) : p;
    out.push({ rel, computed, shown, stated, direction });
  }
  return out;
}

/** Whether some values inside the stated intervals satisfy the stated change. */
export function growthHolds(c: GrowthCase): boolean {
  if (overlaps(c.computed, c.stated)) return true;
  return c.direction === undefined && overlaps(c.computed, neg(c.stated));
}

/** The amounts move against the words: up when the words say down, or the reverse. */
export function growthAgainstWords(c: GrowthCase): boolean {
  if (c.direction === 'up') return c.computed.hi.lt(0);
  if (c.direction === 'down') return c.computed.lo.gt(0);
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
      if (!/^\s*,?\s*or\s+(?:by\s+)?$/.test(view.leads[d + 1]) || !view.toLed(d + 2)) continue;
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

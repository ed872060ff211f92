import { Dec } from '../../numbers/decimal';
import { add, formatAmount, type Iv } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { finding, noteVerified, quote } from './report';
import { figureIv, unitViews, type UnitView } from './relations';
import { lastClause, lowerSlice } from './units';

/** Words that open a list of parts right after a total: "This includes", "of which", "consisting of". */
const PARTS_CUE = /\b(?:(?:this|which|these|that|it|they)\s+(?:includes?|included|consists?\s+of|comprises?|comprised|is\s+made\s+up\s+of)|including|of\s+which|consisting\s+of|comprised\s+of|made\s+up\s+of|broken\s+down\s+into)\b/;
const TOTAL_WORD = /\btotal\b/;
/** A part that is really another period's value ("608.5 million in the last quarter") is not a part. */
const OTHER_PERIOD = /^\s*(?:rmb|yuan|dollars?)?\s*(?:in|for|during|of)?\s*(?:the\s+)?(?:last|prior|previous|same)\s+(?:quarter|year|period)|^\s*(?:a\s+)?year\s+ago/;

interface Candidate {
  readonly total: number;
  readonly parts: number[];
}

/** "A, B and C, for a total of X", "..., for total revenue of X", "bringing total revenue to X": the total closes the list it sums. */
const SUMMING_TOTAL =
  /(?:^|[,;]|\b(?:and|or))\s*(?:for\s+(?:a\s+)?(?:combined\s+)?total(?:\s+[a-z&-]+){0,3}\s+of|totall?ing|adding\s+up\s+to|bringing\s+(?:the\s+|our\s+)?total(?:\s+[a-z&-]+){0,3}\s+to)\s+(?:(?:approximately|about|around|roughly|nearly|almost)\s+)?$/;
/** "Total revenue was X, with cloud at A and devices at B": a list of labelled parts right after the total. */
const WITH_PARTS = /^\s*,\s*with\s+(?:[a-z&'’-]+\s+){1,3}(?:at|of)\s+$/;
/** Qualifiers that make "X revenue" another measure of the same whole, not a part of it ("GAAP revenue", "recurring revenue"). */
const NOT_SEGMENT = /\b(?:gaap|non-gaap|adjusted|reported|organic|recurring|deferred|unearned|constant|annual\w*|run-rate|pro|forma|net|gross|total|backlog|expected|prior|last|comparable|same|core|underlying|normali[sz]ed|cumulative|average)\b/;

/** The total's clause: the words since the last comma before it mention "total". */
function isTotal(view: UnitView, p: number): boolean {
  const f = view.figs[p];
  if (f.kind !== 'money') return false;
  const clause = lastClause(view.leads[p]);
  return TOTAL_WORD.test(clause) || /^total\b/i.test(f.metric ?? '') || SUMMING_TOTAL.test(view.leads[p]);
}

/** A money figure in the total's currency that is not a prior-period value, a range end or a change. */
function isPart(view: UnitView, q: number, currency: string | undefined): boolean {
  const f = view.figs[q];
  if (f.kind !== 'money' || (f.currency ?? '') !== (currency ?? '')) return false;
  return !view.fromLed(q) && view.rangePartner(q) === undefined && !OTHER_PERIOD.test(view.tails[q]);
}

function partsAfter(view: UnitView, from: number, currency: string | undefined): number[] {
  const parts: number[] = [];
  for (let q = from; q < view.figs.length; q++) {
    if (q > from && isTotal(view, q)) break;
    if (isPart(view, q, currency)) parts.push(view.unit.figures[q]);
  }
  return parts;
}


/** Words between two items of one list: "A, devices B and services C" (a comma or "and", a short label). */
const LIST_GAP = /^(?=[^]*(?:,|\band\b))[\s,]*(?:and\s+)?(?:[a-z&'’-]+\s+){0,4}$/;
// Period words between two amounts make them the same thing at two times ("X this quarter and Y year to date"), not parts.
const NOT_LIST_WORD = /\b(?:was|were|is|are|with|of|compared|versus|vs|from|to|while|but|which|driven|up|down|against|quarter|year|month|ytd|date|since|cumulative|so far|last|prior|previous)\b/;

/** "..., services revenue was B and hardware revenue was C": each item named with its own verb. */
const LABELLED_GAP = /^(?=[^]*(?:,|\band\b))[\s,]*(?:and\s+)?((?:[a-z&'’-]+\s+){1,4})(?:was|were|came\s+in\s+at|at)\s+$/;

function isListGap(gap: string): boolean {
  if (LIST_GAP.test(gap) && !NOT_LIST_WORD.test(gap)) return true;
  const labelled = LABELLED_GAP.exec(gap);
  return labelled !== null && !NOT_LIST_WORD.test(labelled[1]);
}

/** The parts listed right after a total ("with cloud at A and devices at B"): amounts joined by list gaps. */
function listAfter(view: UnitView, first: number, currency: string | undefined): number[] {
  const parts: number[] = [];
  for (let q = first; q < view.figs.length; q++) {
    if (!isPart(view, q, currency) || view.changeCue(q) !== undefined) return [];
    parts.push(view.unit.figures[q]);
    if (q + 1 < view.figs.length && !isListGap(view.leads[q + 1])) break;
  }
  return parts;
}

/**
 * "Total revenue was X. Cloud revenue was A and device revenue was B.": the sentence right after a total whose every
 * amount is a segment of the total's metric, in its currency and period (or none said), lists parts without a cue word.
 */
function segmentsOf(view: UnitView, total: number, next: UnitView): number[] {
  const t = view.figs[total];
  const whole = t.metric?.toLowerCase().replace(/^total\s+/, '');
  if (!whole) return [];
  const parts: number[] = [];
  for (let q = 0; q < next.figs.length; q++) {
    const f = next.figs[q];
    if (f.kind !== 'money') continue;
    const metric = f.metric?.toLowerCase();
    if (!metric || !isWholeOf(whole, metric) || NOT_SEGMENT.test(metric.slice(0, -whole.length))) return [];
    if (!isPart(next, q, t.currency) || next.changeCue(q) !== undefined || (f.period !== undefined && f.period.label !== t.period?.label)) return [];
    parts.push(next.unit.figures[q]);
  }
  return parts.length >= 2 ? parts : [];
}

/**
 * The items listed right before a summing total: amounts joined by list gaps, back to the first amount of the
 * list. "Revenue was A, with cloud at B and devices at C, for a total of X" lists B and C, not A.
 */
function partsBefore(view: UnitView, total: number, currency: string | undefined): number[] {
  const parts: number[] = [];
  for (let q = total - 1; q >= 0; q--) {
    if (!isPart(view, q, currency) || view.changeCue(q) !== undefined) return [];
    parts.unshift(q);
    if (q === 0 || !isListGap(view.leads[q])) break;
  }
  // "Revenue was A, cloud revenue was B and device revenue was C": the first amount is the whole the others divide.
  if (parts.length > 2 && isWholeOf(view.figs[parts[0]].metric, view.figs[parts[1]].metric)) parts.shift();
  return parts.map((q) => view.unit.figures[q]);
}

/** "revenue" is the whole of "cloud revenue": the part's metric ends in the whole's. */
function isWholeOf(whole: string | undefined, part: string | undefined): boolean {
  if (!whole || !part) return false;
  const [w, p] = [whole.toLowerCase().replace(/^total\s+/, ''), part.toLowerCase()];
  return p.length > w.length && p.endsWith(' ' + w);
}

/**
 * "Total assets were X. This includes A, B, C" and "A, B and C, for a total of X": the parts may be incomplete,
 * but never more than the total.
 */
export const partsExceedTotal: Check = {
  id: 'parts-exceed-total',
  category: 'numbers',
  summary: 'Parts listed for a stated total (in the same currency) add up to more than the total.',
  defaultSeverity: 'warning',
  run(model) {
    const views = unitViews(model);
    const candidates: Candidate[] = [];
    for (let u = 0; u < views.length; u++) {
      const view = views[u];
      for (let p = 0; p < view.figs.length; p++) {
        if (!isTotal(view, p)) continue;
        const currency = view.figs[p].currency;
        // The list may open after the total's own change figures: "X were A, up 6%, of which B ...".
        let opened = -1;
        for (let q = p; q < view.figs.length; q++) {
          if (q > p && view.figs[q].kind === 'money') break;
          if (PARTS_CUE.test(view.tails[q])) {
            opened = q;
            break;
          }
        }
        if (opened >= 0) {
          candidates.push({ total: view.unit.figures[p], parts: partsAfter(view, opened + 1, currency) });
          continue;
        }
        if (SUMMING_TOTAL.test(view.leads[p])) {
          const parts = partsBefore(view, p, currency);
          // One amount before "for a total of" is a part of something unsaid, not a list.
          if (parts.length >= 2) candidates.push({ total: view.unit.figures[p], parts });
          continue;
        }
        if (p + 2 < view.figs.length && WITH_PARTS.test(view.tails[p])) {
          const parts = listAfter(view, p + 1, currency);
          if (parts.length >= 2) candidates.push({ total: view.unit.figures[p], parts });
          continue;
        }
        // "... as of December 31. This includes ...": the list opens the next sentence, when nothing follows the total here.
        const next = views[u + 1];
        if (p !== view.figs.length - 1 || !next || next.unit.line - view.unit.line > 1 || next.unit.lang !== view.unit.lang) continue;
        const opening = lowerSlice(model, next.unit.span.start, model.figures[next.unit.figures[0]].span.start);
        if (/^\s*(?:this|these|that|it|they)\b/.test(opening) && PARTS_CUE.test(opening)) {
          candidates.push({ total: view.unit.figures[p], parts: partsAfter(next, 0, currency) });
          continue;
        }
        // Segments said in the very next sentence, nothing between the two.
        if (/^\s*$/.test(model.text.slice(view.unit.span.end, next.unit.span.start))) {
          const parts = segmentsOf(view, p, next);
          if (parts.length > 0) candidates.push({ total: view.unit.figures[p], parts });
        }
      }
    }
    const out: Finding[] = [];
    for (const c of candidates) {
      const total = figureIv(model.figures[c.total]);
      if (!total || c.parts.length === 0) continue;
      let sum: Iv = { lo: new Dec(0), hi: new Dec(0) };
      let ok = true;
      for (const i of c.parts) {
        const iv = figureIv(model.figures[i]);
        if (!iv || iv.lo.lt(0)) ok = false;
        else sum = add(sum, iv);
      }
      // Flag only when even the smallest values the parts allow exceed the largest the total allows.
      if (!ok) continue;
      if (!sum.lo.gt(total.hi)) {
        noteVerified(model, 'parts-exceed-total', [c.total, ...c.parts], () => `${c.parts.length} parts within ${quote(model.figures[c.total])}`);
        continue;
      }
      const stated = c.parts.reduce((s, i) => s.plus(new Dec(model.figures[i].value)), new Dec(0));
      const total0 = model.figures[c.total];
      out.push(
        finding(
          'parts-exceed-total',
          model,
          c.total,
          `The ${c.parts.length} part${c.parts.length > 1 ? 's' : ''} listed add up to ${formatAmount(stated.toFixed())}, more than the total ${quote(total0)}.`,
          [[c.total, 'total'] as [number, string], ...c.parts.map((i) => [i, 'part'] as [number, string])],
        ),
      );
    }
    return out;
  },
};

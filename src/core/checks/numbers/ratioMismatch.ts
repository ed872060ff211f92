import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { Dec } from '../../numbers/decimal';
import { div, formatInterval, ratioPercent, type Iv } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { defaultPeriod, factIndex, factRoles, normalizeMetric } from './facts';
import { finding, noteVerified, quote } from './report';
import { ivLook, looksOverlap, quotientLook, scaledLook } from './looks';
import { figureNumbers, isAmount, pointOf, sameQuantity, unitViews, type UnitView } from './relations';
import { lowerSlice } from './units';

const HUNDRED = new Dec(100);

/** Words that make a percentage a share of what follows: "accounted for 13.1% of", "representing 8% of". */
const SHARE_LEAD = /\b(account\w*\s+for|represent\w*|contribut\w*|made\s+up|constitut\w*|equal\w*(\s+to)?|or|which\s+(is|was)(?:\s+(?:now|currently|still))?|being|at)\s+(?:(?:about|approximately|nearly|roughly|around|almost|over|some)\s+)?$/;
/** "of ", "of total revenue of ": the whole follows. */
const OF_TAIL = /^\s*of\s+(?:[a-z&-]+\s+){0,4}?(?:of\s+|at\s+)?$/;
/** "EBITDA was A, a margin of P% on revenue of W": a margin with its revenue in the same breath. */
const MARGIN_LEAD = /\bmargin\s+(?:of\s+)?(?:(?:about|approximately|nearly|roughly|around|almost)\s+)?$/;
const ON_REVENUE_TAIL = /^\s*(?:on|of)\s+(?:total\s+|net\s+)?(?:revenues?|sales|net\s+sales)\s+(?:of\s+)?$/;
/** "International revenue was P% of total revenue": a share said as the subject's level. */
const LEVEL_LEAD = /\b(?:was|were|is|are)\s+(?:(?:about|approximately|nearly|roughly|around|almost|over|some)\s+)?$/;
const MULTIPLE_TAIL = /^\s*(?:of|that\s+of|the)?\s*$/;
/** "... of (our) total revenue(s)" right after a share: the whole is the period's revenue. */
const OF_REVENUE = /^\s*of\s+(?:the\s+|our\s+|its\s+)?(?:total\s+|group\s+|net\s+)?(?:revenues?|sales)\b/;
/** Said of another period: "7.9% in the same period of last year", "2.7% in the last quarter", "in 2022". */
const OTHER_PERIOD = /^\s*(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:last|prior|previous|same)\s+(?:quarter|year|period)|a\s+year\s+ago)/;
const YEAR_AFTER = /^\s*(?:in|for|during|of)\s+(?:fy\s*)?((?:19|20)[0-9]{2})\b/;

/** A figure said of another period than the call's: "in the last quarter", "in 2022" on a 2023 call. */
function otherPeriod(model: TranscriptModel, tail: string): boolean {
  if (OTHER_PERIOD.test(tail)) return true;
  const y = YEAR_AFTER.exec(tail);
  return !!y && Number(y[1]) !== model.facts.period?.year;
}
/** Bare "sales" is left out: calls say it of segments ("the automotive business recorded sales of ..."). */
const TOP_LINE = ['total revenue', 'revenue', 'net sales', 'total net sales', 'total sales'];
const AS_SHARE_OF_REVENUE = /\bas\s+a\s+(?:percentage|proportion|share|percent)\s+of\s+(?:the\s+|our\s+)?(?:total\s+|net\s+)?revenues?\b/;

/** "adjusted gross margin was" -> the measure it is a margin of: key word "gross", amount "adjusted gross profit". */
function marginBase(lead: string): { key: string; profit: string } | undefined {
  const m = /((?:[a-z&-]+\s+){0,3}?)([a-z&-]+)\s+margin\b/.exec(lead);
  if (!m) return undefined;
  const key = m[2];
  if (/^(the|our|its|a|an|of|and|profit)$/.test(key)) return undefined;
  const words = `${m[1]}${key}`.trim();
  const profit = /^(gross|operating|net|growth)$/.test(key) ? `${words} profit` : words;
  return { key, profit };
}

interface Ratio {
  readonly at: number;
  readonly part: number;
  /** A figure of the sentence, or the revenue the call agrees on for the period (an interval). */
  readonly whole: number | Iv;
  readonly percent: boolean;
  readonly roles: [number, string][];
  /** The figure a message names as the whole: the whole itself, or the first statement of the agreed revenue. */
  readonly wholeFigure: number;
}

/** The one current-period amount of a sentence (not a prior, not a change), if there is exactly one. */
function soleCurrentAmount(view: UnitView, kind: Figure['kind']): number | undefined {
  const roles = factRoles(view.model);
  const c = view.unit.figures.filter((i) => {
    const f = view.model.figures[i];
    return f.kind === kind && isAmount(f) && !roles.prior[i] && !roles.change[i];
  });
  return c.length === 1 ? c[0] : undefined;
}

/**
 * The amount a margin is of: the sentence's one current amount when it is the margin's own measure ("gross profit
 * ... gross margin", not another line item), else the one current amount whose metric names it ("Revenue was W and
 * operating income was A, an operating margin of P").
 */
function marginAmount(view: UnitView, key: string, adjusted: boolean): number | undefined {
  const { model } = view;
  const sole = soleCurrentAmount(view, 'money');
  if (sole !== undefined) {
    const f = model.figures[sole];
    const about = `${f.metric ?? ''} ${model.text.slice(view.unit.span.start, f.span.start)}`.toLowerCase();
    return about.includes(key) && ADJUSTED.test(about) === adjusted ? sole : undefined;
  }
  const roles = factRoles(model);
  const named = view.unit.figures.filter((i) => {
    const f = model.figures[i];
    const metric = f.metric?.toLowerCase() ?? '';
    return f.kind === 'money' && isAmount(f) && !roles.prior[i] && !roles.change[i] && metric.includes(key) && ADJUSTED.test(metric) === adjusted;
  });
  return named.length === 1 ? named[0] : undefined;
}

/** Qualifiers that make a measure another one than the reported: "adjusted gross margin" is not of "gross profit". */
const ADJUSTED = /\b(?:adjusted|non-gaap|underlying|core|normali[sz]ed|pro[- ]forma)\b/;

/**
 * The revenue a sentence states beside its margin or share ("Americas revenue was W, with operating income of A, an
 * operating margin of P"): the whole is that segment's, not the call's. Undefined when none; -1 when several.
 */
function sentenceRevenue(view: UnitView, part: number): number | undefined {
  const roles = factRoles(view.model);
  let found: number | undefined;
  for (const i of view.unit.figures) {
    const f = view.model.figures[i];
    if (i === part || f.kind !== 'money' || roles.prior[i] || roles.change[i] || !/\b(?:revenues?|sales)\b/i.test(f.metric ?? '')) continue;
    if (found !== undefined) return -1;
    found = i;
  }
  return found;
}

function collect(view: UnitView, out: Ratio[]): void {
  const { model, figs } = view;
  const idx = (q: number): number => view.unit.figures[q];
  const roles = factRoles(model);
  // The sentence's current percentages (not priors, other periods or changes), read once: a margin needs exactly one.
  let currentPercents: Figure[] | undefined;
  for (let p = 0; p < figs.length; p++) {
    const f = figs[p];
    // Only percentages and multiples state a ratio (see below): the rest need no reading.
    if ((f.kind !== 'percent' && f.kind !== 'multiple') || roles.change[idx(p)] || roles.prior[idx(p)]) continue;
    if (f.kind === 'percent' && p > 0 && p + 1 < figs.length) {
      // "A, accounting for P% of W": all three in the sentence.
      const a = p - 1;
      const w = p + 1;
      if (
        figs[a].kind === 'money' &&
        sameQuantity(figs[a], figs[w]) &&
        ((SHARE_LEAD.test(view.leads[p]) && OF_TAIL.test(view.tails[p])) || (MARGIN_LEAD.test(view.leads[p]) && ON_REVENUE_TAIL.test(view.tails[p]))) &&
        !roles.change[idx(a)]
      ) {
        out.push({ at: idx(p), part: idx(a), whole: idx(w), percent: true, roles: [[idx(a), 'part'], [idx(w), 'whole'], [idx(p), 'stated share']], wholeFigure: idx(w) });
        continue;
      }
    }
    if (f.kind === 'multiple' && p > 0 && p + 1 < figs.length) {
      // "A, representing 3.6x of B" / "A is 3.6 times B".
      const a = p - 1;
      const w = p + 1;
      if (isAmount(figs[a]) && sameQuantity(figs[a], figs[w]) && MULTIPLE_TAIL.test(view.tails[p]) && !roles.prior[idx(w)]) {
        out.push({ at: idx(p), part: idx(a), whole: idx(w), percent: false, roles: [[idx(a), 'amount'], [idx(w), 'base'], [idx(p), 'stated multiple']], wholeFigure: idx(w) });
        continue;
      }
    }
    if (f.kind !== 'percent') continue;
    // A share of the period's revenue, or a margin: the whole is the revenue the call states for that period.
    const period = defaultPeriod(model, f);
    if (!period) continue;
    const ofRevenue = OF_REVENUE.test(view.tails[p]) && (SHARE_LEAD.test(view.leads[p]) || LEVEL_LEAD.test(view.leads[p]));
    const before = lowerSlice(model, view.unit.span.start, f.span.start);
    const asShare = AS_SHARE_OF_REVENUE.test(before);
    // A margin: "margin" said before the sentence's one current percentage (priors and other periods set aside).
    currentPercents ??= figs.filter((g, q) => g.kind === 'percent' && !view.fromLed(q) && !otherPeriod(model, view.tails[q]) && !roles.change[idx(q)]);
    const margin = /\bmargin\b/.test(before) && !/\bmargin\b[^]*\bmargin\b/.test(before) && currentPercents.length === 1 && currentPercents[0] === f;
    if (!ofRevenue && !asShare && !margin) continue;
    const marginOf = margin ? marginBase(before) : undefined;
    let part = marginOf ? marginAmount(view, marginOf.key, ADJUSTED.test(before)) : soleCurrentAmount(view, 'money');
    if (part === undefined && marginOf) {
      // "normalized adjusted EBITDA" may be stated as "adjusted EBITDA" or "EBITDA": drop qualifiers one by one.
      const words = marginOf.profit.split(/\s+/);
      // Qualifiers are dropped one by one, but an adjusted measure stays adjusted ("adjusted gross margin" is not
      // of "gross profit").
      const adjusted = ADJUSTED.test(marginOf.profit);
      for (let k = 0; k < words.length && part === undefined && ADJUSTED.test(words.slice(k).join(' ')) === adjusted; k++) {
        const stated = factIndex(model).agreed(words.slice(k).join(' '), period, 'money', model.facts.currency?.code);
        if (stated && stated.figures.length > 0) part = stated.figures[0];
      }
    }
    if (part === undefined && ofRevenue) {
      // "Enterprise cloud revenue accounted for 13.1% of total revenue": the part is what the sentence is about,
      // stated as an amount elsewhere for the same period.
      const subject = before.replace(SHARE_LEAD, '').replace(/^.*[,;]/, '').trim().split(/\s+/).slice(-5).join(' ');
      const stated = subject && factIndex(model).agreed(subject, period, 'money', undefined);
      if (stated && normalizeMetric(subject) !== 'total revenue' && normalizeMetric(subject) !== 'revenue') part = stated.figures[0];
    }
    if (part === undefined) continue;
    const partFig = model.figures[part];
    const said = sentenceRevenue(view, part);
    if (said === -1) continue;
    if (said !== undefined) {
      if (!sameQuantity(partFig, model.figures[said])) continue;
      out.push({ at: idx(p), part, whole: said, percent: true, roles: [[part, 'part'], [said, 'revenue'], [idx(p), margin ? 'stated margin' : 'stated share']], wholeFigure: said });
      continue;
    }
    const facts = factIndex(model);
    // The top line under the names calls give it: revenue, or net sales in retail and industry. The first name the
    // call uses for the period decides: when its mentions disagree, no other name stands in (a segment's sales).
    const name = TOP_LINE.find((n) => facts.states(n, period, 'money'));
    const revenue = name === undefined ? undefined : facts.agreed(name, period, 'money', partFig.currency);
    if (!revenue || revenue.figures.includes(part)) continue;
    out.push({
      at: idx(p),
      part,
      whole: revenue.iv,
      percent: true,
      roles: [[part, 'part'], ...revenue.figures.map((i) => [i, 'revenue'] as [number, string]), [idx(p), margin ? 'stated margin' : 'stated share']],
      wholeFigure: revenue.figures[0],
    });
  }
}

/** Shares, margins and multiples checked against the two amounts they relate. */
export const ratioMismatch: Check = {
  id: 'ratio-mismatch',
  category: 'numbers',
  summary: 'A share ("13.1% of total revenue"), margin or multiple ("3.6x") that the two amounts it relates cannot produce.',
  defaultSeverity: 'warning',
  run(model) {
    const rs: Ratio[] = [];
    for (const view of unitViews(model)) collect(view, rs);
    const out: Finding[] = [];
    const nums = figureNumbers(model);
    for (const r of rs) {
      // A share stated without an interval states nothing; the texts are quoted for a message only.
      const stated = nums.look(r.at);
      const partLook = nums.look(r.part);
      const wholeLook = typeof r.whole === 'number' ? nums.look(r.whole) : ivLook(r.whole);
      if (!stated || !partLook || !wholeLook) continue;
      const [partText, wholeText] = [(): string => quote(model.figures[r.part]), (): string => quote(model.figures[r.wholeFigure])];
      // Decided on float looks (exact only for near ties): the exact quotient is wanted for a message only.
      const quotient = quotientLook(partLook, wholeLook);
      const computed = quotient && r.percent ? scaledLook(quotient, 100, HUNDRED) : quotient;
      if (!computed) continue;
      if (looksOverlap(computed, stated)) {
        noteVerified(model, 'ratio-mismatch', r.roles.map(([i]) => i), () => `${partText()} / ${wholeText()}, stated ${quote(model.figures[r.at])}`);
        continue;
      }
      const shownPart = pointOf(model.figures[r.part]);
      const shownWhole = pointOf(model.figures[r.wholeFigure]);
      const shown = r.percent ? ratioPercent(shownPart, shownWhole) : div(shownPart, shownWhole);
      if (!shown) continue;
      const value = r.percent ? `${formatInterval(shown)}%` : `${formatInterval(shown, 2)}x`;
      out.push(finding('ratio-mismatch', model, r.at, `${partText()} / ${wholeText()} is ${value}, stated ${quote(model.figures[r.at])}.`, r.roles));
    }
    return out;
  },
};

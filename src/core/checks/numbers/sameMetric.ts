import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { factRoles, normalizeMetric, periodKey } from './facts';
import { unitViews } from './relations';
import { lowerSlice } from './units';

/**
 * Figures that state a level of a named metric for a named period, with the metric written in the
 * figure's own clause ("Adjusted gross profit reached RMB 262 million"), not borrowed from a sentence
 * away. restated-figure and scale-slip compare such figures across the call.
 */
export interface Statement {
  readonly figure: number;
  readonly unit: number;
  readonly key: string;
}

/** Metrics too broad to identify one series ("revenue" is said of every segment). */
const GENERIC = new Set(['revenue', 'income', 'profit', 'loss', 'expense', 'cost', 'margin', 'earnings', 'cash', 'assets', 'liabilities', 'tax', 'debt', 'capex', 'cash flow', 'rate']);

export function isSpecificMetric(metric: string): boolean {
  const m = normalizeMetric(metric);
  return m.length > 0 && !GENERIC.has(m);
}

/**
 * Amounts that are not the period's level as reported: what it would have been ("would have been", "excluding the
 * acquisition", "pro forma", "in constant currency", "organically"), or someone's estimate ("consensus", "our model").
 */
const NOT_REPORTED = /\b(?:would(?:'ve| have) been|excluding|ex-|pro[- ]forma|constant[- ]currency|organic(?:ally)?|like[- ]for[- ]like|consensus|the street|(?:my|our|your) (?:model|estimate)|estimates?d?|forecasts?|guid(?:ance|ed)|expect(?:s|ed|ing)?|outlook|target(?:s|ed)?|had it not been|if we (?:exclude|adjust))\b/;

const cache = new WeakMap<TranscriptModel, Statement[]>();
export function statements(model: TranscriptModel): Statement[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const roles = factRoles(model);
  const out: Statement[] = [];
  unitViews(model).forEach((view, u) => {
    view.figs.forEach((f: Figure, p) => {
      const i = view.unit.figures[p];
      if (!roles.level[i] || !f.metric || !f.period || (f.kind !== 'money' && f.kind !== 'percent')) return;
      // A translation restates its source line by design; translation-mismatch compares those.
      if (model.lines[f.line]?.kind === 'translation') return;
      // The metric must be written between the previous figure and this one: this figure's own subject.
      if (!view.leads[p].includes(f.metric.toLowerCase())) return;
      if (!isSpecificMetric(f.metric)) return;
      if (NOT_REPORTED.test(lowerSlice(model, view.unit.span.start, view.unit.span.end))) return;
      out.push({ figure: i, unit: u, key: `${normalizeMetric(f.metric)}|${periodKey(f.period.label)}|${f.kind}|${f.currency ?? ''}` });
    });
  });
  cache.set(model, out);
  return out;
}

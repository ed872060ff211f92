import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { intersect, type Iv } from '../../numbers/interval';
import { figureIv, unitViews } from './relations';
import { pushTo } from './units';

/**
 * What the call states as facts: each metric's value for a period, from figures that are levels
 * (not changes, not prior-period "from" values, not range ends). Lookups answer only when every
 * mention agrees within its precision; a disagreement is restated-figure's finding, never a guess here.
 */

/**
 * Metrics normalised so far: a call names the same few metrics for thousands of figures, and normalising is five
 * regex passes. Bounded (emptied when full) so a server running for days does not keep every phrase it saw.
 */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 10_000;

/** "Our total revenues" -> "revenue"; "Non-GAAP gross profit" -> "adjusted gross profit". */
export function normalizeMetric(metric: string): string {
  let m = normalized.get(metric);
  if (m === undefined) {
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(metric, (m = normalizeAnew(metric)));
  }
  return m;
}

function normalizeAnew(metric: string): string {
  let m = metric.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z0-9&\- ]+/g, ' ');
  // "Second-quarter fee revenue" is fee revenue: the period is the figure's, not the metric's.
  m = m.replace(/\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:quarter|half)\b/g, ' ');
  m = m.replace(/\bnon[- ]gaap\b/g, 'adjusted');
  m = m.replace(/\b(our|the|its|their|group|overall|company|this|quarter|quarterly)\b/g, ' ');
  m = m.replace(/\brevenues\b/g, 'revenue').replace(/\bexpenses\b/g, 'expense').replace(/\bcosts\b/g, 'cost').replace(/\bprofits\b/g, 'profit');
  return m.replace(/\s+/g, ' ').trim();
}

export interface FactRoles {
  /** Figure index -> true when it is a level statement fit for the facts table. */
  readonly level: readonly boolean[];
  /** Figure index -> true when it follows "from"/"compared with" (a prior period's value). */
  readonly prior: readonly boolean[];
  /** Figure index -> true when it is a stated change ("up 5%", "an increase of 3 points"). */
  readonly change: readonly boolean[];
}

const rolesCache = new WeakMap<TranscriptModel, FactRoles>();
export function factRoles(model: TranscriptModel): FactRoles {
  const cached = rolesCache.get(model);
  if (cached) return cached;
  const n = model.figures.length;
  const level = new Array<boolean>(n).fill(false);
  const prior = new Array<boolean>(n).fill(false);
  const change = new Array<boolean>(n).fill(false);
  for (const view of unitViews(model)) {
    view.figs.forEach((_, p) => {
      const i = view.unit.figures[p];
      prior[i] = view.fromLed(p);
      change[i] = view.changeCue(p) !== undefined;
      level[i] = !prior[i] && !change[i] && view.rangePartner(p) === undefined;
    });
  }
  const roles = { level, prior, change };
  rolesCache.set(model, roles);
  return roles;
}

/** Period keys made so far: a call names a few periods for hundreds of figures (bounded like `normalized`). */
const periodKeys = new Map<string, string>();

/** "2023" and "FY 2023" name the same period. */
export function periodKey(label: string): string {
  let key = periodKeys.get(label);
  if (key === undefined) {
    if (periodKeys.size >= NORMALIZED_MAX) periodKeys.clear();
    const y = /^(?:fy\s*|fiscal\s+(?:year\s+)?)?((?:19|20)[0-9]{2})$/i.exec(label.trim());
    periodKeys.set(label, (key = y ? `FY ${y[1]}` : label.trim()));
  }
  return key;
}

/** The period of a figure that names none: the call's, unless the call covers two ("Q4 and FY 2023"). */
export function defaultPeriod(model: TranscriptModel, f: Figure): string | undefined {
  const call = model.facts.period;
  return f.period?.label ?? (call && !(call.fiscalYear && call.quarter !== undefined) ? call.label : undefined);
}

/** A level without a period of its own is the call's period: facts are looked up, never reported. */
function keyOf(model: TranscriptModel, f: Figure): string | undefined {
  const period = defaultPeriod(model, f);
  if (!f.metric || !period) return undefined;
  const metric = normalizeMetric(f.metric);
  if (!metric) return undefined;
  return `${metric}|${periodKey(period)}|${f.kind}|${f.currency ?? f.unit ?? ''}`;
}

export interface FactIndex {
  /** Figures stating `metric` for `period` (normalised), in document order. */
  readonly groups: ReadonlyMap<string, readonly number[]>;
  /** The agreed value of a metric for a period and kind; undefined when absent or when mentions disagree. */
  agreed(metric: string, periodLabel: string, kind: Figure['kind'], currency?: string): { iv: Iv; figures: readonly number[] } | undefined;
  /** Whether the call states the metric for the period at all, in any currency (agreeing or not). */
  states(metric: string, periodLabel: string, kind: Figure['kind']): boolean;
}

const indexCache = new WeakMap<TranscriptModel, FactIndex>();
export function factIndex(model: TranscriptModel): FactIndex {
  const cached = indexCache.get(model);
  if (cached) return cached;
  const roles = factRoles(model);
  const groups = new Map<string, number[]>();
  model.figures.forEach((f, i) => {
    if (!roles.level[i]) return;
    if (model.lines[f.line]?.kind === 'translation') return;
    const key = keyOf(model, f);
    if (!key) return;
    pushTo(groups, key, i);
  });
  const agreedAnew: FactIndex['agreed'] = (metric, periodLabel, kind, currency) => {
    const prefix = `${normalizeMetric(metric)}|${periodKey(periodLabel)}|${kind}|`;
    let g = groups.get(`${prefix}${currency ?? ''}`);
    if (!g && currency === undefined) {
      // No currency asked for: the metric's one currency, if it has only one.
      const hits = [...groups.entries()].filter(([k]) => k.startsWith(prefix));
      if (hits.length === 1) g = hits[0][1];
    }
    if (!g) return undefined;
    let iv: Iv | undefined;
    for (const i of g) {
      const v = figureIv(model.figures[i]);
      if (!v) return undefined;
      iv = iv ? intersect(iv, v) : v;
      if (!iv) return undefined;
    }
    return iv && { iv, figures: g };
  };
  // Answers by question: checks ask the same few metrics and periods for every sentence (and the search for a
  // metric's one currency reads every group).
  const answers = new Map<string, ReturnType<FactIndex['agreed']>>();
  const index: FactIndex = {
    groups,
    states(metric, periodLabel, kind) {
      const prefix = `${normalizeMetric(metric)}|${periodKey(periodLabel)}|${kind}|`;
      for (const k of groups.keys()) if (k.startsWith(prefix)) return true;
      return false;
    },
    agreed(metric, periodLabel, kind, currency) {
      const key = `${metric}\u0000${periodLabel}\u0000${kind}\u0000${currency ?? '\u0001'}`;
      let answer = answers.get(key);
      if (answer === undefined && !answers.has(key)) answers.set(key, (answer = agreedAnew(metric, periodLabel, kind, currency)));
      return answer;
    },
  };
  indexCache.set(model, index);
  return index;
}

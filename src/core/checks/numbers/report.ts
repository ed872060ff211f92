import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { formatInterval, formatSignedPercent, mid, type Iv } from '../../numbers/interval';
import type { Finding, Fix, Related } from '../types';

/** How a figure is named in a message: as written, whitespace collapsed. */
export function quote(f: Figure): string {
  return f.text.replace(/\s+/g, ' ').trim();
}

/** A computed percentage for a message: "+10.7%" when narrow, "+10.6%..+10.8%" otherwise. */
export function signedPercent(g: Iv): string {
  const lo = formatSignedPercent(g.lo);
  const hi = formatSignedPercent(g.hi);
  return lo === hi ? lo : formatSignedPercent(mid(g));
}

export function plainPercent(g: Iv, decimals = 1): string {
  return `${formatInterval(g, decimals)}%`;
}

/** Related information pointing at every figure involved, each with its role. */
export function relatedFigures(model: TranscriptModel, roles: readonly [number, string][]): Related[] {
  return roles.map(([i, role]) => ({ span: model.figures[i].span, message: `${role}: ${quote(model.figures[i])}` }));
}

export function finding(
  checkId: string,
  model: TranscriptModel,
  at: number,
  message: string,
  roles: readonly [number, string][],
  fixes: readonly Fix[] = [],
): Finding {
  return { checkId, span: model.figures[at].span, message, related: relatedFigures(model, roles), fixes };
}

/** Whether a metric's higher values are better (margins, profit) or worse (costs, losses); undefined when unclear. */
export function polarity(metric: string | undefined): 'higher-better' | 'lower-better' | undefined {
  if (!metric) return undefined;
  const m = metric.toLowerCase();
  // "Days sales outstanding", "AR turnover days": a count of days is better lower, whatever else is named.
  if (/\bdays\b|\bdso\b/.test(m)) return 'lower-better';
  const worse = /\b(loss(es)?|expenses?|costs?|opex|debt|churn|days|liabilit\w*|spend\w*)\b/.test(m);
  const better = /\b(margin|profit|income|revenues?|sales|ebitda|earnings|cash|customers?|arpu|retention|gmv|bookings)\b/.test(m);
  if (worse === better) return undefined;
  return better ? 'higher-better' : 'lower-better';
}

/** A relation a check read and found consistent: which check, which figures, and the arithmetic. */
export interface Verified {
  readonly checkId: string;
  readonly figures: readonly number[];
  readonly note: string;
}

const sinks = new WeakMap<TranscriptModel, Verified[]>();

/**
 * Records a consistent relation when someone is listening (seed fixtures, hovers); free otherwise: the note is
 * written only for a listener (a long call verifies thousands of relations, and formatting them is not free).
 */
export function noteVerified(model: TranscriptModel, checkId: string, figures: readonly number[], note: () => string): void {
  sinks.get(model)?.push({ checkId, figures, note: note() });
}

/** Runs `fn` and returns the consistent relations the checks noted while it ran. */
export function collectVerified(model: TranscriptModel, fn: () => void): Verified[] {
  const list: Verified[] = [];
  sinks.set(model, list);
  try {
    fn();
  } finally {
    sinks.delete(model);
  }
  return list;
}

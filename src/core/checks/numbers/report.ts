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
  const worse = /\b(loss(es)?|expenses?|costs?|opex|debt|churn|days|liabilit\w*|spend\w*)\b/.test(m);
  const better = /\b(margin|profit|income|revenues?|sales|ebitda|earnings|cash|customers?|arpu|retention|gmv|bookings)\b/.test(m);
  if (worse === better) return undefined;
  return better ? 'higher-better' : 'lower-better';
}

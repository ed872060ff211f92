import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { canonical, Dec, pow10 } from '../../numbers/decimal';
import { overlaps, powerOfTenBetween, type Iv } from '../../numbers/interval';
import type { Check, Finding, Fix } from '../types';
import { factRoles } from './facts';
import { finding, quote } from './report';
import { figureIv, unitViews } from './relations';
import { statements } from './sameMetric';

/**
 * An amount off by a power of ten from another statement of the same amount: "RMB 17.2 billion" for a
 * revenue stated as "RMB 1.72 billion" (亿 read as billion). Evidence that two amounts are the same series:
 * the same metric for the same period, or the same stated change beside each ("up 6%"), or a second pair of
 * amounts in the same two sentences off by the same factor. Unrelated amounts with equal digits are never compared.
 */

interface Amount {
  readonly figure: number;
  readonly unit: number;
  readonly iv: Iv;
  /** The change stated beside it, as written ("6%", "up"), if any. */
  readonly companion?: string;
}

function leadingDigits(f: Figure): string {
  return f.value.replace(/^-/, '').replace('.', '').replace(/^0+/, '').slice(0, 2);
}

function amounts(model: TranscriptModel): Amount[] {
  const roles = factRoles(model);
  const out: Amount[] = [];
  unitViews(model).forEach((view, u) => {
    view.figs.forEach((f, p) => {
      const i = view.unit.figures[p];
      if (f.kind !== 'money' || roles.change[i] || view.rangePartner(p) !== undefined) return;
      const iv = figureIv(f);
      if (!iv || iv.lo.lte(0)) return;
      // The change stated with it: the nearest percent change with no other amount in between.
      let companion: string | undefined;
      for (const q of [p + 1, p - 1]) {
        if (q < 0 || q >= view.figs.length) continue;
        const g = view.figs[q];
        const cue = view.changeCue(q);
        if (g.kind === 'percent' && cue !== undefined && !view.fromLed(q)) {
          companion = `${g.value}|${cue === 'unspecified' ? '' : cue.direction}`;
          break;
        }
      }
      out.push({ figure: i, unit: u, iv, companion });
    });
  });
  return out;
}

/** The two sentences hold another pair of amounts off by the same factor, in the same order. */
function pairedElsewhere(byUnit: Map<number, Amount[]>, a: Amount, b: Amount, k: number): boolean {
  const ua = byUnit.get(a.unit) ?? [];
  const ub = byUnit.get(b.unit) ?? [];
  const ia = ua.indexOf(a);
  const ib = ub.indexOf(b);
  for (let x = 0; x < ua.length; x++) {
    if (x === ia) continue;
    const y = ib + (x - ia);
    if (y < 0 || y >= ub.length || y === ib) continue;
    if (powerOfTenBetween(ua[x].iv, ub[y].iv, 3) === k) return true;
  }
  return false;
}

/** The numeral of a figure's text rescaled by 10^-k, keeping every other character ("RMB 17.2 billion" -> "RMB 1.72 billion"). */
function rescaledText(f: Figure, k: number): string | undefined {
  const m = /[0-9][0-9,]*(?:\.[0-9]+)?/.exec(f.text);
  if (!m) return undefined;
  const n = new Dec(m[0].replace(/,/g, '')).times(pow10(-k));
  return f.text.slice(0, m.index) + canonical(n) + f.text.slice(m.index + m[0].length);
}

export const scaleSlip: Check = {
  id: 'scale-slip',
  category: 'numbers',
  summary: 'An amount that is another statement of the same amount off by a factor of 10, 100 or 1000 (billion written for 亿, million for thousand).',
  defaultSeverity: 'warning',
  run(model) {
    const all = amounts(model);
    const byUnit = new Map<number, Amount[]>();
    for (const a of all) {
      const list = byUnit.get(a.unit);
      if (list) list.push(a);
      else byUnit.set(a.unit, [a]);
    }
    const metricKey = new Map<number, string>();
    for (const s of statements(model)) metricKey.set(s.figure, s.key);
    // Bucket by currency and leading digits: only amounts that could differ by a power of ten meet.
    const buckets = new Map<string, Amount[]>();
    for (const a of all) {
      const f = model.figures[a.figure];
      const key = `${f.currency ?? ''}|${leadingDigits(f)}`;
      const list = buckets.get(key);
      if (list) list.push(a);
      else buckets.set(key, [a]);
    }
    const slips = new Map<number, { others: number[]; k: number; corroborated: boolean }>();
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = [list[x], list[y]];
          if (a.unit === b.unit) continue;
          const k = powerOfTenBetween(a.iv, b.iv, 3);
          if (k === undefined) continue;
          const ka = metricKey.get(a.figure);
          const sameSeries =
            (ka !== undefined && ka === metricKey.get(b.figure)) ||
            (a.companion !== undefined && a.companion === b.companion) ||
            pairedElsewhere(byUnit, a, b, k);
          if (!sameSeries) continue;
          // The odd one out: the amount no third statement agrees with.
          const agrees = (c: Amount): boolean => all.some((o) => o !== a && o !== b && o.unit !== c.unit && overlaps(o.iv, c.iv));
          const aOk = agrees(a);
          const bOk = agrees(b);
          const [odd, good, kk] = aOk && !bOk ? [b, a, -k] : bOk && !aOk ? [a, b, k] : [b, a, -k];
          const entry = slips.get(odd.figure) ?? { others: [], k: kk, corroborated: false };
          if (!entry.others.includes(good.figure)) entry.others.push(good.figure);
          entry.corroborated ||= aOk !== bOk;
          slips.set(odd.figure, entry);
        }
      }
    }
    const out: Finding[] = [];
    for (const [odd, { others, k, corroborated }] of slips) {
      const f = model.figures[odd];
      const other = model.figures[others[0]];
      const factor = pow10(Math.abs(k)).toFixed();
      const fixes: Fix[] = [];
      const text = corroborated ? rescaledText(f, k) : undefined;
      if (text) fixes.push({ title: `Change to ${text}`, edits: [{ start: f.span.start, end: f.span.end, newText: text }], safe: false });
      out.push(
        finding(
          'scale-slip',
          model,
          odd,
          `${quote(f)} is ${factor} times ${k > 0 ? 'larger' : 'smaller'} than ${quote(other)} (line ${other.line + 1}), stated for the same amount${corroborated ? '' : '; one of them has the wrong scale'}.`,
          [[odd, 'this amount'], ...others.map((i) => [i, 'same amount'] as [number, string])],
          fixes,
        ),
      );
    }
    return out;
  },
};

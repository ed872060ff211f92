import { overlaps, powerOfTenBetween } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { finding, noteVerified, quote } from './report';
import { figureIv } from './relations';
import { pushTo } from './units';
import { statements, type Statement } from './sameMetric';

/** The same metric for the same period given two values that no stated precision reconciles. */
export const restatedFigure: Check = {
  id: 'restated-figure',
  category: 'numbers',
  summary: 'The same metric for the same period is stated twice with values whose intervals do not overlap.',
  defaultSeverity: 'warning',
  run(model) {
    const groups = new Map<string, Statement[]>();
    for (const s of statements(model)) {
      pushTo(groups, s.key, s);
    }
    const out: Finding[] = [];
    for (const g of groups.values()) {
      for (let j = 1; j < g.length; j++) {
        const later = model.figures[g[j].figure];
        const ivLater = figureIv(later);
        if (!ivLater) continue;
        // Compare with the first earlier mention in another sentence; a sentence comparing two values is not a restatement.
        for (let i = 0; i < j; i++) {
          if (g[i].unit === g[j].unit) continue;
          const earlier = model.figures[g[i].figure];
          const ivEarlier = figureIv(earlier);
          if (!ivEarlier) continue;
          if (overlaps(ivEarlier, ivLater)) {
            noteVerified(model, 'restated-figure', [g[i].figure, g[j].figure], () => `${quote(earlier)} = ${quote(later)}`);
            break;
          }
          // A factor of ten is scale-slip's finding.
          if (later.kind === 'money' && powerOfTenBetween(ivLater, ivEarlier, 3) !== undefined) continue;
          const metric = later.metric ?? '';
          out.push(
            finding(
              'restated-figure',
              model,
              g[j].figure,
              `${metric} for ${later.period?.label ?? 'this period'} is stated as ${quote(later)} here but ${quote(earlier)} earlier (line ${earlier.line + 1}).`,
              [
                [g[i].figure, 'earlier statement'],
                [g[j].figure, 'this statement'],
              ],
            ),
          );
          break;
        }
      }
    }
    return out;
  },
};

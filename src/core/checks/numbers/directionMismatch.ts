import type { Figure } from '../../figures/types';
import type { TranscriptModel } from '../../model/types';
import { abs, formatInterval, sub, type Iv } from '../../numbers/interval';
import type { Check, Finding } from '../types';
import { growthAgainstWords, growthCases } from './growth';
import { finding, noteVerified, polarity, quote, signedPercent } from './report';
import { figureIv, moves, pointOf, pointRelations, type Cue, type Direction } from './relations';

/** What the words say the value did, as a signed direction of current − prior; undefined when it depends on unknowns. */
function signedDirection(cue: Cue, metric: string | undefined, a: Iv, b: Iv): Direction | undefined {
  if (cue.sense === 'signed') {
    // "decreased from −216 to −28" may mean the loss shrank: with both values negative the sign is ambiguous.
    if (a.hi.lt(0) && b.hi.lt(0)) return undefined;
    return cue.direction;
  }
  if (cue.sense === 'goodness') {
    const pol = polarity(metric);
    if (!pol) return undefined;
    return (pol === 'higher-better') === (cue.direction === 'up') ? 'up' : 'down';
  }
  return undefined;
}

/** The difference current − prior lies strictly against the direction for every value the intervals allow. */
function against(direction: Direction, diff: Iv): boolean {
  return direction === 'up' ? diff.hi.lt(0) : diff.lo.gt(0);
}

function metricOf(model: TranscriptModel, f: Figure, unitStart: number): string | undefined {
  return f.metric ?? model.text.slice(unitStart, f.span.start);
}

/** "Decreased by 9% to RMB 31 million from RMB 28 million": the numbers rise while the words say they fell. */
export const directionMismatch: Check = {
  id: 'direction-mismatch',
  category: 'numbers',
  summary: 'Words say a value rose (or fell, improved, narrowed) while the figures they compare moved the other way.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    const roles = (cur: number, prior: number, extra?: number): [number, string][] => {
      const r: [number, string][] = [
        [cur, 'current'],
        [prior, 'prior'],
      ];
      if (extra !== undefined) r.push([extra, 'stated change']);
      return r;
    };
    for (const c of growthCases(model)) {
      if (!growthAgainstWords(c)) continue;
      const { rel } = c;
      const [a, b] = [model.figures[rel.current], model.figures[rel.prior]];
      const word = rel.cue === 'unspecified' ? '' : ` ("${rel.cue.word}")`;
      out.push(
        finding(
          'direction-mismatch',
          model,
          rel.change,
          `${quote(a)} from ${quote(b)} is ${signedPercent(c.shown())}, stated ${signedPercent(c.stated.exact)}${word}.`,
          roles(rel.current, rel.prior, rel.change),
        ),
      );
    }
    for (const rel of pointRelations(model)) {
      const { cue } = rel;
      if (cue === 'unspecified') continue;
      const [a, b] = [model.figures[rel.current], model.figures[rel.prior]];
      const ia = figureIv(a);
      const ib = figureIv(b);
      if (!ia || !ib) continue;
      const dir = signedDirection(cue, metricOf(model, a, rel.unit.span.start), ia, ib);
      const diff = sub(ia, ib);
      if (!dir) continue;
      if (!against(dir, diff)) {
        noteVerified(model, 'direction-mismatch', [rel.current, rel.prior, rel.change], () => `from ${quote(b)} to ${quote(a)}, "${cue.word}"`);
        continue;
      }
      const shown = sub(pointOf(a), pointOf(b));
      out.push(
        finding(
          'direction-mismatch',
          model,
          rel.change,
          `From ${quote(b)} to ${quote(a)} is a ${dir === 'up' ? 'fall' : 'rise'} of ${formatInterval(abs(shown))} percentage points, stated as "${cue.word}".`,
          roles(rel.current, rel.prior, rel.change),
        ),
      );
    }
    for (const rel of moves(model)) {
      const [a, b] = [model.figures[rel.current], model.figures[rel.prior]];
      const ia = figureIv(a);
      const ib = figureIv(b);
      if (!ia || !ib) continue;
      let diff = sub(ia, ib);
      let dir: Direction | undefined;
      if (rel.cue.sense === 'magnitude') {
        dir = rel.cue.direction;
        diff = sub(abs(ia), abs(ib));
      } else dir = signedDirection(rel.cue, metricOf(model, a, rel.unit.span.start), ia, ib);
      if (!dir) continue;
      if (!against(dir, diff)) {
        noteVerified(model, 'direction-mismatch', [rel.current, rel.prior], () => `from ${quote(b)} to ${quote(a)}, "${rel.cue.word}"`);
        continue;
      }
      out.push(
        finding(
          'direction-mismatch',
          model,
          rel.current,
          `From ${quote(b)} to ${quote(a)} ${dir === 'up' ? 'falls' : 'rises'}${rel.cue.sense === 'magnitude' ? ' in size' : ''}, stated as "${rel.cue.word}".`,
          roles(rel.current, rel.prior),
        ),
      );
    }
    return out;
  },
};

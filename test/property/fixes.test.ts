import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analyze';
import type { Edit } from '../../src/core/checks/types';
import { applyEdits, fixAllEdits, nonOverlapping } from '../../src/core/fixes/apply';
import { fcParams, fixableText, seedSampleArb, seedText, SEED_NAMES } from './gen';
import { fixContainmentViolations, overlappingEdits } from './invariants';
import { CaseStats } from './stats';

/**
 * Fixes are safe edits: fix-all takes non-overlapping safe fixes whole; each edit changes only what its
 * finding names (plus separators); after fix-all no finding of a fixed kind sits where the fixes edited
 * (passage-level checks aside); and repeating fix-all reaches a fixed point within MAX_PASSES passes.
 * "One fix-all is always a fixed point" does NOT hold: a passage said three times, or a passage that only
 * matches its twin once a name fix made them equal, is found one pass later (docs/robustness.md).
 */

const stats = new CaseStats('fixes');
let withEdits = 0;
let editsApplied = 0;
let fixedPointAfterOne = 0;
let morePasses = 0;
const MAX_PASSES = 4;
/** Checks whose findings are whole passages compared with another passage (see the fixed-point property). */
const PASSAGE_CHECKS = new Set(['duplicate-passage']);
afterAll(() =>
  console.log(
    `${stats.summary()}; ${withEdits} cases had fix-all edits (${editsApplied} edits applied): ` +
      `${fixedPointAfterOne} reached a fixed point after one fix-all, ${morePasses} needed 2-${MAX_PASSES} passes`,
  ),
);

function fixAll(analysis: Analysis): Edit[] {
  return fixAllEdits(analysis.diagnostics.flatMap((d) => d.fixes));
}

function assertFixProperties(label: string, text: string): void {
  stats.cases++;
  const first = stats.analyze(label, text);
  const problems: string[] = [];
  for (const d of first.diagnostics) problems.push(...fixContainmentViolations(text, d));

  const edits = fixAll(first);
  problems.push(...overlappingEdits(edits));
  // Taken whole or not at all, and only safe fixes.
  const taken = new Set(edits);
  for (const d of first.diagnostics) {
    for (const fix of d.fixes) {
      const n = fix.edits.filter((e) => taken.has(e)).length;
      if (!fix.safe && n > 0) problems.push(`${d.checkId}: unsafe fix "${fix.title}" applied by fix-all`);
      if (n > 0 && n < fix.edits.length) problems.push(`${d.checkId}: fix "${fix.title}" half-applied (${n}/${fix.edits.length} edits)`);
    }
  }
  if (problems.length > 0) throw new Error(`${label}:\n${problems.slice(0, 12).join('\n')}`);
  if (edits.length === 0) return;
  withEdits++;
  editsApplied += edits.length;

  // Where the edits landed in the fixed text.
  const landed: Array<[number, number]> = [];
  let shift = 0;
  for (const e of edits) {
    landed.push([e.start + shift, e.start + shift + e.newText.length]);
    shift += e.newText.length - (e.end - e.start);
  }
  const fixedKinds = new Set(first.diagnostics.filter((d) => d.fixes.some((f) => f.edits.some((e) => taken.has(e)))).map((d) => d.checkId));

  let current = applyEdits(text, edits);
  let analysis = stats.analyze(`${label} (fixed)`, current);
  // A local fix must not leave (or re-create) a finding of its own kind where it edited. Passage-level findings
  // span whole passages and compare two distant ones: an edit anywhere inside (a name fix) may reveal one.
  const reappeared = analysis.diagnostics.filter(
    (d) =>
      fixedKinds.has(d.checkId) &&
      !PASSAGE_CHECKS.has(d.checkId) &&
      landed.some(([s0, e0]) => (s0 < e0 ? d.span.start < e0 && s0 < d.span.end : d.span.start < s0 && s0 < d.span.end)),
  );
  if (reappeared.length > 0) {
    const shown = reappeared.slice(0, 6).map((d) => `${d.checkId} at ${d.span.start}: ${JSON.stringify(current.slice(Math.max(0, d.span.start - 30), d.span.end + 30))} — ${d.message}`);
    throw new Error(`${label}: after fix-all, ${reappeared.length} finding(s) of a fixed kind where the fixes edited:\n${shown.join('\n')}`);
  }
  // Fix-all converges: each pass is a fixed point or leads to one within MAX_PASSES.
  let passes = 1;
  for (let next = fixAll(analysis); next.length > 0; next = fixAll(analysis)) {
    if (++passes > MAX_PASSES) {
      const offers = analysis.diagnostics.filter((d) => d.fixes.some((f) => f.safe)).slice(0, 4).map((d) => `${d.checkId}: ${d.message}`);
      throw new Error(`${label}: fix-all still finds edits after ${MAX_PASSES} passes:\n${offers.join('\n')}`);
    }
    current = applyEdits(current, next);
    analysis = stats.analyze(`${label} (pass ${passes})`, current);
  }
  if (passes === 1) fixedPointAfterOne++;
  else morePasses++;
}

describe('fixes edit only what they name and fix-all reaches a fixed point', () => {
  it('on text full of loops, noise, garbled names and restarts', () => {
    fc.assert(fc.property(fixableText, (text) => assertFixProperties('fixable', text)), fcParams(100));
  });

  it('on mutated windows of the seeds', () => {
    fc.assert(
      fc.property(seedSampleArb(8_000), (s) => assertFixProperties(`${s.seed} [${s.mutations.join(', ')}]`, s.text)),
      fcParams(100),
    );
  });

  it('on the whole seeds', { timeout: 120_000 }, () => {
    for (const seed of SEED_NAMES) assertFixProperties(seed, seedText(seed));
  });
});

describe('applyEdits and fixAllEdits on arbitrary edits', () => {
  const text = 'Revenue grew 12% to RMB 3.4 million. 收入增長😀 music music you.';
  const edit = fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 12 }), fc.constantFrom('', 'x', 'Kingsoft Cloud', '\n'))
    .map(([start, len, newText]): Edit => ({ start, end: Math.min(text.length, start + len), newText }));
  const fixArb = fc.record({ title: fc.constant('t'), edits: fc.array(edit, { minLength: 1, maxLength: 3 }), safe: fc.boolean() });

  it('nonOverlapping keeps a sorted, pairwise disjoint subset and applyEdits applies exactly it', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 10 }), (edits) => {
        stats.cases++;
        const kept = nonOverlapping(edits);
        expect(overlappingEdits(kept)).toEqual([]);
        for (const k of kept) expect(edits).toContain(k);
        // Applying from the end, one at a time, gives the same text.
        let expected = text;
        for (const e of [...kept].reverse()) expected = expected.slice(0, e.start) + e.newText + expected.slice(e.end);
        expect(applyEdits(text, edits)).toBe(expected);
      }),
      fcParams(500),
    );
  });

  it('fixAllEdits skips a fix whose own edits overlap, and a second insertion at the same point (found by this suite)', () => {
    const selfOverlapping = { title: 'a', safe: true, edits: [{ start: 0, end: 8, newText: '' }, { start: 7, end: 12, newText: 'x' }] };
    const ok = { title: 'b', safe: true, edits: [{ start: 20, end: 21, newText: '' }] };
    expect(fixAllEdits([selfOverlapping, ok])).toEqual(ok.edits);
    const insertA = { title: 'c', safe: true, edits: [{ start: 5, end: 5, newText: 'A' }] };
    const insertB = { title: 'd', safe: true, edits: [{ start: 5, end: 5, newText: 'B' }, { start: 30, end: 31, newText: '' }] };
    // Taking B would half-apply it: applyEdits keeps only the first insertion at a point.
    expect(fixAllEdits([insertA, insertB])).toEqual(insertA.edits);
  });

  it('fixAllEdits takes safe fixes whole, never overlapping, and skips a fix rather than half-apply it', () => {
    fc.assert(
      fc.property(fc.array(fixArb, { maxLength: 8 }), (fixes) => {
        stats.cases++;
        const taken = fixAllEdits(fixes);
        expect(overlappingEdits(taken)).toEqual([]);
        const set = new Set(taken);
        for (const f of fixes) {
          const n = f.edits.filter((e) => set.has(e)).length;
          if (!f.safe) expect(n).toBe(0);
          else expect([0, f.edits.length]).toContain(n);
        }
        // Nothing taken was dropped by applyEdits' own overlap rule.
        expect(nonOverlapping(taken)).toHaveLength(taken.length);
        // Greedy: a safe fix left out overlaps or touches (at an insertion point) what was taken, or itself.
        const meet = (a: Edit, b: Edit) => (a.start < b.end && b.start < a.end) || ((a.start === a.end || b.start === b.end) && a.start <= b.end && b.start <= a.end);
        for (const f of fixes) {
          if (!f.safe || f.edits.some((e) => set.has(e))) continue;
          const reason = f.edits.some((e) => taken.some((t) => meet(e, t))) || f.edits.some((e, i) => f.edits.some((g, j) => i !== j && meet(e, g)));
          expect(reason, `fix ${JSON.stringify(f.edits)} left out for no reason`).toBe(true);
        }
      }),
      fcParams(500),
    );
  });
});

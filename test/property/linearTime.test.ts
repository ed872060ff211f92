import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { checks } from '../../src/core/checks/registry';
import { parseTranscript } from '../../src/core/model/parse';
import type { TranscriptModel } from '../../src/core/model/types';
import { anyInput, describeInput, fcParams, seedText, SEED_NAMES } from './gen';

/**
 * Analysis time grows linearly with the input: analysing x repeated four times costs well under 12 times
 * analysing x (linear gives 4, quadratic 16). No absolute time is asserted. The measure is this process's CPU
 * time (user + system), the best of a few runs, so other processes on a loaded machine do not count; a ratio
 * over the bound is re-measured before it fails. Inputs are grown until the base run is long enough to time.
 */

const BOUND = 12;
const MIN_BASE_MS = 25;
const MAX_BASE_CHARS = 400_000;

let cases = 0;
let worst = { ratio: 0, input: '' };
let slowest = { ms: 0, input: '' };
afterAll(() =>
  console.log(
    `[property] linearTime: ${cases} cases (x vs x repeated 4 times); worst ratio ${worst.ratio.toFixed(1)} on ${worst.input}; ` +
      `slowest analysis ${slowest.ms.toFixed(0)} ms CPU on ${slowest.input}`,
  ),
);

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

function bestOf(times: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) best = Math.min(best, cpuMs(run));
  return best;
}

/** Grows `unit` by repetition until one analysis takes MIN_BASE_MS, then compares with four times that text. */
function ratioOf(label: string, unit: string, run: (text: string) => unknown = analyze, retries = 3, minBaseMs = MIN_BASE_MS): number {
  cases++;
  let x = unit.length > 0 ? unit : ' ';
  let base = bestOf(1, () => run(x));
  while (base < minBaseMs && x.length * 2 <= MAX_BASE_CHARS) {
    x = x.repeat(Math.max(2, Math.min(8, Math.ceil(minBaseMs / Math.max(base, 1)))));
    base = bestOf(1, () => run(x));
  }
  const big = x.repeat(4);
  let baseBest = bestOf(2, () => run(x));
  let bigBest = bestOf(2, () => run(big));
  // A loaded machine (GC, a neighbour's burst) can inflate one side: measure again before calling it superlinear.
  for (let retry = 0; retry < retries && bigBest / baseBest >= BOUND; retry++) {
    baseBest = Math.min(baseBest, bestOf(2, () => run(x)));
    bigBest = Math.min(bigBest, bestOf(2, () => run(big)));
  }
  const ratio = bigBest / Math.max(baseBest, 0.001);
  const input = describeInput(label, x);
  const measuresAnalysis = run === analyze;
  if (measuresAnalysis && ratio > worst.ratio && baseBest >= minBaseMs) worst = { ratio, input };
  if (measuresAnalysis && bigBest > slowest.ms) slowest = { ms: bigBest, input: describeInput(`${label} x4`, big) };
  // Too fast to time even at the size cap: nothing meaningful to compare.
  if (baseBest < minBaseMs) return 1;
  return ratio;
}

describe('analysis time is linear in the input', () => {
  it('on pathological shapes: brackets, digits, punctuation, emoji, one long line, many headers, loops, wrapped lines, the seeds', { timeout: 240_000 }, () => {
    const shapes: Array<[string, string]> = [
      ['open brackets', '('.repeat(2_000) + 'RMB 1 million '],
      ['nested brackets', '('.repeat(1_000) + 'up 3%' + ')'.repeat(1_000) + '\n'],
      ['digits', '1234567890'.repeat(500)],
      ['punctuation', '.,;:!?-()[]%$"\'/…—'.repeat(200) + '\n'],
      ['mixed scripts and emoji', '收入增長😀 RMB 1.2億 👨‍👩‍👧 Ωμέγα 12% Привет ١٢٣ שלום 𝟙𝟚𝟛% '.repeat(50)],
      ['one long line of figures', 'revenue grew 12% to RMB 3.4 million and the margin was 37.2%, up 150 bps; '.repeat(60)],
      ['header after header', 'Jane Doe - CFO\nRevenue grew 12% year-over-year to RMB 3.4 million.\nJohn Smith -- Analyst\nThanks. What about margins?\n'.repeat(20)],
      ['a loop', 'music music music you you '.repeat(100)],
      ['numbers in words', 'revenue was one point two billion, up twenty-three percent, of which half came from cloud. '.repeat(30)],
      ['lone surrogates and NULs', '\uD800a\u0000\uDC00 12% '.repeat(400)],
      ['sentences wrapped over many lines', 'we grew. Revenue rose 7% and\n'.repeat(300)],
      ['labelled cues of one speaker', 'SPEAKER_01 (00:00:12): we grew 7% to $3 million\n'.repeat(300)],
      ['a Q&A heading before every turn', 'Questions and Answers\nJane Doe - CFO\nRevenue grew 12%.\n'.repeat(300)],
      ...SEED_NAMES.map((s): [string, string] => [`seed ${s} (first 20 k)`, seedText(s).slice(0, 20_000)]),
    ];
    const ratios = shapes.map(([label, text]) => [label, ratioOf(label, text)] as const);
    for (const [label, ratio] of ratios) expect(ratio, `${label}: x4 input took ${ratio.toFixed(1)}x as long`).toBeLessThan(BOUND);
  });

  it('the measure catches quadratic work (so the bound can fail)', () => {
    // Compares every pair of characters: 4x the text, 16x the work.
    const quadratic = (text: string) => {
      let n = 0;
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) n += text.charCodeAt(i) ^ text.charCodeAt(j);
      return n;
    };
    // Warm the JIT first: a cold base run looks slow and would shrink the ratio.
    for (let i = 0; i < 30; i++) quadratic('abcdefgh'.repeat(100));
    // A noisy machine can hide it once; a broken measure hides it every time.
    const counted = cases;
    let best = 0;
    for (let attempt = 0; attempt < 3 && best <= BOUND; attempt++) best = Math.max(best, ratioOf('self-test: pairwise loop', 'abcdefgh'.repeat(500), quadratic, 0, 10));
    expect(best).toBeGreaterThan(BOUND);
    cases = counted;
  });

  it('on generated inputs and seed mutations', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(anyInput, ({ label, text }) => {
        const ratio = ratioOf(label, text);
        expect(ratio, `${describeInput(label, text)}: x4 input took ${ratio.toFixed(1)}x as long`).toBeLessThan(BOUND);
      }),
      fcParams(12),
    );
  });

  it('per check, when lines grow longer (x repeated inside one line, not more lines)', { timeout: 240_000 }, () => {
    const failures: string[] = [];
    for (const [label, make] of LINE_SHAPES) {
      // n where the whole analysis takes long enough to time; then each check on the parsed n and 4n texts.
      let n = 8;
      let small = make(n);
      while (cpuMs(() => analyze(small)) < 150 && small.length * 2 <= MAX_BASE_CHARS) small = make((n *= 2));
      const big = make(4 * n);
      const [m1, m4] = [parseTranscript(small), parseTranscript(big)];
      for (const check of checks) {
        cases++;
        const run = (m: TranscriptModel) => () => check.run(m, { knownNames: [] });
        let t1 = bestOf(2, run(m1));
        const known = KNOWN_SUPERLINEAR.has(`${check.id}|${label}`);
        let t4 = bestOf(known ? 1 : 2, run(m4));
        // Fast at 4n too: not what makes analysis slow. Below 5 ms the small run is noise: count it as 5 ms.
        if (t4 < 20) continue;
        const ratioOf4 = () => t4 / Math.max(t1, 5);
        for (let retry = 0; !known && retry < 3 && ratioOf4() >= BOUND; retry++) {
          t1 = Math.min(t1, bestOf(2, run(m1)));
          t4 = Math.min(t4, bestOf(2, run(m4)));
        }
        const ratio = ratioOf4();
        if (known) {
          knownFound.push(`${check.id} on ${label}: x${ratio.toFixed(1)} (${t1.toFixed(0)} -> ${t4.toFixed(0)} ms CPU)`);
          continue;
        }
        if (ratio > worst.ratio) worst = { ratio, input: `${check.id} on ${describeInput(label, small)}` };
        if (ratio >= BOUND) failures.push(`${check.id} on ${label} (n = ${n}): x4 took ${ratio.toFixed(1)}x (${t1.toFixed(0)} -> ${t4.toFixed(0)} ms CPU)`);
      }
    }
    expect(failures).toEqual([]);
  });
});

const EN_ZH = 'an English line and its Chinese translation with n figures each';
const FIGURE_LINE = 'one line of n figures';

/** Texts whose lines grow with n: a repeat of x adds lines, these make one line (or one line pair) longer. */
const LINE_SHAPES: Array<[string, (n: number) => string]> = [
  [EN_ZH, (n) => `${'Revenue grew 12% to RMB 3.4 million and '.repeat(n)}\n${'收入增長 RMB 1.2億 12% '.repeat(n)}\n`],
  [FIGURE_LINE, (n) => 'revenue grew 12% to RMB 3.4 million and the margin was 37.2%, up 150 bps; '.repeat(n)],
  ['one sentence of n words', (n) => `Jane Doe - CFO\n${'we will continue to invest in cloud and '.repeat(n)}.\n`],
  ['n nested brackets', (n) => `${'('.repeat(n * 10)}up 3%${')'.repeat(n * 10)}\n`],
];

/**
 * Check and shape pairs known to be superlinear, reported and awaiting a fix by the check's owner: measured and
 * printed, not failed. Remove an entry once fixed (the per-check test then guards it).
 * (growth-, direction- and percentage-points-mismatch were quadratic in the figures of one sentence until ad39cb7;
 * translation-mismatch compared every English figure of a line with every figure of its translation line until
 * its pairing grouped alike figures, see pairing.ts.)
 */
const KNOWN_SUPERLINEAR = new Set<string>();
const knownFound: string[] = [];
afterAll(() => {
  if (knownFound.length > 0) console.log(`[property] linearTime: known superlinear (reported, not failed): ${knownFound.join('; ')}`);
});


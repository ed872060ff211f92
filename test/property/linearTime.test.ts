import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
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
  it('on pathological shapes: brackets, digits, punctuation, emoji, one long line, many headers, loops, the seeds', { timeout: 240_000 }, () => {
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
    expect(ratioOf('self-test: pairwise loop', 'abcdefgh'.repeat(250), quadratic, 0, 3)).toBeGreaterThan(BOUND);
    cases--;
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
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../src/core/analyze';
import { applyEdits, fixAllEdits } from '../src/core/fixes/apply';
import { describeInput, fixableText, fragmentText, seedSampleArb, seedText, SEED_NAMES, structuredText } from '../test/property/gen';
import { analysisViolations, fixContainmentViolations, overlappingEdits } from '../test/property/invariants';

/**
 * A longer fuzz run than CI's property suite, with bigger inputs (whole seeds mutated, long lines, deep nesting):
 * the same soundness and fix properties, plus the slowest inputs by CPU time and the worst cost per character.
 * Run with `node scripts/fuzz.mjs [--seconds 300] [--seed 7] [--size 10] [--out DIR]` (default: <tmp>/transcript-lens-fuzz).
 * A violation stops the run: its input is written to <out>/failure-<n>.txt with the list of violations.
 */

interface Options {
  seconds: number;
  seed: number;
  size: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    seconds: Number(get('seconds') ?? 120),
    seed: Number(get('seed') ?? Date.now() % 1_000_000),
    size: Number(get('size') ?? 10),
    out: path.resolve(get('out') ?? path.join(tmpdir(), 'transcript-lens-fuzz')),
  };
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/** Below this size one GC pause dominates the time: no cost-per-character figure for such inputs. */
const MIN_PER_CHAR = 20_000;

interface Timed {
  readonly label: string;
  readonly text: string;
  readonly ms: number;
}

export function main(argv: readonly string[]): number {
  const opts = parseArgs(argv);
  const inputs = fc.oneof(
    fragmentText.map((text) => ({ label: 'fragments', text })),
    structuredText.map((text) => ({ label: 'structured', text })),
    fixableText.map((text) => ({ label: 'fixable', text })),
    seedSampleArb(60_000, opts.size).map((s) => ({ label: `${s.seed} window [${s.mutations.join(', ')}]`, text: s.text })),
    seedSampleArb(Number.MAX_SAFE_INTEGER, opts.size, 1_000).map((s) => ({ label: `${s.seed} from line [${s.mutations.join(', ')}]`, text: s.text })),
    fc.constantFrom(...SEED_NAMES).map((s) => ({ label: `${s} as is`, text: seedText(s) })),
  );
  const deadline = Date.now() + opts.seconds * 1000;
  const rng = fc.sample(fc.integer(), { seed: opts.seed, numRuns: 1 })[0];
  let cases = 0;
  let chars = 0;
  let totalMs = 0;
  const slowest: Timed[] = [];
  let worstPerChar: Timed & { perKChar: number } = { label: '', text: '', ms: 0, perKChar: 0 };
  mkdirSync(opts.out, { recursive: true });

  for (let batch = 0; Date.now() < deadline; batch++) {
    for (const { label, text } of fc.sample(inputs, { seed: rng + batch, numRuns: 20 })) {
      if (Date.now() >= deadline) break;
      let analysis: ReturnType<typeof analyze> | undefined;
      let thrown: unknown;
      const ms = cpuMs(() => {
        try {
          analysis = analyze(text, {});
        } catch (err) {
          thrown = err;
        }
      });
      cases++;
      chars += text.length;
      totalMs += ms;
      slowest.push({ label, text, ms });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 5);
      if (text.length >= MIN_PER_CHAR && (ms * 1000) / text.length > worstPerChar.perKChar) worstPerChar = { label, text, ms, perKChar: (ms * 1000) / text.length };

      const violations: string[] = [];
      if (thrown !== undefined || !analysis) violations.push(`analyze threw: ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
      else {
        violations.push(...analysisViolations(text, analysis));
        for (const d of analysis.diagnostics) violations.push(...fixContainmentViolations(text, d));
        const edits = fixAllEdits(analysis.diagnostics.flatMap((d) => d.fixes));
        violations.push(...overlappingEdits(edits));
        if (edits.length > 0) {
          const fixed = applyEdits(text, edits);
          try {
            violations.push(...analysisViolations(fixed, analyze(fixed, {})).map((v) => `after fix-all: ${v}`));
          } catch (err) {
            violations.push(`analyze threw on the fixed text: ${String(err)}`);
          }
        }
      }
      if (violations.length > 0) {
        const file = path.join(opts.out, `failure-${cases}.txt`);
        writeFileSync(file, text);
        writeFileSync(`${file}.violations.txt`, `${describeInput(label, text)}\n${violations.join('\n')}\n`);
        process.stdout.write(`VIOLATION on case ${cases}: ${describeInput(label, text)}\n${violations.slice(0, 10).join('\n')}\ninput saved to ${file}\n`);
        return 1;
      }
    }
  }

  const top = slowest[0];
  if (top) writeFileSync(path.join(opts.out, 'slowest.txt'), top.text);
  if (worstPerChar.text) writeFileSync(path.join(opts.out, 'worst-per-char.txt'), worstPerChar.text);
  const lines = [
    `fuzz: ${cases} cases, ${(chars / 1e6).toFixed(1)} M characters, ${(totalMs / 1000).toFixed(1)} s CPU in analyze (seed ${opts.seed}, size ${opts.size})`,
    `no violations`,
    `slowest inputs (CPU ms):`,
    ...slowest.map((s) => `  ${s.ms.toFixed(0)} ms  ${describeInput(s.label, s.text)}`),
    `worst cost per character (inputs over ${MIN_PER_CHAR / 1000} k characters): ${worstPerChar.perKChar.toFixed(1)} ms per 1000 characters on ${describeInput(worstPerChar.label, worstPerChar.text)} (saved to worst-per-char.txt)`,
    `mean cost: ${((totalMs * 1000) / Math.max(1, chars)).toFixed(1)} ms per 1000 characters; slowest input saved to ${path.join(opts.out, 'slowest.txt')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

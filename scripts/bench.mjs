// Throughput benchmark (run by `npm run bench`, after the build).
// Builds a corpus from the seeds in a temporary folder (one 10 MB file; 1,000 files of ~50 KB, made of varied slices
// of the seeds so no two are identical), then prints MB/s for:
//   - parse (structure, sentences, facts, figures), figures alone, each check alone and all checks, in-process on one
//     thread, each timed once on the 10 MB file after a warm-up on a slice; parse again on the same file with its
//     digits redrawn (the file repeats the seeds' sentences, which a real call does not);
//   - analyze() on each of the 1,000 files in turn, in-process on one thread (the per-core speed on a folder);
//   - the whole CLI (`dist/cli.js check --format json`) on the 1,000 files with --jobs 1 and --jobs 2;
//   - `gzip -6` on the same bytes, as a yardstick for "as fast as reading the file".
// No assertion: numbers only. Options: --quick (smaller corpus), --keep (keep the corpus folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const keep = process.argv.includes('--keep');
const MB = 1024 * 1024;

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

// ---- corpus -------------------------------------------------------------------------------------------------
const seedDir = path.join(ROOT, 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(seedDir, f), 'utf8'));

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of transcript text: slices of the seeds cut at line boundaries, in varied order and length. */
function makeText(bytes, seed) {
  const rand = rng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const s = seeds[Math.floor(rand() * seeds.length)];
    const lines = s.split('\n');
    const from = Math.floor(rand() * lines.length * 0.8);
    const count = 5 + Math.floor(rand() * Math.max(1, lines.length - from));
    let piece = lines.slice(from, from + count).join('\n');
    // The last piece is cut (at a word boundary) so files come out near the size asked for.
    const room = bytes - size;
    if (piece.length > room) piece = piece.slice(0, Math.max(room, piece.indexOf(' ', room) + 1 || room));
    parts.push(piece);
    size += Buffer.byteLength(piece) + 1;
  }
  return parts.join('\n');
}

/** The text with every ASCII digit replaced by a pseudo-random one: same layout and words, new figures. */
function scrambleDigits(text, seed) {
  const rand = rng(seed);
  return text.replace(/[0-9]/g, () => String(Math.floor(rand() * 10)));
}

const dir = mkdtempSync(path.join(tmpdir(), 'tl-bench-'));
const bigSize = quick ? 2 * MB : 10 * MB;
const fileCount = quick ? 100 : 1000;
const bigText = makeText(bigSize, 1);
const bigFile = path.join(dir, 'big.txt');
writeFileSync(bigFile, bigText);
const manyDir = path.join(dir, 'many');
mkdirSync(manyDir);
let manyBytes = 0;
for (let i = 0; i < fileCount; i++) {
  const t = makeText(50 * 1024, 1000 + i);
  manyBytes += Buffer.byteLength(t);
  writeFileSync(path.join(manyDir, `call-${String(i).padStart(4, '0')}.txt`), t);
}
const bigBytes = Buffer.byteLength(bigText);

// ---- the core, bundled on the fly so it runs exactly as the bundles do ---------------------------------------
const coreFile = path.join(dir, 'core.mjs');
await esbuild.build({
  stdin: {
    contents: [
      "export { parseTranscript } from './src/core/model/parse';",
      "export { recognizeFigures } from './src/core/figures/recognize';",
      "export { analyze } from './src/core/analyze';",
      "export { checks } from './src/core/checks/registry';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'es2022',
  outfile: coreFile,
  logLevel: 'error',
});
const core = await import(pathToFileURL(coreFile).href);

/**
 * Seconds for one run of `fn`. Big inputs are timed once: a check that is slower than linear shows as such instead
 * of making the benchmark run for an hour; the JIT is warmed on a small slice first (see warmUp).
 */
function time(fn) {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/** Runs every stage once on a 256 KB slice so the timed runs measure optimised code. */
function warmUp(text) {
  const slice = text.slice(0, 256 * 1024);
  const m = core.parseTranscript(slice);
  core.recognizeFigures({ text: m.text, lines: m.lines, sentences: m.sentences, facts: m.facts });
  for (const c of core.checks) c.run(m, { knownNames: [] });
}

const rows = [];
const row = (what, input, bytes, seconds) => rows.push({ what, input, mbs: bytes / MB / seconds, seconds });
const bigLabel = `1 file, ${(bigBytes / MB).toFixed(1)} MB`;
const manyLabel = `${fileCount} files, ${(manyBytes / MB).toFixed(1)} MB`;

console.error(`corpus in ${dir}: ${bigLabel}; ${manyLabel}`);
const progress = (stage) => console.error(`  ${new Date().toISOString().slice(11, 19)} ${stage}`);

// In-process, single thread, on the big file.
progress('warm-up');
warmUp(bigText);
progress('parse');
const model = core.parseTranscript(bigText);
row('parse (structure + figures)', bigLabel, bigBytes, time(() => core.parseTranscript(bigText)));
row('figures alone', bigLabel, bigBytes, time(() => core.recognizeFigures({ text: model.text, lines: model.lines, sentences: model.sentences, facts: model.facts })));
// The big file repeats the seeds' sentences many times, and the recogniser reads each distinct sentence once.
// The same bytes with every digit redrawn have (almost) no repeated figure sentence, as a real call has.
const scrambledText = scrambleDigits(bigText, 7);
const scrambledLabel = `${bigLabel}, digits redrawn`;
row('parse (structure + figures)', scrambledLabel, bigBytes, time(() => core.parseTranscript(scrambledText)));
const context = { knownNames: [] };
const perCheck = core.checks.map((c) => {
  progress(`check ${c.id}`);
  return { id: c.id, category: c.category, seconds: time(() => c.run(model, context)) };
});
const familySeconds = (category) => perCheck.filter((c) => c.category === category).reduce((s, c) => s + c.seconds, 0);
row('repeat checks (on a parsed model)', bigLabel, bigBytes, familySeconds('repeats'));
row('number checks (on a parsed model)', bigLabel, bigBytes, familySeconds('numbers'));
row('all checks (on a parsed model)', bigLabel, bigBytes, perCheck.reduce((s, c) => s + c.seconds, 0));
const parseAndChecks = rows[0].seconds + perCheck.reduce((s, c) => s + c.seconds, 0);
row('parse + all checks', bigLabel, bigBytes, parseAndChecks);

// The whole analysis file after file in one thread, as one CLI job does it without the reading and reporting.
progress('analyze() on the separate files');
const manyTexts = readdirSync(manyDir).sort().map((f) => readFileSync(path.join(manyDir, f), 'utf8'));
for (const t of manyTexts.slice(0, 20)) core.analyze(t, {});
row('parse + all checks, file after file', manyLabel, manyBytes, time(() => { for (const t of manyTexts) core.analyze(t, {}); }));

// The whole CLI, as users run it.
function cli(jobs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-config', '--jobs', String(jobs), manyDir], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  return seconds;
}
progress('CLI --jobs 1');
row('CLI check --jobs 1 (wall clock)', manyLabel, manyBytes, cli(1));
progress('CLI --jobs 2');
row('CLI check --jobs 2 (wall clock)', manyLabel, manyBytes, cli(2));

// gzip -6 as the yardstick.
function gzip(cmd) {
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', cmd], { stdio: 'ignore' });
  if (r.status !== 0) return undefined;
  return (performance.now() - t0) / 1000;
}
const gzBig = gzip(`gzip -6 -c '${bigFile}' > /dev/null`);
if (gzBig !== undefined) row('gzip -6 (reference)', bigLabel, bigBytes, gzBig);
const gzMany = gzip(`cat '${manyDir}'/*.txt | gzip -6 -c > /dev/null`);
if (gzMany !== undefined) row('gzip -6 (reference)', manyLabel, manyBytes, gzMany);

// ---- report --------------------------------------------------------------------------------------------------
const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.input.length))];
console.log(`Transcript Lens benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
// "vs gzip": this stage's speed over gzip -6's on the same input (1.00 = as fast; the issue's target for the whole analysis).
const gzipSeconds = (input) => (input.startsWith(bigLabel) ? gzBig : gzMany);
const vsGzip = (r) => (gzipSeconds(r.input) === undefined ? 'n/a' : (gzipSeconds(r.input) / r.seconds).toFixed(2));
console.log(`${'stage'.padEnd(w[0])}  ${'input'.padEnd(w[1])}  ${'MB/s'.padStart(8)}  ${'seconds'.padStart(8)}  ${'vs gzip'.padStart(7)}`);
for (const r of rows) console.log(`${r.what.padEnd(w[0])}  ${r.input.padEnd(w[1])}  ${r.mbs.toFixed(2).padStart(8)}  ${r.seconds.toFixed(3).padStart(8)}  ${vsGzip(r).padStart(7)}`);
console.log('\nper check, on the parsed big file:');
for (const c of perCheck.sort((a, b) => b.seconds - a.seconds)) console.log(`  ${c.id.padEnd(28)} ${(bigBytes / MB / c.seconds).toFixed(1).padStart(8)} MB/s  ${c.seconds.toFixed(3)} s`);

if (keep) console.error(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });

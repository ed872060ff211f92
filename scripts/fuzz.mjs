#!/usr/bin/env node
// Bundles scripts/fuzz.ts with esbuild (no TS runner needed) and runs it; outside CI, see docs/robustness.md.
// Usage: node scripts/fuzz.mjs [--seconds 120] [--seed N] [--size 10] [--out DIR]
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [join(root, 'scripts', 'fuzz.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'error',
  // test/property/gen.ts finds the seeds from its own folder.
  define: { __dirname: JSON.stringify(join(root, 'test', 'property')) },
});
const dir = mkdtempSync(join(tmpdir(), 'transcript-lens-fuzz-'));
const file = join(dir, 'fuzz.cjs');
writeFileSync(file, result.outputFiles[0].text);
let code = 1;
try {
  code = createRequire(import.meta.url)(file).main(process.argv.slice(2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = code;

#!/usr/bin/env node
// Bundles scripts/figures-score.ts with esbuild (no TS runner needed) and prints the score.
// Usage: node scripts/run-figures-score.mjs [--fields] [--draft]
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [join(root, 'scripts', 'figures-score.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const dir = mkdtempSync(join(tmpdir(), 'figures-score-'));
const file = join(dir, 'score.mjs');
writeFileSync(file, result.outputFiles[0].text);
try {
  const mod = await import(pathToFileURL(file).href);
  process.stdout.write(mod.main(process.argv.slice(2), root) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

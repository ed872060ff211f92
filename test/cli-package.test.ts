import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli } from './fixtures/cli/harness';

beforeAll(async () => {
  await buildCli();
});

describe('the packed package', () => {
  it('npm pack ships dist/cli.js, and the CLI runs from the unpacked tarball with no node_modules', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tl-pack-'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const listing = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' }));
    const files: string[] = listing[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('package.json');
    expect(files.some((f) => f.startsWith('seeds/') || f.startsWith('node_modules/'))).toBe(false);
    const tgz = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    execFileSync('tar', ['-xzf', path.join(out, tgz), '-C', out]);
    const pkg = JSON.parse(readFileSync(path.join(out, 'package', 'package.json'), 'utf8'));
    const bin = path.join(out, 'package', pkg.bin['transcript-lens']);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The bundle must be self-contained: run it where no node_modules can be found.
    const version = execFileSync(process.execPath, [bin, '--version'], { cwd: out, encoding: 'utf8' }).trim();
    expect(version).toBe(pkg.version);
  });

  it('npx transcript-lens runs after installing the tarball (offline, from the npm cache)', (ctx) => {
    const out = mkdtempSync(path.join(tmpdir(), 'tl-npx-'));
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', '--pack-destination', out], { cwd: ROOT, stdio: 'ignore' });
    const tgz = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    writeFileSync(path.join(out, 'package.json'), '{"name":"tl-npx-probe","version":"1.0.0","private":true}');
    try {
      execFileSync(npm, ['install', `./${tgz}`, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: out, stdio: 'pipe', timeout: 120_000 });
    } catch (err) {
      // The dependencies are not in this machine's npm cache: nothing to say about the package itself.
      if (/ENOTCACHED|offline/i.test(String((err as { stderr?: Buffer }).stderr ?? err))) ctx.skip();
      throw err;
    }
    const version = execFileSync(npm, ['exec', '--offline', '--no', '--', 'transcript-lens', '--version'], { cwd: out, encoding: 'utf8' }).trim();
    expect(version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../src/core/checks/registry';
import { FIXTURES, buildCli, run, seedFiles, tempCopy } from './fixtures/cli/harness';

const LOOP = path.join(FIXTURES, 'loop.txt');
const CLEAN = path.join(FIXTURES, 'clean.txt');

interface JsonFile {
  file: string;
  diagnostics: {
    code: string;
    category: string;
    severity: string;
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    related: { range: unknown; message: string }[];
  }[];
}

function json(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

beforeAll(async () => {
  await buildCli();
});

describe('command line basics', () => {
  it('prints the package version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')).version);
  });

  it('has help for every command and exits 2 on an unknown command or option', () => {
    for (const c of ['check', 'figures', 'outline']) {
      const r = run([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: transcript-lens ${c}`);
    }
    expect(run(['frobnicate']).code).toBe(2);
    const bad = run(['check', '--no-such-option', CLEAN]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no-such-option/);
    expect(run(['check', '--format', 'xml', CLEAN]).code).toBe(2);
    expect(run(['check', '--rule', 'no-such-check=off', CLEAN]).code).toBe(2);
  });
});

describe('check: reports', () => {
  it('json: one entry per file with LSP 0-based ranges and related locations', () => {
    const dir = tempCopy([LOOP, CLEAN, ...seedFiles]);
    const r = run(['check', '--format', 'json', '.'], { cwd: dir });
    const files = json(r.stdout);
    expect(files.map((f) => f.file).sort()).toEqual(['000_57a37ca2e05f9c53.txt', '002_c10d7f1c76de8547.txt', '004_9af29ef9ab041140.txt', 'clean.txt', 'loop.txt']);
    const loop = files.find((f) => f.file === 'loop.txt')!;
    const d = loop.diagnostics.find((x) => x.code === 'repeated-phrase');
    expect(d).toBeDefined();
    expect(d).toMatchObject({ category: 'repeats', severity: 'warning' });
    // "grew grew grew ..." is on the second line (0-based line 1).
    expect(d!.range.start.line).toBe(1);
    const text = readFileSync(LOOP, 'utf8').split('\n')[1];
    expect(text.slice(d!.range.start.character, d!.range.end.character)).toMatch(/grew/);
    for (const f of files) {
      for (const x of f.diagnostics) {
        expect(Object.keys(x)).toEqual(expect.arrayContaining(['code', 'category', 'severity', 'message', 'range', 'related']));
        expect(x.range.start.line).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(x.related)).toBe(true);
      }
    }
    expect(files.find((f) => f.file === 'clean.txt')!.diagnostics).toEqual([]);
  });

  it('stylish: file line, "  line:col  severity  message  code" rows with 1-based positions, summary line', () => {
    const dir = tempCopy([LOOP]);
    const r = run(['check', 'loop.txt'], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('loop.txt');
    const row = /^\s+(\d+):(\d+)\s+(error|warning|info|hint)\s+(.*?)\s\s+(\S+)$/;
    const rows = lines.filter((l) => row.test(l)).map((l) => row.exec(l)!);
    expect(rows.length).toBeGreaterThan(0);
    const jsonRun = json(run(['check', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0].diagnostics;
    expect(rows.map((m) => [Number(m[1]), Number(m[2]), m[3], m[5]])).toEqual(
      jsonRun.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.severity, d.code]),
    );
    const n = jsonRun.length;
    expect(r.stdout).toMatch(new RegExp(`✖ ${n} problems? \\(\\d+ errors?, \\d+ warnings?`));
    expect(r.stdout).not.toMatch(/\x1b\[/);
    // The summary goes to stderr, never into the report.
    expect(r.stderr).toMatch(/1 file .* MB\/s/);
  });

  it('stylish output is read by the $transcript-lens problem matcher that package.json contributes', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'));
    const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'transcript-lens');
    expect(matcher).toBeDefined();
    const [filePattern, problemPattern] = matcher.pattern;
    const fileRe = new RegExp(filePattern.regexp);
    const problemRe = new RegExp(problemPattern.regexp);
    const dir = tempCopy([LOOP, ...seedFiles]);
    const out = run(['check', '.'], { cwd: dir }).stdout;
    const expected = json(run(['check', '--format', 'json', '.'], { cwd: dir }).stdout);
    // Replay the matcher: a file line starts a group, looping problem lines belong to it.
    const seen: string[] = [];
    let file: string | undefined;
    for (const line of out.split('\n')) {
      const p = problemRe.exec(line);
      if (p && file) {
        seen.push([file, Number(p[problemPattern.line]) - 1, Number(p[problemPattern.column]) - 1, p[problemPattern.severity], p[problemPattern.code]].join('|'));
        continue;
      }
      const f = fileRe.exec(line);
      file = f ? f[filePattern.file] : undefined;
    }
    const want = expected.flatMap((f) => f.diagnostics.map((d) => [f.file, d.range.start.line, d.range.start.character, d.severity, d.code].join('|')));
    expect(want.length).toBeGreaterThan(0);
    expect(seen).toEqual(want);
  });

  it('sarif: a SARIF 2.1.0 log with the parts GitHub code scanning requires', () => {
    const dir = tempCopy([LOOP, CLEAN]);
    const r = run(['check', '--format', 'sarif', '.'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('Transcript Lens');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toContain('repeated-phrase');
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*#${rule.id}$`));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(['repeats', 'numbers', 'structure']).toContain(rule.properties.category);
    }
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) {
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      // Relative to the run's folder, forward slashes, no scheme: what GitHub maps onto the repository.
      expect(loc.artifactLocation.uri).toBe('loop.txt');
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(loc.region.endLine).toBeGreaterThanOrEqual(loc.region.startLine);
    }
    // 1-based region = 0-based json range + 1.
    const first = json(run(['check', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0].diagnostics[0];
    expect(results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: first.range.start.line + 1, startColumn: first.range.start.character + 1 });
  });
});

describe('check: exit codes', () => {
  it('0 without error-level findings, 1 with them, 1 over --max-warnings', () => {
    const dir = tempCopy([LOOP, CLEAN]);
    expect(run(['check', 'clean.txt'], { cwd: dir }).code).toBe(0);
    expect(run(['check', 'loop.txt'], { cwd: dir }).code).toBe(0);
    expect(run(['check', '--rule', 'repeated-phrase=error', 'loop.txt'], { cwd: dir }).code).toBe(1);
    expect(run(['check', '--max-warnings', '0', 'loop.txt'], { cwd: dir }).code).toBe(1);
    expect(run(['check', '--max-warnings', '100', 'loop.txt'], { cwd: dir }).code).toBe(0);
  });

  it('--quiet reports errors only', () => {
    const dir = tempCopy([LOOP]);
    const quiet = json(run(['check', '--quiet', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0];
    expect(quiet.diagnostics).toEqual([]);
    const errors = json(run(['check', '--quiet', '--rule', 'repeated-phrase=error', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0];
    expect(errors.diagnostics.length).toBeGreaterThan(0);
    expect(errors.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a missing path is exit 2 with a message, and the other files are still checked', () => {
    const dir = tempCopy([LOOP, CLEAN]);
    const r = run(['check', '--format', 'json', 'nope.txt', 'loop.txt', 'clean.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
    expect(json(r.stdout).map((f) => f.file)).toEqual(['loop.txt', 'clean.txt']);
  });

  it('--rule ID=off silences a check', () => {
    const dir = tempCopy([LOOP]);
    const on = json(run(['check', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0];
    expect(on.diagnostics.some((d) => d.code === 'repeated-phrase')).toBe(true);
    const off = json(run(['check', '--rule', 'repeated-phrase=off', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0];
    expect(off.diagnostics.some((d) => d.code === 'repeated-phrase')).toBe(false);
  });
});

describe('check: inputs', () => {
  it('reads stdin for "-"', () => {
    const r = run(['check', '--format', 'json', '-'], { input: readFileSync(LOOP) });
    const files = json(r.stdout);
    expect(files).toHaveLength(1);
    expect(files[0].file).toBe('<stdin>');
    expect(files[0].diagnostics.some((d) => d.code === 'repeated-phrase')).toBe(true);
  });

  it('--stdin-filename names stdin in reports and finds its config', () => {
    const dir = tempCopy([]);
    mkdirSync(path.join(dir, 'calls'));
    writeFileSync(path.join(dir, 'calls/.transcriptlensrc.json'), '{ "checks": { "repeated-phrase": "error" } }');
    const r = run(['check', '--format', 'json', '--stdin-filename', 'calls/q4.txt', '-'], { cwd: dir, input: readFileSync(LOOP) });
    expect(r.code).toBe(1);
    const files = json(r.stdout);
    expect(files[0].file).toBe('calls/q4.txt');
    expect(files[0].diagnostics.some((d) => d.code === 'repeated-phrase' && d.severity === 'error')).toBe(true);
    const sarif = JSON.parse(run(['check', '--format', 'sarif', '--stdin-filename', 'calls/q4.txt', '-'], { cwd: dir, input: readFileSync(LOOP) }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('calls/q4.txt');
  });

  it('walks folders recursively for .txt and .transcript, --ext changes that, globs work', () => {
    const dir = tempCopy([]);
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules/x'), { recursive: true });
    cpSync(LOOP, path.join(dir, 'a/b/one.txt'));
    cpSync(LOOP, path.join(dir, 'a/two.transcript'));
    cpSync(LOOP, path.join(dir, 'a/three.md'));
    cpSync(LOOP, path.join(dir, 'node_modules/x/dep.txt'));
    expect(json(run(['check', '--format', 'json', '.'], { cwd: dir }).stdout).map((f) => f.file)).toEqual(['a/b/one.txt', 'a/two.transcript']);
    expect(json(run(['check', '--format', 'json', '--ext', 'md', '.'], { cwd: dir }).stdout).map((f) => f.file)).toEqual(['a/three.md']);
    expect(json(run(['check', '--format', 'json', 'a/**/*.txt'], { cwd: dir }).stdout).map((f) => f.file)).toEqual(['a/b/one.txt']);
  });

  it('skips a binary file with a message and checks the others', () => {
    const dir = tempCopy([LOOP]);
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const r = run(['check', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/image\.txt: skipped: binary/);
    expect(json(r.stdout).map((f) => f.file)).toEqual(['loop.txt']);
  });

  it('reads invalid UTF-8 with a warning and never rewrites it with --fix', () => {
    const dir = tempCopy([]);
    const bytes = Buffer.concat([readFileSync(LOOP), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]);
    const file = path.join(dir, 'latin.txt');
    writeFileSync(file, bytes);
    const r = run(['check', '--format', 'json', '--fix', 'latin.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/latin\.txt: not valid UTF-8/);
    expect(r.stderr).toMatch(/not fixed/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(json(r.stdout)[0].diagnostics.length).toBeGreaterThan(0);
  });

  it('keeps a UTF-8 byte order mark and CRLF line breaks when fixing', () => {
    const dir = tempCopy([]);
    const file = path.join(dir, 'bom.txt');
    const text = readFileSync(LOOP, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    run(['check', '--fix', 'bom.txt'], { cwd: dir });
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const afterText = after.subarray(3).toString('utf8');
    expect(afterText).not.toBe(text);
    expect(afterText.split('\r\n').length).toBe(text.split('\r\n').length);
    expect(afterText.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('reads UTF-16 (with a BOM) and writes fixes back as UTF-16', () => {
    const dir = tempCopy([LOOP]);
    const text = readFileSync(LOOP, 'utf8');
    const file = path.join(dir, 'wide.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const wide = json(run(['check', '--format', 'json', 'wide.txt'], { cwd: dir }).stdout)[0].diagnostics;
    const narrow = json(run(['check', '--format', 'json', 'loop.txt'], { cwd: dir }).stdout)[0].diagnostics;
    expect(wide).toEqual(narrow);
    run(['check', '--fix', 'wide.txt', 'loop.txt'], { cwd: dir });
    const after = readFileSync(file);
    expect([...after.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(after.subarray(2).toString('utf16le')).toBe(readFileSync(path.join(dir, 'loop.txt'), 'utf8'));
    expect(after.subarray(2).toString('utf16le')).not.toBe(text);
  });

  it('handles a 50 MB file (checks off: this tests reading, parsing and reporting at that size, not check speed)', () => {
    const dir = tempCopy([]);
    writeFileSync(path.join(dir, 'transcript-lens.config.json'), JSON.stringify({ checks: Object.fromEntries(checks.map((c) => [c.id, 'off'])) }));
    const seeds = seedFiles.map((f) => readFileSync(f, 'utf8'));
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const s = seeds[i % seeds.length];
      // Varied slices, so the file is not one block repeated (which would be one giant duplicate).
      const piece = s.slice((i * 7919) % 5000);
      parts.push(piece);
      size += Buffer.byteLength(piece);
    }
    writeFileSync(path.join(dir, 'big.txt'), parts.join('\n'));
    const r = run(['check', '--format', 'json', 'big.txt'], { cwd: dir });
    expect(r.stderr).not.toMatch(/internal error|cannot read/);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(json(r.stdout)[0].file).toBe('big.txt');
  }, 600_000);
});

describe('check: fixes', () => {
  it('--fix writes the safe fixes and reports what remains; a second run has nothing left to fix', () => {
    const dir = tempCopy([LOOP, CLEAN]);
    const before = readFileSync(path.join(dir, 'loop.txt'), 'utf8');
    const cleanBefore = readFileSync(path.join(dir, 'clean.txt'), 'utf8');
    const r = run(['check', '--fix', '--format', 'json', '.'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'loop.txt'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('grew strongly');
    expect(after.split('\n').length).toBe(before.split('\n').length);
    expect(readFileSync(path.join(dir, 'clean.txt'), 'utf8')).toBe(cleanBefore);
    expect(json(r.stdout).find((f) => f.file === 'loop.txt')!.diagnostics.some((d) => d.code === 'repeated-phrase')).toBe(false);
    expect(r.stderr).toMatch(/fix edits? written to 1 files/);
    run(['check', '--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'loop.txt'), 'utf8')).toBe(after);
  });

  it('--fix-dry-run prints a unified diff and writes nothing; nothing is written without --fix', () => {
    const dir = tempCopy([LOOP]);
    const file = path.join(dir, 'loop.txt');
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    const r = run(['check', '--fix-dry-run', 'loop.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/^=+\n--- loop\.txt\n\+\+\+ loop\.txt\n@@ /m);
    expect(r.stdout).toMatch(/^-.*grew grew grew/m);
    expect(r.stdout).toMatch(/^\+.*grew strongly/m);
    run(['check', 'loop.txt'], { cwd: dir });
    run(['check', '--format', 'sarif', 'loop.txt'], { cwd: dir });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readdirSync(dir)).toEqual(['loop.txt']);
  });

  it('a read-only file under --fix is reported and left alone; the other files are fixed', () => {
    const dir = tempCopy([]);
    cpSync(LOOP, path.join(dir, 'locked.txt'));
    cpSync(LOOP, path.join(dir, 'open.txt'));
    chmodSync(path.join(dir, 'locked.txt'), 0o444);
    const r = run(['check', '--fix', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/locked\.txt: not fixed: the file is read-only/);
    expect(readFileSync(path.join(dir, 'locked.txt'), 'utf8')).toBe(readFileSync(LOOP, 'utf8'));
    expect(readFileSync(path.join(dir, 'open.txt'), 'utf8')).not.toBe(readFileSync(LOOP, 'utf8'));
    expect(statSync(path.join(dir, 'open.txt')).mode & 0o777).toBe(statSync(LOOP).mode & 0o777);
  });

  /** A folder of files with safe fixes, a copy fixed to completion, and a --fix run interrupted by `signal`. */
  async function interruptedFix(signal: NodeJS.Signals) {
    const loop = readFileSync(LOOP, 'utf8');
    const seeds = seedFiles.map((f) => readFileSync(f, 'utf8'));
    // Big enough files that the run is still going when it is interrupted.
    const body = (i: number) => `${seeds[i % 3].slice(i * 101)}\n${loop}`;
    const N = 40;
    const work = tempCopy([]);
    const reference = tempCopy([]);
    for (let i = 0; i < N; i++) {
      writeFileSync(path.join(work, `f${i}.txt`), body(i));
      writeFileSync(path.join(reference, `f${i}.txt`), body(i));
    }
    expect(run(['check', '--fix', '--jobs', '2', '.'], { cwd: reference }).stderr).toMatch(/written/);
    const child = spawn(process.execPath, [path.resolve(__dirname, '../dist/cli.js'), 'check', '--fix', '--jobs', '2', '.'], { cwd: work, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt as soon as some file has been rewritten.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const changed = Array.from({ length: N }, (_, i) => i).some((i) => readFileSync(path.join(work, `f${i}.txt`), 'utf8') !== body(i));
      if (changed || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill(signal);
    const code = await exited;
    let fixed = 0;
    for (let i = 0; i < N; i++) {
      const now = readFileSync(path.join(work, `f${i}.txt`), 'utf8');
      const full = readFileSync(path.join(reference, `f${i}.txt`), 'utf8');
      expect(now === body(i) || now === full, `f${i}.txt is neither original nor fully fixed`).toBe(true);
      if (now === full && full !== body(i)) fixed++;
    }
    expect(fixed).toBeGreaterThan(0);
    return { code, leftovers: readdirSync(work).filter((f) => !/^f\d+\.txt$/.test(f)) };
  }

  it('--fix is atomic: killed mid-run, every file is either the original or the fully fixed version', async () => {
    await interruptedFix('SIGKILL');
  }, 300_000);

  it('Ctrl-C during --fix finishes the files under way, leaves no temporary file and exits 130', async () => {
    const { code, leftovers } = await interruptedFix('SIGINT');
    expect(leftovers).toEqual([]);
    expect(code).toBe(130);
  }, 300_000);
});

describe('check: configuration', () => {
  it('finds transcript-lens.config.json upward from each file; --no-config and --config override it', () => {
    const dir = tempCopy([]);
    mkdirSync(path.join(dir, 'calls/2024'), { recursive: true });
    cpSync(LOOP, path.join(dir, 'calls/2024/loop.txt'));
    cpSync(LOOP, path.join(dir, 'loop.txt'));
    writeFileSync(path.join(dir, 'calls/transcript-lens.config.json'), JSON.stringify({ checks: { 'repeated-phrase': 'error' } }));
    const r = run(['check', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const byFile = Object.fromEntries(json(r.stdout).map((f) => [f.file, f.diagnostics.filter((d) => d.code === 'repeated-phrase').map((d) => d.severity)]));
    expect(new Set(byFile['calls/2024/loop.txt'])).toEqual(new Set(['error']));
    expect(new Set(byFile['loop.txt'])).toEqual(new Set(['warning']));
    expect(run(['check', '--no-config', '.'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'other.json'), '{ "checks": { "repeated-phrase": "off" } }');
    const other = json(run(['check', '--config', 'other.json', '--format', 'json', '.'], { cwd: dir }).stdout);
    expect(other.every((f) => f.diagnostics.every((d) => d.code !== 'repeated-phrase'))).toBe(true);
    // --rule wins over the file.
    expect(run(['check', '--rule', 'repeated-phrase=warning', 'calls'], { cwd: dir }).code).toBe(0);
  });

  it('.transcriptlensrc.json: ignore globs skip files; config problems are reported on stderr', () => {
    const dir = tempCopy([]);
    mkdirSync(path.join(dir, 'drafts'));
    cpSync(LOOP, path.join(dir, 'drafts/draft.txt'));
    cpSync(LOOP, path.join(dir, 'final.txt'));
    writeFileSync(path.join(dir, '.transcriptlensrc.json'), '{\n  // comments are allowed\n  "ignore": ["drafts"],\n  "checks": { "no-such-check": "off" }\n}\n');
    const r = run(['check', '--format', 'json', '.'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.file)).toEqual(['final.txt']);
    expect(r.stderr).toMatch(/checks\.no-such-check: unknown check id/);
  });

  it('a --config file that cannot be read is a usage error', () => {
    const r = run(['check', '--config', 'does-not-exist.json', CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does-not-exist\.json/);
  });
});

describe('check: parallel runs', () => {
  it('--jobs 1 and --jobs 2 give the same report', () => {
    const dir = tempCopy([LOOP, CLEAN, ...seedFiles]);
    const one = run(['check', '--jobs', '1', '--format', 'json', '.'], { cwd: dir });
    const two = run(['check', '--jobs', '2', '--format', 'json', '.'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });
});

describe('figures', () => {
  it('jsonl: one record per figure whose range holds its text; csv: the same records with a header row', () => {
    const file = seedFiles[2];
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const jsonl = run(['figures', '--format', 'jsonl', file]);
    expect(jsonl.code).toBe(0);
    const records = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) {
      expect(r.range.start.line).toBe(r.range.end.line);
      expect(lines[r.range.start.line].slice(r.range.start.character, r.range.end.character)).toBe(r.text);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
    }
    const csv = run(['figures', file]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0].split(',').slice(0, 4)).toEqual(['start_line', 'start_character', 'end_line', 'end_character']);
    expect(rows.length - 1).toBe(records.length);
    expect(run(['figures', '--format', 'xml', file]).code).toBe(2);
  });

  it('reads stdin for "-"', () => {
    const file = seedFiles[2];
    const fromStdin = run(['figures', '--format', 'jsonl', '-'], { input: readFileSync(file) });
    expect(fromStdin.stdout).toBe(run(['figures', '--format', 'jsonl', file]).stdout);
  });
});

describe('outline', () => {
  it('json: format, facts, participants and sections of turns with LSP ranges', () => {
    const r = run(['outline', '--format', 'json', seedFiles[0]]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(['format', 'company', 'period', 'currency', 'participants', 'sections']);
    expect(o.format).toBe('bilingual-doubled-headers');
    expect(o.sections.length).toBeGreaterThan(0);
    const lines = readFileSync(seedFiles[0], 'utf8').split(/\r?\n/);
    for (const s of o.sections) {
      expect(['opening', 'prepared', 'qa', 'closing']).toContain(s.kind);
      for (const t of s.turns) {
        expect(typeof t.speaker).toBe('string');
        expect(typeof t.inferred).toBe('boolean');
        // A headed turn starts at its header line, whose text names the speaker.
        if (!t.inferred) expect(lines[t.range.start.line].toLowerCase()).toContain(t.speaker.split(' ')[0].toLowerCase());
      }
    }
  });

  it('text: an indented tree; a missing file is exit 2', () => {
    const r = run(['outline', seedFiles[0]]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^format: /m);
    expect(r.stdout).toMatch(/^ {2}\S/m);
    expect(run(['outline', 'nope.txt']).code).toBe(2);
  });
});

describe('packaging', () => {
  it('package.json bin points to the built CLI, which starts with a shebang', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'));
    const bin = path.resolve(__dirname, '..', pkg.bin['transcript-lens']);
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

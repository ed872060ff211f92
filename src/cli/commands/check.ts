import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checks } from '../../core/checks/registry';
import type { Severity, SeveritySetting } from '../../core/checks/types';
import { parseSeveritySetting } from '../../core/configFile';
import type { FileTask } from '../checkFile';
import { DEFAULT_EXTENSIONS, collectPaths, displayPath, parseExtensions } from '../collect';
import { ConfigResolver } from '../configResolver';
import type { FileResult } from '../fileResult';
import { runTasks } from '../pool';
import { Progress } from '../progress';
import { formatJson } from '../report/json';
import { formatSarif } from '../report/sarif';
import { formatStylish } from '../report/stylish';
import { summarize } from '../summary';
import { CHECK_HELP, UsageError, nonNegativeInt, oneOf, parse } from '../usage';
import type { Io } from '../io';

/**
 * Ctrl-C (or SIGTERM) during --fix: finish the files under way, start no other, report, exit 130. Without a handler
 * the process would die between a fix's temporary file and its rename; a second Ctrl-C still exits at once.
 */
class Interrupt {
  requested = false;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.requested) process.exit(130);
    this.requested = true;
    this.io.err(`\ntranscript-lens: ${signal}: finishing the files under way (again to quit at once)\n`);
  };

  constructor(private readonly io: Io) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  dispose(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}

/** Progress is drawn only when there are at least this many files (and stderr is a terminal). */
const PROGRESS_MIN_FILES = 20;

function parseRules(values: readonly string[]): Record<string, SeveritySetting> {
  const known = new Set(checks.map((c) => c.id));
  const rules: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([^=]+)=(.*)$/.exec(v);
    if (!m) throw new UsageError(`--rule expects ID=SEVERITY (got "${v}")`);
    const id = m[1].trim();
    const severity = parseSeveritySetting(m[2]);
    if (!known.has(id)) throw new UsageError(`--rule: unknown check "${id}" (known: ${[...known].join(', ') || 'none'})`);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be off, hint, info, warning or error (got "${m[2]}")`);
    rules[id] = severity;
  }
  return rules;
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    quiet: { type: 'boolean' },
    'max-warnings': { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    'no-config': { type: 'boolean' },
    ext: { type: 'string' },
    jobs: { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(`${CHECK_HELP}\n`);
    return 0;
  }
  const format = oneOf('format', values.format, ['stylish', 'json', 'sarif'] as const, 'stylish');
  const maxWarnings = nonNegativeInt('max-warnings', values['max-warnings']);
  const jobs = nonNegativeInt('jobs', values.jobs, 1) ?? availableParallelism();
  const rules = parseRules(values.rule ?? []);
  const extensions = values.ext !== undefined ? parseExtensions(values.ext) : [...DEFAULT_EXTENSIONS];
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  const fix: FileTask['fix'] = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'none';
  if (positionals.length === 0) throw new UsageError('no PATH given (try: transcript-lens check .)');
  if (fix === 'write' && positionals.includes('-')) throw new UsageError('--fix cannot write stdin back; use --fix-dry-run');
  if (values.config && values['no-config']) throw new UsageError('use either --config or --no-config, not both');

  let ioError = false;
  const stdinPath = values['stdin-filename'];
  const resolver = new ConfigResolver({ configFile: values.config, noConfig: !!values['no-config'], rules, stdinPath }, (m) => io.err(`transcript-lens: config ${m}\n`));
  const fatal = resolver.explicitFatal();
  if (fatal) throw new UsageError(`--config ${fatal}`);

  const started = performance.now();
  const collected = collectPaths(positionals, extensions);
  for (const m of collected.missing) {
    io.err(`transcript-lens: ${m}: no such file or folder\n`);
    ioError = true;
  }
  const tasks: FileTask[] = [];
  for (const file of collected.files) {
    const resolved = resolver.resolve(file);
    if (resolved.ignored) {
      if (collected.explicit.has(file)) io.err(`transcript-lens: ${displayPath(file)}: ignored by ${resolved.source}\n`);
      continue;
    }
    const display = file === '-' && stdinPath ? displayPath(path.resolve(stdinPath)) : displayPath(file);
    const task: FileTask = { file, display, config: resolved.config, fix };
    if (file === '-') {
      try {
        tasks.push({ ...task, bytes: readFileSync(0) });
      } catch (err) {
        io.err(`transcript-lens: <stdin>: cannot read: ${err instanceof Error ? err.message : String(err)}\n`);
        ioError = true;
      }
    } else {
      tasks.push(task);
    }
  }

  const progress = new Progress(tasks.length, io.errIsTTY && tasks.length >= PROGRESS_MIN_FILES);
  const interrupt = fix === 'write' ? new Interrupt(io) : undefined;
  const results = await runTasks(tasks, jobs, () => progress.tick(), () => interrupt?.requested ?? false);
  interrupt?.dispose();
  progress.clear();
  const seconds = (performance.now() - started) / 1000;

  for (const r of results) {
    for (const note of r.notes) io.err(`transcript-lens: ${r.display}: ${note}\n`);
    if (r.status === 'error' || r.writeFailed) ioError = true;
  }

  const shown: FileResult[] = values.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  if (fix === 'dry-run') {
    io.out(results.map((r) => r.diff ?? '').join(''));
  } else if (format === 'json') {
    io.out(formatJson(shown));
  } else if (format === 'sarif') {
    io.out(formatSarif(shown));
  } else {
    io.out(formatStylish(shown, io.outIsTTY));
  }

  const count = (s: Severity) => shown.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  if (!values.quiet) io.err(summarize(results, seconds, fix));
  if (interrupt?.requested) {
    io.err(`transcript-lens: interrupted: ${results.length} of ${tasks.length} files done, the others untouched\n`);
    return 130;
  }
  if (ioError) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`transcript-lens: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in the command line: printed with a hint, exit code 2. */
export class UsageError extends Error {}

export const MAIN_HELP = `Usage: transcript-lens <command> [options]

Commands:
  check PATH...        Check transcripts (files, folders, globs, - for stdin)
  figures FILE         Print every figure as CSV or JSON lines
  outline FILE         Print the call's structure: sections, turns, speakers

Options:
  -h, --help           Show help (also: transcript-lens <command> --help)
  -v, --version        Show the version

Docs: docs/cli.md`;

export const CHECK_HELP = `Usage: transcript-lens check [options] PATH...

PATH is a file, a folder (searched recursively for .txt and .transcript files), a glob
("calls/**/*.txt", quote it), or - to read stdin.

Options:
  --format stylish|json|sarif   Report format (default: stylish)
  --quiet                       Report errors only
  --max-warnings N              Exit 1 when there are more than N warnings
  --rule ID=SEVERITY            Set a check to off|hint|info|warning|error (repeatable)
  --config FILE                 Use this config file instead of the discovered ones
  --no-config                   Use no config file
  --ext LIST                    Extensions searched in folders (default: txt,transcript)
  --jobs N                      Files checked in parallel (default: number of CPU cores)
  --fix                         Apply safe fixes and write the files (atomically)
  --fix-dry-run                 Print the safe fixes as a unified diff; write nothing
  --stdin-filename PATH         Name stdin (-) in reports and find its config from PATH's folder
  -h, --help                    Show this help

Configuration: transcript-lens.config.json or .transcriptlensrc.json, found upward from each file.
Exit codes: 0 no errors, 1 errors or more than --max-warnings warnings, 2 usage or I/O error,
130 --fix interrupted (the files under way were finished).`;

export const FIGURES_HELP = `Usage: transcript-lens figures [options] FILE

Prints one record per figure the transcript states (value, interval, currency, period, metric...).
FILE may be - for stdin.

Options:
  --format csv|jsonl   Output format (default: csv)
  -h, --help           Show this help`;

export const OUTLINE_HELP = `Usage: transcript-lens outline [options] FILE

Prints the call's structure: company, period, currency, participants, sections and turns.
FILE may be - for stdin.

Options:
  --format text|json   Output format (default: text); json ranges are 0-based (LSP)
  -h, --help           Show this help`;

/** node:util parseArgs, with its errors turned into usage errors. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function nonNegativeInt(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`--${name} must be a whole number${min ? ` of at least ${min}` : ''} (got "${value}")`);
  return Number(value);
}

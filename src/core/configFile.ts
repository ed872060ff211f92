import type { SeveritySetting } from './checks/types';
import type { IgnoredFinding, LensConfig } from './config';

/**
 * The shared configuration file: its names and the pure parse/validate step (text -> LensConfig).
 * Finding the file on disk is Node-only and lives in src/node/configDiscovery.ts; the CLI and the
 * Node language server both go through it, the browser server has no file system and skips it.
 */

/** Names looked for in each folder, first match wins, from the document's folder upward. */
export const CONFIG_FILE_NAMES: readonly string[] = ['transcript-lens.config.json', '.transcriptlensrc.json'];

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Spellings people write in settings files, mapped to ours (ESLint-style "warn", "information"). */
const SEVERITY_ALIASES: Readonly<Record<string, SeveritySetting>> = {
  warn: 'warning',
  information: 'info',
  none: 'off',
  false: 'off',
};

export interface ConfigProblem {
  /** Dotted path of the offending key ("checks.garbled-name"), or "" for the whole file. */
  readonly path: string;
  readonly message: string;
}

export interface ParsedConfigFile {
  /** What could be read; invalid entries are left out, never guessed. */
  readonly config: LensConfig;
  readonly problems: readonly ConfigProblem[];
}

export interface ParseConfigOptions {
  /** When given, check ids outside this list are reported (still kept: a newer version may know them). */
  readonly knownCheckIds?: readonly string[];
}

/** Reads a severity as written in a file or a setting; undefined when it is not one. */
export function parseSeveritySetting(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((SEVERITY_SETTINGS as readonly string[]).includes(v)) return v as SeveritySetting;
  return SEVERITY_ALIASES[v];
}

/** Offset just past the JSON string literal that opens at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/**
 * Copies `text`, string literals verbatim; elsewhere `step(i)` may replace what starts at i: it returns how
 * many characters to consume and what to write instead, or undefined to copy one character.
 */
function rewriteOutsideStrings(text: string, step: (i: number) => { consume: number; emit: string } | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      const j = stringEnd(text, i);
      out += text.slice(i, j);
      i = j;
      continue;
    }
    const r = step(i);
    if (r) {
      out += r.emit;
      i += Math.max(1, r.consume);
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/**
 * Removes // and /* *\/ comments and trailing commas outside strings, so hand-edited rc files
 * (which editors treat as JSONC) parse with JSON.parse. Offsets are not preserved; only used for parsing.
 */
export function stripJsonComments(text: string): string {
  const uncommented = rewriteOutsideStrings(text, (i) => {
    if (text[i] !== '/') return undefined;
    if (text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      return { consume: (eol < 0 ? text.length : eol) - i, emit: '' };
    }
    if (text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      return { consume: (close < 0 ? text.length : close + 2) - i, emit: ' ' };
    }
    return undefined;
  });
  // A comma followed only by whitespace before } or ] is a trailing comma: JSON refuses it, people write it.
  return rewriteOutsideStrings(uncommented, (i) => (isTrailingComma(uncommented, i) ? { consume: 1, emit: '' } : undefined));
}

function isTrailingComma(text: string, i: number): boolean {
  if (text[i] !== ',') return false;
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j])) j++;
  return text[j] === '}' || text[j] === ']';
}

function stringList(value: unknown, path: string, problems: ConfigProblem[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'expected a list of strings' });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else problems.push({ path: `${path}[${i}]`, message: 'expected a non-empty string' });
  });
  return out;
}

/**
 * Validates an already-parsed JSON value as a LensConfig. Shared by the file parser and the editor settings
 * (which arrive as objects), so both accept exactly the same shapes.
 */
export function validateConfig(value: unknown, options: ParseConfigOptions = {}): ParsedConfigFile {
  const problems: ConfigProblem[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { config: {}, problems: [{ path: '', message: 'expected a JSON object' }] };
  }
  const obj = value as Record<string, unknown>;
  const config: { -readonly [K in keyof LensConfig]: LensConfig[K] } = {};

  if (obj.checks !== undefined) {
    if (obj.checks === null || typeof obj.checks !== 'object' || Array.isArray(obj.checks)) {
      problems.push({ path: 'checks', message: 'expected an object of check id -> severity' });
    } else {
      const checks: Record<string, SeveritySetting> = {};
      const known = options.knownCheckIds ? new Set(options.knownCheckIds) : undefined;
      for (const [id, raw] of Object.entries(obj.checks as Record<string, unknown>)) {
        const severity = parseSeveritySetting(raw);
        if (!severity) {
          problems.push({ path: `checks.${id}`, message: `expected one of ${SEVERITY_SETTINGS.join(', ')}` });
          continue;
        }
        if (known && !known.has(id)) problems.push({ path: `checks.${id}`, message: 'unknown check id' });
        checks[id] = severity;
      }
      config.checks = checks;
    }
  }

  const knownNames = stringList(obj.knownNames, 'knownNames', problems);
  if (knownNames) config.knownNames = knownNames;
  const ignore = stringList(obj.ignore, 'ignore', problems);
  if (ignore) config.ignore = ignore;

  if (obj.ignoredFindings !== undefined) {
    if (!Array.isArray(obj.ignoredFindings)) {
      problems.push({ path: 'ignoredFindings', message: 'expected a list of {check, hash}' });
    } else {
      const ignored: IgnoredFinding[] = [];
      obj.ignoredFindings.forEach((v: unknown, i: number) => {
        const entry = v as Record<string, unknown> | null;
        if (entry && typeof entry === 'object' && typeof entry.check === 'string' && typeof entry.hash === 'string') {
          ignored.push({ check: entry.check, hash: entry.hash });
        } else {
          problems.push({ path: `ignoredFindings[${i}]`, message: 'expected {"check": string, "hash": string}' });
        }
      });
      config.ignoredFindings = ignored;
    }
  }

  return { config, problems };
}

/** Parses the text of a config file (JSON with comments allowed). Never throws. */
export function parseConfigFile(text: string, options: ParseConfigOptions = {}): ParsedConfigFile {
  let value: unknown;
  try {
    value = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return { config: {}, problems: [{ path: '', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  return validateConfig(value, options);
}

export type ConfigTextEdit =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * Changes a config file's text through `change` (which edits the parsed object and says whether it changed
 * anything), keeping every other key and the file's indentation. Refuses files it cannot parse as plain JSON
 * (comments included): rewriting them would lose what the user wrote.
 */
export function editConfigText(existing: string | undefined, change: (config: Record<string, unknown>) => boolean): ConfigTextEdit {
  let config: Record<string, unknown> = {};
  const source = (existing ?? '').replace(/^\uFEFF/, '');
  if (source.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch (err) {
      return { ok: false, error: `not plain JSON (${err instanceof Error ? err.message : String(err)})` };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, error: 'the file does not hold a JSON object' };
    config = parsed as Record<string, unknown>;
  }
  if (!change(config)) return { ok: true, text: existing ?? '', changed: false };
  const indent = /^([ \t]+)"/m.exec(source)?.[1] ?? 2;
  return { ok: true, text: `${JSON.stringify(config, null, indent)}\n`, changed: true };
}

/** Adds {check, hash} to `ignoredFindings` unless it is already there. */
export function addIgnoredFindingText(existing: string | undefined, entry: IgnoredFinding): ConfigTextEdit {
  return editConfigText(existing, (config) => {
    const list = Array.isArray(config.ignoredFindings) ? (config.ignoredFindings as unknown[]) : [];
    const present = list.some((e) => {
      const i = e as Partial<IgnoredFinding> | null;
      return !!i && i.check === entry.check && i.hash === entry.hash;
    });
    if (present) return false;
    config.ignoredFindings = [...list, { check: entry.check, hash: entry.hash }];
    return true;
  });
}

/** Sets `checks[<id>]` to a severity (or "off"). */
export function setCheckSeverityText(existing: string | undefined, checkId: string, severity: SeveritySetting): ConfigTextEdit {
  return editConfigText(existing, (config) => {
    const checks = config.checks !== null && typeof config.checks === 'object' && !Array.isArray(config.checks) ? (config.checks as Record<string, unknown>) : {};
    if (checks[checkId] === severity) return false;
    config.checks = { ...checks, [checkId]: severity };
    return true;
  });
}

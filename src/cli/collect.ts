import { statSync } from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from './glob';

/** What the PATH arguments of `check` name, in argument order, without duplicates. */
export interface Collected {
  /** Absolute paths of files to check; "-" for stdin (at most once). */
  readonly files: string[];
  /** Arguments that name nothing: reported per argument, exit code 2, the others are still checked. */
  readonly missing: string[];
  /** Files named explicitly (not found by walking a folder): checked whatever their extension. */
  readonly explicit: ReadonlySet<string>;
}

/** Folders never walked: dependencies and version control. */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'transcript'];

export function parseExtensions(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim().replace(/^\*?\./, ''))
    .filter(Boolean);
}

function statKind(p: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(p);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/** Glob metacharacters in an extension are escaped so `--ext "c++"` means the literal extension. */
function escapeGlob(s: string): string {
  return s.replace(/[*?[\]{}()!+@\\]/g, (c) => `\\${c}`);
}

export function collectPaths(args: readonly string[], extensions: readonly string[], cwd = process.cwd()): Collected {
  const files: string[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const explicit = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  const extPattern = extensions.length === 1 ? `**/*.${escapeGlob(extensions[0])}` : `**/*.{${extensions.map(escapeGlob).join(',')}}`;
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const kind = statKind(abs);
    if (kind === 'file') {
      explicit.add(abs);
      add(abs);
    } else if (kind === 'dir') {
      const found = globSync(extPattern, { cwd: abs, absolute: true, dot: false, ignore: SKIPPED_FOLDERS, caseSensitiveMatch: false });
      for (const f of found.map((f) => path.resolve(f)).sort()) add(f);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, absolute: true, ignore: SKIPPED_FOLDERS });
      if (found.length === 0) missing.push(arg);
      for (const f of found.map((f) => path.resolve(f)).sort()) add(f);
    } else {
      missing.push(arg);
    }
  }
  return { files, missing, explicit };
}

/** The path as people read it: relative to the working directory when inside it, with forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
  if (file === '-') return '<stdin>';
  const rel = path.relative(cwd, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}

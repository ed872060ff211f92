import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigFile, type ConfigProblem, type ParseConfigOptions } from '../core/configFile';
import type { LensConfig } from '../core/config';

/**
 * Finds the shared config file upward from a document's folder (Node only: the CLI and the Node language
 * server use it; the browser server has no file system). The pure parsing is in src/core/configFile.ts.
 */

export interface LoadedConfigFile {
  /** Absolute path of the file that was read. */
  readonly path: string;
  readonly config: LensConfig;
  readonly problems: readonly ConfigProblem[];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The nearest config file at or above `startDir`, or undefined. Stops after `stopAt` (inclusive) when given,
 * e.g. the workspace folder, so a stray file in the home directory does not leak into a project.
 */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (stop && dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and parses one config file. Never throws: an unreadable file is a problem, not an exception. */
export function readConfigFile(filePath: string, options: ParseConfigOptions = {}): LoadedConfigFile {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (err) {
    return { path: filePath, config: {}, problems: [{ path: '', message: `cannot read: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  return { path: filePath, ...parseConfigFile(text, options) };
}

/** The config that applies to a file (or folder), or undefined when there is none. */
export function loadConfigFor(fileOrDir: string, options: ParseConfigOptions & { stopAt?: string } = {}): LoadedConfigFile | undefined {
  const start = isFile(fileOrDir) ? path.dirname(fileOrDir) : fileOrDir;
  const found = findConfigFile(start, options.stopAt);
  return found ? readConfigFile(found, options) : undefined;
}

/**
 * Caches loads per folder, keyed by the file's modification time, so a server re-validating many documents
 * or a CLI run over thousands of files reads each config once, yet sees edits to it.
 */
export class ConfigFileCache {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, { mtimeMs: number; loaded: LoadedConfigFile }>();

  constructor(private readonly options: ParseConfigOptions & { stopAt?: string } = {}) {}

  load(dir: string): LoadedConfigFile | undefined {
    const key = path.resolve(dir);
    let found = this.byDir.get(key);
    if (!this.byDir.has(key)) {
      found = findConfigFile(key, this.options.stopAt);
      this.byDir.set(key, found);
    }
    if (!found) return undefined;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(found).mtimeMs;
    } catch {
      // Deleted since discovery: forget the folder so the next call walks again.
      this.byDir.delete(key);
      this.byFile.delete(found);
      return undefined;
    }
    const cached = this.byFile.get(found);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    const loaded = readConfigFile(found, this.options);
    this.byFile.set(found, { mtimeMs, loaded });
    return loaded;
  }

  /** Forget discovery results (a config file was created or deleted). */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}

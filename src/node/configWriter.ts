import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, type ConfigTextEdit } from '../core/configFile';
import { findConfigFile } from './configDiscovery';

/**
 * Writes a change into the config file that governs a file: the nearest existing one (up to the workspace
 * root), else a new transcript-lens.config.json in the workspace root (or, with no root, next to the file).
 * Used by the language server when an editor without its own extension runs "Ignore this finding here".
 */

export interface ConfigWriteResult {
  readonly ok: boolean;
  /** The file written or refused. */
  readonly path: string;
  readonly changed: boolean;
  readonly error?: string;
}

/** The workspace root (from `roots`) that holds `file`, deepest first. */
function rootOf(file: string, roots: readonly string[]): string | undefined {
  return [...roots]
    .map((r) => path.resolve(r))
    .filter((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep))
    .sort((a, b) => b.length - a.length)[0];
}

export function configFileToEdit(file: string, roots: readonly string[]): string {
  const dir = path.dirname(path.resolve(file));
  const root = rootOf(path.resolve(file), roots);
  return findConfigFile(dir, root) ?? path.join(root ?? dir, CONFIG_FILE_NAMES[0]);
}

export function updateConfigFile(file: string, roots: readonly string[], edit: (existing: string | undefined) => ConfigTextEdit): ConfigWriteResult {
  const target = configFileToEdit(file, roots);
  try {
    const existing = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    const result = edit(existing);
    if (!result.ok) return { ok: false, path: target, changed: false, error: result.error };
    if (result.changed) writeFileSync(target, result.text, 'utf8');
    return { ok: true, path: target, changed: result.changed };
  } catch (err) {
    return { ok: false, path: target, changed: false, error: err instanceof Error ? err.message : String(err) };
  }
}

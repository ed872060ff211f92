/**
 * Appending an "ignore here" entry to `transcript-lens.config.json` without losing what the file holds.
 * Pure (text in, text out): the command reads and writes the file through vscode.workspace.fs.
 */
import type { IgnoredFinding } from '../core/config';

export const CONFIG_FILE_NAMES = ['transcript-lens.config.json', '.transcriptlensrc.json'] as const;

export type AddIgnoredResult =
  | { readonly ok: true; readonly text: string; readonly added: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * @param existing the file's current text, or undefined when there is no file yet
 * @returns the new text; `added: false` when the entry was already there (the text is then unchanged)
 */
export function addIgnoredFinding(existing: string | undefined, entry: IgnoredFinding): AddIgnoredResult {
  let config: Record<string, unknown> = {};
  if (existing !== undefined && existing.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(existing);
    } catch (err) {
      // Never overwrite a file we cannot read: the user's other settings would be lost.
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: 'the file does not hold a JSON object' };
    }
    config = parsed as Record<string, unknown>;
  }
  const list = Array.isArray(config.ignoredFindings) ? [...(config.ignoredFindings as unknown[])] : [];
  const present = list.some(
    (e) => typeof e === 'object' && e !== null && (e as IgnoredFinding).check === entry.check && (e as IgnoredFinding).hash === entry.hash,
  );
  if (present) return { ok: true, text: existing ?? '', added: false };
  list.push({ check: entry.check, hash: entry.hash });
  const indent = existing ? (/^[ \t]+/m.exec(existing.split('\n').find((l) => /^\s+"/.test(l)) ?? '')?.[0] ?? 2) : 2;
  return { ok: true, text: JSON.stringify({ ...config, ignoredFindings: list }, null, indent) + '\n', added: true };
}

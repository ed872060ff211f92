import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { analyze, type Analysis } from '../core/analyze';
import type { LensConfig } from '../core/config';
import { applyEdits, fixAllEdits } from '../core/fixes/apply';
import { findingHash } from '../core/fixes/findingHash';
import { writeFileAtomic } from './atomicWrite';
import { decodeBytes, encodeText } from './decode';
import type { FileResult, OutDiagnostic } from './fileResult';

/** One unit of work, plain data so it can be posted to a worker thread. */
export interface FileTask {
  readonly file: string;
  readonly display: string;
  readonly config: LensConfig;
  readonly fix: 'none' | 'write' | 'dry-run';
  /** Bytes already read (stdin); otherwise the file is read from disk. */
  readonly bytes?: Uint8Array;
}

/** Like ESLint: fixes can enable other fixes, so fix-all is repeated until nothing changes, at most this often. */
const MAX_FIX_PASSES = 10;

function toOut(analysis: Analysis): OutDiagnostic[] {
  const index = analysis.model.index;
  return analysis.diagnostics.map((d) => ({
    code: d.checkId,
    category: d.category,
    severity: d.severity,
    message: d.message,
    range: index.rangeOf(d.span),
    related: d.related.map((r) => ({ range: index.rangeOf(r.span), message: r.message })),
    hash: findingHash(analysis.model.text, d.span),
  }));
}

/** Applies safe fixes pass after pass; returns the final text, its analysis and how many edits were made. */
export function fixText(text: string, config: LensConfig): { text: string; analysis: Analysis; initial: Analysis; edits: number } {
  const initial = analyze(text, config);
  let analysis = initial;
  let edits = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const taken = fixAllEdits(analysis.diagnostics.flatMap((d) => d.fixes));
    if (taken.length === 0) break;
    const next = applyEdits(text, taken);
    if (next === text) break;
    edits += taken.length;
    text = next;
    analysis = analyze(text, config);
  }
  return { text, analysis, initial, edits };
}

function isReadOnly(file: string): boolean {
  // access() says "writable" to root even for a 0444 file, so the mode bits are checked too:
  // --fix must not silently replace a file its owner marked read-only.
  if ((statSync(file).mode & 0o222) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Reads, checks and (with --fix) fixes one file. Never throws: failures become the result's status and notes. */
export function checkFile(task: FileTask): FileResult {
  const base = { file: task.file, display: task.display, diagnostics: [], figures: 0, bytes: 0, editsApplied: 0 };
  let bytes: Uint8Array;
  if (task.bytes !== undefined) {
    bytes = task.bytes;
  } else {
    try {
      bytes = readFileSync(task.file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String((err as Error).message);
      return { ...base, status: 'error', notes: [`cannot read: ${why}`] };
    }
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    return { ...base, bytes: bytes.length, status: 'skipped', notes: ['skipped: binary file (NUL bytes in the first 8 KB)'] };
  }
  const notes: string[] = [];
  if (decoded.invalidUtf8) notes.push('not valid UTF-8: invalid bytes were read as U+FFFD');

  const original = decoded.text;
  let analysis: Analysis;
  let editsApplied = 0;
  let diff: string | undefined;
  let writeFailed = false;
  if (task.fix === 'none') {
    analysis = analyze(original, task.config);
  } else {
    const fixed = fixText(original, task.config);
    const changed = fixed.text !== original;
    if (changed && decoded.invalidUtf8) {
      // Writing back would replace the invalid bytes with U+FFFD everywhere in the file, not just in the fixed ranges.
      notes.push('not fixed: the file is not valid UTF-8 and rewriting it would change bytes outside the fixes');
      analysis = fixed.initial;
    } else if (changed && task.fix === 'dry-run') {
      diff = createTwoFilesPatch(task.display, task.display, original, fixed.text, undefined, undefined, { context: 3 });
      editsApplied = fixed.edits;
      analysis = fixed.analysis;
    } else if (changed) {
      try {
        if (isReadOnly(task.file)) throw new Error('the file is read-only');
        writeFileAtomic(task.file, encodeText(fixed.text, decoded.encoding));
        editsApplied = fixed.edits;
        analysis = fixed.analysis;
      } catch (err) {
        notes.push(`not fixed: ${err instanceof Error ? err.message : String(err)}`);
        writeFailed = true;
        analysis = fixed.initial;
      }
    } else {
      analysis = fixed.analysis;
    }
  }
  return {
    ...base,
    status: 'ok',
    notes,
    bytes: bytes.length,
    diagnostics: toOut(analysis),
    figures: analysis.model.figures.length,
    editsApplied,
    diff,
    writeFailed,
  };
}

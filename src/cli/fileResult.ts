import type { Range } from '../core/text/span';
import type { Category, Severity } from '../core/checks/types';

/**
 * What one file's check produces, in plain data: it crosses from worker threads by structured clone,
 * and the formatters (stylish, json, sarif) read only this.
 */
export interface OutRelated {
  readonly range: Range;
  readonly message: string;
}

export interface OutDiagnostic {
  readonly code: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly message: string;
  /** LSP-style: 0-based line and UTF-16 character. */
  readonly range: Range;
  readonly related: readonly OutRelated[];
  /** Hash of the finding's text and context (what `ignoredFindings` entries hold); stable across edits elsewhere. */
  readonly hash?: string;
}

export interface FileResult {
  /** Absolute path, or "-" for stdin. */
  readonly file: string;
  /** As shown to people: relative to the working directory when inside it, "<stdin>" for stdin. */
  readonly display: string;
  /** ok: checked; skipped: binary or ignored (not an error); error: could not be read (exit code 2). */
  readonly status: 'ok' | 'skipped' | 'error';
  /** Why it was skipped or failed, and notes such as invalid UTF-8 or a read-only file under --fix. */
  readonly notes: readonly string[];
  readonly diagnostics: readonly OutDiagnostic[];
  readonly figures: number;
  /** Size read, for the MB/s summary. */
  readonly bytes: number;
  /** Number of edits written (--fix) or that would be written (--fix-dry-run). */
  readonly editsApplied: number;
  /** Unified diff, only for --fix-dry-run when there is a change. */
  readonly diff?: string;
  /** True when a --fix write failed (read-only file, permission): counts as an I/O error. */
  readonly writeFailed?: boolean;
}

/**
 * The server's own messages and command ids, shared with the extension client.
 * Pure types and strings only (no LSP library import), so the client can import this file freely.
 */
import type { FigureRecord } from '../core/figures/export';

/** Client command: add {check, hash} to the ignored findings (settings or config file). Argument: IgnoreFindingArgs. */
export const IGNORE_FINDING_COMMAND = 'transcriptLens.ignoreFinding';
/** Client command: set `transcriptLens.checks[<id>]` to "off" in the workspace. Argument: DisableCheckArgs. */
export const DISABLE_CHECK_COMMAND = 'transcriptLens.disableCheck';

export interface DisableCheckArgs {
  readonly id: string;
  /** The document the action came from (which workspace, which config file). */
  readonly uri: string;
}

export interface IgnoreFindingArgs {
  readonly uri: string;
  readonly check: string;
  /** findingHash(text, span): survives edits elsewhere in the document. */
  readonly hash: string;
}

/** Code action kind of "fix every safe finding in this file": `source.fixAll.transcriptLens`. */
export const FIX_ALL_KIND = 'source.fixAll.transcriptLens';
/** Code action kind of "fix every safe finding of one check" in the Source Action menu. */
export const FIX_CHECK_KIND = 'source.transcriptLens.fixCheck';

/** Server -> client notification after each analysis (or when one was skipped). */
export const STATUS_NOTIFICATION = 'transcriptLens/status';

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}

export interface StatusParams {
  readonly uri: string;
  readonly version: number;
  /** True when no live checking ran: file too big, or checking disabled. */
  readonly skipped: boolean;
  readonly reason?: string;
  readonly counts: SeverityCounts;
  /** Detected layout (TranscriptFormat) and sizes, for the status bar tooltip. */
  readonly format?: string;
  readonly turns?: number;
  readonly figures?: number;
}

/** Client -> server request: the fix-all edits of a document, applied by "Clean Transcript". */
export const CLEAN_EDITS_REQUEST = 'transcriptLens/cleanEdits';

export interface UriParams {
  readonly uri: string;
}

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

export interface LspTextEdit {
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
  readonly newText: string;
}

export interface CleanEditsResult {
  readonly uri: string;
  /** Version of the document the edits were computed on; -1 when the document is not open. */
  readonly version: number;
  readonly edits: readonly LspTextEdit[];
  /** Number of findings fixed, per check id. */
  readonly byCheck: Readonly<Record<string, number>>;
  readonly total: number;
}

/**
 * Client -> server request ({uri}): check this open document although it is over maxFileSize. Sticks until the
 * document is closed, so edits keep being checked; answers with the status it published.
 */
export const CHECK_ANYWAY_REQUEST = 'transcriptLens/checkAnyway';

/** Client -> server request: every figure of a document as export records (CSV/JSON export commands). */
export const FIGURES_REQUEST = 'transcriptLens/figures';

export interface FiguresResult {
  readonly uri: string;
  readonly version: number;
  readonly records: readonly FigureRecord[];
}

/** What a diagnostic carries in `data`, so code actions need neither a re-parse nor the finding list. */
export interface DiagnosticData {
  /** Document version the ranges below belong to. */
  readonly version: number;
  readonly check: string;
  readonly hash: string;
  readonly fixes: readonly { readonly title: string; readonly safe: boolean; readonly edits: readonly LspTextEdit[] }[];
}

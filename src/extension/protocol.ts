/**
 * The custom messages between this client and the Transcript Lens language server. Method names and shared
 * shapes come from the server's own protocol file (pure strings and types); this file adds what only the
 * client needs and reads replies tolerantly, so a field renamed on one side degrades instead of breaking.
 * No runtime import from vscode-languageclient here: that would pull the Node client into the browser bundle.
 */
import type { LspTextEdit, StatusParams as ServerStatusParams } from '../server/protocol';

export {
  CHECK_ANYWAY_REQUEST as CheckAnywayRequest,
  CLEAN_EDITS_REQUEST as CleanEditsRequest,
  DISABLE_CHECK_COMMAND,
  FIGURES_REQUEST as FiguresRequest,
  IGNORE_FINDING_COMMAND,
  STATUS_NOTIFICATION as StatusNotification,
} from '../server/protocol';
export type { SeverityCounts, UriParams } from '../server/protocol';

/** Server → client after each analysis; `heldBack` counts findings computed but not published. */
export type StatusParams = Omit<ServerStatusParams, 'version' | 'skipped'> & {
  readonly version?: number;
  readonly skipped?: boolean;
  readonly heldBack?: number;
};

/** Reply to `transcriptLens/cleanEdits`: the edits, and fixes per check (`byCheck`, or `summary`). */
export interface CleanEditsReply {
  readonly edits: readonly LspTextEdit[];
  readonly byCheck?: Readonly<Record<string, number>>;
  readonly summary?: Readonly<Record<string, number>>;
  readonly total?: number;
  readonly version?: number;
}

export function cleanSummary(reply: CleanEditsReply): { byCheck: Record<string, number>; total: number } {
  const byCheck = { ...(reply.byCheck ?? reply.summary ?? {}) };
  const total = reply.total ?? (Object.values(byCheck).reduce((a, b) => a + b, 0) || reply.edits.length);
  return { byCheck, total };
}

/** "repeated-phrase × 3, noise-token × 12", largest first. */
export function summaryText(summary: Readonly<Record<string, number>>): string {
  return Object.entries(summary)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `${id} × ${n}`)
    .join(', ');
}

/** One figure as exported by the server; period and change may be plain labels or the core's objects. */
export interface FigureRecord {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly text: string;
  readonly lang?: string;
  readonly kind: string;
  readonly value: string;
  readonly low: string;
  readonly high: string;
  readonly unit?: string | null;
  readonly currency?: string | null;
  readonly metric?: string | null;
  readonly period?: string | { readonly label?: string } | null;
  readonly change?: string | { readonly direction?: string; readonly basis?: string } | null;
}

function isFigureRecord(r: unknown): r is FigureRecord {
  if (typeof r !== 'object' || r === null) return false;
  const f = r as Partial<FigureRecord>;
  return typeof f.range?.start?.line === 'number' && typeof f.range.start.character === 'number' && typeof f.value === 'string';
}

/** Reply to `transcriptLens/figures`: `{records}` (the server's FiguresResult) or a bare array. */
export function figureRecords(reply: unknown): FigureRecord[] {
  const list = Array.isArray(reply) ? reply : (reply as { records?: unknown } | null)?.records;
  return Array.isArray(list) ? list.filter(isFigureRecord) : [];
}

/** Arguments of the commands the server's code actions carry (the client implements them). */
export interface IgnoreFindingArgs {
  readonly check: string;
  readonly hash: string;
  readonly uri?: string;
}
export interface DisableCheckArgs {
  readonly id: string;
  readonly uri?: string;
}

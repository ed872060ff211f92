/**
 * The custom messages between this client and the Transcript Lens language server. Method names and shared
 * shapes come from the server's own protocol file (pure strings and types); this file adds what only the
 * client needs.
 * No runtime import from vscode-languageclient here: that would pull the Node client into the browser bundle.
 */
import type { FigureRecord } from '../core/figures/export';
import type { CleanEditsResult, FiguresResult, StatusParams } from '../server/protocol';

export {
  CHECK_ANYWAY_REQUEST as CheckAnywayRequest,
  CLEAN_EDITS_REQUEST as CleanEditsRequest,
  DISABLE_CHECK_COMMAND,
  FIGURES_REQUEST as FiguresRequest,
  IGNORE_FINDING_COMMAND,
  STATUS_NOTIFICATION as StatusNotification,
} from '../server/protocol';
export type { SeverityCounts, UriParams } from '../server/protocol';
export type { CleanEditsResult, FigureRecord, FiguresResult, StatusParams };

/** "repeated-phrase × 3, noise-token × 12", largest first. */
export function summaryText(summary: Readonly<Record<string, number>>): string {
  return Object.entries(summary)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `${id} × ${n}`)
    .join(', ');
}

/** The records of a `transcriptLens/figures` reply (none when the server answered nothing). */
export function figureRecords(reply: FiguresResult | null | undefined): readonly FigureRecord[] {
  return reply?.records ?? [];
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

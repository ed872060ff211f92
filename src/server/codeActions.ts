import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis, Diagnostic } from '../core/analyze';
import { findingHash } from '../core/fixes/findingHash';
import type { Fix } from '../core/checks/types';
import { fixAllEdits } from '../core/fixes/apply';
import { DIAGNOSTIC_SOURCE, toTextEdits } from './diagnostics';
import {
  DISABLE_CHECK_COMMAND,
  FIX_ALL_KIND,
  FIX_CHECK_KIND,
  IGNORE_FINDING_COMMAND,
  type CleanEditsResult,
  type DiagnosticData,
  type DisableCheckArgs,
  type IgnoreFindingArgs,
  type LspTextEdit,
} from './protocol';

/**
 * Code actions from what the diagnostics carry (`data`) and, for fix-all, the cached analysis of the current
 * version. Fix-all is one WorkspaceEdit built by the core's fixAllEdits: the same edits as the CLI's --fix.
 */

export interface CodeActionInput {
  readonly uri: string;
  /** Current version of the open document. */
  readonly version: number;
  /** Analysis of exactly that version. */
  readonly analysis: Analysis;
  /** Diagnostics the client sent in the request context. */
  readonly diagnostics: readonly LspDiagnostic[];
  /** CodeActionContext.only, when the client asked for specific kinds. */
  readonly only?: readonly string[];
  /** Whether the client accepts versioned `documentChanges` (then an edit for an outdated version is refused). */
  readonly documentChanges: boolean;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function workspaceEdit(uri: string, version: number, edits: readonly LspTextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits: [...edits] }] };
  return { changes: { [uri]: [...edits] } };
}

function isDiagnosticData(value: unknown): value is DiagnosticData {
  const d = value as DiagnosticData | undefined;
  return !!d && typeof d.check === 'string' && typeof d.hash === 'string' && typeof d.version === 'number' && Array.isArray(d.fixes);
}

/** Safe fixes of one check (or of every check) in report order, with the number of findings they come from. */
function safeFixes(analysis: Analysis, checkId?: string): { fixes: Fix[]; byCheck: Record<string, number> } {
  const fixes: Fix[] = [];
  const byCheck: Record<string, number> = {};
  for (const d of analysis.diagnostics) {
    if (checkId !== undefined && d.checkId !== checkId) continue;
    const safe = d.fixes.filter((f) => f.safe);
    if (safe.length === 0) continue;
    fixes.push(...safe);
  }
  // Count what fix-all actually takes, not what was offered: overlapping fixes are skipped by fixAllEdits.
  const taken = new Set(fixAllEdits(fixes));
  for (const d of analysis.diagnostics) {
    if (checkId !== undefined && d.checkId !== checkId) continue;
    if (d.fixes.some((f) => f.safe && f.edits.length > 0 && f.edits.every((e) => taken.has(e)))) byCheck[d.checkId] = (byCheck[d.checkId] ?? 0) + 1;
  }
  return { fixes, byCheck };
}

/** The fix-all edits of a document and how many findings each check contributes; also the cleanEdits request. */
export function cleanEdits(uri: string, version: number, analysis: Analysis, checkId?: string): CleanEditsResult {
  const { fixes, byCheck } = safeFixes(analysis, checkId);
  const edits = toTextEdits(analysis.model.index, fixAllEdits(fixes));
  const total = Object.values(byCheck).reduce((a, b) => a + b, 0);
  return { uri, version, edits, byCheck, total };
}

/** Findings of an analysis by check and position-independent hash, computed once per analysis. */
const byHash = new WeakMap<Analysis, Map<string, Diagnostic>>();

/** The fixes of the same finding in the current analysis, with current ranges; none if it is gone. */
function currentFixes(analysis: Analysis, data: DiagnosticData): DiagnosticData['fixes'] {
  let index = byHash.get(analysis);
  if (!index) {
    index = new Map();
    for (const d of analysis.diagnostics) index.set(`${d.checkId}:${findingHash(analysis.model.text, d.span)}`, d);
    byHash.set(analysis, index);
  }
  const found = index.get(`${data.check}:${data.hash}`);
  if (!found) return [];
  return found.fixes.map((f) => ({ title: f.title, safe: f.safe, edits: toTextEdits(analysis.model.index, f.edits) }));
}

export function buildCodeActions(input: CodeActionInput): CodeAction[] {
  const { uri, version, analysis, only, documentChanges } = input;
  const actions: CodeAction[] = [];
  const checksSeen = new Set<string>();

  for (const diag of input.diagnostics) {
    if (diag.source !== DIAGNOSTIC_SOURCE || !isDiagnosticData(diag.data)) continue;
    const data = diag.data;
    // The client shows the last published diagnostics while newer text is being checked: their ranges may be
    // stale. The finding's hash does not depend on its position, so find it again in the current analysis.
    const fixes = data.version === version ? data.fixes : currentFixes(analysis, data);
    if (wants(only, CodeActionKind.QuickFix)) {
      let preferred = false;
      for (const fix of fixes) {
        if (fix.edits.length === 0) continue;
        const action: CodeAction = {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          edit: workspaceEdit(uri, version, fix.edits, documentChanges),
        };
        if (fix.safe && !preferred) {
          action.isPreferred = true;
          preferred = true;
        }
        actions.push(action);
      }
      const args: IgnoreFindingArgs = { uri, check: data.check, hash: data.hash };
      actions.push({
        title: 'Ignore this finding here',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        command: { title: 'Ignore this finding here', command: IGNORE_FINDING_COMMAND, arguments: [args] },
      });
    }
    if (checksSeen.has(data.check)) continue;
    checksSeen.add(data.check);
    if (wants(only, CodeActionKind.QuickFix)) {
      const disableArgs: DisableCheckArgs = { id: data.check, uri };
      const perCheck = cleanEdits(uri, version, analysis, data.check);
      // Only worth a separate entry when it does more than the single fix next to it.
      if (perCheck.total > 1) {
        actions.push({
          title: `Fix all ${data.check} problems (${perCheck.total})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          edit: workspaceEdit(uri, version, perCheck.edits, documentChanges),
        });
      }
      actions.push({
        title: `Turn off ${data.check} in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        command: { title: `Turn off ${data.check} in this workspace`, command: DISABLE_CHECK_COMMAND, arguments: [disableArgs] },
      });
    }
  }

  // Source actions: asked for explicitly (Source Action menu, codeActionsOnSave), never in the lightbulb.
  if (only && only.length > 0) {
    if (wants(only, FIX_ALL_KIND)) {
      const all = cleanEdits(uri, version, analysis);
      if (all.edits.length > 0) {
        actions.push({ title: `Fix all Transcript Lens problems (${all.total})`, kind: FIX_ALL_KIND, edit: workspaceEdit(uri, version, all.edits, documentChanges) });
      }
    }
    if (wants(only, FIX_CHECK_KIND)) {
      const checkIds = [...new Set(analysis.diagnostics.map((d) => d.checkId))].sort();
      for (const id of checkIds) {
        const perCheck = cleanEdits(uri, version, analysis, id);
        if (perCheck.edits.length === 0) continue;
        actions.push({ title: `Fix all ${id} problems (${perCheck.total})`, kind: FIX_CHECK_KIND, edit: workspaceEdit(uri, version, perCheck.edits, documentChanges) });
      }
    }
  }
  return actions;
}

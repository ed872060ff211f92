import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze';
import type { Edit, Severity } from '../core/checks/types';
import { findingHash } from '../core/fixes/findingHash';
import type { LineIndex } from '../core/text/lineIndex';
import { repository } from '../../package.json';
import type { DiagnosticData, LspTextEdit, SeverityCounts } from './protocol';

export const DIAGNOSTIC_SOURCE = 'Transcript Lens';

/** "git+https://github.com/o/r.git" -> "https://github.com/o/r"; the docs link is built from the repository URL. */
export function repositoryWebUrl(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  return raw.trim().replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/** Where docs/checks.md lives on the web; each check is an anchor (its id) in it. */
export const DEFAULT_DOCS_BASE_URL = `${repositoryWebUrl(repository) ?? 'https://github.com/transcript-lens/transcript-lens'}/blob/main/docs/checks.md`;

export function checkDocsUrl(checkId: string, docsBaseUrl: string = DEFAULT_DOCS_BASE_URL): string {
  const base = docsBaseUrl.replace(/#.*$/, '');
  return `${base}#${encodeURIComponent(checkId)}`;
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toTextEdits(index: LineIndex, edits: readonly Edit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: index.rangeOf({ start: e.start, end: e.end }), newText: e.newText }));
}

/** The analysis as LSP diagnostics; fixes and the ignore hash ride along in `data`. */
export function toLspDiagnostics(analysis: Analysis, uri: string, version: number, docsBaseUrl?: string): LspDiagnostic[] {
  const { model } = analysis;
  const index = model.index;
  return analysis.diagnostics.map((d) => {
    const data: DiagnosticData = {
      version,
      check: d.checkId,
      hash: findingHash(model.text, d.span),
      fixes: d.fixes.map((f) => ({ title: f.title, safe: f.safe, edits: toTextEdits(index, f.edits) })),
    };
    const diag: LspDiagnostic = {
      range: index.rangeOf(d.span),
      severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
      code: d.checkId,
      codeDescription: { href: checkDocsUrl(d.checkId, docsBaseUrl) },
      source: DIAGNOSTIC_SOURCE,
      message: d.message,
      data,
    };
    if (d.related.length > 0) {
      diag.relatedInformation = d.related.map((r) => ({ location: { uri, range: index.rangeOf(r.span) }, message: r.message }));
    }
    if (d.tags?.includes('unnecessary')) diag.tags = [DiagnosticTag.Unnecessary];
    return diag;
  });
}

export function countBySeverity(analysis: Analysis): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of analysis.diagnostics) counts[d.severity]++;
  return counts;
}

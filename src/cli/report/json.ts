import type { FileResult } from '../fileResult';

/** `[{ file, diagnostics: [{ code, category, severity, message, range, related }] }]`, LSP-style 0-based ranges. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results
    .filter((r) => r.status === 'ok')
    .map((r) => ({
      file: r.display,
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        category: d.category,
        severity: d.severity,
        message: d.message,
        range: d.range,
        related: d.related.map((x) => ({ range: x.range, message: x.message })),
        hash: d.hash,
      })),
    }));
  return `${JSON.stringify(files, null, 2)}\n`;
}

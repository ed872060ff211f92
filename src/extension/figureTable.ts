/**
 * Figures as a table: the rows shown in the Figures view and written by the CSV / JSON exports.
 * Pure (no vscode import): unit-tested, and the webview and the exports share one formatting.
 */
import { recordsToCsv, type FigureRecord } from '../core/figures/export';

export interface FigureRow {
  /** 1-based line and column, as an editor shows them. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly kind: string;
  readonly value: string;
  /** "low..high", or empty when the figure is exact (low = value = high). */
  readonly interval: string;
  readonly low: string;
  readonly high: string;
  readonly unit: string;
  readonly currency: string;
  readonly metric: string;
  readonly period: string;
  readonly change: string;
  readonly lang: string;
}

function changeLabel(c: FigureRecord['change']): string {
  if (!c) return '';
  return [c.direction, c.basis].filter((s) => s !== 'unspecified').join(', ');
}

export function toRow(f: FigureRecord): FigureRow {
  const { low, high } = f;
  return {
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    text: f.text,
    kind: f.kind,
    value: f.value,
    interval: low === high ? '' : `${low}..${high}`,
    low,
    high,
    unit: f.unit ?? '',
    currency: f.currency ?? '',
    metric: f.metric ?? '',
    period: f.period ?? '',
    change: changeLabel(f.change),
    lang: f.lang,
  };
}

/**
 * Exports write the CLI's formats (`transcript-lens figures --format csv`, and its JSON records), so a file
 * exported from the editor and one from the CLI can be compared or concatenated.
 */
export function figuresToCsv(figures: readonly FigureRecord[]): string {
  return recordsToCsv(figures);
}

export function figuresToJson(figures: readonly FigureRecord[]): string {
  return JSON.stringify(figures, null, 2) + '\n';
}

/** "48800000" -> "48,800,000", "-1234.5" -> "-1,234.5": for reading only; exports keep the exact strings. */
export function groupDigits(decimal: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!m) return decimal;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface TableLabels {
  readonly title: string;
  readonly empty: string;
  readonly exportCsv: string;
  readonly exportJson: string;
  readonly refresh: string;
  readonly filter: string;
  readonly columns: {
    readonly line: string; readonly text: string; readonly value: string; readonly interval: string;
    readonly kind: string; readonly currency: string; readonly metric: string; readonly period: string; readonly change: string;
  };
}

/**
 * The whole webview document. Strict CSP: no remote content, inline style only via the nonce'd <style>,
 * one nonce'd script that posts {type:'reveal', index} and {type:'exportCsv'|'exportJson'|'refresh'}.
 */
export function figuresHtml(figures: readonly FigureRecord[], labels: TableLabels, nonce: string, cspSource: string): string {
  const c = labels.columns;
  const head = [c.line, c.text, c.value, c.interval, c.kind, c.currency, c.metric, c.period, c.change]
    .map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = figures.map(toRow).map((r, i) => {
    const interval = r.interval ? `${groupDigits(r.low)} … ${groupDigits(r.high)}` : '';
    const cells = [String(r.line), r.text, groupDigits(r.value), interval, r.kind, r.currency, r.metric, r.period, r.change];
    return `<tr data-index="${i}" tabindex="0">${cells.map((v, k) => `<td${k === 2 || k === 3 ? ' class="num"' : ''}>${escapeHtml(v)}</td>`).join('')}</tr>`;
  }).join('\n');
  const table = figures.length
    ? `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
    : `<p class="empty">${escapeHtml(labels.empty)}</p>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(labels.title)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px; }
.bar { position: sticky; top: 0; background: var(--vscode-editor-background); padding: 8px 0; display: flex; gap: 8px; align-items: center; }
button { white-space: nowrap; background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
input { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); padding: 3px 6px; flex: 1; max-width: 320px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); white-space: nowrap; }
td:nth-child(7) { white-space: normal; min-width: 12em; }
td.num { font-family: var(--vscode-editor-font-family); text-align: right; }
tbody tr { cursor: pointer; }
tbody tr:hover, tbody tr:focus { background: var(--vscode-list-hoverBackground); outline: none; }
.count { opacity: 0.8; }
</style></head>
<body>
<div class="bar">
<button id="exportCsv">${escapeHtml(labels.exportCsv)}</button>
<button id="exportJson">${escapeHtml(labels.exportJson)}</button>
<button id="refresh">${escapeHtml(labels.refresh)}</button>
<input id="filter" type="search" placeholder="${escapeHtml(labels.filter)}">
<span class="count">${figures.length}</span>
</div>
${table}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
for (const id of ['exportCsv', 'exportJson', 'refresh']) document.getElementById(id).addEventListener('click', () => vscode.postMessage({ type: id }));
const reveal = (tr) => tr && tr.dataset.index !== undefined && vscode.postMessage({ type: 'reveal', index: Number(tr.dataset.index) });
document.querySelector('tbody')?.addEventListener('click', (e) => reveal(e.target.closest('tr')));
document.querySelector('tbody')?.addEventListener('keydown', (e) => { if (e.key === 'Enter') reveal(e.target.closest('tr')); });
document.getElementById('filter').addEventListener('input', (e) => {
  const q = e.target.value.toLowerCase();
  for (const tr of document.querySelectorAll('tbody tr')) tr.style.display = tr.textContent.toLowerCase().includes(q) ? '' : 'none';
});
</script>
</body></html>`;
}

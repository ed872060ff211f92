import type { FileResult } from './fileResult';
import type { FileTask } from './checkFile';

const MB = 1024 * 1024;

/** The closing line on stderr: files, size and speed, figures, findings by check, fixes. */
export function summarize(results: readonly FileResult[], seconds: number, fix: FileTask['fix']): string {
  const checked = results.filter((r) => r.status === 'ok');
  const bytes = checked.reduce((n, r) => n + r.bytes, 0);
  const figures = checked.reduce((n, r) => n + r.figures, 0);
  const byCheck = new Map<string, number>();
  for (const r of checked) for (const d of r.diagnostics) byCheck.set(d.code, (byCheck.get(d.code) ?? 0) + 1);
  const problems = [...byCheck.values()].reduce((a, b) => a + b, 0);
  const skipped = results.filter((r) => r.status === 'skipped').length;
  const failed = results.filter((r) => r.status === 'error').length;
  const mbs = seconds > 0 ? bytes / MB / seconds : 0;
  const parts = [
    `${checked.length} file${checked.length === 1 ? '' : 's'} (${(bytes / MB).toFixed(2)} MB) in ${seconds.toFixed(2)} s, ${mbs.toFixed(mbs < 1 ? 3 : 1)} MB/s`,
    `${figures} figures`,
    `${problems} finding${problems === 1 ? '' : 's'}`,
  ];
  if (skipped) parts.push(`${skipped} skipped`);
  if (failed) parts.push(`${failed} unreadable`);
  const edits = results.reduce((n, r) => n + r.editsApplied, 0);
  if (fix === 'write') parts.push(`${edits} fix edit${edits === 1 ? '' : 's'} written to ${results.filter((r) => r.editsApplied > 0).length} files`);
  if (fix === 'dry-run') parts.push(`${edits} fix edit${edits === 1 ? '' : 's'} would be written`);
  let text = `transcript-lens: ${parts.join(' · ')}\n`;
  if (byCheck.size) {
    const list = [...byCheck].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} ${n}`);
    text += `  by check: ${list.join(', ')}\n`;
  }
  return text;
}

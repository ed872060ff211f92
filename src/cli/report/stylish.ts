import { createColors } from 'picocolors';
import type { Severity } from '../../core/checks/types';
import type { FileResult } from '../fileResult';

/**
 * ESLint-style text report; the layout is a contract with the `$transcript-lens` problem matcher (docs/cli.md):
 * a file line (not indented), then `  line:col  severity  message  code` per problem, 1-based, columns padded.
 */
export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const out: string[] = [];
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      counts[d.severity]++;
      return {
        pos: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
        severity: d.severity,
        // One line per problem (the matcher reads line by line), and no double spaces: two or more spaces end the message.
        message: d.message.replace(/\s+/g, ' ').trim(),
        code: d.code,
      };
    });
    const w = (k: 'pos' | 'severity' | 'message') => Math.max(...rows.map((row) => row[k].length));
    const [wPos, wSev, wMsg] = [w('pos'), w('severity'), w('message')];
    out.push(c.underline(r.display));
    for (const row of rows) {
      out.push(`  ${c.dim(row.pos.padEnd(wPos))}  ${paint[row.severity](row.severity.padEnd(wSev))}  ${row.message.padEnd(wMsg)}  ${c.dim(row.code)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total > 0) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info) parts.push(plural(counts.info, 'info'));
    if (counts.hint) parts.push(plural(counts.hint, 'hint'));
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
    out.push(counts.error ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
    out.push('');
  }
  return out.join('\n');
}

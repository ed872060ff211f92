import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checks } from '../../core/checks/registry';
import type { Severity } from '../../core/checks/types';
import type { Range } from '../../core/text/span';
import type { FileResult } from '../fileResult';
import { VERSION, checkHelpUri, informationUri } from '../version';

/** SARIF has three result levels; info and hint are both "note". */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** "garbled-name" -> "GarbledName": SARIF recommends a readable PascalCase rule name. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, ch: string) => ch.toUpperCase());
}

/** SARIF regions are 1-based; columns count UTF-16 code units (declared by run.columnKind). */
function region(range: Range) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/**
 * Paths inside the working directory are relative URIs against %SRCROOT% (what GitHub code scanning expects when
 * run from the repository root); others are absolute file URIs.
 */
function artifactLocation(r: FileResult, cwd: string): { uri: string; uriBaseId?: string } {
  // stdin: the --stdin-filename path when given (display is then relative or absolute like any file).
  if (r.file === '-') return r.display === '<stdin>' ? { uri: 'stdin' } : artifactLocation({ ...r, file: path.resolve(cwd, r.display) }, cwd);
  const rel = path.relative(cwd, r.file);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(r.file).href };
}

export function formatSarif(results: readonly FileResult[], cwd = process.cwd()): string {
  const ruleIndex = new Map(checks.map((c, i) => [c.id, i]));
  const rules = checks.map((c) => ({
    id: c.id,
    name: ruleName(c.id),
    shortDescription: { text: c.summary },
    fullDescription: { text: c.summary },
    helpUri: checkHelpUri(c.id),
    help: { text: `${c.summary} See ${checkHelpUri(c.id)}` },
    defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
    properties: { category: c.category, tags: ['transcript', c.category] },
  }));
  const sarifResults = results
    .filter((r) => r.status === 'ok')
    .flatMap((r) => {
      const location = artifactLocation(r, cwd);
      return r.diagnostics.map((d) => ({
        ruleId: d.code,
        // A finding from a check missing from the registry (a failed check's report) has no rule index.
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
        ...(d.related.length
          ? {
              relatedLocations: d.related.map((x, i) => ({
                id: i + 1,
                message: { text: x.message },
                physicalLocation: { artifactLocation: location, region: region(x.range) },
              })),
            }
          : {}),
        ...(d.hash ? { partialFingerprints: { 'transcriptLensFinding/v1': `${d.code}:${d.hash}` } } : {}),
        properties: { category: d.category },
      }));
    });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Transcript Lens',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: informationUri(),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

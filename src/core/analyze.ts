import { checks as allChecks } from './checks/registry';
import type { Category, Check, Finding, Severity } from './checks/types';
import type { LensConfig } from './config';
import { findingHash } from './fixes/findingHash';
import { parseTranscript } from './model/parse';
import type { TranscriptModel } from './model/types';

/** A finding with what the configuration decided about it. */
export interface Diagnostic extends Finding {
  readonly severity: Severity;
  readonly category: Category;
}

export interface Analysis {
  readonly model: TranscriptModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parse once, run every enabled check on the model. Never throws: a failing check is reported, not fatal. */
export function analyze(text: string, config: LensConfig = {}, checks: readonly Check[] = allChecks): Analysis {
  const model = parseTranscript(text);
  const ignored = new Set((config.ignoredFindings ?? []).map((i) => `${i.check}:${i.hash}`));
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    const setting = config.checks?.[check.id] ?? check.defaultSeverity;
    if (setting === 'off') continue;
    let findings: Finding[];
    try {
      findings = check.run(model, { knownNames: config.knownNames ?? [] });
    } catch (err) {
      // A bug in one check must not hide the others' findings.
      findings = [
        {
          checkId: check.id,
          span: { start: 0, end: 0 },
          message: `Check ${check.id} failed: ${err instanceof Error ? err.message : String(err)}`,
          related: [],
          fixes: [],
        },
      ];
    }
    for (const f of findings) {
      if (ignored.size > 0 && ignored.has(`${f.checkId}:${findingHash(text, f.span)}`)) continue;
      diagnostics.push({ ...f, severity: setting, category: check.category });
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { model, diagnostics };
}

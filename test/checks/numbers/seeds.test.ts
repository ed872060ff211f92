import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditNumbers } from '../../../src/core/checks/numbers/inventory';
import { checks } from '../../../src/core/checks/registry';
import { analyze } from '../../../src/core/analyze';
import { parseTranscript } from '../../../src/core/model/parse';
import { seedNumbers } from '../../fixtures/numbers/seedNumbers';

const numberChecks = checks.filter((c) => c.category === 'numbers');

describe('number checks on the seeds', () => {
  for (const expected of seedNumbers) {
    const text = readFileSync(new URL(`../../../seeds/${expected.seed}.txt`, import.meta.url), 'utf8');
    const model = parseTranscript(text);
    const audit = auditNumbers(model, numberChecks);
    const verified = audit.verified.map((v) => [v.checkId, model.figures[v.figures[v.figures.length - 1]].line, v.note].join(' | '));

    it(`${expected.seed}: finds and verifies every listed consistent relation`, () => {
      for (const [id, line, note] of expected.verified) expect(verified).toContain([id, line, note].join(' | '));
    });

    it(`${expected.seed}: reports exactly the hand-checked inconsistencies (false-positive budget on the seeds: 0)`, () => {
      const got = audit.findings.map((f) => [f.checkId, model.index.positionAt(f.span.start).line, text.slice(f.span.start, f.span.end), f.message].join(' | '));
      expect(got.sort()).toEqual(expected.findings.map((f) => f.join(' | ')).sort());
    });

    it(`${expected.seed}: no consistent relation is also reported`, () => {
      const flagged = new Set(audit.findings.map((f) => `${f.checkId}:${f.span.start}`));
      for (const v of audit.verified) {
        const stated = model.figures[v.figures[v.figures.length - 1]];
        if (v.checkId !== 'translation-mismatch') expect(flagged.has(`${v.checkId}:${stated.span.start}`)).toBe(false);
      }
    });

    it(`${expected.seed}: analyze() reports the same number findings`, () => {
      const diags = analyze(text).diagnostics.filter((d) => d.category === 'numbers');
      expect(diags.length).toBe(expected.findings.length);
    });
  }

  it('lists at least 40 consistent relations across the seeds', () => {
    const n = seedNumbers.reduce((s, e) => s + e.verified.length, 0);
    expect(n).toBeGreaterThanOrEqual(40);
  });
});

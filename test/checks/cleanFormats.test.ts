import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';

// False-positive budget across layouts: these calls are clean (no loop, no copy, no garbled name, consistent
// figures), so every check must stay silent on them whatever the layout's furniture, labels and timestamps.
const dir = 'test/fixtures/formats';

describe('no finding on clean calls in every layout', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    it(name, () => {
      const { diagnostics, model } = analyze(readFileSync(`${dir}/${name}`, 'utf8'));
      expect(model.figures.length).toBeGreaterThan(0);
      expect(diagnostics.map((d) => `${d.checkId}: ${d.message}`)).toEqual([]);
    });
  }
});

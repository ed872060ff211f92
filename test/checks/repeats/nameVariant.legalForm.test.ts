import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';

describe('name-variant against a company introduced with its legal form', () => {
  it('compares "Fab Rickham" with "Fabrikam", not with "Fabrikam Incorporated"', () => {
    const text = [
      'Operator: Good morning, and welcome to the Fabrikam Incorporated second quarter 2025 earnings conference call.',
      'Wen Zhao: Thanks. At Fab Rickham, we remain focused on cost discipline, and Fabrikam will keep investing.',
    ].join('\n');
    expect(analyze(text).diagnostics.filter((d) => d.checkId === 'name-variant').map((d) => d.message)).toEqual([
      '"Fab Rickham" looks like a garbled "Fabrikam" (written correctly at line 1).',
    ]);
  });
});

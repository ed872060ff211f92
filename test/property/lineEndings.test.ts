import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyInput, fcParams, seedText, SEED_NAMES } from './gen';
import { CaseStats } from './stats';

/**
 * The model does not depend on the line break style: LF, CRLF, a lone CR and a mix of the three give the same format, the same
 * turns (speaker, first and last line), the same figures with the same values, and the same findings
 * (check id and line). Offsets differ, so positions are compared as line numbers.
 */

const stats = new CaseStats('lineEndings');
afterAll(() => console.log(stats.summary()));

function shape(label: string, text: string) {
  const { model, diagnostics } = stats.analyze(label, text);
  return {
    format: model.format,
    lineCount: model.index.lineCount,
    turns: model.turns.map((t) => `${t.speaker.name} ${t.startLine}-${t.endLine}`),
    figures: model.figures.map((f) => `line ${f.line}: ${f.kind} ${f.value} [${f.low}, ${f.high}]`),
    findings: diagnostics.map((d) => `${d.checkId} line ${model.index.lineAt(d.span.start)}`).sort(),
  };
}

function assertSameModel(label: string, text: string): void {
  stats.cases++;
  const lf = text.replace(/\r\n|\r/g, '\n');
  const expected = shape(`${label} LF`, lf);
  expect(shape(`${label} CRLF`, lf.replace(/\n/g, '\r\n')), `${label}: CRLF differs from LF`).toEqual(expected);
  expect(shape(`${label} CR`, lf.replace(/\n/g, '\r')), `${label}: CR differs from LF`).toEqual(expected);
  let k = 0;
  const mixed = lf.replace(/\n/g, () => ['\r\n', '\n', '\r'][k++ % 3]);
  expect(shape(`${label} mixed`, mixed), `${label}: mixed CRLF/LF/CR differs from LF`).toEqual(expected);
}

describe('the model is the same whatever the line endings', () => {
  it('for each whole seed', { timeout: 120_000 }, () => {
    for (const seed of SEED_NAMES) assertSameModel(seed, seedText(seed));
  });

  it('for generated text and seed mutations', { timeout: 120_000 }, () => {
    fc.assert(fc.property(anyInput, ({ label, text }) => assertSameModel(label, text)), fcParams(120));
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { LensConfig } from '../../src/core/config';
import { parseTranscript } from '../../src/core/model/parse';
import { anyInput, fcParams, fragmentText, seedSampleArb, seedText, SEED_NAMES, structuredText, splitLines } from './gen';
import { analysisViolations, spanProblem } from './invariants';
import { CaseStats } from './stats';

/**
 * Whatever the text, parsing and analysis return (no exception, no check failing inside analyze()) and every
 * range they hand out — lines, sentences, turns, sections, exchanges, facts, figures, findings, related spans,
 * fix edits — lies inside the document without splitting a surrogate pair; figure values are exact decimals
 * with low <= value <= high.
 */

const stats = new CaseStats('analysisSound');
afterAll(() => console.log(stats.summary()));

function assertSound(label: string, text: string, config: LensConfig = {}): void {
  stats.cases++;
  const analysis = stats.analyze(label, text, config);
  const violations = analysisViolations(text, analysis);
  if (violations.length > 0) throw new Error(`${violations.length} violation(s) on ${label}:\n${violations.slice(0, 12).join('\n')}`);
}

describe('analysis of hostile text never throws and keeps every range sound', () => {
  it('on text built from transcript fragments, odd numbers, emoji and lone surrogates', () => {
    fc.assert(fc.property(fragmentText, (text) => assertSound('fragments', text)), fcParams(300));
  });

  it('on call-shaped lines (headers, Q&A cues) filled with fragments', () => {
    fc.assert(fc.property(structuredText, (text) => assertSound('structured', text)), fcParams(200));
  });

  it('on windows of the seeds, shuffled, duplicated, cut mid-character, CRLF/CR, BOM, NULs, long lines, brackets, digits', () => {
    fc.assert(
      fc.property(seedSampleArb(), (s) => assertSound(`${s.seed} [${s.mutations.join(', ')}]`, s.text)),
      fcParams(200),
    );
  });

  it('on whole seeds with every line break style, a BOM, NULs, lone surrogates and shuffled lines', () => {
    for (const seed of SEED_NAMES) {
      const text = seedText(seed);
      const lines = splitLines(text);
      // A fixed permutation: every 7th line first, so turns and sections come apart.
      const shuffled = [...lines.filter((_, i) => i % 7 === 0), ...lines.filter((_, i) => i % 7 !== 0)];
      let k = 0;
      const hostile = '\uFEFF' + shuffled.join('\n').replace(/\n/g, () => ['\r\n', '\r', '\n\u0000', '\n\uD83D'][k++ % 4]);
      assertSound(`${seed} shuffled, mixed breaks, BOM, NULs, lone high surrogates`, hostile);
    }
  });

  it('on pathological single inputs: a 1 MB line, 200 k digits, 100 k open brackets, punctuation only, huge numbers', { timeout: 120_000 }, () => {
    const words = ['revenue', 'grew', '12%', 'to', 'RMB', '3.4', 'million', 'and', 'the', 'margin', 'was', '37.2%', 'up', '150', 'bps'];
    let line = '';
    for (let i = 0; line.length < 1_000_000; i++) line += words[(i * 7) % words.length] + ' ';
    const inputs: Array<[string, string]> = [
      ['a 1 MB line', line],
      ['200 k digits', '1234567890'.repeat(20_000)],
      ['100 k open brackets', '('.repeat(100_000) + 'RMB 1 million'],
      ['50 k nested brackets', '('.repeat(50_000) + 'up 3%' + ')'.repeat(50_000)],
      ['punctuation only', '.,;:!?-()[]%$"\'/…—\n'.repeat(5_000)],
      ['a 10 k-digit number', `Revenue was RMB ${'9'.repeat(10_000)}.${'1'.repeat(5_000)} million, up ${'7'.repeat(3_000)}% year-over-year.`],
      ['1e400 and friends', 'Revenue rose 1e400% to RMB 1e400 billion from -1e400 million, 1E-400 bps, 10^400 times.\n'.repeat(200)],
      ['emoji and surrogate halves only', '😀\uD800👨‍👩‍👧\uDC00𝟙'.repeat(20_000)],
      ['NULs only', '\u0000'.repeat(100_000)],
      ['line breaks only', '\r\n\r\n\n\r'.repeat(50_000)],
    ];
    for (const [label, text] of inputs) {
      const t0 = performance.now();
      expect(() => parseTranscript(text)).not.toThrow();
      const t1 = performance.now();
      assertSound(label, text);
      if (process.env.PROPERTY_TIMES) console.log(label, 'parse', (t1 - t0).toFixed(0), 'analyze', (performance.now() - t1).toFixed(0));
    }
  });

  it('with hostile configuration: odd known names (regex characters, emoji, empty, huge), unknown check ids', () => {
    const name = fc.oneof(
      fc.constantFrom('', ' ', '(.*)', '[', '\\', 'Kingsoft Cloud', 'Kings of Cloud', '😀', '\uD800', 'a'.repeat(5_000), '$1', '^', 'King(s|soft)+'),
      fc.string({ maxLength: 12 }),
    );
    const config = fc.record({
      knownNames: fc.array(name, { maxLength: 6 }),
      checks: fc.dictionary(fc.constantFrom('repeated-phrase', 'name-variant', 'no-such-check', '__proto__', 'constructor'), fc.constantFrom('off', 'hint', 'error') as fc.Arbitrary<'off' | 'hint' | 'error'>),
    });
    fc.assert(fc.property(anyInput, config, ({ label, text }, cfg) => assertSound(`${label} with config ${JSON.stringify(cfg).slice(0, 80)}`, text, cfg)), fcParams(100));
  });

  it('flags a span that splits a surrogate pair (the checker itself can fail)', () => {
    const text = 'a😀b';
    expect(spanProblem(text, { start: 0, end: 2 })).toMatch(/surrogate/);
    expect(spanProblem(text, { start: 1, end: 3 })).toBeUndefined();
    expect(spanProblem(text, { start: 2, end: 5 })).toMatch(/outside/);
  });
});

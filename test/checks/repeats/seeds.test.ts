import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLoops } from '../../../src/core/checks/repeats/repeatedPhrase';
import { shingleContainment } from '../../../src/core/checks/repeats/shingles';
import { tokenize } from '../../../src/core/checks/repeats/tokens';
import { checks } from '../../../src/core/checks/registry';
import type { Edit, Finding } from '../../../src/core/checks/types';
import { parseTranscript } from '../../../src/core/model/parse';
import type { TranscriptModel } from '../../../src/core/model/types';
import { fixture, SEEDS, seedModel } from './support';

const REPEAT_CHECKS = ['repeated-phrase', 'duplicate-passage', 'name-variant', 'speaker-roster', 'noise-token'];
const repeatChecks = checks.filter((c) => REPEAT_CHECKS.includes(c.id));

interface Expected {
  readonly seed: string;
  readonly findings: ReadonlyArray<{ check: string; line: number; excerpt: string; safe: boolean[] }>;
}

function findingsOf(model: TranscriptModel): Array<{ checkId: string; f: Finding }> {
  return repeatChecks.flatMap((c) => c.run(model, { knownNames: [] }).map((f) => ({ checkId: c.id, f })));
}

describe('repeat checks on the seeds, against findings read and verified by hand', () => {
  for (const [name, file] of [['000', SEEDS.bilingual], ['002', SEEDS.asr], ['004', SEEDS.scraped]] as const) {
    it(`seed ${name}`, () => {
      const expected = JSON.parse(fixture(`${name}.expected.json`)) as Expected;
      expect(expected.seed).toBe(file);
      const model = seedModel(file);
      const actual = findingsOf(model).map(({ checkId, f }) => {
        const ex = model.text.slice(f.span.start, f.span.end);
        return { check: checkId, line: model.index.lineAt(f.span.start), excerpt: ex.length > 80 ? ex.slice(0, 80) : ex, safe: f.fixes.map((x) => x.safe) };
      });
      expect(actual).toEqual(expected.findings);
    });
  }
});

const norms = (s: string) => {
  const t = tokenize(s);
  return Array.from(t.ids, (id) => t.vocab.norms[id]);
};

/** What one edit removes and what the document keeps around it. */
function removal(text: string, e: Edit) {
  return { removed: text.slice(e.start, e.end), kept: text.slice(0, e.start) + e.newText + text.slice(e.end) };
}

describe('each fix removes only text that is part of the repeat', () => {
  for (const [name, file] of [['000', SEEDS.bilingual], ['002', SEEDS.asr], ['004', SEEDS.scraped]] as const) {
    it(`seed ${name}`, () => {
      const model = seedModel(file);
      const text = model.text;
      for (const { checkId, f } of findingsOf(model)) {
        for (const fix of f.fixes) {
          for (const e of fix.edits) {
            const { removed, kept } = removal(text, e);
            if (checkId === 'repeated-phrase') {
              // The removed words are whole copies of the first copy, which stays.
              const unit = norms(text.slice(f.related[0].span.start, f.related[0].span.end));
              const gone = norms(removed);
              expect(gone.length % unit.length).toBe(0);
              gone.forEach((w, i) => expect(w).toBe(unit[i % unit.length]));
              expect(e.newText).toBe('');
            } else if (checkId === 'duplicate-passage') {
              // The removed passage is (nearly) a copy of the first copy, which stays.
              const source = norms(text.slice(f.related[0].span.start, f.related[0].span.end));
              expect(shingleContainment(norms(removed), source)).toBeGreaterThanOrEqual(fix.safe ? 0.6 : 0.5);
              expect(kept).toContain(text.slice(f.related[0].span.start, f.related[0].span.end));
            } else if (checkId === 'noise-token') {
              expect(removed.trim()).toBe(text.slice(f.span.start, f.span.end));
              expect(removed.replace(text.slice(f.span.start, f.span.end), '')).toMatch(/^\s*$/);
            } else if (checkId === 'name-variant') {
              // A replacement of one garbled name by a spelling the call itself uses.
              expect(norms(removed).join(' ')).toBe(norms(text.slice(f.span.start, f.span.end)).join(' '));
              expect(text).toContain(e.newText);
            }
          }
        }
      }
    });
  }

  it('a loop inserted anywhere in a sentence is found and its fix gives back the sentence with one copy', () => {
    const words = ['revenue', 'grew', 'strongly', 'in', 'the', 'quarter', 'driven', 'by', 'cloud', 'customers', 'and', 'new', 'products'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: words.length }),
        fc.array(fc.constantFrom('this', 'one', 'we', 'have', 'that', 'data', 'so'), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 4, max: 12 }),
        fc.constantFrom(', ', ' ', '. ', ' - '),
        (at, unitWords, copies, sep) => {
          // Units with an inner repeat ("so so") are loops of a shorter unit; skip them.
          if (new Set(unitWords).size !== unitWords.length) return;
          const unit = unitWords.join(' ');
          const head = words.slice(0, at).join(' ');
          const tail = words.slice(at).join(' ');
          const loop = Array.from({ length: copies }, () => unit).join(sep);
          const text = [head, loop, tail].filter(Boolean).join(' ');
          const once = [head, unit, tail].filter(Boolean).join(' ');
          const tokens = tokenize(text);
          const loops = findLoops(tokens);
          expect(loops).toHaveLength(1);
          const l = loops[0];
          expect(l.copies).toBe(copies);
          const fixed = text.slice(0, tokens.ends[l.first + l.period - 1]) + text.slice(tokens.ends[l.first + l.period * l.copies - 1]);
          expect(fixed).toBe(once);
        },
      ),
    );
  });
});

describe('the repeat checks never throw and their edits stay inside the document', () => {
  it('on arbitrary text built from transcript pieces', () => {
    const pieces = ['Thank you.', 'you', 'music', 'this,', 'this', 'Kings of Cloud', 'Kingsoft Cloud', 'Operator', 'Nicole Shan - IR', '謝謝。', '成長', '\n', '\n\n', ' ', '[Music]', 'Um.', 'CFO', 'Mr.', '1,234.5', '—', '’s'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 200 }), (parts) => {
        const text = parts.join(' ');
        const model = parseTranscript(text);
        for (const c of repeatChecks) {
          for (const f of c.run(model, { knownNames: ['Kingsoft Cloud'] })) {
            expect(f.span.start).toBeLessThanOrEqual(f.span.end);
            for (const fix of f.fixes) {
              for (const e of fix.edits) {
                expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEEDS } from './support';

/**
 * The repeat checks number words in one vocabulary shared by every model of the process (and keep other
 * per-word and per-phrase facts across models). Findings must not depend on what was read before: each text
 * gives the same diagnostics read first in a fresh process as after other calls, and after the shared
 * vocabulary has been replaced for being full.
 */
const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const formats = readdirSync(join(root, 'test/fixtures/formats'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => read(`test/fixtures/formats/${f}`));
const texts = [read(SEEDS.bilingual), read(SEEDS.asr), read(SEEDS.scraped), ...formats];

/** A fresh copy of the core, as in a process that has read nothing yet. */
async function freshCore() {
  vi.resetModules();
  const { analyze } = await import('../../../src/core/analyze');
  const tokens = await import('../../../src/core/checks/repeats/tokens');
  const phrases = await import('../../../src/core/checks/repeats/capitalisedPhrases');
  const { parseTranscript } = await import('../../../src/core/model/parse');
  return { analyze, tokens, phrases, parseTranscript };
}

const diagnosticsOf = (analyze: (text: string) => { diagnostics: unknown }, text: string) => JSON.stringify(analyze(text).diagnostics);

describe('the shared vocabulary', () => {
  it('gives each call the diagnostics it gets when read alone', async () => {
    const alone: string[] = [];
    for (const text of texts) alone.push(diagnosticsOf((await freshCore()).analyze, text));
    expect(alone.some((d) => d !== '[]')).toBe(true);
    // Every call after all the others, in both orders.
    for (const order of [texts.map((_, k) => k), texts.map((_, k) => texts.length - 1 - k)]) {
      const { analyze } = await freshCore();
      for (const k of order) expect(diagnosticsOf(analyze, texts[k])).toBe(alone[k]);
    }
  }, 120_000);

  it('gives the same diagnostics after the vocabulary and the phrase table are replaced for being full', async () => {
    const { analyze, tokens, phrases, parseTranscript } = await freshCore();
    const before = texts.slice(0, 3).map((t) => diagnosticsOf(analyze, t));
    // More distinct words and capitalised phrases than the shared tables hold: the next call starts new ones.
    const count = Math.max(tokens.SHARED_WORDS, phrases.SHARED_PHRASES) + 10;
    const words = Array.from({ length: count }, (_, k) => `W${k.toString(36)}.`).join(' ');
    const model = parseTranscript(words);
    const full = tokens.modelTokens(model);
    expect(full.vocab.size).toBeGreaterThan(tokens.SHARED_WORDS);
    expect(phrases.writtenPhrases(model, 1).texts.length).toBeGreaterThan(phrases.SHARED_PHRASES);
    const after = texts.slice(0, 3).map((t) => diagnosticsOf(analyze, t));
    expect(after).toEqual(before);
    // The full model's numbers still name its words.
    expect(full.vocab.norms[full.ids[full.count - 1]]).toBe(`w${(count - 1).toString(36)}`);
  }, 120_000);
});

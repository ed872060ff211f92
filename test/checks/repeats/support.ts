import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Check, Finding } from '../../../src/core/checks/types';
import { parseTranscript } from '../../../src/core/model/parse';
import type { TranscriptModel } from '../../../src/core/model/types';

export const SEEDS = {
  bilingual: 'seeds/000_57a37ca2e05f9c53.txt',
  asr: 'seeds/002_c10d7f1c76de8547.txt',
  scraped: 'seeds/004_9af29ef9ab041140.txt',
} as const;

const root = join(__dirname, '../../..');
const cache = new Map<string, TranscriptModel>();

export function seedModel(path: string): TranscriptModel {
  let m = cache.get(path);
  if (!m) {
    m = parseTranscript(readFileSync(join(root, path), 'utf8'));
    cache.set(path, m);
  }
  return m;
}

export function fixture(name: string): string {
  return readFileSync(join(root, 'test/fixtures/repeats', name), 'utf8');
}

export function run(check: Check, text: string, knownNames: readonly string[] = []): { model: TranscriptModel; findings: Finding[] } {
  const model = parseTranscript(text);
  return { model, findings: check.run(model, { knownNames }) };
}

/** The text a finding marks. */
export const marked = (model: TranscriptModel, f: Finding) => model.text.slice(f.span.start, f.span.end);

/** The document after applying one fix of a finding. */
export function applied(text: string, f: Finding, fix = 0): string {
  const edits = [...f.fixes[fix].edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { checks } from '../../src/core/checks/registry';
import { ROOT, seedText, SEED_NAMES } from './gen';

/**
 * Corpus guard: every check on, each seed gives exactly the findings pinned in
 * test/fixtures/corpus/<seed>.findings.json (check id, line, column, start of the message). A change that adds
 * or removes a finding fails here with a list of what appeared and what went away.
 *
 * After an intended change: `UPDATE_CORPUS=1 npx vitest run test/property/corpus.test.ts` rewrites the files;
 * review the diff of the JSON like code (every added line is a new claim about the seed) before committing it.
 */

export interface PinnedFinding {
  readonly check: string;
  /** 1-based line and UTF-16 column of the finding's start, as editors and the CLI show them. */
  readonly line: number;
  readonly column: number;
  /** The first 60 characters of the message. */
  readonly message: string;
}

const CORPUS_DIR = path.join(ROOT, 'test/fixtures/corpus');
const update = process.env.UPDATE_CORPUS === '1';
const everyCheckOn = Object.fromEntries(checks.map((c) => [c.id, c.defaultSeverity]));

function findingsOf(seed: string): PinnedFinding[] {
  const { model, diagnostics } = analyze(seedText(seed), { checks: everyCheckOn });
  return diagnostics
    .map((d) => {
      const p = model.index.positionAt(d.span.start);
      return { check: d.checkId, line: p.line + 1, column: p.character + 1, message: d.message.slice(0, 60) };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.check.localeCompare(b.check) || a.message.localeCompare(b.message));
}

const key = (f: PinnedFinding) => `${f.check} ${f.line}:${f.column} ${JSON.stringify(f.message)}`;

/** What appeared and what went away, one finding a line; duplicates are counted. */
export function corpusDiff(pinned: readonly PinnedFinding[], actual: readonly PinnedFinding[]): string[] {
  const left = new Map<string, number>();
  for (const f of pinned) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  const added: string[] = [];
  for (const f of actual) {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    else added.push(`+ ${key(f)}`);
  }
  const removed = [...left].flatMap(([k, n]) => Array.from({ length: n }, () => `- ${k}`));
  return [...removed, ...added];
}

describe('corpus guard: the seeds give exactly the pinned findings', () => {
  for (const seed of SEED_NAMES) {
    it(seed, { timeout: 60_000 }, () => {
      const file = path.join(CORPUS_DIR, `${seed.replace(/\.txt$/, '')}.findings.json`);
      const actual = findingsOf(seed);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`${file} is missing: run UPDATE_CORPUS=1 npx vitest run test/property/corpus.test.ts and review it`);
        writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
        return;
      }
      const pinned = JSON.parse(readFileSync(file, 'utf8')) as PinnedFinding[];
      const diff = corpusDiff(pinned, actual);
      expect(diff, `${seed}: findings changed (- pinned, now gone; + new). If intended, re-pin with UPDATE_CORPUS=1 and review:\n${diff.join('\n')}\n`).toEqual([]);
    });
  }

  it('reports an added and a removed finding as a readable diff', () => {
    const a = { check: 'noise-token', line: 3, column: 1, message: '"you" stands between sentences' };
    const b = { check: 'name-variant', line: 9, column: 14, message: '"Kings of Cloud" looks like' };
    expect(corpusDiff([a, b], [b, { ...a, line: 4 }])).toEqual([`- noise-token 3:1 ${JSON.stringify(a.message)}`, `+ noise-token 4:1 ${JSON.stringify(a.message)}`]);
    expect(corpusDiff([a, a], [a])).toEqual([`- noise-token 3:1 ${JSON.stringify(a.message)}`]);
  });
});

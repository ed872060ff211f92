import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainMatches, COMMON, DRIFT, GAP, SOURCES_PER_SHINGLE, type Chain } from '../../../src/core/checks/repeats/duplicatePassage';
import { SHINGLE, shingleIds } from '../../../src/core/checks/repeats/shingles';

/** Token sequences that repeat themselves: passages copied with a few words changed, over a small vocabulary. */
const repetitive = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 0, maxLength: 120 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 12 })), { maxLength: 8 }))
  .map(([base, ops]) => {
    const out = [...base];
    for (const [from, len, at, word] of ops) {
      // Copy a stretch of what is there to the end, changing one word of it.
      if (out.length === 0) break;
      const a = from % out.length;
      const piece = out.slice(a, a + 5 + (len % 60));
      if (piece.length > 0) piece[at % piece.length] = word;
      out.push(...piece);
    }
    return Int32Array.from(out);
  });

const window = (ids: Int32Array, i: number) => Array.from(ids.subarray(i, i + SHINGLE)).join(' ');

describe('shingleIds', () => {
  it('numbers two positions alike exactly when their five tokens are alike, in order of first appearance', () => {
    fc.assert(
      fc.property(repetitive, (ids) => {
        const { shingles, count, distinct } = shingleIds(ids);
        expect(count).toBe(Math.max(0, ids.length - SHINGLE + 1));
        const numberOf = new Map<string, number>();
        for (let i = 0; i < count; i++) {
          const w = window(ids, i);
          if (!numberOf.has(w)) numberOf.set(w, numberOf.size);
          expect(shingles[i]).toBe(numberOf.get(w));
        }
        expect(distinct).toBe(numberOf.size);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every number when a long call with few repeats makes its table grow', () => {
    // 100 000 distinct shingles (past the table's first size), then the first 2 000 tokens again.
    const fresh = Array.from({ length: 100_000 }, (_, k) => k);
    const ids = Int32Array.from([...fresh, ...fresh.slice(0, 2_000)]);
    const { shingles, count, distinct } = shingleIds(ids);
    // Each window of the fresh tokens, and the SHINGLE - 1 windows across the join, are new.
    expect(distinct).toBe(100_000);
    for (let i = 0; i < 100_000 - SHINGLE + 1; i++) expect(shingles[i]).toBe(i);
    for (let i = 0; i + SHINGLE <= 2_000; i++) expect(shingles[100_000 + i]).toBe(i);
    expect(count).toBe(ids.length - SHINGLE + 1);
  });
});

/** The chaining rule as first written: each source in turn (newest first) extends every open chain it continues. */
function plainChains(ids: Int32Array): { chains: Chain[]; matched: Uint8Array } {
  const seen = new Map<string, number[]>();
  const matched = new Uint8Array(ids.length);
  let active: Chain[] = [];
  const closed: Chain[] = [];
  const close = (i: number) => {
    const keep: Chain[] = [];
    for (const ch of active) (i - ch.iLast > GAP ? closed : keep).push(ch);
    active = keep;
  };
  for (let i = 0; i + SHINGLE <= ids.length; i++) {
    const w = window(ids, i);
    const earlier = seen.get(w);
    if (earlier && earlier.length < COMMON) {
      let started = false;
      for (let c = earlier.length - 1, tried = 0; c >= 0 && tried < SOURCES_PER_SHINGLE; c--) {
        const j = earlier[c];
        if (i - j < 2 * SHINGLE) continue;
        tried++;
        for (let t = i; t < i + SHINGLE; t++) matched[t] = 1;
        let extended = false;
        for (const ch of active) {
          if (ch.iLast === i) continue;
          if (Math.abs(i - j - (ch.iLast - ch.jLast)) <= DRIFT && j > ch.jLast - DRIFT) {
            ch.iLast = i;
            ch.jLast = j;
            extended = true;
          }
        }
        if (!extended && !started) {
          active.push({ i0: i, j0: j, iLast: i, jLast: j });
          started = true;
        }
      }
    }
    if (earlier) {
      if (earlier.length < COMMON) earlier.push(i);
    } else seen.set(w, [i]);
    if (active.length > 0 && (i & 7) === 0) close(i);
  }
  close(Number.POSITIVE_INFINITY);
  return { chains: closed, matched };
}

describe('chainMatches', () => {
  it('gives the chains and matched tokens of the plain source-by-source rule', () => {
    fc.assert(
      fc.property(repetitive, (ids) => {
        const got = chainMatches(ids);
        const want = plainChains(ids);
        expect(got.chains).toEqual(want.chains);
        expect(Array.from(got.matched)).toEqual(Array.from(want.matched));
      }),
      { numRuns: 400 },
    );
  });
});

import type { Token } from './tokens';

/** Shingle size: runs of this many tokens are hashed and compared. Five words rarely repeat by chance in a call. */
export const SHINGLE = 5;

/**
 * Token ids (one small integer per distinct normalised token) and a 53-bit hash for the shingle starting at
 * each position, both in linear time. Two 26/27-bit polynomial hashes are combined so that collisions are rare;
 * callers still confirm a match by comparing ids (`sameShingle`).
 */
export interface ShingleTable {
  readonly ids: Int32Array;
  /** hashes[i] is the hash of tokens i .. i+SHINGLE-1; defined for i <= length - SHINGLE. */
  readonly hashes: Float64Array;
  readonly count: number;
}

export function shingleTable(tokens: readonly Token[], k = SHINGLE): ShingleTable {
  const idOf = new Map<string, number>();
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let id = idOf.get(tokens[i].norm);
    if (id === undefined) {
      id = idOf.size + 1;
      idOf.set(tokens[i].norm, id);
    }
    ids[i] = id;
  }
  const count = Math.max(0, tokens.length - k + 1);
  const hashes = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // k is small (5): recomputing each window is as fast as rolling and simpler to get right.
    let a = 0x811c9dc5 | 0;
    let b = 0x01000193 | 0;
    for (let t = 0; t < k; t++) {
      a = Math.imul(a ^ ids[i + t], 0x01000193);
      b = Math.imul(b + ids[i + t], 0x5bd1e995) ^ (b >>> 13);
    }
    hashes[i] = (a >>> 6) * 0x8000000 + (b >>> 5);
  }
  return { ids, hashes, count };
}

export function sameShingle(table: ShingleTable, i: number, j: number, k = SHINGLE): boolean {
  for (let t = 0; t < k; t++) if (table.ids[i + t] !== table.ids[j + t]) return false;
  return true;
}

/** Share of shingles of `removed` tokens that also occur among `kept` tokens (0..1); 1 for an exact copy. */
export function shingleContainment(removed: readonly string[], kept: readonly string[], k = SHINGLE): number {
  if (removed.length < k) return removed.every((w) => kept.includes(w)) ? 1 : 0;
  const seen = new Set<string>();
  for (let i = 0; i + k <= kept.length; i++) seen.add(kept.slice(i, i + k).join(' '));
  let hit = 0;
  for (let i = 0; i + k <= removed.length; i++) if (seen.has(removed.slice(i, i + k).join(' '))) hit++;
  return hit / (removed.length - k + 1);
}

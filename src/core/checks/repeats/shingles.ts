/** Shingle size: runs of this many tokens are hashed and compared. Five words rarely repeat by chance in a call. */
export const SHINGLE = 5;

/**
 * A number per shingle (the run of k tokens starting at each position), equal exactly when the runs of
 * vocabulary numbers are equal, in linear time: each shingle is hashed and looked up in an open-addressing
 * table of first occurrences, and a hash hit is confirmed by comparing the k numbers.
 * `shingles[i]` is defined for i < count = length - k + 1; numbers run from 0 to distinct - 1.
 */
export interface ShingleIds {
  readonly shingles: Int32Array;
  readonly count: number;
  readonly distinct: number;
}

export function shingleIds(ids: Int32Array, k = SHINGLE): ShingleIds {
  const count = Math.max(0, ids.length - k + 1);
  const shingles = new Int32Array(count);
  let size = 1 << 10;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  // First position of each slot's shingle + 1 (0 = empty), and the shingle's number.
  const firstAt = new Int32Array(size);
  const numberAt = new Int32Array(size);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    // k is small (5): hashing each window afresh is as fast as rolling and simpler to get right.
    let h = 0x811c9dc5 | 0;
    for (let t = 0; t < k; t++) h = Math.imul(h ^ ids[i + t], 0x01000193);
    h ^= h >>> 15;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const f = firstAt[s];
      if (f === 0) {
        firstAt[s] = i + 1;
        numberAt[s] = shingles[i] = distinct++;
        break;
      }
      let t = 0;
      while (t < k && ids[f - 1 + t] === ids[i + t]) t++;
      if (t === k) {
        shingles[i] = numberAt[s];
        break;
      }
    }
  }
  return { shingles, count, distinct };
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

import { grown } from './growable';

/** Shingle size: runs of this many tokens are hashed and compared. Five words rarely repeat by chance in a call. */
export const SHINGLE = 5;

/**
 * A number per shingle (the run of k tokens starting at each position), equal exactly when the runs of
 * vocabulary numbers are equal, in linear time: each shingle is hashed and looked up in an open-addressing
 * table of the distinct shingles so far, and a hash hit is confirmed against the shingle's stored tokens.
 * The table grows with the distinct shingles, not with the text: a call repeats most of its 5-word runs, and a
 * small table stays in the cache. `shingles[i]` is defined for i < count = length - k + 1; numbers run from
 * 0 to distinct - 1.
 */
export interface ShingleIds {
  readonly shingles: Int32Array;
  readonly count: number;
  readonly distinct: number;
}

export function shingleIds(ids: Int32Array, k = SHINGLE): ShingleIds {
  const count = Math.max(0, ids.length - k + 1);
  const shingles = new Int32Array(count);
  // The tokens and hash of each distinct shingle, by number.
  let tokensOf = new Int32Array(1024 * k);
  let hashOf = new Int32Array(1024);
  // Per slot: number + 1 (0 = empty) and the hash, compared before the tokens are.
  let slots = new Int32Array(1024);
  let slotHash = new Int32Array(1024);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    // k is small (5): hashing each window afresh is as fast as rolling and simpler to get right.
    let h = 0x811c9dc5 | 0;
    for (let t = 0; t < k; t++) h = Math.imul(h ^ ids[i + t], 0x01000193);
    h ^= h >>> 15;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = slots[s];
      if (v === 0) {
        if (distinct === hashOf.length) {
          hashOf = grown(hashOf);
          tokensOf = grown(tokensOf);
        }
        hashOf[distinct] = h;
        for (let t = 0; t < k; t++) tokensOf[distinct * k + t] = ids[i + t];
        shingles[i] = distinct++;
        slots[s] = distinct;
        slotHash[s] = h;
        if (distinct * 2 > slots.length) {
          slots = new Int32Array(slots.length * 2);
          slotHash = new Int32Array(slots.length);
          const m = slots.length - 1;
          for (let d = 0; d < distinct; d++) {
            let q = hashOf[d] & m;
            while (slots[q] !== 0) q = (q + 1) & m;
            slots[q] = d + 1;
            slotHash[q] = hashOf[d];
          }
        }
        break;
      }
      if (slotHash[s] !== h) continue;
      const at = (v - 1) * k;
      let t = 0;
      while (t < k && tokensOf[at + t] === ids[i + t]) t++;
      if (t === k) {
        shingles[i] = v - 1;
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

/** Shingle size: runs of this many tokens are hashed and compared. Five words rarely repeat by chance in a call. */
export const SHINGLE = 5;

/**
 * A number per shingle (the run of k tokens starting at each position), equal exactly when the runs of
 * vocabulary numbers are equal, in linear time. `shingles[i]` is defined for i < count = length - k + 1;
 * numbers run from 0 to distinct - 1.
 */
export interface ShingleIds {
  readonly shingles: Int32Array;
  readonly count: number;
  readonly distinct: number;
}

export function shingleIds(ids: Int32Array, k = SHINGLE): ShingleIds {
  const count = Math.max(0, ids.length - k + 1);
  const shingles = new Int32Array(count);
  const table = new ShingleTable(ids, k, count);
  // An earlier position with the same shingle as the previous one (-1: none). Inside a repeated passage the
  // next shingle is then the one after that copy's whenever the next tokens agree: one comparison instead
  // of a hash lookup, which on a call that repeats itself is most positions.
  let copy = -1;
  for (let i = 0; i < count; i++) {
    if (copy >= 0 && ids[i + k - 1] === ids[copy + k]) {
      copy++;
      shingles[i] = shingles[copy];
      continue;
    }
    const s = table.numberAt(i);
    shingles[i] = s;
    copy = table.firstAt[s] < i ? table.firstAt[s] : -1;
  }
  return { shingles, count, distinct: table.distinct };
}

/**
 * The distinct shingles of `ids` so far, numbered, in an open-addressing table keyed by their hashes. It is
 * sized once for the most shingles the call can have (at most one per position), so it never grows and
 * rehashes, and a number needs only the position it was first seen at: a hash hit is confirmed against the
 * tokens there.
 */
class ShingleTable {
  distinct = 0;
  /** Where each shingle was first seen, by number. */
  readonly firstAt: Int32Array;
  /** Per slot: number + 1 (0 = empty) and the hash, compared before the tokens are. */
  private readonly slots: Int32Array;
  private readonly slotHash: Int32Array;

  constructor(
    private readonly ids: Int32Array,
    private readonly k: number,
    count: number,
  ) {
    this.firstAt = new Int32Array(count);
    // At most half full: probes stay short.
    let size = 1024;
    while (size < 2 * count) size *= 2;
    this.slots = new Int32Array(size);
    this.slotHash = new Int32Array(size);
  }

  /** The number of the shingle at position i, given a new number if it was not seen before. */
  numberAt(i: number): number {
    const { ids, k, slots, slotHash } = this;
    // k is small (5): hashing each window afresh is as fast as rolling and simpler to get right.
    let h = 0x811c9dc5 | 0;
    for (let t = 0; t < k; t++) h = Math.imul(h ^ ids[i + t], 0x01000193);
    h ^= h >>> 15;
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = slots[s];
      if (v === 0) {
        const d = this.distinct++;
        this.firstAt[d] = i;
        slots[s] = d + 1;
        slotHash[s] = h;
        return d;
      }
      if (slotHash[s] !== h) continue;
      const at = this.firstAt[v - 1];
      let t = 0;
      while (t < k && ids[at + t] === ids[i + t]) t++;
      if (t === k) return v - 1;
    }
  }
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

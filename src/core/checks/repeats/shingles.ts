import { grown } from './growable';

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
  table.release();
  return { shingles, count, distinct: table.distinct };
}

/**
 * The distinct shingles of `ids` so far, numbered, in an open-addressing table keyed by their hashes. A number
 * needs only the position it was first seen at: a hash hit is confirmed against the tokens there. The table is
 * sized for one shingle per position up to INITIAL_SLOTS, and doubles when half full: a long call that repeats
 * itself has few distinct shingles, and a table sized for one per position (tens of megabytes) was mostly empty
 * and scattered its lookups; a shorter call's table never grows.
 */
const INITIAL_SLOTS = 1 << 16;

/** The arrays of a table. */
interface TableArrays {
  slots: Int32Array;
  slotHash: Int32Array;
  firstAt: Int32Array;
  hashOf: Int32Array;
}

/**
 * The arrays of the last table of at most INITIAL_SLOTS slots, kept for the next call of that size: a folder of
 * 50 KB calls made ~400 KB of tables per call, for the garbage collector to reclaim (typed arrays count as
 * external memory, which brings collections forward). Only the slots need clearing: a slot's hash and a number's
 * position and hash are written before they are read. Never larger, so a huge call's table is not held.
 */
let spare: TableArrays | undefined;

class ShingleTable {
  distinct = 0;
  /** Where each shingle was first seen, by number. */
  firstAt: Int32Array;
  /** The hash of each number's shingle, for rehashing when the table grows. */
  private hashOf: Int32Array;
  /** Per slot: number + 1 (0 = empty) and the hash, compared before the tokens are. */
  private slots: Int32Array;
  private slotHash: Int32Array;

  constructor(
    private readonly ids: Int32Array,
    private readonly k: number,
    count: number,
  ) {
    // At most half full: probes stay short.
    let size = 1024;
    while (size < 2 * count && size < INITIAL_SLOTS) size *= 2;
    if (spare && spare.slots.length === size) {
      ({ slots: this.slots, slotHash: this.slotHash, firstAt: this.firstAt, hashOf: this.hashOf } = spare);
      spare = undefined;
      this.slots.fill(0);
    } else {
      this.slots = new Int32Array(size);
      this.slotHash = new Int32Array(size);
      this.firstAt = new Int32Array(size >> 1);
      this.hashOf = new Int32Array(size >> 1);
    }
  }

  /** Leaves the arrays for the next table (see spare); this one is not used after. */
  release(): void {
    if (this.slots.length <= INITIAL_SLOTS) spare = { slots: this.slots, slotHash: this.slotHash, firstAt: this.firstAt, hashOf: this.hashOf };
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
      if (v === 0) return this.add(s, h, i);
      if (slotHash[s] !== h) continue;
      const at = this.firstAt[v - 1];
      let t = 0;
      while (t < k && ids[at + t] === ids[i + t]) t++;
      if (t === k) return v - 1;
    }
  }

  private add(slot: number, h: number, i: number): number {
    const d = this.distinct++;
    if (d === this.firstAt.length) {
      this.firstAt = grown(this.firstAt);
      this.hashOf = grown(this.hashOf);
    }
    this.firstAt[d] = i;
    this.hashOf[d] = h;
    this.slots[slot] = d + 1;
    this.slotHash[slot] = h;
    if (2 * this.distinct > this.slots.length) this.grow();
    return d;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const slotHash = new Int32Array(size);
    const mask = size - 1;
    for (let d = 0; d < this.distinct; d++) {
      const h = this.hashOf[d];
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = d + 1;
      slotHash[s] = h;
    }
    this.slots = slots;
    this.slotHash = slotHash;
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

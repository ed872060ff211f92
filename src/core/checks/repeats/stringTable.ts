import { grown } from './growable';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One step of the FNV-1a hash the table uses: callers that read a string's code units one by one hash as they go. */
export const hashStep = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);
export const HASH_START = FNV_OFFSET;

export function hashString(s: string): number {
  let h = HASH_START;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return h;
}

/** Code units copied per String.fromCharCode call: a long token must not overflow the argument list. */
const COPY_CHUNK = 1024;

/**
 * A copy of `s` that shares no memory with the text it was sliced from. V8 makes a slice of 13 or more
 * characters a view into its parent string, so a table that outlives a call (the shared vocabulary) would
 * keep each call's whole text alive through one of its words.
 */
export function detached(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k += COPY_CHUNK) {
    const units: number[] = [];
    for (let j = k; j < s.length && j < k + COPY_CHUNK; j++) units.push(s.charCodeAt(j));
    out += String.fromCharCode(...units);
  }
  return out;
}

/**
 * Distinct strings numbered from 0 in order of first sight, in an open-addressing table keyed by the strings'
 * hashes. A string that stands in a larger text can be looked up from its range, without being sliced out:
 * the repeat checks look up every word and phrase of a call, and most were seen before.
 */
export class StringTable {
  /** The string of each number. */
  readonly strings: string[] = [];
  /** The hash of each number's string, compared before the strings are. */
  protected hashes = new Int32Array(1 << 11);
  /** Number + 1 at each slot; 0 = empty. */
  protected slots = new Int32Array(1 << 12);

  get size(): number {
    return this.strings.length;
  }

  /** The number of `s`. */
  idOf(s: string): number {
    const h = hashString(s);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = this.slots[slot];
      if (v === 0) return this.add(slot, s, h);
      if (this.hashes[v - 1] === h && this.strings[v - 1] === s) return v - 1;
    }
  }

  /** The number of text[start, end). */
  idOfRange(text: string, start: number, end: number): number {
    let h = HASH_START;
    for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k));
    const len = end - start;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = this.slots[slot];
      if (v === 0) return this.add(slot, text.slice(start, end), h);
      const s = this.strings[v - 1];
      if (this.hashes[v - 1] !== h || s.length !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(start + k) === s.charCodeAt(k)) k++;
      if (k === len) return v - 1;
    }
  }

  /**
   * Numbers `s` (not yet in the table) at the empty `slot` its hash `h` probed to. The string is stored as a
   * copy: tables are shared by the calls of a process, and must not keep a call's text alive (see detached).
   */
  protected add(slot: number, s: string, h: number): number {
    const id = this.strings.length;
    this.strings.push(detached(s));
    if (id === this.hashes.length) this.hashes = grown(this.hashes);
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if (this.strings.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let s = this.hashes[id] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}

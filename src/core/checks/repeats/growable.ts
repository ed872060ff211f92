/** Copies of typed arrays with twice the room: the repeat checks keep per-token data in typed arrays that grow as they fill. */
export function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

export function grownBytes(a: Uint8Array): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

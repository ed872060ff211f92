/**
 * Turns file bytes into text and back, so that `--fix` writes exactly the encoding it read:
 * a UTF-8 BOM is kept, UTF-16 (with a BOM) is read and written as UTF-16, and a file that is not
 * valid UTF-8 is read with replacement characters but never rewritten (that would destroy its bytes).
 */

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: Encoding; readonly invalidUtf8: boolean }
  | { readonly kind: 'binary' };

/** How many leading bytes are looked at for NUL bytes, as git and grep do. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', invalidUtf8: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be', invalidUtf8: false };
  }
  const sniff = bytes.subarray(0, Math.min(bytes.length, BINARY_SNIFF_BYTES));
  if (sniff.includes(0)) return { kind: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding: Encoding = bom ? 'utf8-bom' : 'utf8';
  try {
    // ignoreBOM: the BOM was removed above; a second one would be content.
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding, invalidUtf8: false };
  } catch {
    return { kind: 'text', text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding, invalidUtf8: true };
  }
}

export function encodeText(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

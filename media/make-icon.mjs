// Draws media/icon.png (128x128): transcript lines under a magnifying lens. No image library needed:
// shapes are signed-distance tests, 4x4 supersampled, written as an RGBA PNG with node:zlib.
// Usage: node media/make-icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4;
const out = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');

const BG = [30, 42, 58];
const LINE = [148, 163, 184];
const LINE_IN_LENS = [241, 245, 249];
const FIGURE = [250, 204, 21];
const RING = [250, 204, 21];

const lens = { cx: 74, cy: 60, r: 30, w: 7 };
// Transcript lines: [y, x0, x1]; a speaker tick in front of some.
const lines = [
  [26, 22, 88], [40, 22, 104], [54, 22, 96], [68, 22, 106], [82, 22, 84], [96, 22, 100], [110, 22, 70],
];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(qx, qy) <= r;
}

function capsule(x, y, ax, ay, bx, by, r) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) <= r;
}

/** Colour of one sample point, or null for transparent. */
function sample(x, y) {
  if (!roundedRect(x, y, 2, 2, 126, 126, 22)) return null;
  let c = BG;
  const dLens = Math.hypot(x - lens.cx, y - lens.cy);
  const inLens = dLens < lens.r - lens.w / 2;
  for (const [ly, x0, x1] of lines) {
    if (capsule(x, y, x0, ly, x1, ly, 3.2)) c = inLens ? LINE_IN_LENS : LINE;
  }
  // One figure inside the lens, highlighted: a short bold bar on the line through its centre.
  if (inLens && capsule(x, y, 68, 54, 88, 54, 4.2)) c = FIGURE;
  if (Math.abs(dLens - lens.r) <= lens.w / 2) c = RING;
  // Handle, down-right from the ring.
  const a = Math.PI / 4;
  const hx0 = lens.cx + Math.cos(a) * (lens.r + 2), hy0 = lens.cy + Math.sin(a) * (lens.r + 2);
  if (capsule(x, y, hx0, hy0, hx0 + 24, hy0 + 24, 6.5)) c = RING;
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
      if (!c) continue;
      r += c[0]; g += c[1]; b += c[2]; a++;
    }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);

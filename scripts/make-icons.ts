/**
 * Draws the add-in's ribbon icons (16, 32, 64, 80 px PNG): a ledger sheet with a check mark in
 * Office green. Pure pixels, so the icons are reproducible without an image tool: `npx tsx scripts/make-icons.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

type RGBA = [number, number, number, number];
const GREEN: RGBA = [0x21, 0x73, 0x46, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const LINE: RGBA = [0xc8, 0xe6, 0xd2, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

function pixel(x: number, y: number, n: number): RGBA {
  const u = (x + 0.5) / n;
  const v = (y + 0.5) / n;
  const r = 0.12;
  // Rounded green square.
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // A white sheet with ruled lines.
  if (u > 0.2 && u < 0.8 && v > 0.16 && v < 0.84) {
    // Check mark: two strokes.
    const d1 = Math.abs(v - (0.55 + (u - 0.32))) / Math.SQRT2;
    const d2 = Math.abs(v - (0.67 - (u - 0.44) * 1.6)) / Math.hypot(1, 1.6);
    const w = Math.max(0.045, 1.2 / n);
    if ((u >= 0.3 && u <= 0.45 && d1 < w) || (u >= 0.43 && u <= 0.72 && d2 < w)) return GREEN;
    if (n >= 32 && [0.3, 0.42, 0.54, 0.66, 0.78].some((l) => Math.abs(v - l) < 0.6 / n)) return LINE;
    return WHITE;
  }
  return GREEN;
}

function png(n: number): Buffer {
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) {
    raw[y * (n * 4 + 1)] = 0;
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (n * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(__dirname, '..', 'assets');
fs.mkdirSync(out, { recursive: true });
for (const n of [16, 32, 64, 80]) fs.writeFileSync(path.join(out, `icon-${n}.png`), png(n));
console.log(`icons written to ${out}`);

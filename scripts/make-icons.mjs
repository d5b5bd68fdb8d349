// Writes public/icon/{16,32,48,128}.png: a white "K" on the launcher's purple, rounded corners.
// Run with `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const PURPLE = [0x4a, 0x1f, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

/** Distance from point (px, py) to the segment (ax, ay)-(bx, by). */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The RGBA of pixel (x, y) of a size x size icon, 4x4 supersampled for smooth edges. */
function pixel(x, y, size) {
  let inside = 0;
  let letter = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const r = 0.2;
      const cx = Math.min(Math.max(u, r), 1 - r);
      const cy = Math.min(Math.max(v, r), 1 - r);
      if (Math.hypot(u - cx, v - cy) <= r) inside++;
      const stroke = 0.075;
      if (
        segmentDistance(u, v, 0.34, 0.24, 0.34, 0.76) < stroke ||
        segmentDistance(u, v, 0.36, 0.52, 0.68, 0.24) < stroke ||
        segmentDistance(u, v, 0.44, 0.45, 0.68, 0.76) < stroke
      ) {
        letter++;
      }
    }
  }
  const mix = letter / 16;
  const color = PURPLE.map((c, i) => Math.round(c * (1 - mix) + WHITE[i] * mix));
  return [...color, Math.round((inside / 16) * 255)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...pixel(x, y, size));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));

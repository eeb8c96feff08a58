#!/usr/bin/env node
// Draws the add-in icon (a council-green shield holding a white envelope) at the sizes the manifest
// uses and writes assets/icon-<size>.png. Run `node assets/generate-icons.js` after changing it;
// the PNGs are committed. Plain zlib + CRC-32, so no image library is needed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1b, 0x5e, 0x3b]; // council green
const WHITE = [0xff, 0xff, 0xff];

// Shield outline in unit coordinates: flat top, straight sides, curving to a point at the bottom.
function shieldPolygon() {
  const pts = [[0.14, 0.08], [0.86, 0.08], [0.86, 0.5]];
  for (let i = 1; i <= 16; i++) {
    const t = i / 16; // quadratic curve (0.86,0.5) → ctrl (0.86,0.78) → (0.5,0.95)
    pts.push(quad([0.86, 0.5], [0.86, 0.78], [0.5, 0.95], t));
  }
  for (let i = 1; i <= 16; i++) pts.push(quad([0.5, 0.95], [0.14, 0.78], [0.14, 0.5], i / 16));
  return pts;
}
function quad(a, c, b, t) {
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}
function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}
function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const SHIELD = shieldPolygon();
const ENV = { x0: 0.28, x1: 0.72, y0: 0.3, y1: 0.62 };

/** Colour and coverage of one sample point. */
function sample(x, y, size) {
  if (!inside(SHIELD, x, y)) return null;
  const inEnvelope = x >= ENV.x0 && x <= ENV.x1 && y >= ENV.y0 && y <= ENV.y1;
  if (!inEnvelope) return GREEN;
  // The flap: two lines from the top corners to the middle, drawn in green.
  const line = Math.max(0.035, 1.2 / size);
  const mid = [0.5, (ENV.y0 + ENV.y1) / 2 + 0.02];
  const d = Math.min(distToSegment(x, y, [ENV.x0, ENV.y0], mid), distToSegment(x, y, [ENV.x1, ENV.y0], mid));
  return d < line / 2 ? GREEN : WHITE;
}

function render(size) {
  const SS = 4; // 4x4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = sample((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size);
          if (c) {
            r += c[0]; g += c[1]; b += c[2]; a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

/**
 * Draws the add-in icons (assets/icon-16/32/64/80.png): two white "C"s on a blue rounded square.
 * Run `npx tsx scripts/make-icons.ts` after changing the design; the PNGs are committed.
 * A minimal PNG encoder (RGBA, filter 0, zlib) so no image package is needed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encode width × height RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** Coverage of the design at a point of the unit square: 0 outside, 1 background, 2 letter. */
function shapeAt(x: number, y: number): 0 | 1 | 2 {
  const r = 0.18; // corner radius of the rounded square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  for (const centre of [0.37, 0.65]) {
    const dx = x - centre;
    const dy = y - 0.5;
    const d = Math.hypot(dx, dy);
    const opening = Math.abs(Math.atan2(dy, dx)) < Math.PI / 4; // the gap of the C, facing right
    if (d <= 0.23 && d >= 0.14 && !opening) return 2;
  }
  return 1;
}

function drawIcon(size: number): Uint8Array {
  const bg = [0x0f, 0x6c, 0xbd];
  const fg = [0xff, 0xff, 0xff];
  const px = new Uint8Array(size * size * 4);
  const ss = 4; // 4 × 4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let letter = 0;
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const s = shapeAt((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (s > 0) cover++;
          if (s === 2) letter++;
        }
      }
      const t = cover === 0 ? 0 : letter / cover;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round((bg[c] as number) * (1 - t) + (fg[c] as number) * t);
      px[o + 3] = Math.round((255 * cover) / (ss * ss));
    }
  }
  return px;
}

if (require.main === module) {
  for (const size of [16, 32, 64, 80]) {
    const file = join(__dirname, "..", "assets", `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

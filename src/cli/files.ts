/**
 * The quote command's file reading: at most a given number of bytes, in chunks, so a huge file,
 * a pipe or an endless device (/dev/zero) costs one chunk past the limit, never the whole input.
 */
import { closeSync, openSync, readSync } from "node:fs";

const CHUNK = 64 * 1024;

/** Up to `maxBytes + 1` bytes of the file: one byte more than allowed is enough to refuse it. */
export function readBounded(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

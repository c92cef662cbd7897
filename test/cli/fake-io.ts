/** An in-memory QuoteIO that records every write (and every file written), for testing runQuote without a process. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runQuote, type QuoteIO } from "../../src/cli/run";

export const ROOT = join(__dirname, "..", "..");
export const WORKED_EXAMPLE_PATH = "examples/worked-example.json";
export const SEAT_EXAMPLE_PATH = "examples/seat-quote.json";

export function exampleText(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}

/** The worked example as a plain object, to derive broken variants from. */
export function workedExampleJson(): Record<string, unknown> {
  return JSON.parse(exampleText(WORKED_EXAMPLE_PATH)) as Record<string, unknown>;
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutWrites: number;
  readonly stderrWrites: number;
  /** Files the command wrote (the --xlsx workbook), by path. */
  readonly written: ReadonlyMap<string, Uint8Array>;
}

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

const isErrno = (f: string | Uint8Array | undefined): f is string => typeof f === "string" && /^E[A-Z]+$/.test(f);

/**
 * Run the CLI against in-memory files: text (written as UTF-8) or raw bytes. A file's value may
 * be an errno code ("ENOENT", "EISDIR", "EACCES") to simulate a read failure — or, for a path
 * the command writes, a write failure; files not listed are ENOENT. The examples are readable.
 * Like the real reader, at most one byte past the limit the command asks for is handed over.
 */
export async function run(argv: string[], files: Record<string, string | Uint8Array> = {}, env: Record<string, string> = { LANG: "C.UTF-8" }): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: QuoteIO = {
    readFile: (path, maxBytes) => {
      const f = files[path];
      if (isErrno(f)) throw errnoError(f);
      const content = f ?? (path === WORKED_EXAMPLE_PATH || path === SEAT_EXAMPLE_PATH ? exampleText(path) : undefined);
      if (content === undefined) throw errnoError("ENOENT");
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      return bytes.subarray(0, maxBytes + 1);
    },
    writeFile: (path, bytes) => {
      const f = files[path];
      if (isErrno(f)) throw errnoError(f);
      written.set(path, bytes);
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
  };
  const code = await runQuote(argv, io);
  return { code, stdout: out.join(""), stderr: err.join(""), stdoutWrites: out.length, stderrWrites: err.length, written };
}

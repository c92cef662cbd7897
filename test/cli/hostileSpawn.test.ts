/**
 * Byte-level hostile files through the real process (`tsx src/cli/quote.ts`, as `npm run quote`
 * runs it): the file is read from disk with the real bounded reader, so a 9 MB file, an endless
 * device and bytes that are not UTF-8 are answered at once — under a 5 s watchdog beyond the
 * process's own start-up — with exit 1, the reason on stderr and nothing on stdout.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, exampleText, SEAT_EXAMPLE_PATH, WORKED_EXAMPLE_PATH } from "./fake-io";

const tsx = join(ROOT, "node_modules", ".bin", "tsx");
const WATCHDOG_MS = 5000;

interface Answer {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function quote(...args: string[]): Answer {
  const started = performance.now();
  // The kill is only a backstop so a hang fails the test rather than the run; the watchdog is the assertion below.
  const r = spawnSync(tsx, ["src/cli/quote.ts", ...args, "--lang", "en"], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

let dir = "";
let startup = 0;
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cc-hostile-"));
  // What the process costs before it reads anything (tsx compiling), measured in this run.
  startup = quote("--help").ms;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectRefused(a: Answer, says: RegExp): void {
  expect(a.ms - startup).toBeLessThan(WATCHDOG_MS);
  expect({ status: a.status, stdout: a.stdout }).toEqual({ status: 1, stdout: "" });
  expect(a.stderr).toMatch(says);
  expect(a.stderr.length).toBeLessThan(2000);
}

describe("hostile files through the real process", () => {
  const text = exampleText(WORKED_EXAMPLE_PATH);

  it("a 9 MB file of 3 million numbers: refused by its size, at once (was 42–46 s, 3.9 GB, 182 MB of stderr)", () => {
    const big = file("big.json", `{"version":1,"traffic":{"streams":[${Array.from({ length: 3_000_000 }, (_, i) => i % 100).join(",")}]}}`);
    expectRefused(quote(big), /big\.json: is larger than 1,048,576 bytes \(1 MiB\)/);
  });

  it("an endless device is read only up to the limit", () => {
    expectRefused(quote("/dev/zero"), /\/dev\/zero: is larger than 1,048,576 bytes/);
  });

  it("bytes that are not UTF-8, and UTF-16, are refused rather than read as U+FFFD", () => {
    const bad = file("latin1.json", Buffer.from(text.replace("人工成本测算", "caf\u00e9"), "latin1"));
    expectRefused(quote(bad), /latin1\.json: is not UTF-8 text/);
    expectRefused(quote(file("utf16.json", Buffer.from(`\uFEFF${text}`, "utf16le"))), /utf16\.json: is not UTF-8 text/);
  });

  it("a directory, and a seat file with a figure above 1e15", () => {
    expectRefused(quote(dir), /is a directory/);
    const seat = file("seat.json", JSON.stringify({ ...(JSON.parse(exampleText(SEAT_EXAMPLE_PATH)) as object), dailyRate: 1e16 }));
    expectRefused(quote("seat", seat), /^ {2}dailyRate: must be at most 1e\+15/m);
  });

  it("a UTF-8 byte-order mark is read normally: the same quote as without", () => {
    const plain = quote(WORKED_EXAMPLE_PATH, "--json");
    const bom = quote(file("bom.json", `\uFEFF${text}`), "--json");
    expect(bom.status).toBe(0);
    expect(bom.stderr).toBe("");
    expect(bom.stdout).toBe(plain.stdout);
  });
});

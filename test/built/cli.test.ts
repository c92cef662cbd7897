/**
 * The built quote command (dist/cli/cc-quote.js — `npm run quote` and the `cc-quote` bin), run
 * as users run it: same output as the in-process runQuote, the workbook writer loaded on demand,
 * exit codes kept. `npm run build` makes it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { customXmlParts } from "../../src/workbook/exceljsWriter";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { ROOT, run, WORKED_EXAMPLE_PATH } from "../cli/fake-io";
import { workedExample } from "../fixtures/examples";

const BIN = join(ROOT, "dist", "cli", "cc-quote.js");
const ENV = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };

function bin(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: ENV });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
});

describe("dist/cli/cc-quote.js", () => {
  it("is an executable node script", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it.each([
    [[WORKED_EXAMPLE_PATH]],
    [[WORKED_EXAMPLE_PATH, "--json", "--exact"]],
    [[WORKED_EXAMPLE_PATH, "--lang", "zh", "--formulas"]],
    [["seat", "--daily-rate", "220", "--phone", "600", "--seats", "2", "--margin", "0.15"]],
    [["--help"]],
  ])("prints what runQuote prints: %j", async (args) => {
    const built = bin(...args);
    const inProcess = await run(args, {}, { LANG: "en_US.UTF-8" });
    expect(built).toEqual({ status: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr });
  });

  it("keeps the exit codes: 1 for a bad file, 2 for a bad command line, nothing on stdout", () => {
    const missing = bin("no-such-file.json");
    expect([missing.status, missing.stdout]).toEqual([1, ""]);
    const unknown = bin(WORKED_EXAMPLE_PATH, "--no-such-option");
    expect([unknown.status, unknown.stdout]).toEqual([2, ""]);
  });

  it("writes the workbook with --xlsx through the chunk it loads on demand", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-quote-"));
    try {
      const out = join(dir, "breakdown.xlsx");
      const r = bin(WORKED_EXAMPLE_PATH, "--xlsx", out);
      expect(r.status).toBe(0);
      const parts = await customXmlParts(readFileSync(out));
      const stored = readStoredScenario(parts[0] ?? "");
      expect(stored.ok && stored.scenario).toEqual(workedExample);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

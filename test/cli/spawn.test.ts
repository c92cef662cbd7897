/**
 * The real entry point from source, spawned through tsx (the built dist/cli/cc-quote.js that
 * `npm run quote` runs is tested in test/built/cli.test.ts): proves the wiring to process.argv,
 * stdout/stderr and the exit code.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, run, WORKED_EXAMPLE_PATH } from "./fake-io";

const tsx = join(ROOT, "node_modules", ".bin", "tsx");

function quote(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, ["src/cli/quote.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("tsx src/cli/quote.ts (spawned)", () => {
  it("prints the same JSON as runQuote and exits 0", async () => {
    const r = quote(WORKED_EXAMPLE_PATH, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await run([WORKED_EXAMPLE_PATH, "--json"])).stdout);
  });

  it("prints the table in Chinese with --lang zh", () => {
    const r = quote(WORKED_EXAMPLE_PATH, "--lang", "zh");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^招聘成本 +167,600\.00 +CNY$/m);
  });

  it("exits 1 with nothing on stdout for a missing file, and 2 for an unknown option", () => {
    const missing = quote("no-such-file.json");
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/no-such-file\.json: file not found/);
    const unknown = quote(WORKED_EXAMPLE_PATH, "--nope");
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe("");
  });
});

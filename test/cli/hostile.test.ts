/**
 * Hostile files through the quote CLI (runQuote with in-memory I/O): each is answered within the
 * watchdog — invalid → exit 1 with its problems on stderr (at most 20 listed) and nothing on
 * stdout; valid → exit 0 and nothing on stderr. Byte-level cases also go through the real process
 * in hostileSpawn.test.ts. Generated cases (fast-check) run with a fixed seed, printed on failure.
 */
import fc from "fast-check";
import { MAX_LISTED_PROBLEMS } from "../../src/core/catalogue/limits";
import { fields } from "../../src/core/catalogue/walk";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { SEAT_QUOTE } from "../../src/core/catalogue/seatQuote";
import { run, type Run } from "./fake-io";
import { hostileFiles, scenarioJson, seatJson, withValue, type HostileFile } from "./hostileFiles";

/** No answer within this is a hang (not a speed test: the worst case here takes tens of ms). */
const WATCHDOG_MS = 5000;
const SEED = 20261002;

async function quote(kind: "scenario" | "seat", content: string | Uint8Array, extra: string[] = []): Promise<Run & { ms: number }> {
  const argv = kind === "seat" ? ["seat", "f.json", ...extra] : ["f.json", ...extra];
  const started = performance.now();
  const r = await run([...argv, "--lang", "en"], { "f.json": content });
  return { ...r, ms: performance.now() - started };
}

/** A refusal: exit 1, nothing on stdout, one write to stderr naming the file, the list capped. */
function expectRefused(r: Run & { ms: number }, says?: RegExp): void {
  expect(r.ms).toBeLessThan(WATCHDOG_MS);
  expect({ code: r.code, stdout: r.stdout, stdoutWrites: r.stdoutWrites }).toEqual({ code: 1, stdout: "", stdoutWrites: 0 });
  expect(r.stderr).toMatch(/^quote: error: (f\.json[ :]|cannot compute the seat quote:\n {2}f\.json: )/);
  const lines = r.stderr.trimEnd().split("\n");
  // The heading, at most 20 problems and the line counting the rest.
  expect(lines.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 2);
  for (const line of lines) expect(line.length).toBeLessThan(400);
  if (says) expect(r.stderr).toMatch(says);
}

describe("hostile files: every case answered, none slips through", () => {
  const cases = hostileFiles();
  it("covers every catalogue field of both file kinds", () => {
    expect(cases.length).toBeGreaterThan(5 * (fields(SCENARIO).length + fields(SEAT_QUOTE).length));
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c: HostileFile) => {
    const r = await quote(c.kind, c.content);
    if (c.expect === "invalid") expectRefused(r, c.says);
    else {
      expect(r.ms).toBeLessThan(WATCHDOG_MS);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("says how many problems were not listed", async () => {
    const many = JSON.stringify(withValue(scenarioJson(), "traffic.streams", Array(1000).fill({ name: 1, answered: "x", avgTalkSeconds: null })));
    const r = await quote("scenario", many);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + MAX_LISTED_PROBLEMS + 1);
    expect(lines[lines.length - 1]).toBe("  … and 2,980 more problems");
    const zh = await run(["f.json", "--lang", "zh"], { "f.json": many });
    expect(zh.stderr.trimEnd().split("\n").pop()).toBe("  ……另有 2,980 个问题");
    // One past the cap: the singular.
    const oneMore = JSON.stringify(withValue(scenarioJson(), "traffic.streams", Array(7).fill({ name: 1, answered: "x", avgTalkSeconds: null })));
    expect((await quote("scenario", oneMore)).stderr.trimEnd().split("\n").pop()).toBe("  … and 1 more problem");
  });
});

/** Values that are wrong at every leaf of both catalogues but lists of figures (no leaf takes an object, null or a boolean; only those take a list). */
const neverALeaf = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [[[[]]]], { __proto__: 1 }, { constructor: { prototype: {} } }),
  fc.array(fc.jsonValue(), { minLength: 1, maxLength: 5 }),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "a"), fc.jsonValue(), { minKeys: 1, maxKeys: 3 }),
);

describe("hostile files (generated, seed printed on failure)", () => {
  // A wrong scenario version is the one problem reported alone (the rest of the file may be another version's).
  const leaves = (kind: "scenario" | "seat") =>
    fields(kind === "scenario" ? SCENARIO : SEAT_QUOTE)
      .filter((f) => f.node.kind !== "figures")
      .map((f) => f.path)
      .filter((p) => kind === "seat" || p !== "version");

  it.each(["scenario", "seat"] as const)("%s: a value no leaf takes, at 1–3 leaves, is refused naming each", async (kind) => {
    const root = kind === "scenario" ? scenarioJson : seatJson;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom(...leaves(kind)), neverALeaf), { minLength: 1, maxLength: 3, selector: ([p]) => p }), async (edits) => {
        let file = root();
        for (const [path, v] of edits) file = withValue(file, path, v);
        const r = await quote(kind, JSON.stringify(file));
        expectRefused(r);
        for (const [path] of edits) expect(r.stderr).toContain(`  ${path.replace(/\[\]/g, "[0]")}: `);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it.each(["scenario", "seat"] as const)("%s: arbitrary JSON, or the file cut anywhere, is answered cleanly either way", async (kind) => {
    const text = JSON.stringify(kind === "scenario" ? scenarioJson() : seatJson());
    const content = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat({ max: text.length - 1 }).map((n) => text.slice(0, n)),
      fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: "binary", maxLength: 8 })).map(([n, s]) => text.slice(0, n) + s + text.slice(n)),
      fc.uint8Array({ maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        const r = await quote(kind, c, ["--json"]);
        if (r.code === 0) expect({ stderr: r.stderr, json: typeof JSON.parse(r.stdout) }).toEqual({ stderr: "", json: "object" });
        else expectRefused(r);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

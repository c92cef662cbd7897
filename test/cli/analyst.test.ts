/**
 * The command line as an analyst meets it (issue 12): a seat-quote file quoted without "seat"
 * gets a hint, a rate may be typed as a percentage, a negative rate is refused for its range
 * (not taken for an option), and the help says so.
 */
import { run, SEAT_EXAMPLE_PATH } from "./fake-io";

const EN = { LANG: "en_US.UTF-8" };

describe("a seat-quote file given to the scenario command", () => {
  it("says it is a seat-quote file and how to quote it, instead of a scenario's missing fields", async () => {
    const r = await run([SEAT_EXAMPLE_PATH], {}, EN);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`quote: error: ${SEAT_EXAMPLE_PATH} is a seat-quote file, not a scenario: run  npm run quote -- seat ${SEAT_EXAMPLE_PATH}\n`);
  });

  it("in Chinese too", async () => {
    const r = await run([SEAT_EXAMPLE_PATH, "--lang", "zh"], {}, EN);
    expect(r.stderr).toContain("是座席报价文件，不是场景文件");
  });
});

describe("rates as people type them", () => {
  it("--margin 15% quotes exactly as --margin 0.15, and --markup 20% as 0.2", async () => {
    const base = ["seat", "--daily-rate", "220", "--phone", "600", "--seats", "2", "--json", "--exact"];
    const pct = await run([...base, "--margin", "15%"], {}, EN);
    const frac = await run([...base, "--margin", "0.15"], {}, EN);
    expect(pct.code).toBe(0);
    expect(pct.stdout).toBe(frac.stdout);
    expect((await run([...base, "--markup", "20%"], {}, EN)).stdout).toBe((await run([...base, "--markup", "0.2"], {}, EN)).stdout);
  });

  it("a negative rate is a value refused for its range, not a missing value", async () => {
    const r = await run(["seat", "--daily-rate", "220", "--margin", "-0.1"], {}, EN);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--margin: a margin must be ≥ 0 and < 1 (got -0.1)");
    expect(r.stderr).not.toContain("needs a value");
  });

  it("an option still cannot take another option as its value", async () => {
    const r = await run(["seat", "--margin", "--json"], {}, EN);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("option --margin needs a value")]);
  });

  it("% is for rates only: --daily-rate 15% is not a number", async () => {
    const r = await run(["seat", "--daily-rate", "15%"], {}, EN);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(`--daily-rate must be a number; got "15%"`)]);
  });

  it("the help says a rate may be a percentage", async () => {
    const r = await run(["--help"], {}, EN);
    expect(r.stdout).toContain("--margin R       price = cost ÷ (1 − R), R in [0, 1): 0.15 or 15%");
  });
});

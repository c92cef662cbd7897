/** The quote CLI on scenario files: the breakdown table (zh/en, aligned, exact) and --json. */
import { breakdownNumbers, computeBreakdown } from "../../src/core/breakdown";
import { BREAKDOWN_KEYS } from "../../src/core/breakdown.types";
import { D } from "../../src/core/decimal";
import { parseScenario } from "../../src/core/scenario";
import { displayWidth } from "../../src/core/formats/width";
import { exampleText, run, workedExampleJson, WORKED_EXAMPLE_PATH, type Run } from "./fake-io";

/** The body lines of the breakdown table (after the title, blank line, header and rule; before the rate card). */
function bodyLines(stdout: string): string[] {
  return (stdout.split("\n\n")[1] ?? "").trimEnd().split("\n").slice(2);
}

/** The display column where `needle` starts on a line. */
function col(line: string, needle: string): number {
  const i = line.lastIndexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in "${line}"`);
  return displayWidth(line.slice(0, i));
}

function expectSuccess(r: Run): void {
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdoutWrites).toBe(1);
}

describe("quote <scenario>: the table", () => {
  it("prints the worked example in English with the seed's figures, grouped and to 2 places", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "en"]);
    expectSuccess(r);
    // Seed figures: recruitment 419 × 400, training 419 × 7 × 30, management 9 × 4500 × 12.
    expect(r.stdout).toMatch(/^Recruitment cost +167,600\.00 +CNY$/m);
    expect(r.stdout).toMatch(/^Training cost +87,990\.00 +CNY$/m);
    expect(r.stdout).toMatch(/^Management cost +486,000\.00 +CNY$/m);
    // The page reports 68 % utilisation: 34 416 930 ÷ 50 613 120 talk over paid minutes.
    expect(r.stdout).toMatch(/^Utilisation +68\.00 +%$/m);
    expect(r.stdout).toMatch(/^Talk minutes +34,416,930 +min$/m);
    expect(r.stdout).toMatch(/^Paid minutes +50,613,120 +min$/m);
    // Total: labour 23 825 000 + 167 600 + 87 990 + 486 000 = 24 566 590; 6 % tax = 1 473 995.40.
    expect(r.stdout).toMatch(/^Total cost +24,566,590\.00 +CNY$/m);
    expect(r.stdout).toMatch(/^Tax +1,473,995\.40 +CNY$/m);
    // 24 566 590 ÷ 47 698 395.744… normalised answers = 0.515040…, shown to 4 places.
    expect(r.stdout).toMatch(/^Cost per answer +0\.5150 +CNY\/answer$/m);
    expect(r.stdout.split("\n")[0]).toContain("worked example");
  });

  it("prints it in Chinese with the same figures", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "zh"]);
    expectSuccess(r);
    expect(r.stdout).toMatch(/^项目 +数值 +单位$/m);
    expect(r.stdout).toMatch(/^招聘成本 +167,600\.00 +CNY$/m);
    expect(r.stdout).toMatch(/^工时利用率 +68\.00 +%$/m);
    expect(r.stdout).toMatch(/^总通话时长 +34,416,930 +分钟$/m);
    // 24 566 590 × 1.06 ÷ 34 416 930 minutes = 0.756621…
    expect(r.stdout).toMatch(/^计税后每分钟应答成本 +0\.7566 +CNY\/分钟$/m);
  });

  it.each(["en", "zh"])("aligns the unit column of every line by display width (%s)", async (lang) => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", lang]);
    const lines = bodyLines(r.stdout);
    expect(lines).toHaveLength(BREAKDOWN_KEYS.length);
    const unitColumns = lines.map((l) => col(l, l.split(/ {2,}/).pop() as string));
    expect(new Set(unitColumns).size).toBe(1);
  });

  it("shows each value as the exact breakdown rounded half up (every line, both languages)", async () => {
    const parsed = parseScenario(exampleText(WORKED_EXAMPLE_PATH));
    if (!parsed.ok) throw new Error("example must parse");
    const b = computeBreakdown(parsed.scenario);
    if (!b.ok) throw new Error("example must compute");
    const lines = bodyLines((await run([WORKED_EXAMPLE_PATH, "--lang", "en"])).stdout);
    b.value.lines.forEach((line, i) => {
      const shown = (lines[i] as string).slice(line.label.en.length).trim().split(/\s+/)[0] as string;
      const n = new D(shown.replace(/,/g, ""));
      const exact = line.unit === "ratio" ? line.value.times(100) : line.value;
      // Shown to 2 places (or fewer for counts): within half a cent of the exact value.
      expect(n.minus(exact).abs().lte("0.005")).toBe(true);
    });
  });

  it("adds the formula in words with --formulas", async () => {
    const en = await run([WORKED_EXAMPLE_PATH, "--lang", "en", "--formulas"]);
    expectSuccess(en);
    expect(en.stdout).toMatch(/^Recruitment cost +167,600\.00 +CNY +hires × fee per hire$/m);
    const zh = await run([WORKED_EXAMPLE_PATH, "--lang", "zh", "--formulas"]);
    expect(zh.stdout).toMatch(/^招聘成本 +167,600\.00 +CNY +入职人数 × 单人招聘费用$/m);
    const formulaColumns = bodyLines(zh.stdout).map((l) => col(l, l.split(/ {2,}/).pop() as string));
    expect(new Set(formulaColumns).size).toBe(1);
  });

  it("shows every digit with --exact", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "en", "--exact"]);
    expectSuccess(r);
    // 2 051 031 017 talk seconds ÷ 43 = 47 698 395.744186046511627906976744186046511…
    expect(r.stdout).toMatch(/^Normalised answers +47,698,395\.74418604651162790697674418604651\d* +answers$/m);
    expect(r.stdout).toMatch(/^Tax +1,473,995\.4 +CNY$/m);
  });

  it("takes the language from LANG when --lang is not given", async () => {
    expect((await run([WORKED_EXAMPLE_PATH], {}, { LANG: "zh_CN.UTF-8" })).stdout).toContain("工时利用率");
    expect((await run([WORKED_EXAMPLE_PATH], {}, { LANG: "en_US.UTF-8" })).stdout).toContain("Utilisation");
    expect((await run([WORKED_EXAMPLE_PATH], {}, {})).stdout).toContain("Utilisation");
    expect((await run([WORKED_EXAMPLE_PATH, "--lang", "en"], {}, { LANG: "zh_CN.UTF-8" })).stdout).toContain("Utilisation");
  });

  it("shows the scenario's currency in the unit column", async () => {
    const usd = { ...workedExampleJson(), currency: "USD" };
    const r = await run(["usd.json", "--lang", "en"], { "usd.json": JSON.stringify(usd) });
    expect(r.stdout).toMatch(/^Total cost +24,566,590\.00 +USD$/m);
    expect(r.stdout).toMatch(/USD\/min$/m);
  });

  it("reads a file saved with a UTF-8 byte-order mark (as Windows editors do)", async () => {
    const r = await run(["bom.json", "--lang", "en"], { "bom.json": "\uFEFF" + exampleText(WORKED_EXAMPLE_PATH) });
    expectSuccess(r);
    expect(r.stdout).toContain("167,600.00");
  });
});

describe("quote <scenario> --json", () => {
  it("prints every breakdown key as the core's number, and nothing else", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--json"]);
    expectSuccess(r);
    const parsed = parseScenario(exampleText(WORKED_EXAMPLE_PATH));
    if (!parsed.ok) throw new Error("example must parse");
    const b = computeBreakdown(parsed.scenario);
    if (!b.ok) throw new Error("example must compute");
    const json = JSON.parse(r.stdout) as { breakdown: Record<string, number> };
    // The example is priced: the rate card follows the breakdown (test/cli/pricing.test.ts).
    expect(Object.keys(json)).toEqual(["breakdown", "pricing"]);
    expect(Object.keys(json.breakdown)).toEqual([...BREAKDOWN_KEYS]);
    expect(json.breakdown).toEqual(breakdownNumbers(b.value));
    // Independent of the core: the seed's cost items, and totals by hand.
    expect(json.breakdown.recruitmentCost).toBe(167600);
    expect(json.breakdown.trainingCost).toBe(87990);
    expect(json.breakdown.managementCost).toBe(486000);
    expect(json.breakdown.totalCost).toBe(24566590);
    expect(json.breakdown.totalCostWithTax).toBe(26040585.4);
    expect(json.breakdown.utilization).toBeCloseTo(34416930 / 50613120, 15);
    expect(json.breakdown.costPerMinute).toBeCloseTo(24566590 / 34416930, 15);
  });

  it("gives exact decimal strings with --exact", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--json", "--exact"]);
    expectSuccess(r);
    const json = JSON.parse(r.stdout) as { breakdown: Record<string, string> };
    expect(json.breakdown.tax).toBe("1473995.4");
    expect(json.breakdown.totalCost).toBe("24566590");
    // 2 051 031 017 ÷ 43, to the core's 40 significant digits.
    expect(json.breakdown.normalizedAnswers).toBe(new D(2051031017).div(43).toFixed());
    for (const key of BREAKDOWN_KEYS) expect(json.breakdown[key]).toMatch(/^\d+(\.\d+)?$/);
  });
});

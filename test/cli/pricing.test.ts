/**
 * The quote CLI with a priced scenario: the rate card and the risk tables after the breakdown
 * (zh/en, aligned, numbers through the core's formats), the `pricing` object of --json exactly
 * as issue 9 shows it, every digit with --exact — and, for a file without pricing, the very
 * bytes the CLI printed before version 2 (pinned in test/cli/fixtures, written by that version).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeBreakdown } from "../../src/core/breakdown";
import { computePricing, MODEL_KEYS } from "../../src/core/pricing";
import { parseScenario } from "../../src/core/scenario";
import { displayWidth } from "../../src/core/formats/width";
import { customXmlParts } from "../../src/workbook/exceljsWriter";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { exampleText, run, workedExampleJson, WORKED_EXAMPLE_PATH } from "./fake-io";

const fixture = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");

/** The worked example as it was before version 2: version 1, no pricing. */
function unpricedV1(): string {
  const { pricing: _pricing, ...rest } = workedExampleJson();
  return JSON.stringify({ ...rest, version: 1 });
}

describe("a scenario without pricing prints exactly what it printed before version 2", () => {
  it.each([
    ["unpriced.en.txt", ["--lang", "en"]],
    ["unpriced.zh.txt", ["--lang", "zh"]],
    ["unpriced.en.formulas.txt", ["--lang", "en", "--formulas"]],
    ["unpriced.zh.formulas.txt", ["--lang", "zh", "--formulas"]],
    ["unpriced.en.exact.txt", ["--lang", "en", "--exact"]],
    ["unpriced.json.txt", ["--json"]],
    ["unpriced.json.exact.txt", ["--json", "--exact"]],
  ])("%s", async (file, options) => {
    const v1 = await run(["f.json", ...options], { "f.json": unpricedV1() });
    expect(v1.code).toBe(0);
    expect(v1.stdout).toBe(fixture(file));
    // The same file saved as version 2 prints the same.
    const v2 = await run(["f.json", ...options], { "f.json": unpricedV1().replace('"version":1', '"version":2') });
    expect(v2.stdout).toBe(fixture(file));
  });
});

/** The sections after the breakdown: rate card, totals, margin table, worst-case table. */
function sections(stdout: string): string[] {
  return stdout.split("\n\n").slice(2);
}

describe("quote <priced scenario>: the rate card after the breakdown", () => {
  it("prints the breakdown unchanged, then the rate card, its totals and the risk tables (en)", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith(fixture("unpriced.en.txt"))).toBe(true);
    const out = r.stdout;
    expect(out).toMatch(/^Rate card \(margin 15\.00%\)$/m);
    // 24 566 590 ÷ 0.85 = 28 901 870.588…; ÷ (404 seats × 12 months) = 5 961.61 a seat-month; × 1.06 = 6 319.30.
    expect(out).toMatch(/^Per seat-month +5,961\.61 +6,319\.30 +CNY\/seat-month +4,848$/m);
    // ÷ (4 848 × 22 billed days) = 270.98; ÷ 8 h = 33.87.
    expect(out).toMatch(/^Per person-day +270\.98 +287\.24 +CNY\/person-day +106,656$/m);
    expect(out).toMatch(/^Per hour +33\.87 +35\.91 +CNY\/hour +853,248$/m);
    // Per-unit rates to 4 places, like the unit costs: 28 901 870.59 ÷ 34 416 930 min = 0.8398.
    expect(out).toMatch(/^Per talk minute +0\.8398 +0\.8901 +CNY\/min +34,416,930$/m);
    expect(out).toMatch(/^Per answered call +0\.6680 +0\.7081 +CNY\/call +43,267,160$/m);
    expect(out).toMatch(/^Price for the period +28,901,870\.59 +CNY$/m);
    expect(out).toMatch(/^Price with tax +30,635,982\.82 +CNY$/m);
    // 5 961.61 × 2 seats × 1 month; one month of the price with tax prepaid.
    expect(out).toMatch(/^Minimum fee \(2 seats × 1 month\) +11,923\.21 +CNY$/m);
    expect(out).toMatch(/^Prepayment \(1 month\) +2,552,998\.57 +CNY$/m);
    expect(out).toMatch(/^Billing model +70% +80% +90% +100% +110% +120% +130% +Break-even$/m);
    // Per seat the margin holds whatever the volume; per call it falls to (0.7P − C) ÷ 0.7P = −21.43 % at 70 %.
    expect(out).toMatch(/^Per seat-month +(15\.00% +){7}none$/m);
    expect(out).toMatch(/^Per answered call +-21\.43% +-6\.25% +5\.56% +15\.00% +22\.73% +29\.17% +34\.62% +85\.00%$/m);
    // The seeds' terms (5 % cap, 10 % holdback) take the whole 15 % margin in the worst case.
    expect(out).toMatch(/^Worst case: deductions at their cap \(5\.00%\) and the holdback \(10\.00%\) withheld$/m);
    expect(out).toMatch(/^Per seat-month +(0\.00% +){6}0\.00%$/m);
    expect(sections(out)).toHaveLength(7);
  });

  it("in Chinese", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "zh"]);
    expect(r.stdout.startsWith(fixture("unpriced.zh.txt"))).toBe(true);
    expect(r.stdout).toMatch(/^报价单价（毛利率 15\.00%）$/m);
    expect(r.stdout).toMatch(/^计费方式 +单价 +含税单价 +单位 +预测量$/m);
    expect(r.stdout).toMatch(/^按座席月 +5,961\.61 +6,319\.30 +CNY\/座席\/月 +4,848$/m);
    expect(r.stdout).toMatch(/^最低收费（2 座席 × 1 个月） +11,923\.21 +CNY$/m);
    expect(r.stdout).toMatch(/^按座席月 +(15\.00% +){7}无$/m);
  });

  it.each(["en", "zh"])("lines up every number column on its decimal point, by display width (%s)", async (lang) => {
    const r = await run(["o.json", "--lang", lang], { "o.json": exampleText("examples/outbound-leads.json") });
    /** Each cell of a line (cells are two spaces apart) with the display column where its integer part ends. */
    const points = (line: string): (number | undefined)[] =>
      Array.from(line.matchAll(/\S+(?: \S+)*/g), (m) => {
        const int = /^-?[\d,]+/.exec(m[0]);
        return int ? displayWidth(line.slice(0, m.index)) + displayWidth(int[0]) : undefined;
      });
    const tables = sections(r.stdout).filter((t) => t.includes("---"));
    expect(tables).toHaveLength(4);
    for (const table of tables) {
      const rows = table.trimEnd().split("\n").slice(2).map(points);
      const columns = Math.max(...rows.map((x) => x.length));
      for (let c = 1; c < columns; c++) {
        const at = new Set(rows.map((x) => x[c]).filter((x) => x !== undefined));
        expect([c, at.size <= 1]).toEqual([c, true]);
      }
    }
  });

  it("names the outcome by the file's word and shows base + commission (seed 000's leads)", async () => {
    const r = await run(["o.json", "--lang", "en"], { "o.json": exampleText("examples/outbound-leads.json") });
    // 64 000 ÷ 1 617.968352 leads = 39.5558; × 1.06 = 41.9291.
    expect(r.stdout).toMatch(/^Per 意向客户 +39\.5558 +41\.9291 +CNY\/意向客户 +1,617\.97$/m);
    expect(r.stdout).toMatch(/^Base \+ commission +32,000\.00 +33,920\.00 +CNY\/month +1,617\.97$/m);
    expect(r.stdout).toMatch(/^Commission +19\.7779 +20\.9646 +CNY\/意向客户$/m);
    expect(r.stdout).toMatch(/^Base \+ commission +0\.00% +5\.56% .* 70\.00%$/m);
  });

  it("shows every digit with --exact", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "en", "--exact"]);
    // 24 566 590 ÷ 0.85 to 40 significant digits.
    expect(r.stdout).toMatch(/^Price for the period +28,901,870\.58823529411764705882352941176471 +CNY$/m);
  });
});

describe("the README shows the example's rate card as the CLI prints it", () => {
  it("character for character, from the rate card's heading to the last table", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--lang", "en"]);
    const card = r.stdout.slice(r.stdout.indexOf("Rate card"));
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    expect(readme).toContain(`--lang en    # after the breakdown above\n${card}\`\`\``);
  });
});

describe("quote <priced scenario> --json", () => {
  type Model = Record<string, unknown> & { revenue: unknown[]; margin: unknown[]; worstMargin: unknown[] };
  type Json = { breakdown: Record<string, unknown>; pricing: Record<string, unknown> & { volumeRatios: unknown[]; models: Record<string, Model> } };

  const calls = JSON.stringify({
    ...workedExampleJson(),
    pricing: { margin: 0.15, outcomes: 100000, baseShare: 0.4, package: { includedPerMonth: 3000000 }, volumeRatios: [0.8, 1, 1.2] },
  });

  it("adds the pricing object next to the breakdown, with the issue's keys in its order", async () => {
    const r = await run(["c.json", "--json"], { "c.json": calls });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Json;
    expect(Object.keys(json)).toEqual(["breakdown", "pricing"]);
    expect(Object.keys(json.pricing)).toEqual(["price", "priceWithTax", "minimumFee", "prepayment", "volumeRatios", "models"]);
    expect(Object.keys(json.pricing.models)).toEqual(MODEL_KEYS.slice());
    const series = ["breakEvenVolumeRatio", "revenue", "margin", "worstMargin"];
    expect(Object.keys(json.pricing.models.seatMonth ?? {})).toEqual(["rate", "rateWithTax", "units", ...series]);
    expect(Object.keys(json.pricing.models.package ?? {})).toEqual(["rate", "rateWithTax", "overageRate", "units", ...series]);
    expect(Object.keys(json.pricing.models.baseCommission ?? {})).toEqual(["rate", "rateWithTax", "commissionPerOutcome", "units", ...series]);
    for (const m of Object.values(json.pricing.models)) for (const list of [m.revenue, m.margin, m.worstMargin]) expect(list).toHaveLength(3);
    expect(json.pricing.volumeRatios).toEqual([0.8, 1, 1.2]);
    // The time-billed models never break even below the forecast: null, not a number.
    expect(json.pricing.models.seatMonth?.breakEvenVolumeRatio).toBeNull();
    expect(json.pricing.models.answeredCall?.breakEvenVolumeRatio).toBe(0.85);
    // The package's units are the calls it includes; its rate the monthly fee.
    expect(json.pricing.models.package?.units).toBe(3000000);
  });

  it("gives the core's numbers; only the models that apply (no outcomes: no per-outcome model)", async () => {
    const r = await run([WORKED_EXAMPLE_PATH, "--json"]);
    const json = JSON.parse(r.stdout) as Json;
    expect(Object.keys(json.pricing.models)).toEqual(["seatMonth", "personDay", "hour", "talkMinute", "answeredCall", "standardCall"]);
    const parsed = parseScenario(exampleText(WORKED_EXAMPLE_PATH));
    if (!parsed.ok) throw new Error("example must parse");
    const b = computeBreakdown(parsed.scenario);
    if (!b.ok) throw new Error("example must compute");
    const p = computePricing(parsed.scenario, b.value);
    if (!p.ok || !p.value) throw new Error("example must be priced");
    expect(json.pricing.price).toBe(p.value.price.toNumber());
    expect(json.pricing.minimumFee).toBe(p.value.minimumFee.toNumber());
    expect(json.pricing.models.talkMinute?.margin).toEqual(p.value.models[3]?.margin.map((d) => d.toNumber()));
    // By hand: 24 566 590 ÷ 0.85 ÷ 4 848 seat-months.
    expect(json.pricing.models.seatMonth?.rate).toBeCloseTo(24566590 / 0.85 / 4848, 9);
  });

  it("--exact writes every figure as an exact decimal string (null stays null)", async () => {
    const r = await run(["c.json", "--json", "--exact"], { "c.json": calls });
    const json = JSON.parse(r.stdout) as Json;
    expect(json.pricing.price).toBe("28901870.58823529411764705882352941176471");
    expect(json.pricing.volumeRatios).toEqual(["0.8", "1", "1.2"]);
    expect(json.pricing.models.seatMonth?.breakEvenVolumeRatio).toBeNull();
    for (const m of Object.values(json.pricing.models)) {
      for (const [key, v] of Object.entries(m)) {
        if (Array.isArray(v)) for (const x of v) expect([key, x]).toEqual([key, expect.stringMatching(/^-?\d+(\.\d+)?$/)]);
        else if (v !== null) expect([key, v]).toEqual([key, expect.stringMatching(/^-?\d+(\.\d+)?$/)]);
      }
    }
  });
});

describe("quote --xlsx writes version 2", () => {
  it("a version 1 file's workbook stores it as version 2; a priced one keeps its pricing", async () => {
    for (const [file, text, priced] of [
      ["v1.json", unpricedV1(), false],
      ["priced.json", exampleText(WORKED_EXAMPLE_PATH), true],
    ] as const) {
      const r = await run([file, "--xlsx", "out.xlsx"], { [file]: text });
      expect(r.code).toBe(0);
      const [xml] = await customXmlParts(r.written.get("out.xlsx") as Uint8Array);
      expect(xml).toContain("{&quot;version&quot;:2,");
      const stored = readStoredScenario(xml);
      expect(stored.ok && stored.scenario.version).toBe(2);
      expect(stored.ok && stored.scenario.pricing !== undefined).toBe(priced);
    }
  });
});

describe("quote: a priced file the core refuses", () => {
  it("names the field, exit 1, nothing on stdout", async () => {
    const free = JSON.stringify({ ...workedExampleJson(), costs: { labor: [], other: [] } });
    const r = await run(["f.json", "--lang", "en"], { "f.json": free });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("quote: error: f.json cannot be quoted:\n  costs: is 0, so there is no cost to price\n");
  });
});

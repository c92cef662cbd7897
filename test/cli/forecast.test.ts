/**
 * The quote CLI with a bid from a forecast: the monthly tables (zh/en) and the breakdown, then the
 * rate card; `--json` with `"monthly"` beside `"breakdown"`; `--exact`; `--xlsx` writing the bid sheet.
 * And actuals files print the very bytes they printed before bids existed (pinned in
 * test/cli/fixtures/priced.* and leads.*, written by the CLI of commit 22d1f05).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeForecast, MONTH_COLUMNS, type MonthRow } from "../../src/core";
import { formatFixed, formatNumber } from "../../src/core/formats/number";
import ExcelJS from "exceljs";
import { say } from "../../src/cli/messages";
import { buildPlan } from "../../src/workbook/plan";
import { bidForecast } from "../fixtures/examples";
import { value } from "../helpers/result";
import { exampleText, run } from "./fake-io";

const BID = "examples/bid-forecast.json";
const files = (): Record<string, string> => ({ [BID]: exampleText(BID), "examples/outbound-leads.json": exampleText("examples/outbound-leads.json") });
const fixture = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");

const core = value(computeForecast(bidForecast));

async function workbookOf(bytes: Uint8Array | undefined): Promise<ExcelJS.Workbook> {
  if (!bytes) throw new Error("no workbook written");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe("actuals files print exactly what they printed before bids", () => {
  it.each([
    ["priced.en.txt", "examples/worked-example.json", ["--lang", "en"]],
    ["priced.zh.txt", "examples/worked-example.json", ["--lang", "zh"]],
    ["priced.en.formulas.txt", "examples/worked-example.json", ["--lang", "en", "--formulas"]],
    ["priced.json.txt", "examples/worked-example.json", ["--json"]],
    ["priced.json.exact.txt", "examples/worked-example.json", ["--json", "--exact"]],
    ["leads.en.txt", "examples/outbound-leads.json", ["--lang", "en"]],
    ["leads.zh.txt", "examples/outbound-leads.json", ["--lang", "zh"]],
    ["leads.en.formulas.txt", "examples/outbound-leads.json", ["--lang", "en", "--formulas"]],
    ["leads.json.txt", "examples/outbound-leads.json", ["--json"]],
    ["leads.json.exact.txt", "examples/outbound-leads.json", ["--json", "--exact"]],
  ])("%s", async (name, file, options) => {
    const r = await run([file, ...options], files());
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(fixture(name));
  });
});

/** The month's figures as the table prints them in a language (FTE and hires to two places). */
function printed(m: MonthRow, lang: "en" | "zh"): string[] {
  const unit = (c: (typeof MONTH_COLUMNS)[number]) => (c === "calls" ? "count" : c === "agentHours" ? "hours" : ["peakAgents", "headcount", "managers"].includes(c) ? "people" : "money");
  return MONTH_COLUMNS.map((c) => (c === "fte" || c === "hires" ? formatFixed(m[c], 2, lang) : formatNumber(m[c], unit(c), lang)));
}

describe("a bid prints its monthly tables, its breakdown and its rate card", () => {
  it.each(["en", "zh"] as const)("in %s: every month's figures as the core computes them, the breakdown's 16 lines, the rate card", async (lang) => {
    const r = await run([BID, "--lang", lang], files());
    expect([r.code, r.stderr, r.stdoutWrites]).toEqual([0, "", 1]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(bidForecast.name);
    expect(r.stdout).toContain(lang === "en" ? "Staffing by month" : "各月人力");
    expect(r.stdout).toContain(lang === "en" ? "Cost by month (CNY)" : "各月成本（CNY）");
    for (const m of core.months) {
      const rows = lines.filter((l) => new RegExp(`^\\s*${m.month}\\s`).test(l));
      const cells = rows.flatMap((l) => l.trim().split(/\s{2,}/).slice(1));
      expect([m.month, cells]).toEqual([m.month, printed(m, lang)]);
    }
    const total = lines.find((l) => l.startsWith(lang === "en" ? "Total  " : "合计  "));
    expect(total?.trim().split(/\s{2,}/).pop()).toBe(formatNumber(core.breakdown.values.totalCost, "money", lang));
    for (const line of core.breakdown.lines) expect(r.stdout).toContain(line.label[lang]);
    expect(r.stdout).toContain(lang === "en" ? "Rate card (margin 12.00%)" : "报价单价（毛利率 12.00%）");
    // The order: monthly tables, then the breakdown, then the rate card.
    const at = (text: string): number => r.stdout.indexOf(text);
    expect(at(lang === "en" ? "Staffing by month" : "各月人力")).toBeLessThan(at(core.breakdown.lines[0]?.label[lang] ?? "?"));
    expect(at(core.breakdown.lines[15]?.label[lang] ?? "?")).toBeLessThan(at(lang === "en" ? "Rate card" : "报价单价"));
  });

  it("--formulas words the bid's own lines (labour from headcount, other costs from the peak seats)", async () => {
    const r = await run([BID, "--lang", "en", "--formulas"], files());
    expect(r.stdout).toContain("Σ headcount × monthly wage × (1 + on-cost rate) × escalation");
    expect(r.stdout).toContain("Σ peak agents × per-seat costs + setup cost");
  });

  it('--json puts "monthly" beside "breakdown" (and "pricing"), one object per month with the table\'s columns', async () => {
    const r = await run([BID, "--json"], files());
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { breakdown: Record<string, number>; monthly: Record<string, number>[]; pricing: Record<string, unknown> };
    expect(Object.keys(json)).toEqual(["breakdown", "monthly", "pricing"]);
    expect(Object.keys(json.breakdown)).toHaveLength(16);
    expect(json.breakdown.totalCost).toBe(core.breakdown.values.totalCost.toNumber());
    expect(json.monthly).toHaveLength(12);
    expect(Object.keys(json.monthly[0] ?? {})).toEqual(["month", ...MONTH_COLUMNS]);
    json.monthly.forEach((m, i) => {
      const want = core.months[i];
      if (!want) throw new Error("month");
      expect(m).toEqual({ month: i + 1, ...Object.fromEntries(MONTH_COLUMNS.map((c) => [c, want[c].toNumber()])) });
    });
  });

  it("--json --exact gives every figure as its exact decimal string", async () => {
    const r = await run([BID, "--json", "--exact"], files());
    const json = JSON.parse(r.stdout) as { monthly: Record<string, unknown>[] };
    expect(json.monthly[1]?.fte).toBe(core.months[1]?.fte.toFixed());
    expect(json.monthly[0]?.month).toBe(1);
  });

  it("a bid without pricing prints the monthly tables and the breakdown only", async () => {
    const { pricing: _pricing, ...unpriced } = JSON.parse(exampleText(BID)) as Record<string, unknown>;
    const r = await run(["b.json", "--lang", "en"], { "b.json": JSON.stringify(unpriced) });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("Rate card");
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^Cost per talk minute with tax/);
    const json = JSON.parse((await run(["b.json", "--json"], { "b.json": JSON.stringify(unpriced) })).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["breakdown", "monthly"]);
  });
});

describe("quote --xlsx with a bid: the bid sheet", () => {
  it.each([["en"], ["zh"]])("prints the same quote, then writes the bid sheet and its quote sheet (%s)", async (lang) => {
    const plain = await run([BID, "--lang", lang], files());
    const r = await run([BID, "--lang", lang, "--xlsx", "out.xlsx"], files());
    expect([r.code, r.stdout]).toEqual([0, plain.stdout]);
    const plan = buildPlan(bidForecast, { lang: lang === "zh" ? "zh" : "en" });
    const prefix = lang === "zh" ? "quote：" : "quote: ";
    expect(r.stderr).toBe(`${prefix}${say(lang === "zh" ? "zh" : "en").cliXlsxWrote("out.xlsx", plan.sheetName)}\n`);
    const wb = await workbookOf(r.written.get("out.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheetName, plan.quote?.sheetName]);
    // The breakdown's total cost is the plan's live formula, its cached result the core's figure.
    const total = plan.breakdown.totalCost.address;
    const cell = wb.worksheets[0]?.getCell(total);
    expect(cell?.formula).toBe(plan.cells.find((c) => c.address === total)?.formula);
    expect(cell?.formula).toMatch(/^SUM\(/);
    expect(cell?.result).toBe(core.breakdown.values.totalCost.toNumber());
  });

  it("--xlsx-formulas cc: the bid sheet stays native, and a note says so", async () => {
    const r = await run([BID, "--lang", "en", "--xlsx", "out.xlsx", "--xlsx-formulas", "cc"], files());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("a bid sheet is written with native formulas whatever --xlsx-formulas says");
    const wb = await workbookOf(r.written.get("out.xlsx"));
    const formulas = wb.worksheets.flatMap((w) => w.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).flatMap((v) => (v && typeof v === "object" && "formula" in v ? [String(v.formula)] : [])));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((f) => /\bCC\./.test(f))).toEqual([]);
  });
});

describe("bad bids", () => {
  it("a bid whose shares do not add up is listed by path, nothing on stdout", async () => {
    const bad = JSON.parse(exampleText(BID)) as { forecast: { intradayShares: number[] } };
    bad.forecast.intradayShares[20] = 0.5;
    const r = await run(["b.json", "--lang", "en"], { "b.json": JSON.stringify(bad) });
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toContain("forecast.intradayShares: must add up to 100% of the day");
  });

  it("actuals beside a forecast: one line naming the clash", async () => {
    const both = { ...(JSON.parse(exampleText(BID)) as Record<string, unknown>), traffic: {} };
    const r = await run(["b.json", "--lang", "zh"], { "b.json": JSON.stringify(both) });
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toContain("forecast: 不能与 traffic 同时出现");
  });
});

/**
 * The bid sheet's plan: every monthly, total and breakdown figure a live formula carrying the
 * core's value, classic functions and plain A1 references only, every field of the bid placed,
 * names unique across the bid and quote sheets, the agents the core's, both languages, the page.
 * LibreOffice computes the formulas independently (bidLibreoffice.test.ts).
 */
import fc from "fast-check";
import { BREAKDOWN_KEYS } from "../../src/core/breakdown.types";
import { BID_SCENARIO } from "../../src/core/catalogue/forecast";
import { fields } from "../../src/core/catalogue/walk";
import { toNumber } from "../../src/core/decimal";
import { columnTotal, computeForecast, MONTH_COLUMNS, type ForecastResult } from "../../src/core/forecast";
import type { BidScenario } from "../../src/core/scenario";
import { TOTALLED } from "../../src/workbook/bid";
import { MONTHS_PER_BAND } from "../../src/workbook/bid/layout";
import { buildPlan, isBidPlan, type BidPlan } from "../../src/workbook/plan";
import { bidForecast } from "../fixtures/examples";
import { bidArb } from "./bidArbitraries";
import { inRange } from "./excelMock";

/** What Excel 2010 and LibreOffice 7.4 both evaluate: no LET, XLOOKUP, FILTER or dynamic arrays. */
const CLASSIC = new Set(["SUM", "MAX", "ROUNDUP", "ROUND", "POWER", "INT", "COUNT"]);
const functionsOf = (formula: string): string[] => [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] ?? "");

function core(bid: BidScenario): ForecastResult {
  const r = computeForecast(bid);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const cellAt = (plan: BidPlan, address: string) => plan.cells.find((c) => c.address === address);

/** The plan's invariants for any bid. */
function expectSound(plan: BidPlan, bid: BidScenario): void {
  const r = core(bid);
  expect(plan.coreError).toBeNull();
  // Each figure: a formula whose cached result is the core's value.
  const figure = (address: string, want: number): void => {
    const cell = cellAt(plan, address);
    expect([address, typeof cell?.formula, cell?.result]).toEqual([address, "string", want]);
  };
  plan.monthly.forEach((cells, k) => {
    const row = r.months[k];
    if (!row) throw new Error(`no month ${k + 1} in the core's table`);
    for (const c of MONTH_COLUMNS) if (c !== "calls") figure(cells[c].address, toNumber(row[c]));
    expect(cellAt(plan, cells.calls.address)).toMatchObject({ role: "input", value: bid.forecast.callsPerMonth[k] });
  });
  for (const c of TOTALLED) figure(plan.monthlyTotal[c]?.address ?? "", toNumber(columnTotal(r.months, c)));
  for (const key of BREAKDOWN_KEYS) figure(plan.breakdown[key].address, toNumber(r.breakdown.values[key]));
  // Classic functions, plain A1 references (no names, no structured references) in every formula.
  for (const f of plan.cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula]))) {
    for (const fn of functionsOf(f)) expect([f, fn, CLASSIC.has(fn)]).toEqual([f, fn, true]);
    const identifiers = f.replace(/\$/g, "").replace(/[A-Z][A-Z0-9.]*\(/g, "(").match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
    for (const id of identifiers) expect([f, id]).toEqual([f, expect.stringMatching(/^[A-Z]{1,3}\d+$/)]);
  }
  // The agents are the core's values, where the plan says.
  r.agents.forEach((month, k) => month.forEach((n, i) => expect(cellAt(plan, plan.agentCells[k]?.[i] ?? "")?.value).toBe(n)));
  // One cell per address, inside the footprint; names valid and unique across both sheets (exceljs writes them workbook-wide).
  const addresses = plan.cells.map((c) => c.address);
  expect(new Set(addresses).size).toBe(addresses.length);
  for (const a of addresses) expect([a, inRange(plan.footprint, a)]).toEqual([a, true]);
  const names = [...plan.names, ...(plan.quote?.names ?? [])].map((n) => n.name);
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  for (const n of names) expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
  // Twelve months side by side at most: the sheet prints one page wide for any contract.
  expect(Math.max(...plan.columnWidths.map((_, j) => j + 1))).toBeLessThanOrEqual(2 + MONTHS_PER_BAND + 1);
}

describe("the bid sheet's plan", () => {
  const zh = buildPlan(bidForecast, { lang: "zh" });
  const en = buildPlan(bidForecast, { lang: "en" });

  it("is chosen by buildPlan for a forecast scenario, with the quote sheet beside it when priced", () => {
    expect(isBidPlan(zh)).toBe(true);
    expect(zh.quote?.breakdownSheetName).toBe(zh.sheetName);
    expect(buildPlan({ ...bidForecast, pricing: undefined }).quote).toBeUndefined();
  });

  it("for the example: every monthly and breakdown figure a formula with the core's value, classic functions, the agents the core's, names unique", () => {
    expectSound(zh, bidForecast);
    expectSound(en, bidForecast);
  });

  it("holds for property-generated bids (a few months, 15/30/60-minute intervals, with and without escalation and attrition)", () => {
    fc.assert(
      fc.property(bidArb, (bid) => {
        expectSound(buildPlan(bid), bid);
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it("places every field of the bid: a named blue cell, or a list of cells", () => {
    const leaves = fields(BID_SCENARIO)
      .map((e) => e.path)
      .filter((p) => p.startsWith("forecast.") || p === "taxRate");
    expect(zh.fields.map((f) => f.path).sort()).toEqual([...leaves].sort());
    for (const f of zh.fields) {
      const [from = "", to = from] = f.ref.replace(/\$/g, "").split(":");
      for (const a of [from, to]) expect([f.path, cellAt(zh, a) !== undefined]).toEqual([f.path, true]);
      const cell = cellAt(zh, from);
      // Inputs are blue, except the months (counted from the table) and the list labels' names (text inputs).
      if (f.path !== "forecast.months") expect([f.path, cell?.role]).toEqual([f.path, "input"]);
    }
    expect(cellAt(zh, zh.fields.find((f) => f.path === "forecast.months")?.ref.replace(/\$/g, "") ?? "")?.formula).toMatch(/^COUNT\(/);
  });

  it("marks the agents as the core's values, in words, beside the inputs that made them (Erlang A with patience, C without)", () => {
    const notes = (p: BidPlan): string[] => p.cells.filter((c) => c.role === "note").map((c) => String(c.value));
    expect(notes(en).some((t) => t.includes("Values computed by CC Pricing's queueing model (Erlang A)"))).toBe(true);
    expect(notes(zh).some((t) => t.includes("排队模型（Erlang A）"))).toBe(true);
    const { patienceSeconds: _, ...erlangC } = bidForecast.forecast;
    expect(notes(buildPlan({ ...bidForecast, forecast: erlangC }, { lang: "en" })).some((t) => t.includes("(Erlang C)"))).toBe(true);
  });

  it("labels the breakdown as the breakdown sheet does, in the chosen language, with money in the bid's currency", () => {
    const label = (p: BidPlan): unknown => cellAt(p, `E${p.breakdown.totalCost.address.slice(1)}`)?.value;
    expect(label(zh)).toBe("总成本");
    expect(label(en)).toBe("Total cost");
    expect(cellAt(zh, zh.breakdown.totalCost.address)?.numberFormat).toBe('"¥"#,##0.00');
    expect(cellAt(zh, zh.monthly[0]?.labour.address ?? "")?.numberFormat).toBe('"¥"#,##0.00');
  });

  it("prints A4 landscape, one page wide, its print area the footprint, the titles repeated", () => {
    expect(zh.page).toMatchObject({ paper: "A4", orientation: "landscape", printArea: zh.footprint, titleRows: "1:2" });
    expect(zh.names.find((n) => n.name === zh.markerName)?.ref.replace(/\$/g, "")).toBe(zh.footprint);
  });

  it("lays a long contract's agents in bands of twelve months below each other", () => {
    const f = bidForecast.forecast;
    const long: BidScenario = { ...bidForecast, forecast: { ...f, months: 26, callsPerMonth: [...f.callsPerMonth, ...f.callsPerMonth, 90000, 91000] } };
    const plan = buildPlan(long);
    expectSound(plan, long);
    expect(plan.agentCells[12]?.[0]?.replace(/\d+/, "")).toBe("C");
    expect(plan.agentCells[25]?.[0]?.replace(/\d+/, "")).toBe("D");
  });
});

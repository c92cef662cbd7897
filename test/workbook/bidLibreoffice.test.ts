/**
 * The bid sheet computes its months and breakdown by itself: bids are written with formulas only
 * (no cached values), LibreOffice recalculates them headless, and every monthly, total and
 * breakdown cell is compared with the core (relative 1e-9; a figure the core has at 0 to 1e-9).
 * Then edits: a wage, the attrition and one month's agents cell are changed with exceljs before
 * recalculation, and the table and breakdown must move to the core's new values. A priced bid's
 * quote sheet, linked to the bid sheet's cells, is compared with the core's rate card too.
 *
 * The example and the generated bids go into a few workbooks (soffice start-up dominates).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { rmSync } from "fs";
import { join } from "path";
import { BREAKDOWN_KEYS } from "../../src/core/breakdown.types";
import { computeForecast, forecastFromAgents, MONTH_COLUMNS, type ForecastResult } from "../../src/core/forecast";
import { columnTotal } from "../../src/core/forecast";
import { toNumber } from "../../src/core/decimal";
import type { BidScenario } from "../../src/core/scenario";
import { addPlanSheet, addQuoteSheet, newWorkbook } from "../../src/workbook/exceljsWriter";
import { buildPlan, type BidPlan, type Lang } from "../../src/workbook/plan";
import { TOTALLED } from "../../src/workbook/bid";
import { bidForecast } from "../fixtures/examples";
import { bidArb } from "./bidArbitraries";
import { findSoffice, makeWorkDir, recalculate } from "./soffice";

const REL = 1e-9;
const SEED = 20261207;
const GENERATED = 24;
const PER_WORKBOOK = 12;

interface Expected {
  readonly sheet: string;
  readonly key: string;
  readonly address: string;
  readonly expected: number;
}

/** Every figure of the monthly table, its total row and the breakdown, as the core has them in `r`. */
function figures(plan: BidPlan, r: ForecastResult): Expected[] {
  const out: Expected[] = [];
  plan.monthly.forEach((cells, k) => {
    const row = r.months[k];
    if (!row) throw new Error(`no month ${k + 1} in the core's table`);
    // The calls are inputs; every other figure of a month is a formula.
    for (const c of MONTH_COLUMNS) if (c !== "calls") out.push({ sheet: plan.sheetName, key: `m${k + 1}.${c}`, address: cells[c].address, expected: toNumber(row[c]) });
  });
  for (const c of TOTALLED) {
    const cell = plan.monthlyTotal[c];
    if (cell) out.push({ sheet: plan.sheetName, key: `total.${c}`, address: cell.address, expected: toNumber(columnTotal(r.months, c)) });
  }
  for (const key of BREAKDOWN_KEYS) out.push({ sheet: plan.sheetName, key, address: plan.breakdown[key].address, expected: toNumber(r.breakdown.values[key]) });
  return out;
}

function core(bid: BidScenario): ForecastResult {
  const r = computeForecast(bid);
  if (!r.ok) throw new Error(`the core refuses the bid: ${JSON.stringify(r.error)}`);
  return r.value;
}

interface Batch {
  readonly file: string;
  readonly checks: Expected[];
}

let worst = 0;
let compared = 0;

async function mismatches(file: string, checks: readonly Expected[]): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: unknown[] = [];
  for (const c of checks) {
    const cell = wb.getWorksheet(c.sheet)?.getCell(c.address);
    const got: unknown = cell?.formula ? cell.result : "(formula lost)";
    compared++;
    const error = typeof got === "number" ? Math.abs(got - c.expected) / Math.max(Math.abs(c.expected), 1) : Infinity;
    if (c.expected !== 0) worst = Math.max(worst, error);
    const good = typeof got === "number" && Math.abs(got - c.expected) <= REL * Math.max(Math.abs(c.expected), c.expected === 0 ? 1 : 0);
    if (!good) out.push({ ...c, got });
  }
  return out;
}

/** The example with three edits made in the written workbook, each on its own sheet. */
function edited(wb: ExcelJS.Workbook, lang: Lang, taken: string[]): Expected[] {
  const base = core(bidForecast);
  const f = bidForecast.forecast;
  const checks: Expected[] = [];
  const edit = (name: string, change: (plan: BidPlan, ws: ExcelJS.Worksheet) => ForecastResult): void => {
    const plan = buildPlan({ ...bidForecast, name }, { lang, existingSheetNames: taken });
    taken.push(plan.sheetName);
    const ws = addPlanSheet(wb, plan, { cachedResults: false, definedNames: false });
    checks.push(...figures(plan, change(plan, ws)));
  };
  const named = (plan: BidPlan, name: string): string => (plan.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
  edit("edit wage", (plan, ws) => {
    ws.getCell(named(plan, "wageMonthly")).value = 6123.45;
    return core({ ...bidForecast, forecast: { ...f, wage: { ...f.wage, monthly: 6123.45 } } });
  });
  edit("edit attrition", (plan, ws) => {
    ws.getCell(named(plan, "attritionPerMonth")).value = 0.115;
    return core({ ...bidForecast, forecast: { ...f, attritionPerMonth: 0.115 } });
  });
  edit("edit agents", (plan, ws) => {
    // Month 6's busiest interval gets 9 more agents: its peak, hours, FTE … move; so do month 7's hires.
    const agents = base.agents.map((a) => [...a]);
    const month = agents[5] ?? [];
    const i = month.indexOf(Math.max(...month));
    month[i] = (month[i] ?? 0) + 9;
    ws.getCell(plan.agentCells[5]?.[i] ?? "").value = month[i] ?? 0;
    const r = forecastFromAgents(bidForecast, agents);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.breakdown.values.totalCost.gt(base.breakdown.values.totalCost)).toBe(true);
    return r.value;
  });
  return checks;
}

async function checkAll(work: ReturnType<typeof makeWorkDir>): Promise<void> {
  const batches: Batch[] = [];
  const save = async (wb: ExcelJS.Workbook, name: string, checks: Expected[]): Promise<void> => {
    const file = join(work.dir, name);
    await wb.xlsx.writeFile(file);
    batches.push({ file, checks });
  };

  // The example as users get it (with its quote sheet), in both languages, plus the edits.
  for (const lang of ["zh", "en"] as Lang[]) {
    const plan = buildPlan(bidForecast, { lang });
    expect(plan.coreError).toBeNull();
    const wb = newWorkbook();
    addPlanSheet(wb, plan, { cachedResults: false });
    const checks = figures(plan, core(bidForecast));
    const quote = plan.quote;
    if (!quote) throw new Error("the example bid is priced: it has a quote sheet");
    expect(quote.coreError).toBeNull();
    addQuoteSheet(wb, quote, { cachedResults: false });
    for (const q of quote.figures) if (q.expected !== null) checks.push({ sheet: quote.sheetName, key: q.key, address: q.address, expected: q.expected });
    checks.push(...edited(wb, lang, [plan.sheetName, quote.sheetName]));
    await save(wb, `example-${lang}.xlsx`, checks);
  }

  const bids = fc.sample(bidArb, { seed: SEED, numRuns: GENERATED });
  for (let b = 0; b * PER_WORKBOOK < bids.length; b++) {
    const wb = newWorkbook();
    const taken: string[] = [];
    const checks: Expected[] = [];
    const lang: Lang = b % 2 === 0 ? "en" : "zh";
    for (const bid of bids.slice(b * PER_WORKBOOK, (b + 1) * PER_WORKBOOK)) {
      const plan = buildPlan(bid, { lang, existingSheetNames: taken });
      expect(plan.coreError).toBeNull();
      taken.push(plan.sheetName);
      addPlanSheet(wb, plan, { cachedResults: false, definedNames: false });
      checks.push(...figures(plan, core(bid)));
    }
    await save(wb, `generated-${b}.xlsx`, checks);
  }

  await recalculate(
    batches.map((b) => b.file),
    work.profile,
    work.out,
    300_000,
  );
  const all: unknown[] = [];
  for (const batch of batches) all.push(...(await mismatches(join(work.out, batch.file.split("/").pop() ?? ""), batch.checks)));
  expect(all).toEqual([]);
  // The figures behind the report (docs/workbook.md): how many cells, the worst relative error.
  console.log(`bid sheet: ${compared} cells compared with the core, worst relative error ${worst.toExponential(2)}`);
}

describe("LibreOffice recalculates the bid sheet to the core's numbers", () => {
  beforeAll(() => {
    findSoffice();
  });

  it("the example (with its quote and three edits) and property-generated bids, formulas only", async () => {
    const work = makeWorkDir();
    try {
      await checkAll(work);
    } finally {
      rmSync(work.dir, { recursive: true, force: true });
    }
  }, 600_000);
});

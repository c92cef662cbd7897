/**
 * docs/workbook.md names cell addresses ("A4:C18", "B5 is `=C32`", "row 30"): each is checked
 * against the plan of the worked example, and the doc may name no address this test does not check.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { inLang } from "../../src/core/sentences/book";
import { WORKBOOK } from "../../src/core/sentences/workbook";
import { BID_SHEET } from "../../src/core/sentences/bidSheet";
import { buildPlan, PARAMETER_NAMES, type BidPlan, type QuotePlan, type SheetPlan } from "../../src/workbook/plan";
import { bidForecast, workedExample } from "../fixtures/examples";

const doc = readFileSync(join(__dirname, "../../docs/workbook.md"), "utf8");
const words = inLang(WORKBOOK, "en");

const colNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const split = (address: string): { col: string; row: number } => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not an address: ${address}`);
  return { col: m[1] ?? "", row: Number(m[2]) };
};

/** The smallest rectangle holding the addresses, e.g. "A4:C18". */
function box(addresses: readonly string[]): string {
  const parts = addresses.map(split);
  const cols = parts.map((p) => p.col).sort((a, b) => colNumber(a) - colNumber(b));
  const rows = parts.map((p) => p.row);
  return `${cols[0]}${Math.min(...rows)}:${cols[cols.length - 1]}${Math.max(...rows)}`;
}

const sectionCell = (plan: SheetPlan, title: string): string => {
  const cell = plan.cells.find((c) => c.role === "section" && c.value === title);
  if (!cell) throw new Error(`no section "${title}"`);
  return cell.address;
};
const rowOf = (address: string): number => split(address).row;
/** Cells on the given rows from the section's column to `lastCol`. */
function cellsInRows(plan: SheetPlan, section: string, rows: readonly number[], lastCol: string): string[] {
  const inColumns = (col: string): boolean => colNumber(col) >= colNumber(split(section).col) && colNumber(col) <= colNumber(lastCol);
  return plan.cells.filter((c) => rows.includes(rowOf(c.address)) && inColumns(split(c.address).col)).map((c) => c.address);
}

/** The blocks of the sheet as the doc's table lists them, computed from the plan. */
function blocks(plan: SheetPlan): string[] {
  const inputs = sectionCell(plan, words.sheetInputs);
  const breakdown = sectionCell(plan, words.sheetBreakdown);
  const composition = sectionCell(plan, words.sheetComposition);
  const traffic = sectionCell(plan, words.sheetTraffic);
  const inputRows = plan.names.filter((n) => PARAMETER_NAMES.includes(n.name)).map((n) => rowOf(n.ref));
  const breakdownRows = Object.values(plan.breakdown).map((b) => rowOf(b.address));
  const top = plan.cells.filter((c) => rowOf(c.address) < rowOf(inputs)).map((c) => c.address);
  const [shares = ""] = plan.dataBars;
  return [
    box(top),
    box([inputs, ...cellsInRows(plan, inputs, inputRows, "C")]),
    box([breakdown, ...cellsInRows(plan, breakdown, breakdownRows, "H")]),
    box([composition, ...plan.chart.categories.split(":"), ...plan.chart.values.split(":"), ...shares.split(":")]),
    `${plan.chart.from}:${plan.chart.to}`,
    `row ${rowOf(traffic)} ↓`,
    "below it",
  ];
}

/** The quote sheet's blocks: the top rows, then each section down to the next, then the chart. */
function quoteBlocks(q: QuotePlan): string[] {
  const sections = q.cells.filter((c) => c.role === "section").map((c) => rowOf(c.address)).sort((a, b) => a - b);
  const within = (top: number, next: number): string[] => q.cells.filter((c) => rowOf(c.address) >= top && rowOf(c.address) < next).map((c) => c.address);
  return [box(within(1, sections[0] ?? 1)), ...sections.map((top, i) => box(within(top, sections[i + 1] ?? Infinity))), `${q.chart.from}:${q.chart.to}`];
}

/**
 * The bid sheet's blocks: each section down to the next in its column — the inputs' lists in
 * A–C, the breakdown and the quote's base in E–H — then the monthly table and the agents across.
 */
function bidBlocks(plan: BidPlan): string[] {
  const monthly = rowOf(sectionCell(plan as unknown as SheetPlan, inLang(BID_SHEET, plan.lang).bidSheetMonthly));
  const sections = plan.cells.filter((c) => c.role === "section").map((c) => split(c.address));
  const lefts = sections.filter((s) => s.col === "A").map((s) => s.row).sort((a, b) => a - b);
  const rights = sections.filter((s) => s.col !== "A").map((s) => s.row).sort((a, b) => a - b);
  const block = (top: number, next: number, from: string, to: string): string =>
    box(plan.cells.filter((c) => rowOf(c.address) >= top && rowOf(c.address) < next && colNumber(split(c.address).col) >= colNumber(from) && colNumber(split(c.address).col) <= colNumber(to)).map((c) => c.address));
  const top = box(plan.cells.filter((c) => rowOf(c.address) < (lefts[0] ?? 1)).map((c) => c.address));
  const left = lefts.map((row, i) => (row < monthly ? block(row, Math.min(lefts[i + 1] ?? Infinity, monthly), "A", "C") : block(row, lefts[i + 1] ?? Infinity, "A", "ZZ")));
  const right = rights.map((row, i) => block(row, Math.min(rights[i + 1] ?? Infinity, monthly), "E", "H"));
  return [top, ...left.slice(0, -2), ...right, ...left.slice(-2)];
}

/** The "Where" column of the doc's table under `heading`, ranges written with ":". */
function docWhere(heading = "### What is on the sheet"): string[] {
  const section = doc.split(heading)[1]?.split("\n### ")[0] ?? "";
  const rows = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Where") && !/^\|\s*-/.test(l));
  return rows.map((l) => (l.split("|")[1] ?? "").trim().replace("–", ":"));
}

describe("docs/workbook.md addresses match the plan", () => {
  const plan = buildPlan(workedExample, { lang: "en" });

  it("the sheet's blocks are where the table says", () => {
    expect(docWhere()).toEqual(blocks(plan));
  });

  it("the live default of the standard talk time is where the doc says", () => {
    const m = /([A-Z]+\d+) is `=([A-Z]+\d+)`/.exec(doc);
    const noStandard = buildPlan({ ...workedExample, traffic: { streams: workedExample.traffic.streams } });
    const ref = noStandard.names.find((n) => n.name === "standardTalkSeconds")?.ref.replace(/\$/g, "");
    const cell = noStandard.cells.find((c) => c.address === ref);
    expect([m?.[1], m?.[2]]).toEqual([ref, cell?.formula?.replace(/\$/g, "")]);
  });

  const quote = plan.quote as QuotePlan;
  const quoteCell = (name: string) => quote.cells.find((c) => c.address === quote.names.find((n) => n.name === name)?.ref.replace(/\$/g, ""));

  it("the quote sheet's blocks are where its table says, and the cells it names hold what it says", () => {
    expect(docWhere("### The quote sheet")).toEqual(quoteBlocks(quote));
    expect(doc).toContain("the **date** (blue, B3)");
    expect(quote.names.find((n) => n.name === "quoteDate")?.ref).toBe("$B$3");
    expect(doc).toContain("(`=B3+B4`)");
    expect(quote.cells.find((c) => c.address === "B5")?.formula).toBe(`$B$3+${quote.names.find((n) => n.name === "validityDays")?.ref}`);
    const seats = /Billed seats left blank are `=([A-Z]+\d+)`/.exec(doc)?.[1];
    expect(`$${seats?.replace(/(\d+)/, "$$$1")}`).toBe(quoteCell("seats")?.formula);
    expect(quote.figures.find((f) => f.key === "base.agents")?.address).toBe(seats);
  });

  const bid = buildPlan(bidForecast, { lang: "en" });

  it("the bid sheet's blocks are where its table says", () => {
    expect(docWhere("### The bid sheet")).toEqual(bidBlocks(bid));
    expect(doc).toContain("(`totalCost` is F15 on both)");
    expect([bid.breakdown.totalCost.address, plan.breakdown.totalCost.address]).toEqual(["F15", "F15"]);
  });

  it("names no address the checks above do not cover", () => {
    const checked = new Set([...blocks(plan).flatMap((b) => b.split(":")), ...quoteBlocks(quote).flatMap((b) => b.split(":")), ...bidBlocks(bid).flatMap((b) => b.split(":")), "F15", "B5", "C32", "B3", "B4", "B61"]);
    const named = doc.match(/\b[A-Z]{1,2}\d{1,4}\b/g) ?? [];
    expect(named.filter((a) => !checked.has(a))).toEqual([]);
  });
});

/**
 * Both writers carry out the quote sheet: exceljs writes it after the breakdown sheet (no chart:
 * exceljs cannot draw one), Office.js writes it beside the breakdown with its line chart, under
 * the breakdown's safety rules. A scenario without pricing gives exactly the one-sheet workbook
 * it gave before.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Scenario } from "../../src/core/scenario";
import { writeXlsx } from "../../src/workbook/exceljsWriter";
import { QUOTE_CHART_NAME, TEXT_FORMAT, writeToExcel } from "../../src/workbook/officeWriter";
import { buildPlan, MARKER_NAME, QUOTE_MARKER_NAME, type QuotePlan, type SheetPlan } from "../../src/workbook/plan";
import { FakeExcel, type FakeSheet } from "./excelMock";
import { PRICING_IN_FULL, workedExample } from "../fixtures/examples";

const DATE = new Date(2026, 4, 14);
const yes = (): Promise<boolean> => Promise.resolve(true);
const no = (): Promise<boolean> => Promise.resolve(false);
const unpriced: Scenario = { ...workedExample, pricing: undefined };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const quoteOf = (plan: SheetPlan): QuotePlan => {
  if (!plan.quote) throw new Error("no quote");
  return plan.quote;
};

describe("writeXlsx and the quote sheet", () => {
  it("without pricing: one sheet, only the breakdown's names, its XML byte for byte the priced file's breakdown sheet", async () => {
    const plain = await writeXlsx(buildPlan(unpriced, { lang: "zh" }));
    const priced = await writeXlsx(buildPlan(workedExample, { lang: "zh" }));
    const [a, b] = await Promise.all([JSZip.loadAsync(plain), JSZip.loadAsync(priced)]);
    expect(a.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((f) => f.name)).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(b.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((f) => f.name)).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
    // The same bytes but for the data bars' ids, which exceljs draws at random.
    const sheet1 = async (zip: JSZip): Promise<string> => ((await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "").replace(/\{[0-9A-F-]{36}\}/g, "{id}");
    expect(await sheet1(a)).toBe(await sheet1(b));
    const book = (await a.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(book).not.toContain(QUOTE_MARKER_NAME);
    const names = [...book.matchAll(/<definedName name="([^"]+)"/g)].map((m) => m[1]);
    const plan = buildPlan(unpriced, { lang: "zh" });
    expect(names.sort()).toEqual([...plan.names.map((n) => n.name), "_xlnm.Print_Area", "_xlnm.Print_Titles"].sort());
    expect((await load(plain)).worksheets).toHaveLength(1);
  });

  it("a priced scenario: the quote sheet second, every cell as planned, its names, A4 portrait one page wide, no chart", async () => {
    const plan = buildPlan(workedExample, { lang: "en", date: DATE });
    const q = quoteOf(plan);
    const bytes = await writeXlsx(plan);
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheetName, q.sheetName]);
    const ws = wb.worksheets[1];
    if (!ws) throw new Error("quote sheet missing");
    for (const c of q.cells) {
      const cell = ws.getCell(c.address);
      if (c.formula !== undefined) {
        expect([c.address, cell.formula]).toEqual([c.address, c.formula]);
        if (typeof c.result === "number" && c.numberFormat !== "yyyy-mm-dd") expect([c.address, cell.result]).toEqual([c.address, c.result]);
      } else if (c.numberFormat === "yyyy-mm-dd") {
        expect(cell.value).toEqual(new Date(Date.UTC(2026, 4, 14)));
      } else {
        expect([c.address, cell.value]).toEqual([c.address, c.value ?? null]);
      }
      if (c.numberFormat !== undefined) expect([c.address, cell.numFmt]).toEqual([c.address, c.numberFormat]);
    }
    const zip = await JSZip.loadAsync(bytes);
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="portrait"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).not.toContain("<drawing");
    const book = ((await zip.file("xl/workbook.xml")?.async("string")) ?? "").replace(/&apos;/g, "'");
    const quoted = `'${q.sheetName}'!`;
    expect(book).toContain(`<definedName name="${QUOTE_MARKER_NAME}">${quoted}$A$1:$I$66</definedName>`);
    expect(book).toContain(`<definedName name="margin">${quoted}$B$46</definedName>`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="1">${quoted}$A1:$I66</definedName>`);
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">${quoted}$1:$2</definedName>`);
    expect(zip.file(/^xl\/charts\//)).toHaveLength(0);
  });
});

/** Every quote cell is in the sheet as the plan says (formulas, text as text, values with formats). */
function expectQuoteWritten(sheet: FakeSheet, q: QuotePlan): void {
  for (const cell of q.cells) {
    const got = sheet.cells.get(cell.address);
    if (cell.formula !== undefined) expect({ address: cell.address, formulas: got?.formulas }).toEqual({ address: cell.address, formulas: [[`=${cell.formula}`]] });
    else if (typeof cell.value === "string") expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value]], f: [[TEXT_FORMAT]] });
    else expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value]], f: [[cell.numberFormat]] });
  }
  for (const n of q.names) expect([n.name, sheet.names.get(n.name)]).toEqual([n.name, n.ref.replace(/\$/g, "")]);
  const charts = sheet.charts.filter((c) => !c.deleted);
  expect(charts).toHaveLength(1);
  expect(charts[0]).toMatchObject({ name: QUOTE_CHART_NAME, type: "Line", source: q.chart.values, seriesBy: "Rows", position: [q.chart.from, q.chart.to] });
  expect(charts[0]?.mock.title).toMatchObject({ text: q.chart.title });
  expect(charts[0]?.series.map((s) => [s.index, s.name])).toEqual(q.chart.series.map((s, i) => [i, s.name]));
}

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

describe("writeToExcel and the quote sheet (office-addin-mock)", () => {
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  it("writes the quote beside the breakdown: cells, names, page, a line chart per model with the ratios as x values (ExcelApi 1.9)", async () => {
    g.Office = { context: { requirements: { isSetSupported: (set: string) => set === "ExcelApi" } } };
    // The enums the page layout reads (the mock has no Excel namespace of its own).
    g.Excel = { PaperType: { a4: "A4" }, PageOrientation: { portrait: "Portrait", landscape: "Landscape" } };
    const excel = new FakeExcel();
    const plan = buildPlan({ ...workedExample, pricing: PRICING_IN_FULL }, { lang: "zh", date: DATE });
    const q = quoteOf(plan);
    const outcome = await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    expect(outcome).toEqual({ status: "created", sheetName: plan.sheetName, quoteSheetName: q.sheetName });
    expect(excel.sheets.map((s) => s.name)).toEqual([plan.sheetName, q.sheetName]);
    const sheet = excel.sheet(q.sheetName);
    if (!sheet) throw new Error("quote sheet missing");
    expectQuoteWritten(sheet, q);
    const chart = sheet.charts[0];
    expect(chart?.series.map((s) => s.xValues)).toEqual(q.chart.series.map(() => q.chart.categories));
    expect(chart?.mock.axes).toMatchObject({ valueAxis: { numberFormat: "0%" } });
    expect(sheet.columnWidths.size).toBe(q.columnWidths.length);
    // A4 portrait, one page wide, the print area reaching down over the chart, titles repeated.
    expect(sheet.layout).toMatchObject({ paperSize: "A4", orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect([sheet.printArea, sheet.titleRows]).toEqual([q.printAreaWithChart, "$1:$2"]);
    expect(excel.sheet(plan.sheetName)).toMatchObject({ printArea: plan.page.printArea, layout: { orientation: "Landscape" } });
    // The breakdown sheet is the one activated; one stored scenario, the breakdown's.
    expect(excel.sheet(plan.sheetName)?.activated).toBe(true);
    expect(sheet.activated).toBe(false);
    expect(excel.parts.filter((p) => !p.deleted)).toHaveLength(1);
  });

  it("without pricing, no quote sheet; on an older host the chart keeps Excel's own x values", async () => {
    const excel = new FakeExcel();
    await writeToExcel(excel.context, buildPlan(unpriced), { confirmOverwrite: no });
    expect(excel.sheets).toHaveLength(1);
    const priced = buildPlan(workedExample, { date: DATE });
    const other = new FakeExcel();
    await writeToExcel(other.context, priced, { confirmOverwrite: no });
    other.settle();
    expect(other.sheet(quoteOf(priced).sheetName)?.charts[0]?.series.every((s) => s.xValues === undefined)).toBe(true);
  });

  it("updates its own quote with the breakdown (one confirmation), keeps the user's cells, leaves it alone when declined", async () => {
    const excel = new FakeExcel();
    const first = buildPlan(workedExample, { lang: "en", date: DATE });
    const q1 = quoteOf(first);
    await writeToExcel(excel.context, first, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(q1.sheetName);
    if (!sheet) throw new Error("quote sheet missing");
    sheet.cells.set("Z200", { values: [["analyst's note"]] });
    const before = JSON.stringify([...sheet.cells]);

    const asked: string[] = [];
    const declined = await writeToExcel(excel.context, first, { confirmOverwrite: (n) => (asked.push(n), Promise.resolve(false)) });
    excel.settle();
    expect(declined.status).toBe("cancelled");
    expect(asked).toEqual([first.sheetName]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);

    const fewer = buildPlan({ ...workedExample, pricing: { ...PRICING_IN_FULL, volumeRatios: [1] } }, { lang: "en", date: DATE });
    const q2 = quoteOf(fewer);
    expect(q2.sheetName).toBe(q1.sheetName);
    expect((await writeToExcel(excel.context, fewer, { confirmOverwrite: yes })).status).toBe("updated");
    excel.settle();
    expect(excel.sheets).toHaveLength(2);
    expectQuoteWritten(sheet, q2);
    expect(sheet.cells.get("Z200")).toEqual({ values: [["analyst's note"]] });
    for (const c of q1.cells) if (!q2.cells.some((d) => d.address === c.address)) expect([c.address, sheet.cells.get(c.address)]).toEqual([c.address, undefined]);
    expect(sheet.charts.filter((c) => c.deleted)).toHaveLength(1);
  });

  it("never writes into a sheet of the quote's name that is not its own, nor reuses a quote beside a breakdown written anew", async () => {
    const plan = buildPlan(workedExample, { lang: "en", date: DATE });
    const q = quoteOf(plan);
    const excel = new FakeExcel();
    const foreign = excel.addSheet(q.sheetName);
    foreign.cells.set("B10", { values: [[42]] });
    await writeToExcel(excel.context, plan, { confirmOverwrite: yes });
    excel.settle();
    expect(foreign.cells.get("B10")).toEqual({ values: [[42]] });
    expect(foreign.charts).toHaveLength(0);
    const moved = excel.sheets.find((s) => s !== foreign && s.names.has(QUOTE_MARKER_NAME));
    expect(moved?.name).toBe(`${q.sheetName.slice(0, 27).trimEnd()} (2)`);
    if (moved) expectQuoteWritten(moved, quoteOf(buildPlan(workedExample, { lang: "en", date: DATE, existingSheetNames: [q.sheetName] })));

    // Our quote sheet still there, its breakdown sheet gone: the breakdown is written anew, the quote elsewhere.
    const orphan = new FakeExcel();
    await writeToExcel(orphan.context, plan, { confirmOverwrite: yes });
    orphan.settle();
    orphan.sheets.splice(orphan.sheets.findIndex((s) => s.name === plan.sheetName), 1);
    const kept = JSON.stringify([...(orphan.sheet(q.sheetName)?.cells ?? [])]);
    await writeToExcel(orphan.context, plan, { confirmOverwrite: yes });
    orphan.settle();
    expect(JSON.stringify([...(orphan.sheet(q.sheetName)?.cells ?? [])])).toBe(kept);
    expect(orphan.sheets.map((s) => s.name)).toEqual([q.sheetName, plan.sheetName, `${q.sheetName.slice(0, 27).trimEnd()} (2)`]);
    expect(orphan.sheet(plan.sheetName)?.names.has(MARKER_NAME)).toBe(true);
  });
});

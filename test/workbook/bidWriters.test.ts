/**
 * Both writers carry out the bid sheet: exceljs (downloads, `--xlsx`) writes it with the quote
 * sheet after it, no charts; Office.js writes it into the open workbook with its two charts (the
 * staffing curve and the monthly cost), the quote beside it, and updates it only after asking.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { customXmlParts, writeXlsx } from "../../src/workbook/exceljsWriter";
import { AGENTS_CHART_NAME, COST_CHART_NAME } from "../../src/workbook/officeBid";
import { TEXT_FORMAT, writeToExcel } from "../../src/workbook/officeWriter";
import { buildPlan, type BidPlan } from "../../src/workbook/plan";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { bidForecast } from "../fixtures/examples";
import { FakeExcel, type FakeSheet } from "./excelMock";

const DATE = new Date(2026, 11, 7);
const yes = (): Promise<boolean> => Promise.resolve(true);
const no = (): Promise<boolean> => Promise.resolve(false);
const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

/** Every bid cell is in the sheet as the plan says; its names; its two charts. */
function expectBidWritten(sheet: FakeSheet, plan: BidPlan): void {
  for (const cell of plan.cells) {
    const got = sheet.cells.get(cell.address);
    if (cell.formula !== undefined) expect({ address: cell.address, formulas: got?.formulas }).toEqual({ address: cell.address, formulas: [[`=${cell.formula}`]] });
    else if (typeof cell.value === "string") expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value]], f: [[TEXT_FORMAT]] });
    else expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value ?? ""]], f: [[cell.numberFormat ?? "General"]] });
  }
  for (const n of plan.names) expect([n.name, sheet.names.get(n.name)]).toEqual([n.name, n.ref.replace(/\$/g, "")]);
  const charts = sheet.charts.filter((c) => !c.deleted);
  expect(charts.map((c) => [c.name, c.type, c.source, c.seriesBy, c.position])).toEqual([
    [AGENTS_CHART_NAME, "Line", plan.charts[0]?.values, "Columns", [plan.charts[0]?.from, plan.charts[0]?.to]],
    [COST_CHART_NAME, "ColumnClustered", plan.charts[1]?.values, "Columns", [plan.charts[1]?.from, plan.charts[1]?.to]],
  ]);
  expect(charts[0]?.series.map((s) => s.name)).toEqual(plan.charts[0]?.series);
  expect(charts[0]?.mock.title).toMatchObject({ text: plan.charts[0]?.title });
}

describe("writeXlsx (exceljs) and the bid sheet", () => {
  it("writes the bid sheet then its quote: every cell, the names, A4 landscape one page wide, no charts; the call is the same as for actuals", async () => {
    const plan = buildPlan(bidForecast, { lang: "zh", date: DATE });
    const bytes = await writeXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheetName, plan.quote?.sheetName]);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("bid sheet missing");
    for (const c of plan.cells) {
      const cell = ws.getCell(c.address);
      if (c.formula !== undefined) {
        expect([c.address, cell.formula, cell.result]).toEqual([c.address, c.formula, c.result]);
      } else if (c.numberFormat === "hh:mm") {
        // exceljs reads a time-formatted number back as a date from the 1900 system's day 0.
        const days = cell.value instanceof Date ? (cell.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : NaN;
        expect([c.address, Math.abs(days - Number(c.value)) < 1e-9]).toEqual([c.address, true]);
      } else {
        expect([c.address, cell.value]).toEqual([c.address, c.value ?? null]);
      }
      if (c.numberFormat !== undefined) expect([c.address, cell.numFmt]).toEqual([c.address, c.numberFormat]);
    }
    const zip = await JSZip.loadAsync(bytes);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    const book = ((await zip.file("xl/workbook.xml")?.async("string")) ?? "").replace(/&apos;/g, "'");
    expect(book).toContain(`<definedName name="wageMonthly">'${plan.sheetName}'!${plan.names.find((n) => n.name === "wageMonthly")?.ref}</definedName>`);
    expect(book).toContain(`<definedName name="totalCost">'${plan.sheetName}'!$F$15</definedName>`);
    // The bid is stored as actuals are, for the pane to reopen: it reads back as written.
    const [stored, ...more] = await customXmlParts(bytes);
    expect(more).toEqual([]);
    expect(readStoredScenario(stored)).toEqual({ ok: true, scenario: bidForecast, sheetName: plan.sheetName, warnings: [] });
    expect(zip.file(/^xl\/charts\//)).toHaveLength(0);
  });
});

describe("writeToExcel (Office.js, office-addin-mock) and the bid sheet", () => {
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  it("writes the bid sheet with its charts (interval times as x values, ExcelApi 1.9), the quote beside it, the page", async () => {
    g.Office = { context: { requirements: { isSetSupported: (set: string) => set === "ExcelApi" } } };
    g.Excel = { PaperType: { a4: "A4" }, PageOrientation: { portrait: "Portrait", landscape: "Landscape" } };
    const excel = new FakeExcel();
    const plan = buildPlan(bidForecast, { lang: "en", date: DATE });
    const outcome = await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    expect(outcome).toEqual({ status: "created", sheetName: plan.sheetName, quoteSheetName: plan.quote?.sheetName });
    expect(excel.sheets.map((s) => s.name)).toEqual([plan.sheetName, plan.quote?.sheetName]);
    const sheet = excel.sheet(plan.sheetName);
    if (!sheet) throw new Error("bid sheet missing");
    expectBidWritten(sheet, plan);
    expect(sheet.charts[0]?.series.map((s) => s.xValues)).toEqual(plan.charts[0]?.series.map(() => plan.charts[0]?.categories));
    expect(sheet.layout).toMatchObject({ paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect([sheet.printArea, sheet.titleRows]).toEqual([plan.footprint, "$1:$2"]);
    expect(sheet.columnWidths.size).toBe(plan.columnWidths.length);
    expect(sheet.cells.get(plan.breakdown.totalCost.address)?.bold).toBe(true);
    expect(sheet.activated).toBe(true);
    expect(excel.parts).toHaveLength(1);
    expect(readStoredScenario(excel.parts[0]?.xml)).toEqual({ ok: true, scenario: bidForecast, sheetName: plan.sheetName, warnings: [] });
  });

  it("updates its own bid sheet after asking (old charts removed, the user's cells kept), and leaves it alone when declined", async () => {
    const excel = new FakeExcel();
    const first = buildPlan(bidForecast, { lang: "zh", date: DATE });
    await writeToExcel(excel.context, first, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(first.sheetName);
    if (!sheet) throw new Error("bid sheet missing");
    sheet.cells.set("AZ500", { values: [["analyst's note"]] });
    const before = JSON.stringify([...sheet.cells]);
    expect((await writeToExcel(excel.context, first, { confirmOverwrite: no })).status).toBe("cancelled");
    excel.settle();
    expect(JSON.stringify([...sheet.cells])).toBe(before);

    const f = bidForecast.forecast;
    const shorter = buildPlan({ ...bidForecast, forecast: { ...f, months: 3, callsPerMonth: f.callsPerMonth.slice(0, 3) } }, { lang: "zh", date: DATE });
    expect((await writeToExcel(excel.context, shorter, { confirmOverwrite: yes })).status).toBe("updated");
    excel.settle();
    expect(excel.sheets).toHaveLength(2);
    expectBidWritten(sheet, shorter);
    expect(sheet.charts.filter((c) => c.deleted)).toHaveLength(2);
    expect(sheet.cells.get("AZ500")).toEqual({ values: [["analyst's note"]] });
    for (const c of first.cells) if (!shorter.cells.some((d) => d.address === c.address)) expect([c.address, sheet.cells.get(c.address)]).toEqual([c.address, undefined]);
  });
});

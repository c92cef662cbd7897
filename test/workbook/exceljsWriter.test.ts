/** The exceljs writer: what lands in the .xlsx file, read back with exceljs and JSZip. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { customXmlParts, writeXlsx } from "../../src/workbook/exceljsWriter";
import { buildPlan, MARKER_NAME } from "../../src/workbook/plan";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { workedExample } from "../fixtures/examples";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface; a Node Buffer is what it reads.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe("writeXlsx", () => {
  it("writes every plan cell with its formula (and cached core value), value and number format", async () => {
    const plan = buildPlan(workedExample, { lang: "zh" });
    const bytes = await writeXlsx(plan);
    const ws = (await load(bytes)).getWorksheet(plan.sheetName);
    if (!ws) throw new Error("sheet missing");
    for (const c of plan.cells) {
      const cell = ws.getCell(c.address);
      if (c.formula !== undefined) {
        expect([c.address, cell.formula]).toEqual([c.address, c.formula]);
        if (c.result !== undefined) expect([c.address, cell.result]).toEqual([c.address, c.result]);
      } else {
        expect([c.address, cell.value]).toEqual([c.address, c.value ?? null]);
      }
      if (c.numberFormat !== undefined) expect([c.address, cell.numFmt]).toEqual([c.address, c.numberFormat]);
    }
    // Excel recalculates on open (exceljs does not read calcPr back, so look at the XML).
    const workbookXml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("writes no cached values when asked (so a spreadsheet must compute them)", async () => {
    const plan = buildPlan(workedExample);
    const wb = await load(await writeXlsx(plan, { cachedResults: false }));
    const ws = wb.getWorksheet(plan.sheetName);
    expect(ws?.getCell(plan.breakdown.totalCost.address).result).toBeUndefined();
  });

  it("stores the scenario in a custom XML part that reads back", async () => {
    const plan = buildPlan(workedExample);
    const bytes = await writeXlsx(plan);
    const parts = await customXmlParts(bytes);
    expect(parts).toHaveLength(1);
    expect(readStoredScenario(parts[0])).toEqual({ ok: true, scenario: plan.scenario, sheetName: plan.sheetName, warnings: [] });
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/_rels/workbook.xml.rels")?.async("string")).toContain('Target="../customXml/item1.xml"');
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain('PartName="/customXml/itemProps1.xml"');
    expect(await customXmlParts(await writeXlsx(plan, { storeScenario: false }))).toEqual([]);
  });

  it("writes tables, defined names (with the marker), data bars; formula-like names stay text", async () => {
    const s = workedExample;
    const plan = buildPlan({ ...s, name: "=1+1", costs: { ...s.costs, other: [{ name: "@SUM(A1)", amount: 5 }] } });
    const bytes = await writeXlsx(plan);
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain(`name="${MARKER_NAME}"`);
    expect(workbookXml).toContain(`name="totalCost"`);
    const tables = zip.file(/^xl\/tables\/table\d+\.xml$/);
    expect(tables).toHaveLength(2);
    const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheetXml).toContain("dataBar");
    const ws = (await load(bytes)).getWorksheet(plan.sheetName);
    expect(ws?.getCell("A1").value).toBe("=1+1");
    expect(ws?.getCell("A1").formula).toBeUndefined();
  });
});

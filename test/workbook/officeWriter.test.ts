/**
 * The Office.js writer against office-addin-mock: every cell of the plan reaches the workbook
 * with its formula / value / number format, text stays text, tables / names / chart / stored
 * scenario are created, our own sheet is updated only after confirmation and only inside its
 * footprint, and a foreign sheet of the same name is never touched.
 */
import type { Scenario } from "../../src/core/scenario";
import { cellBlocks, CHART_NAME, readStoredScenarios, TEXT_FORMAT, writeToExcel } from "../../src/workbook/officeWriter";
import { buildPlan, MARKER_NAME, type SheetPlan } from "../../src/workbook/plan";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { FakeExcel, type FakeSheet } from "./excelMock";
import { workedExample } from "../fixtures/examples";

const yes = (): Promise<boolean> => Promise.resolve(true);
const no = (): Promise<boolean> => Promise.resolve(false);

/** Every plan cell is in the sheet as the plan says. */
function expectPlanWritten(sheet: FakeSheet, plan: SheetPlan): void {
  for (const cell of plan.cells) {
    const got = sheet.cells.get(cell.address);
    if (cell.formula !== undefined) {
      expect({ address: cell.address, formulas: got?.formulas }).toEqual({ address: cell.address, formulas: [[`=${cell.formula}`]] });
      if (cell.numberFormat !== undefined) expect({ address: cell.address, f: got?.numberFormat }).toEqual({ address: cell.address, f: [[cell.numberFormat]] });
    } else if (typeof cell.value === "string") {
      expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value]], f: [[TEXT_FORMAT]] });
    } else if (typeof cell.value === "number") {
      expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[cell.value]], f: [[cell.numberFormat]] });
    } else {
      // A blank input: empty, but formatted.
      expect({ address: cell.address, values: got?.values, f: got?.numberFormat }).toEqual({ address: cell.address, values: [[""]], f: [[cell.numberFormat ?? "General"]] });
    }
  }
  for (const t of plan.tables) expect(sheet.tables.filter((x) => !x.deleted).map((x) => [x.name, x.ref])).toContainEqual([t.name, t.ref]);
  for (const n of plan.names) expect(sheet.names.get(n.name)).toBe(n.ref.replace(/\$/g, ""));
  const chart = sheet.charts.filter((c) => !c.deleted);
  expect(chart).toHaveLength(1);
  expect(chart[0]).toMatchObject({ name: CHART_NAME, type: "Pie", position: [plan.chart.from, plan.chart.to] });
  expect(chart[0]?.mock.title).toMatchObject({ text: plan.chart.title });
}

describe("writeToExcel (Office.js) with office-addin-mock", () => {
  it("creates the sheet and writes every plan cell, table, name, the chart and the stored scenario", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const plan = buildPlan(workedExample, { lang: "zh" });
    const outcome = await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    // The worked example is priced: its quote sheet is written beside the breakdown and named.
    expect(outcome).toEqual({ status: "created", sheetName: plan.sheetName, quoteSheetName: plan.quote?.sheetName });
    const sheet = excel.sheet(plan.sheetName);
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expectPlanWritten(sheet, plan);
    expect(sheet.activated).toBe(true);
    expect(sheet.columnWidths.size).toBe(plan.columnWidths.length);
    // Input cells are visibly inputs; outputs bold.
    expect(sheet.cells.get(plan.breakdown.totalCost.address)?.bold).toBe(true);
    expect(excel.parts.filter((p) => !p.deleted)).toHaveLength(1);
    const stored = readStoredScenario(excel.parts[0]?.xml);
    expect(stored).toMatchObject({ ok: true, sheetName: plan.sheetName, scenario: plan.scenario });
    expect(await readStoredScenarios(excel.context)).toEqual([stored]);
  });

  it("writes the CC.* formulas of the cc mode", async () => {
    const excel = new FakeExcel();
    const plan = buildPlan(workedExample, { formulas: "cc" });
    await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(plan.sheetName);
    if (!sheet) throw new Error("sheet missing");
    expectPlanWritten(sheet, plan);
    expect(sheet.cells.get(plan.breakdown.costPerAnswer.address)?.formulas).toEqual([[expect.stringMatching(/^=CC\.PERANSWER\(/)]]);
  });

  it("keeps formula-like and HTML-like names as text", async () => {
    const s = workedExample;
    const hostile: Scenario = {
      ...s,
      name: "=HYPERLINK(\"http://x\")",
      traffic: { ...s.traffic, streams: [{ name: "<script>alert(1)</script>", answered: 10, avgTalkSeconds: 30 }, ...s.traffic.streams] },
    };
    const excel = new FakeExcel();
    const plan = buildPlan(hostile, { lang: "en" });
    await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(plan.sheetName);
    if (!sheet) throw new Error("sheet missing");
    expect(sheet.cells.get("A1")).toMatchObject({ values: [["=HYPERLINK(\"http://x\")"]], numberFormat: [[TEXT_FORMAT]] });
    expect(sheet.cells.get("A1")?.formulas).toBeUndefined();
    expect(sheet.cells.get("A32")).toMatchObject({ values: [["<script>alert(1)</script>"]], numberFormat: [[TEXT_FORMAT]] });
  });

  it("updates its own sheet only after confirmation, keeping the user's cells outside the footprint", async () => {
    const excel = new FakeExcel();
    const first = buildPlan(workedExample, { lang: "en" });
    await writeToExcel(excel.context, first, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(first.sheetName);
    if (!sheet) throw new Error("sheet missing");
    sheet.cells.set("Z100", { values: [["user's own note"]] });

    // Declined: nothing changes.
    const asked: string[] = [];
    const before = JSON.stringify([...sheet.cells]);
    const declined = await writeToExcel(excel.context, first, {
      confirmOverwrite: (name) => {
        asked.push(name);
        return Promise.resolve(false);
      },
    });
    excel.settle();
    expect(declined).toEqual({ status: "cancelled", sheetName: first.sheetName });
    expect(asked).toEqual([first.sheetName]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);

    // Confirmed, with fewer cost lines: the old rows are cleared, the new plan written, Z100 kept.
    const s = workedExample;
    const smaller: Scenario = { ...s, costs: { ...s.costs, labor: (s.costs.labor ?? []).slice(0, 2) }, taxRate: 0.09 };
    const second = buildPlan(smaller, { lang: "en" });
    expect(second.sheetName).toBe(first.sheetName);
    const updated = await writeToExcel(excel.context, second, { confirmOverwrite: yes });
    excel.settle();
    expect(updated).toEqual({ status: "updated", sheetName: first.sheetName, quoteSheetName: second.quote?.sheetName });
    expectPlanWritten(sheet, second);
    expect(sheet.cells.get("Z100")).toEqual({ values: [["user's own note"]] });
    const oldOnly = first.cells.filter((c) => !second.cells.some((d) => d.address === c.address)).map((c) => c.address);
    expect(oldOnly.length).toBeGreaterThan(0);
    for (const a of oldOnly) expect(sheet.cells.get(a)).toBeUndefined();
    expect(sheet.tables.filter((t) => !t.deleted)).toHaveLength(second.tables.length);
    // One stored scenario per sheet, now the new one.
    const live = excel.parts.filter((p) => !p.deleted);
    expect(live).toHaveLength(1);
    expect(readStoredScenario(live[0]?.xml)).toMatchObject({ ok: true, scenario: { taxRate: 0.09 } });
  });

  it("never writes into a foreign sheet of the same name: it picks a new name", async () => {
    const excel = new FakeExcel();
    const plan = buildPlan(workedExample, { lang: "en" });
    const foreign = excel.addSheet(plan.sheetName);
    foreign.cells.set("A1", { values: [["someone else's data"]] });
    foreign.cells.set("F6", { values: [[42]] });
    let asked = false;
    const outcome = await writeToExcel(excel.context, plan, {
      confirmOverwrite: () => {
        asked = true;
        return Promise.resolve(true);
      },
    });
    excel.settle();
    expect(asked).toBe(false);
    expect(outcome).toMatchObject({ status: "created", renamedFrom: plan.sheetName });
    expect(outcome.sheetName).not.toBe(plan.sheetName);
    expect(foreign.cells.get("A1")).toEqual({ values: [["someone else's data"]] });
    expect(foreign.cells.get("F6")).toEqual({ values: [[42]] });
    expect(foreign.tables).toHaveLength(0);
    expect(foreign.names.size).toBe(0);
    const moved = excel.sheet(outcome.sheetName);
    if (!moved) throw new Error("new sheet missing");
    expectPlanWritten(moved, buildPlan(workedExample, { lang: "en", sheetName: outcome.sheetName }));
  });

  it("recognises a sheet marked by a workbook-scoped name (files written by the exceljs writer)", async () => {
    const excel = new FakeExcel();
    const plan = buildPlan(workedExample, { lang: "en" });
    excel.addSheet(plan.sheetName);
    excel.workbookNames.set(MARKER_NAME, `='${plan.sheetName}'!$A$1:$H$46`);
    let asked = 0;
    const outcome = await writeToExcel(excel.context, plan, {
      confirmOverwrite: () => {
        asked++;
        return Promise.resolve(true);
      },
    });
    expect(asked).toBe(1);
    expect(outcome.status).toBe("updated");
  });

  it("writes a 1 000-line scenario in a few dozen range writes, every cell still as planned", async () => {
    const s = workedExample;
    const big: Scenario = {
      ...s,
      traffic: { streams: Array.from({ length: 1000 }, (_, i) => ({ name: `L${i}`, answered: 100 + i, avgTalkSeconds: 30 + (i % 7), ...(i % 2 ? { talkMinutes: i } : {}) })) },
      costs: { ...s.costs, labor: Array.from({ length: 1000 }, (_, i) => ({ name: `C${i}`, amount: i + 0.5 })) },
    };
    const plan = buildPlan(big);
    const blocks = cellBlocks(plan.cells);
    expect(blocks.length).toBeLessThan(120);
    expect(blocks.reduce((n, b) => n + b.cells.length, 0)).toBe(plan.cells.length);
    const excel = new FakeExcel();
    await writeToExcel(excel.context, plan, { confirmOverwrite: no });
    excel.settle();
    const sheet = excel.sheet(plan.sheetName);
    if (!sheet) throw new Error("sheet missing");
    expectPlanWritten(sheet, plan);
  });
});

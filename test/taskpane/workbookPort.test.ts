/**
 * The wizard's side of the workbook: "Insert breakdown" through the Office.js writer (against
 * the office-addin-mock workbook of test/workbook), its confirmation before updating, and which
 * stored scenario the pane restores.
 */
import { validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { readStoredScenario, type StoredRead } from "../../src/workbook/storedScenario";
import { chooseStored, fileNameFor, workbookPort } from "../../src/taskpane/workbookPort";
import { readStoredScenarios } from "../../src/workbook/officeWriter";
import { buildPlan } from "../../src/workbook/plan";
import { bidForecast } from "../fixtures/examples";
import { FakeExcel } from "../workbook/excelMock";

const worked = ((): Scenario => {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("example invalid");
  return v.scenario;
})();

const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };

describe("insert breakdown through Office.js", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel();
    g.Excel = { run: <T>(fn: (c: Excel.RequestContext) => Promise<T>) => fn(fake.context) };
    g.Office = { context: { requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v) <= 1.5 } } };
  });
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  test("first run creates the sheet without asking; a second run asks, and no leaves it alone", async () => {
    const sheetName = buildPlan(worked, { lang: "zh" }).sheetName;
    const ask = jest.fn(() => Promise.resolve(false));
    const first = await workbookPort.insert(worked, { lang: "zh", formulas: "native" }, ask);
    // The example is priced: its quote sheet is written beside the breakdown, and named.
    const quoteSheetName = `${sheetName} 报价单`;
    expect(first).toEqual({ written: true, sheetName, quoteSheetName });
    expect(ask).not.toHaveBeenCalled();
    expect(fake.sheet(sheetName)).toBeDefined();
    expect(fake.sheet(quoteSheetName)).toBeDefined();
    const parts = fake.parts.filter((p) => !p.deleted);
    expect(parts).toHaveLength(1);
    const stored = readStoredScenario(parts[0]?.xml);
    expect(stored.ok && stored.scenario).toEqual(worked);

    const touched = fake.sheet(sheetName)?.rangeMocks.length;
    const second = await workbookPort.insert(worked, { lang: "zh", formulas: "native" }, ask);
    expect(ask).toHaveBeenCalledWith(sheetName);
    expect(second).toEqual({ written: false, sheetName });
    // Asked, told no: not one more range written.
    expect(fake.sheet(sheetName)?.rangeMocks.length).toBe(touched);
    expect(fake.parts.filter((p) => !p.deleted)).toHaveLength(1);
  });

  test("a sheet of that name the wizard did not write is left alone; the breakdown goes to a new name", async () => {
    const sheetName = buildPlan(worked).sheetName;
    const theirs = fake.addSheet(sheetName);
    theirs.cells.set("A1", { values: [["their data"]] });
    const out = await workbookPort.insert(worked, { lang: "en", formulas: "native" }, () => Promise.resolve(true));
    expect(out.written).toBe(true);
    expect(out.renamedFrom).toBe(sheetName);
    expect(out.sheetName).not.toBe(sheetName);
    expect(theirs.cells.get("A1")).toEqual({ values: [["their data"]] });
  });

  test("a bid is inserted as its bid sheet, stored, and read back for the pane to restore", async () => {
    const plan = buildPlan(bidForecast, { lang: "en" });
    const out = await workbookPort.insert(bidForecast, { lang: "en", formulas: "native" }, () => Promise.resolve(true));
    expect(out).toEqual({ written: true, sheetName: plan.sheetName, quoteSheetName: plan.quote?.sheetName });
    expect(fake.sheet(plan.sheetName)).toBeDefined();
    // What readStored reads (the mock has no active sheet to ask for): the part the insert stored.
    const reads = await readStoredScenarios(fake.context);
    expect(chooseStored(reads, plan.sheetName)).toEqual({ kind: "ok", scenario: bidForecast, warnings: [] });
  });

  test("without ExcelApi 1.5 the pane says so instead of writing half a sheet", async () => {
    g.Office = { context: { requirements: { isSetSupported: () => false } } };
    await expect(workbookPort.insert(worked, { lang: "en", formulas: "native" }, () => Promise.resolve(true))).rejects.toThrow("ExcelApi 1.5");
    expect(fake.sheets).toHaveLength(0);
    await expect(workbookPort.readStored()).resolves.toEqual({ kind: "none" });
  });
});

describe("which stored scenario is restored", () => {
  const okRead = (name: string, sheetName: string): StoredRead => ({ ok: true, scenario: { ...worked, name }, sheetName, warnings: [] });
  const bad: StoredRead = { ok: false, code: "badJson", reason: { en: "does not hold valid JSON", zh: "其中的 JSON 无效" } };

  test("the active sheet's, else the first readable one, else the first refusal, else none", () => {
    expect(chooseStored([okRead("a", "A"), okRead("b", "B")], "B")).toMatchObject({ kind: "ok", scenario: { name: "b" } });
    expect(chooseStored([bad, okRead("a", "A")], "Z")).toMatchObject({ kind: "ok", scenario: { name: "a" } });
    expect(chooseStored([bad], "A")).toEqual({ kind: "bad", reason: bad.ok ? undefined : bad.reason });
    expect(chooseStored([], "A")).toEqual({ kind: "none" });
  });
});

describe("file names", () => {
  test("from the scenario's name, without characters file systems refuse", () => {
    expect(fileNameFor("人工成本测算 worked example / Labour", "xlsx")).toBe("人工成本测算 worked example Labour.xlsx");
    expect(fileNameFor(' <a>:"\u0001 ', "json")).toBe("a.json");
    expect(fileNameFor("   ", "json")).toBe("scenario.json");
  });
});

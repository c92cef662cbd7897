/**
 * What the wizard asks of the workbook code (src/workbook): an .xlsx file standalone, the
 * breakdown sheet and the stored scenario inside Excel. The workbook code (the sheet plan, the
 * Office writer and reader, the exceljs writer) is loaded only when it is asked for, so the
 * pane's first render does not wait for it.
 */
import { pick, type AnyScenario, type Lang, type LocalizedText } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import type { FormulaMode } from "../workbook/plan";
import type { StoredRead } from "../workbook/storedScenario";

export type StoredResult =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly scenario: AnyScenario; readonly warnings: readonly LocalizedText[] }
  | { readonly kind: "bad"; readonly reason: LocalizedText };

export interface InsertOutcome {
  readonly written: boolean;
  readonly sheetName: string;
  /** A sheet of the scenario's name existed and was not ours: it was left alone and this name used. */
  readonly renamedFrom?: string;
  /** The quote sheet written beside the breakdown (a priced scenario). */
  readonly quoteSheetName?: string;
}

/** How the sheet is written: its language, and native formulas (work anywhere) or CC.* ones (need the add-in). */
export interface SheetOutput {
  readonly lang: Lang;
  readonly formulas: FormulaMode;
}

export interface WorkbookPort {
  /** Standalone: the breakdown (or a bid's bid sheet) workbook as .xlsx bytes. */
  readonly xlsx: (scenario: AnyScenario, output: SheetOutput) => Promise<Uint8Array>;
  /** Excel: write (or, after `confirmUpdate` says yes, update) the scenario's sheet. */
  readonly insert: (scenario: AnyScenario, output: SheetOutput, confirmUpdate: (sheetName: string) => Promise<boolean>) => Promise<InsertOutcome>;
  /** Excel: the scenario stored in the open workbook, if any. */
  readonly readStored: () => Promise<StoredResult>;
}

async function xlsx(scenario: AnyScenario, output: SheetOutput): Promise<Uint8Array> {
  const [{ writeXlsx }, { buildPlan }] = await Promise.all([import(/* webpackChunkName: "xlsx" */ "../workbook/exceljsWriter"), import(/* webpackChunkName: "workbook" */ "../workbook/plan")]);
  return writeXlsx(buildPlan(scenario, output));
}

/** Custom XML parts (the stored scenario) need ExcelApi 1.5; older hosts still get the sheet. */
function customXmlSupported(): boolean {
  if (typeof Office === "undefined") return false;
  // Typed as always present, but absent outside a host (and on hosts too old to report sets).
  const context = Office.context as Office.Context | undefined;
  const requirements = context?.requirements;
  return requirements?.isSetSupported("ExcelApi", "1.5") === true;
}

async function insert(scenario: AnyScenario, output: SheetOutput, confirmUpdate: (sheetName: string) => Promise<boolean>): Promise<InsertOutcome> {
  if (!customXmlSupported()) throw new Error(pick(TASKPANE.paneNeedsExcelApi, output.lang));
  const [{ writeToExcel }, { buildPlan }] = await Promise.all([import(/* webpackChunkName: "workbook" */ "../workbook/officeWriter"), import(/* webpackChunkName: "workbook" */ "../workbook/plan")]);
  const out = await Excel.run((context) => writeToExcel(context, buildPlan(scenario, output), { confirmOverwrite: confirmUpdate }));
  if (out.status === "cancelled") return { written: false, sheetName: out.sheetName };
  return {
    written: true,
    sheetName: out.sheetName,
    ...(out.status === "created" && out.renamedFrom ? { renamedFrom: out.renamedFrom } : {}),
    ...(out.quoteSheetName === undefined ? {} : { quoteSheetName: out.quoteSheetName }),
  };
}

/**
 * The scenario to restore: the active sheet's if it has one, else the first readable one. A
 * stored scenario that cannot be read is reported only when nothing readable is there.
 */
export function chooseStored(reads: readonly StoredRead[], activeSheet: string): StoredResult {
  const pick = reads.find((r) => r.ok && r.sheetName === activeSheet) ?? reads.find((r) => r.ok) ?? reads[0];
  if (pick === undefined) return { kind: "none" };
  return pick.ok ? { kind: "ok", scenario: pick.scenario, warnings: pick.warnings } : { kind: "bad", reason: pick.reason };
}

async function readStored(): Promise<StoredResult> {
  if (!customXmlSupported()) return { kind: "none" };
  const { readStoredScenarios } = await import(/* webpackChunkName: "workbook" */ "../workbook/officeWriter");
  return Excel.run(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    const reads = await readStoredScenarios(context);
    await context.sync();
    return chooseStored(reads, active.name);
  });
}

export const workbookPort: WorkbookPort = { xlsx, insert, readStored };

/** A file name from the scenario's name: letters, digits, CJK and a few marks; nothing a file system trips on. */
export function fileNameFor(name: string, extension: string): string {
  const base = name
    // Control characters are invalid in file names on every system we save to.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return `${base === "" ? "scenario" : base}.${extension}`;
}

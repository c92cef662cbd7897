/**
 * Writes a plan (an actuals breakdown sheet or a bid sheet, officeBid.ts) into the open workbook through Office.js (inside `Excel.run`), and reads the
 * scenarios stored in it. Requires ExcelApi 1.5 (custom XML parts); charts, tables and
 * sheet-scoped names are older.
 *
 * Safety rules:
 * - A sheet is "ours" only if it carries the marker name (MARKER_NAME). An existing sheet of the
 *   plan's name that is not ours is never touched: the plan moves to a new, unique sheet name.
 * - Our own sheet is updated only after `confirmOverwrite` says yes, and only inside the old and
 *   new footprints: cells the user added elsewhere on that sheet stay.
 * - Text is written with the text number format first, so a name like "=HYPERLINK(…)" stays text.
 *
 * A priced scenario's quote sheet is written beside the breakdown (officeQuote.ts), under the same
 * rules; the breakdown's confirmation covers it.
 *
 * Usage (task pane): `await Excel.run((ctx) => writeToExcel(ctx, buildPlan(s, opts), { confirmOverwrite }))`.
 */
import { clearOurs, ourMarker, writeBody } from "./officeSheet";
import { writeQuote } from "./officeQuote";
import { AGENTS_CHART_NAME, COST_CHART_NAME, drawBidCharts } from "./officeBid";
import { buildPlan, isBidPlan, MARKER_NAME, type SheetPlan, type WorkbookPlan } from "./plan";
import { dateOfSerial } from "./quote";
import { encodeStoredScenario, readStoredScenario, SCENARIO_NAMESPACE, type StoredRead } from "./storedScenario";

export { cellBlocks, refersToSheet, TEXT_FORMAT, type CellBlock } from "./officeSheet";
export { QUOTE_CHART_NAME } from "./officeQuote";

export interface WriteToExcelOptions {
  /** Asked before our own sheet of the same name is updated; false leaves the workbook unchanged. */
  readonly confirmOverwrite: (sheetName: string) => Promise<boolean>;
}

/** `quoteSheetName`: the quote sheet written beside the breakdown (a priced scenario only). */
export type WriteOutcome =
  | { readonly status: "created"; readonly sheetName: string; readonly renamedFrom?: string; readonly quoteSheetName?: string }
  | { readonly status: "updated"; readonly sheetName: string; readonly quoteSheetName?: string }
  | { readonly status: "cancelled"; readonly sheetName: string };

export const CHART_NAME = "CCPricing_Composition";
/** Every chart a plan sheet of ours may carry (a breakdown's pie, a bid's two), cleared on an update. */
const OUR_CHARTS = [CHART_NAME, AGENTS_CHART_NAME, COST_CHART_NAME] as const;

/** Replace the stored scenario of this sheet (one custom XML part per sheet). */
async function storeScenario(context: Excel.RequestContext, plan: WorkbookPlan): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((p) => ({ part: p, xml: p.getXml() }));
  await context.sync();
  for (const { part, xml } of xmls) {
    const stored = readStoredScenario(xml.value);
    // Parts we cannot read are left alone: they may be another version's, and are not ours to drop.
    if (stored.ok && stored.sheetName.toLowerCase() === plan.sheetName.toLowerCase()) part.delete();
  }
  context.workbook.customXmlParts.add(encodeStoredScenario(plan.scenario, plan.sheetName));
}

function writePlan(sheet: Excel.Worksheet, plan: WorkbookPlan): void {
  writeBody(sheet, plan);
  if (isBidPlan(plan)) return drawBidCharts(sheet, plan);
  writePie(sheet, plan);
}

function writePie(sheet: Excel.Worksheet, plan: SheetPlan): void {
  // Categories (labels) and values are adjacent columns: one source range gives a labelled pie.
  const [from] = plan.chart.categories.split(":");
  const [, to] = plan.chart.values.split(":");
  const chart = sheet.charts.add("Pie", sheet.getRange(`${from ?? ""}:${to ?? ""}`), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = plan.chart.title;
  chart.setPosition(plan.chart.from, plan.chart.to);
}

/**
 * Carry out the plan in the open workbook. Creates the sheet, or — when a sheet of that name
 * was written by us — updates it after confirmation; a foreign sheet of that name is left alone
 * and the plan goes to a new name (`renamedFrom` says so).
 */
export async function writeToExcel(context: Excel.RequestContext, plan: WorkbookPlan, options: WriteToExcelOptions): Promise<WriteOutcome> {
  const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheetName);
  existing.load("isNullObject, name");
  await context.sync();

  let target: WorkbookPlan = plan;
  // A plan rebuilt for another sheet name keeps the language, the formulas and the quote's date.
  const same = { lang: plan.lang, formulas: plan.formulas, ...(plan.quote ? { date: dateOfSerial(plan.quote.date) } : {}) };
  let sheet: Excel.Worksheet;
  let status: "created" | "updated" = "created";
  let renamedFrom: string | undefined;
  if (!existing.isNullObject) {
    const marker = await ourMarker(context, existing, existing.name, MARKER_NAME);
    if (marker !== null) {
      if (!(await options.confirmOverwrite(existing.name))) return { status: "cancelled", sheetName: existing.name };
      target = existing.name === plan.sheetName ? plan : buildPlan(plan.scenario, { ...same, sheetName: existing.name });
      await clearOurs(context, existing, target, marker, OUR_CHARTS);
      sheet = existing;
      status = "updated";
    } else {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      renamedFrom = plan.sheetName;
      target = buildPlan(plan.scenario, { ...same, existingSheetNames: sheets.items.map((s) => s.name) });
      sheet = sheets.add(target.sheetName);
    }
  } else {
    sheet = context.workbook.worksheets.add(target.sheetName);
  }

  writePlan(sheet, target);
  const quoteSheetName = await writeQuote(context, target, status === "updated");
  await storeScenario(context, target);
  sheet.activate();
  await context.sync();
  const quote = quoteSheetName === undefined ? {} : { quoteSheetName };
  if (status === "updated") return { status, sheetName: target.sheetName, ...quote };
  return renamedFrom === undefined ? { status, sheetName: target.sheetName, ...quote } : { status, sheetName: target.sheetName, renamedFrom, ...quote };
}

/** Every scenario stored in the open workbook, each already checked (see readStoredScenario). */
export async function readStoredScenarios(context: Excel.RequestContext): Promise<StoredRead[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((p) => p.getXml());
  await context.sync();
  return xmls.map((x) => readStoredScenario(x.value));
}

/**
 * The breakdown workbook: one pure plan, two writers, and the stored scenario.
 *
 *   const plan = buildPlan(scenario, { lang: "zh", formulas: "native" });   // pure, Node or browser
 *   const bytes = await writeXlsx(plan);                                       // exceljs: download / CLI
 *   await Excel.run((ctx) => writeToExcel(ctx, plan, { confirmOverwrite })); // inside Excel
 *   const stored = await Excel.run((ctx) => readStoredScenarios(ctx));       // restore the wizard
 *   readStoredScenario(xmlText)  → { ok: true, scenario, sheetName, warnings } | { ok: false, code, reason: {en, zh} }
 *
 * Everything read back from a workbook is untrusted and returned as plain strings: render it as
 * text (React does), never as HTML.
 */
export { moneyFormat } from "../core/formats/units";
export { buildPlan, buildBidPlan, isBidPlan, MARKER_NAME, type BidPlan, type FormulaMode, type Lang, type PlanOptions, type SheetPlan, type WorkbookPlan } from "./plan";
export { writeXlsx, planToWorkbook, customXmlParts, type XlsxOptions } from "./exceljsWriter";
export { writeToExcel, readStoredScenarios, type WriteOutcome, type WriteToExcelOptions } from "./officeWriter";
export { readStoredScenario, encodeStoredScenario, SCENARIO_NAMESPACE, type StoredRead } from "./storedScenario";
export { cleanSheetName, uniqueSheetName } from "./sheetName";

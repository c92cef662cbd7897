/**
 * The quote sheet through Office.js, beside the breakdown sheet just written: its cells (every
 * rate and margin a live formula over the breakdown sheet), the page, and a line chart of margin
 * against volume ratio, one series per model.
 *
 * Safety, as for the breakdown: a sheet is our quote only if it carries QUOTE_MARKER_NAME, and it
 * is updated only when the breakdown itself was updated (the user said yes to that); a sheet of
 * the quote's name that is not ours, or ours beside a breakdown written anew, is left alone and
 * the quote goes to a free name.
 */
import { costScenario } from "../core/costing";
import { clearOurs, excelApi, ourMarker, writeBody } from "./officeSheet";
import type { WorkbookPlan } from "./plan";
import { buildQuotePlan, dateOfSerial, QUOTE_MARKER_NAME, type QuoteChart, type QuotePlan } from "./quote";

export const QUOTE_CHART_NAME = "CCPricing_QuoteChart";

/** The quote's line chart below its cells; the ratios as x values where the host has ExcelApi 1.7. */
function drawChart(sheet: Excel.Worksheet, chart: QuoteChart): void {
  const c = sheet.charts.add("Line", sheet.getRange(chart.values), "Rows");
  c.name = QUOTE_CHART_NAME;
  c.title.text = chart.title;
  const xValues = excelApi("1.7");
  chart.series.forEach((s, i) => {
    const series = c.series.getItemAt(i);
    series.name = s.name;
    if (xValues) series.setXAxisValues(sheet.getRange(chart.categories));
  });
  if (excelApi("1.8")) c.axes.valueAxis.numberFormat = "0%";
  c.setPosition(chart.from, chart.to);
}

function write(sheet: Excel.Worksheet, quote: QuotePlan): void {
  writeBody(sheet, quote, { ...quote.page, printArea: quote.printAreaWithChart });
  drawChart(sheet, quote.chart);
}

/**
 * Write the quote of `breakdown` (already written as `breakdown.sheetName`); `updated` says the
 * breakdown was our sheet, updated after confirmation. Returns the quote's sheet name, or
 * undefined when the scenario has no pricing.
 */
export async function writeQuote(context: Excel.RequestContext, breakdown: WorkbookPlan, updated: boolean): Promise<string | undefined> {
  const date = breakdown.quote ? dateOfSerial(breakdown.quote.date) : undefined;
  // One costing for every plan of the quote tried below (none for an unpriced scenario, which has no quote).
  const costed = breakdown.scenario.pricing === undefined ? undefined : costScenario(breakdown.scenario);
  const plan = (options: { sheetName?: string; existingSheetNames?: readonly string[] }): QuotePlan | undefined => buildQuotePlan(breakdown, { ...options, ...(date ? { date } : {}), costed });
  const preferred = plan({});
  if (preferred === undefined) return undefined;
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(preferred.sheetName);
  existing.load("isNullObject, name");
  sheets.load("items/name");
  await context.sync();
  if (existing.isNullObject) {
    write(sheets.add(preferred.sheetName), preferred);
    return preferred.sheetName;
  }
  const marker = updated ? await ourMarker(context, existing, existing.name, QUOTE_MARKER_NAME) : null;
  if (marker !== null) {
    const quote = existing.name === preferred.sheetName ? preferred : (plan({ sheetName: existing.name }) ?? preferred);
    await clearOurs(context, existing, quote, marker, [QUOTE_CHART_NAME]);
    write(existing, quote);
    return quote.sheetName;
  }
  const elsewhere = plan({ existingSheetNames: sheets.items.map((s) => s.name) }) ?? preferred;
  write(sheets.add(elsewhere.sheetName), elsewhere);
  return elsewhere.sheetName;
}

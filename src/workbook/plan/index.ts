/**
 * The breakdown sheet as data: which cell holds what (value or formula), its number format and
 * role, the defined names, the Excel tables, the chart. Pure code — no Office, no exceljs, no I/O —
 * so the layout is unit-tested in Node and the two writers (exceljs, Office.js) only carry it out.
 *
 * Sections, each over the one sheet builder (a1.ts) and layout (layout.ts): the named inputs
 * (inputs.ts, from the catalogue), the breakdown (breakdown.ts), the cost composition
 * (composition.ts), the traffic and cost tables (tables.ts); a priced scenario's quote sheet is
 * planned beside it (../quote). The formulas are live and native by
 * default, with plain absolute A1 references (no structured table references, no defined names
 * inside formulas) so any spreadsheet computes them the same.
 */
import { costScenario } from "../../core/costing";
import { isBid, type AnyScenario, type BidScenario, type Scenario } from "../../core/scenario";
import { buildBidPlan, type BidPlan } from "../bid";
import { withQuote } from "../quote";
import { uniqueSheetName } from "../sheetName";
import { planContext, tag, type PlanContext } from "./a1";
import { lineRefs, writeBreakdown } from "./breakdown";
import { writeComposition } from "./composition";
import { writeInputs } from "./inputs";
import { CHART_AREA, COLUMNS, INPUT_COLUMNS, LAST_COLUMN, MARKER_NAME, ROWS, WRAPPED_WIDTHS } from "./layout";
import { breakdownPage, fittedWidths } from "./page";
import { placeTables, tableRefs, writeTables } from "./tables";
import type { FormulaMode, Lang, PlanOptions, SheetPlan } from "./types";

export { cellText } from "../sheetName";
export { MARKER_NAME } from "./layout";
export { columnLetters } from "./a1";
export { INPUT_FIELDS, PARAMETER_NAMES, type InputField } from "./inputs";
export { COST_COLUMNS, COST_KINDS, TRAFFIC_COLUMNS } from "./tables";
export type { BreakdownCell, CellRole, FormulaMode, Lang, PlanCell, PlanChart, PlanName, PlanOptions, PlanTable, SheetBody, SheetPage, SheetPlan } from "./types";
export { buildQuotePlan, QUOTE_MARKER_NAME, type QuoteFigure, type QuotePlan } from "../quote";
export { buildBidPlan, isBidPlan, type BidChart, type BidPlan } from "../bid";
export { DATA_BAR, FONT_SIZE, ROLE_STYLE, SHEET_FONT, type RoleStyle } from "./page";

/** The plan of either sheet: an actuals scenario's breakdown sheet or a forecast's bid sheet (each with its quote when priced). */
export type WorkbookPlan = SheetPlan | BidPlan;

/** Scenario name, the sheet's note, the currency. */
function writeTitle(ctx: PlanContext): void {
  const { sheet, words } = ctx;
  sheet.text(INPUT_COLUMNS.label, ROWS.title, ctx.scenario.name, "title");
  sheet.text(INPUT_COLUMNS.label, ROWS.note, words.sheetNote, "note");
  sheet.text(INPUT_COLUMNS.label, ROWS.currency, words.sheetCurrency, "label");
  sheet.text(INPUT_COLUMNS.value, ROWS.currency, ctx.currency, "text");
}

/**
 * The plan of the breakdown sheet for a (validated) scenario, or of the bid sheet for a bid
 * (../bid). Never fails: when the core refuses
 * the scenario (say, zero talk time) the sheet is still written — its formulas then show the
 * spreadsheet's own #DIV/0! — and `coreError` says why.
 */
export function buildPlan(scenario: Scenario, options?: PlanOptions): SheetPlan;
export function buildPlan(scenario: BidScenario, options?: PlanOptions): BidPlan;
export function buildPlan(scenario: AnyScenario, options?: PlanOptions): WorkbookPlan;
export function buildPlan(scenario: AnyScenario, options: PlanOptions = {}): WorkbookPlan {
  // A bid (forecast) gets the bid sheet, with its quote when priced.
  if (isBid(scenario)) return buildBidPlan(scenario, options);
  const lang: Lang = options.lang ?? "en";
  const mode: FormulaMode = options.formulas ?? "native";
  const sheetName = options.sheetName ?? uniqueSheetName(scenario.name, options.existingSheetNames ?? []);
  const computed = costScenario(scenario);
  const ctx = planContext(scenario, lang, mode, computed.ok ? computed.value.breakdown.values : {});

  writeTitle(ctx);
  // The tables' rows come first: their ranges are what the formulas refer to.
  const placement = placeTables(scenario);
  const tables = tableRefs(placement);
  const input = writeInputs(ctx, tables);
  const line = lineRefs();
  const breakdown = writeBreakdown(ctx, { ...tables, input, line });
  const composition = writeComposition(ctx, line);
  const planTables = writeTables(ctx, placement, tag(sheetName));
  const last = placement.costLast;
  ctx.sheet.names.push({ name: MARKER_NAME, ref: `$A$1:$${LAST_COLUMN}$${last}` });

  const plan: SheetPlan = {
    version: 1,
    sheetName,
    lang,
    formulas: mode,
    cells: ctx.sheet.cells,
    names: ctx.sheet.names,
    tables: planTables,
    chart: { kind: "pie", title: ctx.words.sheetComposition, categories: composition.categories, values: composition.values, ...CHART_AREA },
    dataBars: [composition.shares],
    columnWidths: fittedWidths(ctx.sheet.cells, COLUMNS, WRAPPED_WIDTHS),
    footprint: `A1:${LAST_COLUMN}${last}`,
    page: breakdownPage(`A1:${LAST_COLUMN}${last}`, ctx.sheet.cells, WRAPPED_WIDTHS),
    markerName: MARKER_NAME,
    breakdown,
    coreError: computed.ok ? null : computed.error,
    scenario,
  };
  // A priced scenario gets its quote sheet beside the breakdown; without pricing, one sheet as before.
  return withQuote(plan, options, computed);
}

/**
 * The bid sheet (投标测算) as data, for a scenario with a forecast (issue 11): the inputs, the
 * breakdown and the quote's base on top, the monthly table, then the interval profile with the
 * agents per interval. The agents are the core's values; everything downstream of them is a
 * live native formula, so an edited wage, attrition or agents cell recalculates the months and
 * the breakdown. A priced bid's quote sheet is planned beside it, linked to this sheet.
 */
import { computeForecast } from "../../core/forecast";
import { ok } from "../../core/result";
import type { BidScenario } from "../../core/scenario";
import { withQuote } from "../quote";
import { uniqueSheetName } from "../sheetName";
import { abs, columnLetters, columnNumber } from "../plan/a1";
import { lineRefs } from "../plan/breakdown";
import { INPUT_COLUMNS, MARKER_NAME, ROWS } from "../plan/layout";
import { fittedWidths } from "../plan/page";
import type { FormulaMode, Lang, PlanOptions } from "../plan/types";
import { bidContext } from "./context";
import { writeBidBreakdown, writeQuoteBase } from "./breakdown";
import { BID_INPUT_FIELDS, writeBidInputs } from "./inputs";
import { AGENT_COLUMNS, lastColumn, placeBid } from "./layout";
import { writeAgents, writeMonthly } from "./monthly";
import { bidCharts } from "./charts";
import type { BidPlan } from "./types";

export { BID_INPUT_FIELDS, DERIVED_NAMES } from "./inputs";
export { isBidPlan, type BidChart, type BidPlan, type QuoteBase } from "./types";
export { TOTALLED } from "./monthly";

/** Every column from A to `last`. */
const columnsTo = (last: string): string[] => Array.from({ length: columnNumber(last) }, (_, i) => columnLetters(i + 1));

/** The plan of the bid sheet. Never fails: when the core refuses the bid the formulas show the spreadsheet's errors, and `coreError` says why. */
export function buildBidPlan(scenario: BidScenario, options: PlanOptions = {}): BidPlan {
  const lang: Lang = options.lang ?? "en";
  const mode: FormulaMode = options.formulas ?? "native";
  const sheetName = options.sheetName ?? uniqueSheetName(scenario.name, options.existingSheetNames ?? []);
  const computed = computeForecast(scenario);
  const f = scenario.forecast;
  const rows = placeBid({ inputs: BID_INPUT_FIELDS.length, shrinkage: f.shrinkage.length, perSeat: f.perSeatMonth.length, months: f.months, intervals: f.intradayShares.length });
  const ctx = bidContext(scenario, lang, computed.ok ? computed.value : undefined, rows);
  const { sheet } = ctx;

  sheet.text(INPUT_COLUMNS.label, ROWS.title, scenario.name, "title");
  sheet.text(INPUT_COLUMNS.label, ROWS.note, ctx.bid.bidSheetNote, "note");
  sheet.text(INPUT_COLUMNS.label, ROWS.currency, ctx.words.sheetCurrency, "label");
  sheet.text(INPUT_COLUMNS.value, ROWS.currency, scenario.currency, "text");
  const inputs = writeBidInputs(ctx);
  const breakdown = writeBidBreakdown(ctx, inputs.refs);
  const quoteBase = writeQuoteBase(ctx, inputs.refs, lineRefs());
  const monthly = writeMonthly(ctx, inputs.refs);
  const agentCells = writeAgents(ctx);
  const last = lastColumn(f.months);
  sheet.names.push({ name: MARKER_NAME, ref: `$A$1:$${last}$${rows.last}` });
  const footprint = `A1:${last}${rows.last}`;
  const fieldRefs = [
    ...inputs.placed,
    { path: "forecast.callsPerMonth", ref: quoteBase.answered },
    { path: "forecast.intradayShares", ref: `${abs(AGENT_COLUMNS.share, (rows.bandHeaders[0] ?? 0) + 1)}:${abs(AGENT_COLUMNS.share, (rows.bandHeaders[0] ?? 0) + f.intradayShares.length)}` },
  ];

  const plan: BidPlan = {
    version: 1,
    kind: "bid",
    sheetName,
    lang,
    formulas: mode,
    scenario,
    cells: sheet.cells,
    names: sheet.names,
    tables: [],
    dataBars: [],
    // The formulas in words (notes) run on over the empty cells to their right.
    columnWidths: fittedWidths(sheet.cells, columnsTo(last), {}),
    footprint,
    page: { paper: "A4", orientation: "landscape", printArea: footprint, titleRows: "1:2", wrapColumns: [], rowHeights: [] },
    markerName: MARKER_NAME,
    breakdown,
    monthly: monthly.months,
    monthlyTotal: monthly.total,
    agentCells,
    fields: fieldRefs,
    quoteBase,
    charts: bidCharts(ctx, last),
    coreError: computed.ok ? null : computed.error,
  };
  // The quote is priced on the forecast computed above, not a second one.
  return withQuote(plan, options, computed.ok ? ok({ breakdown: computed.value.breakdown, forecast: computed.value }) : computed);
}

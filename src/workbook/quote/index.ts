/**
 * The quote sheet (报价单) as data, written beside the breakdown sheet when the scenario has
 * pricing: a client-facing quote in the sheet's language — title, date and validity, the rate
 * card, the terms as sentences, the volume risk and its line chart — over the quote's own blue
 * inputs and a cost base linked from the breakdown sheet. Every rate, term and margin is a live
 * native formula (IF, MIN, MAX, AND, SUM, FIXED, NA: what Excel 2010 and LibreOffice 7.4 both
 * evaluate), so an edit on either sheet flows through; the core's values ride along as cached
 * results and as the figures the tests compare.
 */
import { costScenario, priceScenario, type Costed } from "../../core/costing";
import { inputFormat, unitColumnWords } from "../../core/formats/units";
import { inLang } from "../../core/sentences/book";
import { pick } from "../../core/sentences/lang";
import type { Result } from "../../core/result";
import { QUOTE_SHEET } from "../../core/sentences/quoteSheet";
import { WORKBOOK } from "../../core/sentences/workbook";
import { abs, SheetBuilder } from "../plan/a1";
import { fittedWidths, quotePage } from "../plan/page";
import type { BidPlan } from "../bid/types";
import type { PlanOptions, SheetPlan } from "../plan/types";
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from "../sheetName";
import type { QuoteContext, QuoteRefs } from "./context";
import { applicableInputs, costBaseRefs, pricingValue, VALIDITY_FIELD, writeCostBase, writeInputs } from "./inputs";
import { DATE_FORMAT, placeQuote, QUOTE_COLUMNS, quoteColumns, quoteModels, serialDay, SIDE_UNIT, TOP_ROWS } from "./place";
import { rateCardRefs, writeRateCard } from "./rateCard";
import { costSource } from "./source";
import { writeRisk } from "./risk";
import { writeTerms } from "./terms";
import type { QuotePlan } from "./types";

export type { FigureKind, QuoteChart, QuoteFigure, QuotePlan } from "./types";
export { applicableInputs, PLACED_ELSEWHERE, QUOTE_INPUT_FIELDS } from "./inputs";
export { RATE_NAMES } from "./rateCard";
export { dateOfSerial, quoteModels } from "./place";

export const QUOTE_MARKER_NAME = "CCPricing_Quote";

/** Rows the chart covers below the last block (Excel only). */
const CHART_ROWS = 18;
/** Roles whose text runs on to the right instead of widening its column. */
const RUN_ON = ["title", "note", "section", "sentence"] as const;

export interface QuoteOptions {
  /** Sheet names already taken (the breakdown's is always avoided). */
  readonly existingSheetNames?: readonly string[];
  /** Force this name (our own quote sheet, being updated). */
  readonly sheetName?: string;
  readonly date?: Date;
  /** The scenario's costing when the caller already has it (the breakdown or bid plan computed it); else computed here. */
  readonly costed?: Result<Costed>;
}

/** The quote sheet's name for a breakdown sheet: its name and the word for quote, within 31 characters. */
export function quoteSheetBase(breakdownSheetName: string, suffix: string): string {
  const room = MAX_SHEET_NAME - suffix.length - 1;
  return cleanSheetName(`${cleanSheetName(breakdownSheetName.slice(0, room))} ${suffix}`);
}

/** Title, note, date, validity, the date it runs to, the currency. */
function writeTop(ctx: QuoteContext, breakdown: { readonly sheetName: string }, date: number): void {
  const { sheet, q, lang, currency } = ctx;
  const col = QUOTE_COLUMNS;
  sheet.text(col.label, TOP_ROWS.title, q.quoteTitle(ctx.scenario.name), "title");
  sheet.text(col.label, TOP_ROWS.note, q.quoteNote(breakdown.sheetName), "note");
  sheet.text(col.label, TOP_ROWS.date, q.quoteDate, "label");
  sheet.put(col.value, TOP_ROWS.date, { role: "input", value: date, numberFormat: DATE_FORMAT });
  sheet.name("quoteDate", col.value, TOP_ROWS.date);
  const raw = pricingValue(ctx.scenario, VALIDITY_FIELD);
  const days = typeof raw === "number" ? raw : 0;
  if (VALIDITY_FIELD.node.kind !== "literal") sheet.text(col.label, TOP_ROWS.validity, pick(VALIDITY_FIELD.node.spec.label, lang), "label");
  sheet.put(col.value, TOP_ROWS.validity, { role: "input", value: days, numberFormat: inputFormat("days", currency, days) });
  const validity = sheet.name("validityDays", col.value, TOP_ROWS.validity);
  sheet.text(SIDE_UNIT, TOP_ROWS.validity, unitColumnWords("days", currency, lang), "unit");
  sheet.text(col.label, TOP_ROWS.validUntil, q.quoteValidUntil, "label");
  sheet.put(col.value, TOP_ROWS.validUntil, { role: "output", formula: `${abs(col.value, TOP_ROWS.date)}+${validity}`, result: date + days, numberFormat: DATE_FORMAT });
  sheet.text(col.label, TOP_ROWS.currency, ctx.words.sheetCurrency, "label");
  sheet.text(col.value, TOP_ROWS.currency, currency, "text");
}

/** The quote plan beside a breakdown plan, or undefined when its scenario has no pricing. */
export function buildQuotePlan(breakdown: SheetPlan | BidPlan, options: QuoteOptions = {}): QuotePlan | undefined {
  const from = costSource(breakdown);
  const scenario = from.scenario;
  const pricing = scenario.pricing;
  if (pricing === undefined) return undefined;
  const lang = breakdown.lang;
  const q = inLang(QUOTE_SHEET, lang);
  const sheetName = options.sheetName ?? uniqueSheetName(quoteSheetBase(breakdown.sheetName, q.quoteSheetSuffix), [...(options.existingSheetNames ?? []), breakdown.sheetName]);
  const computed = options.costed ?? costScenario(scenario);
  const priced = computed.ok ? priceScenario(scenario, computed.value) : computed;
  const core = computed.ok && priced.ok && priced.value !== undefined ? { breakdown: computed.value.breakdown, pricing: priced.value } : undefined;
  const sheet = new SheetBuilder();
  const ctx: QuoteContext = { scenario, seatsNow: from.base.seatsNow, pricing, lang, currency: scenario.currency, sheet, words: inLang(WORKBOOK, lang), q, core, figures: [] };

  const models = quoteModels(pricing);
  const inputs = applicableInputs(scenario);
  const rows = placeQuote(models, inputs.length);
  const base = costBaseRefs(rows.firstCost);
  const input = writeInputs(ctx, inputs, rows.inputsSection, base.agents);
  const refs: QuoteRefs = {
    ...base,
    ...rateCardRefs(rows),
    input: (name) => {
      const ref = input.get(name);
      if (ref === undefined) throw new Error(`quote: no input named ${name}`); // a programming error
      return ref;
    },
  };
  writeCostBase(ctx, from, rows.costSection);
  const date = serialDay(options.date ?? new Date());
  writeTop(ctx, breakdown, date);
  writeRateCard(ctx, rows, refs);
  writeTerms(ctx, rows, refs);
  const source = writeRisk(ctx, rows, refs, models);

  const columns = quoteColumns(pricing.volumeRatios.length);
  const lastColumn = columns[columns.length - 1] ?? QUOTE_COLUMNS.forecast;
  const footprint = `A1:${lastColumn}${rows.last}`;
  const chart = { ...source, from: `A${rows.last + 2}`, to: `${lastColumn}${rows.last + 1 + CHART_ROWS}` };
  sheet.names.push({ name: QUOTE_MARKER_NAME, ref: `$A$1:$${lastColumn}$${rows.last}` });
  return {
    sheetName,
    breakdownSheetName: breakdown.sheetName,
    cells: sheet.cells,
    names: sheet.names,
    tables: [],
    dataBars: [],
    columnWidths: fittedWidths(sheet.cells, columns, {}, RUN_ON),
    footprint,
    page: quotePage(footprint),
    printAreaWithChart: `A1:${lastColumn}${rows.last + 1 + CHART_ROWS}`,
    markerName: QUOTE_MARKER_NAME,
    date,
    chart,
    figures: ctx.figures,
    coreError: !computed.ok ? computed.error : !priced.ok ? priced.error : null,
  };
}

/** A breakdown or bid plan with its quote beside it when the scenario is priced; `costed` is the costing the plan was built on. */
export function withQuote<P extends SheetPlan | BidPlan>(plan: P, options: PlanOptions, costed: Result<Costed>): P {
  const quote = buildQuotePlan(plan, { existingSheetNames: options.existingSheetNames ?? [], ...(options.date ? { date: options.date } : {}), costed });
  return quote === undefined ? plan : { ...plan, quote };
}

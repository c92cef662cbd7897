/**
 * Where each block of the quote sheet sits. The client reads it top down — title and validity,
 * the rate card, the terms, the volume risk — and the analyst's inputs and the cost base taken
 * from the breakdown sheet close it. Rows follow from what the scenario prices (which models
 * apply, how many inputs, how many volume ratios); docs/workbook.md names them for the example.
 */
import { UNIT_MODELS, type ModelKey } from "../../core/pricing";
import type { Scenario } from "../../core/scenario";
import { columnLetters } from "../plan/a1";

export const QUOTE_COLUMNS = { label: "A", value: "B", withTax: "C", unit: "D", forecast: "E" } as const;
/** Beside a value in the top, input and cost-base blocks. */
export const SIDE_UNIT = "C";

export const TOP_ROWS = { title: 1, note: 2, date: 3, validity: 4, validUntil: 5, currency: 6 } as const;

/** Rows of the terms block and of the cost base (fixed lists). */
export const TERM_COUNT = 5;
export const COST_BASE_COUNT = 9;

/** Models with a second row on the rate card: the package's overage rate, base + commission's commission. */
const TWO_ROWS: ReadonlySet<ModelKey> = new Set(["package", "baseCommission"]);

/** The billing models a scenario's pricing quotes, in the rate card's order (as the core's rateCard). */
export function quoteModels(p: NonNullable<Scenario["pricing"]>): ModelKey[] {
  const keys: ModelKey[] = UNIT_MODELS.filter((k) => k !== "outcome" || p.outcomes !== undefined);
  if (p.package !== undefined) keys.push("package");
  if (p.baseShare !== undefined && p.outcomes !== undefined) keys.push("baseCommission");
  return keys;
}

export interface QuoteRows {
  readonly cardSection: number;
  readonly cardHeader: number;
  /** Each model's row on the rate card (its second row, if any, is the next). */
  readonly model: ReadonlyMap<ModelKey, number>;
  readonly price: number;
  readonly minimumFee: number;
  readonly prepayment: number;
  readonly termsSection: number;
  readonly firstTerm: number;
  readonly riskSection: number;
  readonly riskHeader: number;
  readonly firstRisk: number;
  readonly worstSection: number;
  readonly worstHeader: number;
  readonly firstWorst: number;
  readonly inputsSection: number;
  readonly firstInput: number;
  readonly costSection: number;
  readonly firstCost: number;
  readonly last: number;
}

/** Rows for the models, the number of inputs; one blank row between blocks. */
export function placeQuote(models: readonly ModelKey[], inputs: number): QuoteRows {
  const cardSection = TOP_ROWS.currency + 2;
  const cardHeader = cardSection + 1;
  const model = new Map<ModelKey, number>();
  let row = cardHeader + 1;
  for (const key of models) {
    model.set(key, row);
    row += TWO_ROWS.has(key) ? 2 : 1;
  }
  const price = row;
  const termsSection = price + 4;
  const riskSection = termsSection + 1 + TERM_COUNT + 1;
  const worstSection = riskSection + 2 + models.length + 1;
  const inputsSection = worstSection + 2 + models.length + 1;
  const costSection = inputsSection + 1 + inputs + 1;
  return {
    cardSection,
    cardHeader,
    model,
    price,
    minimumFee: price + 1,
    prepayment: price + 2,
    termsSection,
    firstTerm: termsSection + 1,
    riskSection,
    riskHeader: riskSection + 1,
    firstRisk: riskSection + 2,
    worstSection,
    worstHeader: worstSection + 1,
    firstWorst: worstSection + 2,
    inputsSection,
    firstInput: inputsSection + 1,
    costSection,
    firstCost: costSection + 1,
    last: costSection + COST_BASE_COUNT,
  };
}

/** The column of the i-th volume ratio (from B), and the break-even column after the last. */
export const ratioColumn = (i: number): string => columnLetters(2 + i);
export const breakEvenColumn = (ratios: number): string => columnLetters(2 + ratios);

/** The sheet's columns, left to right: at least the rate card's five, else as wide as the risk table. */
export function quoteColumns(ratios: number): string[] {
  return Array.from({ length: Math.max(5, ratios + 2) }, (_, i) => columnLetters(i + 1));
}

/** A spreadsheet serial day (1900 system, as Excel and LibreOffice store dates) of a local date. */
export function serialDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000 + 25_569;
}

/** The date back from its serial day (the writers rebuild a plan for the same day). */
export function dateOfSerial(serial: number): Date {
  const utc = new Date((serial - 25_569) * 86_400_000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

export const DATE_FORMAT = "yyyy-mm-dd";

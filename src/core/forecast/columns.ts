/**
 * How each column of the monthly table is shown: its unit (decimals and words, formats/units.ts)
 * and its heading in the sentence book. `fixed`: every figure to the unit's decimals, so FTE 56.00
 * beside a headcount of 57 reads as a column, not as 56.
 */
import type { Dec } from "../decimal";
import { formatFixed, formatNumber } from "../formats/number";
import { UNITS, type NumericUnit } from "../formats/units";
import type { FORECAST } from "../sentences/forecast";
import type { Lang } from "../sentences/lang";
import type { MonthColumn } from "./monthly";

/** The book's entries that are plain sentences (a heading takes no figures). */
type PlainSentence = { [K in keyof typeof FORECAST]: (typeof FORECAST)[K] extends { readonly en: string } ? K : never }[keyof typeof FORECAST];

export interface MonthColumnSpec {
  readonly unit: NumericUnit;
  readonly heading: PlainSentence;
  readonly fixed?: true;
}

export const MONTH_COLUMN_SPEC: Readonly<Record<MonthColumn, MonthColumnSpec>> = {
  calls: { heading: "forecastColumnCalls", unit: "count" },
  peakAgents: { heading: "forecastColumnPeak", unit: "people" },
  agentHours: { heading: "forecastColumnAgentHours", unit: "hours" },
  fte: { heading: "forecastColumnFte", unit: "people", fixed: true },
  headcount: { heading: "forecastColumnHeadcount", unit: "people" },
  hires: { heading: "forecastColumnHires", unit: "people", fixed: true },
  managers: { heading: "forecastColumnManagers", unit: "people" },
  labour: { heading: "forecastColumnLabour", unit: "money" },
  recruitment: { heading: "forecastColumnRecruitment", unit: "money" },
  training: { heading: "forecastColumnTraining", unit: "money" },
  management: { heading: "forecastColumnManagement", unit: "money" },
  seatCosts: { heading: "forecastColumnSeats", unit: "money" },
  setup: { heading: "forecastColumnSetup", unit: "money" },
  total: { heading: "forecastColumnTotal", unit: "money" },
};

/** A figure of the monthly table in its column's format; `exact`: every digit (the CLI's --exact). */
export function formatMonthCell(column: MonthColumn, value: Dec, lang: Lang, exact = false): string {
  const { unit, fixed } = MONTH_COLUMN_SPEC[column];
  return fixed === true && !exact ? formatFixed(value, UNITS[unit].decimals, lang) : formatNumber(value, unit, lang, exact);
}

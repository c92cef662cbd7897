/**
 * Where each block of the bid sheet sits. Top: the inputs (A–C, with the shrinkage and per-seat
 * lists under them) beside the breakdown and the quote's base (E–H). Below: the monthly table
 * (A–O, one row per month) and then the interval profile with the agents per interval in bands
 * of twelve months (intervals as rows, months as columns), so the sheet prints one A4 page wide
 * however long the contract. docs/workbook.md names these addresses.
 */
import { BREAKDOWN_KEYS } from "../../core/breakdown.types";
import { MONTH_COLUMNS, type MonthColumn } from "../../core/forecast";
import { columnLetters, columnNumber } from "../plan/a1";
import { ROWS } from "../plan/layout";

// The top rows and the input and breakdown columns are the breakdown sheet's (../plan/layout).

/** The monthly table: the month in A, then the core's columns in its order (B … O). */
export const MONTH_COLUMN_LETTERS: Readonly<Record<"month" | MonthColumn, string>> = Object.fromEntries([
  ["month", "A"],
  ...MONTH_COLUMNS.map((c, j) => [c, columnLetters(2 + j)]),
]) as Record<"month" | MonthColumn, string>;

/** Months side by side in one band of the agents block; the next twelve go in a band below. */
export const MONTHS_PER_BAND = 12;
/** The agents block: interval start in A, its share in B, the months from C. */
export const AGENT_COLUMNS = { start: "A", share: "B", firstMonth: 3 } as const;

/** Rows of the breakdown's quote base block, under the breakdown. */
const QUOTE_BASE_SECTION = ROWS.firstBreakdown + BREAKDOWN_KEYS.length + 1;

export interface BidRows {
  /** Rows of the scalar inputs. */
  readonly lastInput: number;
  readonly shrinkageSection: number;
  readonly firstShrinkage: number;
  readonly totalShrinkage: number;
  readonly perSeatSection: number;
  readonly perSeatHeader: number;
  readonly firstPerSeat: number;
  readonly perSeatTotal: number;
  readonly quoteBaseSection: number;
  readonly billedSeats: number;
  readonly hoursPerDay: number;
  readonly monthlySection: number;
  readonly monthlyHeader: number;
  readonly firstMonth: number;
  readonly monthlyTotal: number;
  readonly agentsSection: number;
  /** The header row of each band of twelve months; its intervals follow. */
  readonly bandHeaders: readonly number[];
  readonly last: number;
}

export interface BidShape {
  readonly inputs: number;
  readonly shrinkage: number;
  readonly perSeat: number;
  readonly months: number;
  readonly intervals: number;
}

/** Rows for a bid of this shape; one blank row between blocks. */
export function placeBid(s: BidShape): BidRows {
  const lastInput = ROWS.firstInput + s.inputs - 1;
  const shrinkageSection = lastInput + 2;
  const totalShrinkage = shrinkageSection + 1 + s.shrinkage;
  const perSeatSection = totalShrinkage + 2;
  const perSeatHeader = perSeatSection + 1;
  const perSeatTotal = perSeatHeader + 1 + s.perSeat;
  const quoteBaseSection = QUOTE_BASE_SECTION;
  const hoursPerDay = quoteBaseSection + 2;
  const monthlySection = Math.max(perSeatTotal, hoursPerDay) + 2;
  const monthlyHeader = monthlySection + 1;
  const monthlyTotal = monthlyHeader + 1 + s.months;
  const agentsSection = monthlyTotal + 2;
  const bands = Math.ceil(s.months / MONTHS_PER_BAND);
  // Two rows of words under the section title, then the bands, a blank row between them.
  const bandHeaders = Array.from({ length: bands }, (_, b) => agentsSection + 3 + b * (s.intervals + 2));
  const last = (bandHeaders[bands - 1] ?? agentsSection) + s.intervals;
  return {
    lastInput,
    shrinkageSection,
    firstShrinkage: shrinkageSection + 1,
    totalShrinkage,
    perSeatSection,
    perSeatHeader,
    firstPerSeat: perSeatHeader + 1,
    perSeatTotal,
    quoteBaseSection,
    billedSeats: quoteBaseSection + 1,
    hoursPerDay,
    monthlySection,
    monthlyHeader,
    firstMonth: monthlyHeader + 1,
    monthlyTotal,
    agentsSection,
    bandHeaders,
    last,
  };
}

/** The agents cell of month k (1-based) and interval i (0-based). */
export function agentCell(rows: BidRows, month: number, interval: number): string {
  const band = Math.floor((month - 1) / MONTHS_PER_BAND);
  const column = columnLetters(AGENT_COLUMNS.firstMonth + ((month - 1) % MONTHS_PER_BAND));
  return `${column}${(rows.bandHeaders[band] ?? 0) + 1 + interval}`;
}

/** Month k's agents, one column of its band: "$C$60:$C$107". */
export function agentRange(rows: BidRows, month: number, intervals: number): string {
  const top = agentCell(rows, month, 0);
  const bottom = agentCell(rows, month, intervals - 1);
  return `${top.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}:${bottom.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;
}

/** The rightmost column the sheet writes: the monthly table's total, or a full band of months. */
export function lastColumn(months: number): string {
  const band = columnLetters(AGENT_COLUMNS.firstMonth + Math.min(months, MONTHS_PER_BAND) - 1);
  const table = MONTH_COLUMN_LETTERS.total;
  return columnNumber(band) > columnNumber(table) ? band : table;
}

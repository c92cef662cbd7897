/**
 * The bid's breakdown: the same 16 lines, labels, units and names as the breakdown sheet's, each a
 * live native formula over the monthly table's total row (the formulas in words are the bid's,
 * from the core); and under it the base the quote sheet links to (billed seats, hours a day).
 */
import type { BreakdownKey, BreakdownLine } from "../../core/breakdown.types";
import { BREAKDOWN_TEXT } from "../../core/catalogue/outputs";
import { D, toNumber } from "../../core/decimal";
import { BID_HOURS_PER_DAY, billedSeats, type MonthColumn } from "../../core/forecast";
import { COUNT_FORMAT, inputFormat, unitColumnWords } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import { abs, absRange } from "../plan/a1";
import { derivedLineFormulas, lineRefs, writeBreakdownLines } from "../plan/breakdown";
import type { BreakdownCell } from "../plan/types";
import type { BidContext } from "./context";
import { BID_INPUT_FIELDS, type BidRefs } from "./inputs";
import { BREAKDOWN_COLUMNS as COL } from "../plan/layout";
import { MONTH_COLUMN_LETTERS } from "./layout";
import type { QuoteBase } from "./types";

/** A column's cell on the monthly table's total row. */
const totalOf = (ctx: BidContext, c: MonthColumn): string => abs(MONTH_COLUMN_LETTERS[c], ctx.rows.monthlyTotal);

function bidFormulas(ctx: BidContext, p: BidRefs, l: Record<BreakdownKey, string>): Record<BreakdownKey, string> {
  const t = (c: MonthColumn): string => totalOf(ctx, c);
  return {
    normalizedAnswers: t("calls"),
    talkMinutes: `${t("calls")}*${p("ahtSeconds")}/60`,
    paidMinutes: `${t("headcount")}*${p("paidHoursPerFteMonth")}*60`,
    laborCost: t("labour"),
    recruitmentCost: t("recruitment"),
    trainingCost: t("training"),
    managementCost: t("management"),
    otherCost: `${t("seatCosts")}+${t("setup")}`,
    totalCost: `SUM(${l.laborCost},${l.recruitmentCost},${l.trainingCost},${l.managementCost},${l.otherCost})`,
    tax: `${l.totalCost}*${p("taxRate")}`,
    ...derivedLineFormulas(l, p("taxRate")),
  };
}

/** Write the block (the breakdown sheet's, with the bid's formulas); returns each line's cell and the core's value for it. */
export function writeBidBreakdown(ctx: BidContext, p: BidRefs): Record<BreakdownKey, BreakdownCell> {
  const coreLines = new Map<BreakdownKey, BreakdownLine>((ctx.core?.breakdown.lines ?? []).map((x) => [x.key, x]));
  // The bid's formula in words where it differs from the actuals' (the core's breakdown carries it).
  const inWords = (key: BreakdownKey): BreakdownLine["formula"] => coreLines.get(key)?.formula ?? BREAKDOWN_TEXT[key].formula;
  return writeBreakdownLines(ctx, bidFormulas(ctx, p, lineRefs()), ctx.core?.breakdown.values ?? {}, inWords);
}

const labelOf = (ctx: BidContext, path: string): string => {
  const field = BID_INPUT_FIELDS.find((f) => f.path === path);
  return field ? pick(field.node.spec.label, ctx.lang) : path;
};

/** The billed seats' default and the hours a day the quote bills, named for the quote's links. */
export function writeQuoteBase(ctx: BidContext, p: BidRefs, line: Record<BreakdownKey, string>): QuoteBase {
  const { sheet, rows, bid, currency, lang } = ctx;
  sheet.text(COL.label, rows.quoteBaseSection, bid.bidSheetQuoteBase, "section");
  const headcount = absRange(MONTH_COLUMN_LETTERS.headcount, rows.firstMonth, rows.monthlyTotal - 1);
  const seatsNow = ctx.core ? toNumber(billedSeats(ctx.core.months, new D(ctx.scenario.forecast.months))) : undefined;
  sheet.text(COL.label, rows.billedSeats, bid.bidSheetBilledSeats, "label");
  sheet.put(COL.value, rows.billedSeats, { role: "output", formula: `ROUNDUP(ROUND(SUM(${headcount})/${p("months")},9),0)`, ...(seatsNow === undefined ? {} : { result: seatsNow }), numberFormat: COUNT_FORMAT });
  sheet.text(COL.unit, rows.billedSeats, unitColumnWords("people", currency, lang), "unit");
  const agents = sheet.name("billedSeats", COL.value, rows.billedSeats);
  sheet.text(COL.label, rows.hoursPerDay, bid.bidSheetHoursPerDay, "label");
  sheet.put(COL.value, rows.hoursPerDay, { role: "input", value: BID_HOURS_PER_DAY, numberFormat: inputFormat("hours", currency, BID_HOURS_PER_DAY) });
  sheet.text(COL.unit, rows.hoursPerDay, unitColumnWords("hours", currency, lang), "unit");
  const hoursPerDay = sheet.name("hoursPerDay", COL.value, rows.hoursPerDay);
  return {
    totalCost: line.totalCost,
    taxRate: p("taxRate"),
    months: p("months"),
    agents,
    hoursPerDay,
    talkMinutes: line.talkMinutes,
    normalizedAnswers: line.normalizedAnswers,
    answered: absRange(MONTH_COLUMN_LETTERS.calls, rows.firstMonth, rows.monthlyTotal - 1),
    labels: { months: labelOf(ctx, "forecast.months"), agents: bid.bidSheetBilledSeats, hoursPerDay: bid.bidSheetHoursPerDay, taxRate: labelOf(ctx, "taxRate") },
    seatsNow,
  };
}

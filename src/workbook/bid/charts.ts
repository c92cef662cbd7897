/**
 * The bid sheet's two charts, drawn by the Office.js writer to the right of the sheet (exceljs
 * cannot draw charts): the staffing curve (agents per interval, one line per month of the first
 * twelve) and the monthly cost (the total column).
 */
import { columnLetters, columnNumber } from "../plan/a1";
import type { BidContext } from "./context";
import { AGENT_COLUMNS, MONTH_COLUMN_LETTERS, MONTHS_PER_BAND } from "./layout";
import type { BidChart } from "./types";

export const AGENTS_CHART_NAME = "CCPricing_Staffing";
export const COST_CHART_NAME = "CCPricing_MonthlyCost";

/** Rows each chart covers. */
const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

export function bidCharts(ctx: BidContext, lastColumn: string): BidChart[] {
  const { rows, scenario } = ctx;
  const f = scenario.forecast;
  const header = rows.bandHeaders[0] ?? rows.agentsSection;
  const first = header + 1;
  const lastInterval = header + f.intradayShares.length;
  const shown = Math.min(f.months, MONTHS_PER_BAND);
  const lastMonth = columnLetters(AGENT_COLUMNS.firstMonth + shown - 1);
  const left = columnLetters(columnNumber(lastColumn) + 2);
  const right = columnLetters(columnNumber(lastColumn) + 1 + CHART_COLUMNS);
  const top = rows.monthlySection;
  const m = MONTH_COLUMN_LETTERS;
  return [
    {
      kind: "line",
      name: AGENTS_CHART_NAME,
      title: ctx.bid.bidSheetAgents,
      values: `${columnLetters(AGENT_COLUMNS.firstMonth)}${first}:${lastMonth}${lastInterval}`,
      categories: `${AGENT_COLUMNS.start}${first}:${AGENT_COLUMNS.start}${lastInterval}`,
      series: Array.from({ length: shown }, (_, k) => ctx.bid.bidSheetMonth(k + 1)),
      from: `${left}${top}`,
      to: `${right}${top + CHART_ROWS}`,
    },
    {
      kind: "column",
      name: COST_CHART_NAME,
      title: ctx.forecast.forecastCostHeading(ctx.currency),
      values: `${m.total}${rows.firstMonth}:${m.total}${rows.monthlyTotal - 1}`,
      categories: `${m.month}${rows.firstMonth}:${m.month}${rows.monthlyTotal - 1}`,
      series: [ctx.forecast.forecastColumnTotal],
      from: `${left}${top + CHART_ROWS + 2}`,
      to: `${right}${top + 2 * CHART_ROWS + 2}`,
    },
  ];
}

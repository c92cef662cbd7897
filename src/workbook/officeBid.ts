/**
 * The bid sheet's two charts through Office.js (exceljs cannot draw charts): the staffing curve
 * (agents per interval, a line per month of the first twelve, the interval times as x values)
 * and the monthly cost (a column per month), to the right of the sheet.
 */
import { excelApi } from "./officeSheet";
import type { BidPlan } from "./plan";

export { AGENTS_CHART_NAME, COST_CHART_NAME } from "./bid/charts";

export function drawBidCharts(sheet: Excel.Worksheet, plan: BidPlan): void {
  const xValues = excelApi("1.7");
  for (const c of plan.charts) {
    const chart = sheet.charts.add(c.kind === "line" ? "Line" : "ColumnClustered", sheet.getRange(c.values), "Columns");
    chart.name = c.name;
    chart.title.text = c.title;
    c.series.forEach((name, i) => {
      const series = chart.series.getItemAt(i);
      series.name = name;
      if (xValues) series.setXAxisValues(sheet.getRange(c.categories));
    });
    chart.setPosition(c.from, c.to);
  }
}

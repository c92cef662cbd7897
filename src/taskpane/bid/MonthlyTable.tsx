/**
 * A bid month by month: a bar chart of the cost of each month with the headcount as a line, a
 * sentence with the headcount's range and the dearest month, and the table (month, calls, peak
 * agents, FTE, headcount, hires, cost) — the core's monthly table, in the units the CLI and the
 * sheet show it in (MONTH_COLUMN_SPEC).
 */
import { lazy } from "react";
import { columnTotal, formatFixed, formatNumber, MONTH_COLUMN_SPEC, toNumber, UNITS, type Dec, type ForecastResult, type MonthColumn } from "../../core";
import { LazyChart } from "../chartLoad";
import { useFields } from "../fields";
import { useStyles } from "../styles";
import { TableHead } from "../TableHead";
import { useBidWords } from "./words";

const MonthlyChart = lazy(() => import(/* webpackChunkName: "charts" */ "./BidCharts").then((m) => ({ default: m.MonthlyChart })));

/** The columns shown in the pane (the sheet and the CLI show them all). */
export const PANE_MONTH_COLUMNS: readonly MonthColumn[] = ["calls", "peakAgents", "fte", "headcount", "hires", "total"];
/** Columns whose total over the contract means something. */
const TOTALLED: ReadonlySet<MonthColumn> = new Set(["calls", "hires", "total"]);

export function MonthlyTable(p: { readonly forecast: ForecastResult; readonly currency: string }): JSX.Element {
  const { lang } = useFields();
  const w = useBidWords();
  const s = useStyles();
  const rows = p.forecast.months;
  const cell = (c: MonthColumn, d: Dec): string => {
    const { unit, fixed } = MONTH_COLUMN_SPEC[c];
    return fixed === true ? formatFixed(d, UNITS[unit].decimals, lang) : formatNumber(d, unit, lang);
  };
  const heading = (c: MonthColumn): string => (c === "total" ? w.forecastCostHeading(p.currency) : (w[MONTH_COLUMN_SPEC[c].heading] as string));
  const first = rows[0];
  const dearest = first && rows.reduce((a, b) => (b.total.gt(a.total) ? b : a), first);
  const low = first && rows.reduce((a, b) => (b.headcount.lt(a) ? b.headcount : a), first.headcount);
  const high = first && rows.reduce((a, b) => (b.headcount.gt(a) ? b.headcount : a), first.headcount);
  return (
    <section className={s.section} aria-labelledby="cc-monthly-h" data-testid="monthly">
      <h3 id="cc-monthly-h" className={s.subheading}>
        {w.paneBidMonthly}
      </h3>
      {dearest && low && high && (
        <p className={s.verdict} data-testid="monthly-text">
          {w.paneBidMonthlyText(cell("headcount", low), cell("headcount", high), dearest.month, cell("total", dearest.total))}
        </p>
      )}
      <LazyChart loading={w.paneBidChartLoading} failed={w.paneBidChartFailed}>
        <MonthlyChart
          label={w.paneBidMonthlyLabel}
          xTitle={w.forecastColumnMonth}
          costTitle={`${w.paneBidCostPerMonth} (${p.currency})`}
          headcountTitle={w.forecastColumnHeadcount}
          months={rows.map((r) => ({ x: String(r.month), cost: toNumber(r.total), headcount: toNumber(r.headcount) }))}
        />
      </LazyChart>
      <div className={s.scroll}>
        <table className={s.table} data-testid="monthly-table">
          <caption className={s.srOnly}>{w.paneBidMonthly}</caption>
          <TableHead columns={[{ key: "month", label: w.forecastColumnMonth }, ...PANE_MONTH_COLUMNS.map((c) => ({ key: c, label: heading(c) }))]} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.month}>
                <th scope="row" className={s.th}>
                  {r.month}
                </th>
                {PANE_MONTH_COLUMNS.map((c) => (
                  <td key={c} className={s.td} data-month-cell={`${r.month}.${c}`}>
                    {cell(c, r[c])}
                  </td>
                ))}
              </tr>
            ))}
            <tr className={s.total}>
              <th scope="row" className={s.th}>
                {w.forecastTotalRow}
              </th>
              {PANE_MONTH_COLUMNS.map((c) => (
                <td key={c} className={s.td} data-month-cell={`total.${c}`}>
                  {TOTALLED.has(c) ? cell(c, columnTotal(rows, c)) : ""}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A bid month by month: a bar chart of the cost of each month with the headcount as a line, a
 * sentence with the headcount's range and the dearest month, and the table (month, calls, peak
 * agents, FTE, headcount, hires, cost) — the core's monthly table, in the units the CLI and the
 * sheet show it in (MONTH_COLUMN_SPEC).
 */
import { lazy, useMemo } from "react";
import { columnTotal, formatMoney, formatMonthCell, LANG_TAG, MONTH_COLUMN_SPEC, toNumber, type Dec, type ForecastResult, type MonthColumn } from "../../core";
import { LazyChart } from "../chartLoad";
import { useFields } from "../fields";
import { useStyles } from "../styles";
import { TableHead } from "../TableHead";
import { useBidWords } from "./words";

const MonthlyChart = lazy(() => import(/* webpackChunkName: "charts" */ "./BidCharts").then((m) => ({ default: m.MonthlyChart })));

/**
 * The columns shown in the pane (the sheet and the CLI show them all), in two tables so that both
 * fit a 320 px pane: the calls and the people they need, then the paid time, the hires and the
 * month's cost, with the contract's totals (the calls' total is the breakdown's normalised answers).
 */
const STAFFING_COLUMNS: readonly MonthColumn[] = ["calls", "peakAgents", "headcount"];
const COST_COLUMNS: readonly MonthColumn[] = ["fte", "hires", "total"];
export const PANE_MONTH_COLUMNS: readonly MonthColumn[] = [...STAFFING_COLUMNS, ...COST_COLUMNS];
/** Columns whose total over the contract means something. */
const TOTALLED: ReadonlySet<MonthColumn> = new Set(["hires", "total"]);

interface MonthTableProps {
  readonly rows: ForecastResult["months"];
  readonly columns: readonly MonthColumn[];
  readonly caption: string;
  readonly heading: (c: MonthColumn) => string;
  readonly cell: (c: MonthColumn, d: Dec) => string;
  readonly testId: string;
  /** With a row of the contract's totals. */
  readonly totals: boolean;
}

/** One table of the months: a row per month, then the contract's totals where they mean something. */
function MonthTable(p: MonthTableProps): JSX.Element {
  const w = useBidWords();
  const s = useStyles();
  return (
    <table className={`${s.table} ${s.compact}`} data-testid={p.testId}>
      <caption className={s.caption}>
        {p.caption}
      </caption>
      <TableHead columns={[{ key: "month", label: w.forecastColumnMonth }, ...p.columns.map((c) => ({ key: c, label: p.heading(c) }))]} />
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.month}>
            <th scope="row" className={s.th}>
              {r.month}
            </th>
            {p.columns.map((c) => (
              <td key={c} className={s.td} data-month-cell={`${r.month}.${c}`}>
                {p.cell(c, r[c])}
              </td>
            ))}
          </tr>
        ))}
        {p.totals && (
          <tr className={s.total}>
            <th scope="row" className={s.th}>
              {w.forecastTotalRow}
            </th>
            {p.columns.map((c) => (
              <td key={c} className={s.td} data-month-cell={`total.${c}`}>
                {TOTALLED.has(c) ? p.cell(c, columnTotal(p.rows, c)) : ""}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function MonthlyTable(p: { readonly forecast: ForecastResult; readonly currency: string }): JSX.Element {
  const { lang } = useFields();
  const w = useBidWords();
  const s = useStyles();
  const rows = p.forecast.months;
  // The chart's figures change with the forecast only: a new array each render would redraw it.
  const chartMonths = useMemo(() => rows.map((r) => ({ x: String(r.month), cost: toNumber(r.total), headcount: toNumber(r.headcount) })), [rows]);
  const cell = (c: MonthColumn, d: Dec): string => formatMonthCell(c, d, lang);
  const costTitle = w.paneBidCostIn(p.currency);
  const heading = (c: MonthColumn): string => (c === "total" ? costTitle : (w[MONTH_COLUMN_SPEC[c].heading]));
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
          {w.paneBidMonthlyText(cell("headcount", low), cell("headcount", high), dearest.month, formatMoney(dearest.total, p.currency, lang))}
        </p>
      )}
      <LazyChart loading={w.paneBidChartLoading} failed={w.paneBidChartFailed}>
        <MonthlyChart
          label={w.paneBidMonthlyLabel}
          xTitle={w.forecastColumnMonth}
          costTitle={costTitle}
          headcountTitle={w.forecastColumnHeadcount}
          locale={LANG_TAG[lang]}
          months={chartMonths}
        />
      </LazyChart>
      <MonthTable rows={rows} columns={STAFFING_COLUMNS} caption={w.forecastStaffingHeading} heading={heading} cell={cell} testId="monthly-staffing" totals={false} />
      <MonthTable rows={rows} columns={COST_COLUMNS} caption={w.forecastCostHeading(p.currency)} heading={heading} cell={cell} testId="monthly-cost" totals />
    </section>
  );
}

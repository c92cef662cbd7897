/**
 * The staffing curve of a bid: the agents each interval of a day needs in one month (the peak
 * month first, any month by choice), as a bar chart against the time of day, a sentence with the
 * peak and the hours agents are needed, and the table of every staffed interval. Figures are the
 * core's (computeForecast's `agents`).
 */
import { lazy, useMemo, useState } from "react";
import { Field, Select } from "@fluentui/react-components";
import { formatExact, intervalStartText, D, type BidScenario, type ForecastResult } from "../../core";
import { LazyChart } from "../chartLoad";
import { useFields } from "../fields";
import { useStyles } from "../styles";
import { TableHead } from "../TableHead";
import { useBidWords } from "./words";

const StaffingChart = lazy(() => import(/* webpackChunkName: "charts" */ "./BidCharts").then((m) => ({ default: m.StaffingChart })));

/** The month needing the most agents at once (the earliest of equals): 1-based. */
export function peakMonth(forecast: ForecastResult): number {
  let best = 0;
  forecast.months.forEach((m, i) => {
    if (m.peakAgents.gt(forecast.months[best]?.peakAgents ?? 0)) best = i;
  });
  return best + 1;
}

/** The intervals from the first to the last that needs agents; undefined when none does. */
export function staffedWindow(agents: readonly number[]): { readonly first: number; readonly last: number } | undefined {
  const first = agents.findIndex((n) => n > 0);
  if (first < 0) return undefined;
  const last = agents.length - 1 - [...agents].reverse().findIndex((n) => n > 0);
  return { first, last };
}

export function StaffingCurve(p: { readonly scenario: BidScenario; readonly forecast: ForecastResult }): JSX.Element {
  const { lang } = useFields();
  const w = useBidWords();
  const s = useStyles();
  const peak = peakMonth(p.forecast);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  // A month chosen before the months were cut is let go.
  const month = chosen !== undefined && chosen <= p.forecast.months.length ? chosen : peak;
  const agents = p.forecast.agents[month - 1] ?? [];
  const minutes = p.scenario.forecast.intervalMinutes;
  const at = (i: number): string => intervalStartText(i, minutes);
  const window = staffedWindow(agents);
  const most = Math.max(0, ...agents);
  const count = (n: number): string => formatExact(new D(n), lang);
  // The chart spans the staffed hours with an interval's margin either side.
  const from = window ? Math.max(0, window.first - 1) : 0;
  const to = window ? Math.min(agents.length - 1, window.last + 1) : -1;
  // Kept while the month's agents stay the same: a new array each render would redraw the chart.
  const shown = useMemo(() => agents.slice(from, to + 1).map((y, k) => ({ x: intervalStartText(from + k, minutes), y })), [agents, from, to, minutes]);
  return (
    <section className={s.section} aria-labelledby="cc-curve-h" data-testid="staffing-curve">
      <h3 id="cc-curve-h" className={s.subheading}>
        {w.paneBidCurve}
      </h3>
      <Field label={w.paneBidCurveMonth}>
        <Select value={String(month)} onChange={(_, d) => setChosen(Number(d.value))} data-testid="curve-month">
          {p.forecast.months.map((m) => (
            <option key={m.month} value={m.month}>
              {m.month === peak ? w.paneBidPeakMonthN(m.month) : w.paneBidMonthN(m.month)}
            </option>
          ))}
        </Select>
      </Field>
      <p className={s.verdict} data-testid="curve-text">
        {window ? w.paneBidCurveText(month, count(most), at(agents.indexOf(most)), at(window.first), at(window.last + 1)) : w.paneBidCurveNone(month)}
      </p>
      {shown.length > 0 && (
        <LazyChart loading={w.paneBidChartLoading} failed={w.paneBidChartFailed}>
          <StaffingChart label={w.paneBidCurveLabel(month)} xTitle={w.paneBidTime} yTitle={w.paneBidAgents} bars={shown} />
        </LazyChart>
      )}
      {window && (
        <details>
          <summary>{w.paneBidCurveTable}</summary>
          <table className={s.table} data-testid="curve-table">
            <caption className={s.srOnly}>{w.paneBidCurveLabel(month)}</caption>
            <TableHead
              columns={[
                { key: "time", label: w.paneBidTime },
                { key: "agents", label: w.paneBidAgents },
              ]}
            />
            <tbody>
              {agents.slice(window.first, window.last + 1).map((n, k) => (
                <tr key={window.first + k}>
                  <th scope="row" className={s.th}>
                    {at(window.first + k)}
                  </th>
                  <td className={s.td} data-interval={window.first + k}>
                    {count(n)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}

/**
 * The bid review's two charts, in a chunk of their own (loaded when the review shows a bid):
 * Fluent v9's vertical bar chart for the staffing curve (agents per interval against the time of
 * day) and for the month-by-month cost, with the headcount as a line on a second axis. Figures
 * arrive as plain numbers (the boundary); the words and the tables are the review's.
 */
import { memo, useMemo } from "react";
import { VerticalBarChart, type VerticalBarChartProps } from "@fluentui/react-charts";
import { useWidth } from "../chartLoad";
import { COLORS } from "../Chart";

const ONE_COLOUR = [COLORS[0] ?? "#0f6cbd"];

/** What both charts share: a box measured for the width, bars in one colour as wide as fit, no figures on them. */
function Bars({ testId, count, ...chart }: VerticalBarChartProps & { readonly testId: string; readonly count: number }): JSX.Element {
  const [ref, width] = useWidth();
  return (
    <div ref={ref} data-testid={testId} data-bars={count}>
      <VerticalBarChart width={width} useSingleColor colors={ONE_COLOUR} barWidth="auto" hideLabels {...chart} />
    </div>
  );
}

export interface CurveChartProps {
  /** The chart's accessible name (its region's label). */
  readonly label: string;
  readonly xTitle: string;
  readonly yTitle: string;
  /** x: the interval's start ("08:30"); y: agents. */
  readonly bars: readonly { readonly x: string; readonly y: number }[];
}

/** Memoised, as MonthlyChart: the pane re-renders often, the bars change only with the forecast. */
export const StaffingChart = memo(function StaffingChart(p: CurveChartProps): JSX.Element {
  const data = useMemo(() => p.bars.map((b) => ({ x: b.x, y: b.y, legend: p.yTitle, color: COLORS[0] })), [p.bars, p.yTitle]);
  return (
    <Bars
      testId="staffing-chart"
      count={p.bars.length}
      height={220}
      chartTitle={p.label}
      data={data}
      hideLegend
      xAxisTitle={p.xTitle}
      yAxisTitle={p.yTitle}
      margins={{ top: 16, bottom: 56, left: 56, right: 16 }}
    />
  );
});

export interface MonthlyChartProps {
  readonly label: string;
  readonly xTitle: string;
  readonly costTitle: string;
  readonly headcountTitle: string;
  /** The pane's language tag: the axis reads 60万 in Chinese, 600K in English. */
  readonly locale: string;
  /** x: the month's number; cost in the currency; headcount in people. */
  readonly months: readonly { readonly x: string; readonly cost: number; readonly headcount: number }[];
}

type TickFormat = (v: number | Date) => string;
const compactByLocale = new Map<string, TickFormat>();

/**
 * Compact money on the axis in the reader's words (1.2M, 850K; 120万, 85万): the table has the
 * exact figures. One formatter per locale, kept: a new one each render would redraw the chart.
 */
function compact(locale: string): TickFormat {
  const known = compactByLocale.get(locale);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const tick: TickFormat = (v) => (typeof v === "number" ? format.format(v) : String(v));
  compactByLocale.set(locale, tick);
  return tick;
}

/** The least round number ≥ v (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten): the axis's four ticks then read as round figures. */
export function roundTop(v: number): number {
  if (!(v > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(v));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((k) => k * magnitude >= v) ?? 10;
  return step * magnitude;
}

/** Memoised on its props (the months arrive memoised): a re-render of the pane leaves the chart be. */
export const MonthlyChart = memo(function MonthlyChart(p: MonthlyChartProps): JSX.Element {
  const data = useMemo(
    () => p.months.map((m) => ({ x: m.x, y: m.cost, legend: p.costTitle, color: COLORS[0], lineData: { y: m.headcount, useSecondaryYScale: true } })),
    [p.months, p.costTitle],
  );
  const costTop = useMemo(() => roundTop(Math.max(...p.months.map((m) => m.cost))), [p.months]);
  const secondary = useMemo(() => ({ yMinValue: 0, yMaxValue: roundTop(Math.max(...p.months.map((m) => m.headcount))) }), [p.months]);
  return (
    <Bars
      testId="monthly-chart"
      count={p.months.length}
      height={240}
      chartTitle={p.label}
      data={data}
      lineLegendText={p.headcountTitle}
      lineLegendColor={COLORS[3]}
      yMinValue={0}
      yMaxValue={costTop}
      secondaryYScaleOptions={secondary}
      yAxisTickFormat={compact(p.locale)}
      xAxisTitle={p.xTitle}
      yAxisTitle={p.costTitle}
      secondaryYAxistitle={p.headcountTitle}
      margins={{ top: 16, bottom: 56, left: 80, right: 56 }}
    />
  );
});

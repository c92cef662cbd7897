/**
 * The volume-risk chart, in a chunk of its own (VolumeRisk.tsx loads it when step 6 shows a
 * priced scenario): Fluent v9's line chart, margin in percent against the volume ratio, one
 * solid line per model and its worst case dashed. Figures arrive as plain numbers (the
 * boundary); the colours are the table's, so its header is the legend.
 */
import { LineChart } from "@fluentui/react-charts";
import { useWidth } from "../chartLoad";

export interface RiskLine {
  readonly legend: string;
  readonly color: string;
  readonly dashed: boolean;
  /** x: volume in percent of the forecast; y: margin in percent. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface RiskChartProps {
  /** The chart's accessible name (its region's label). */
  readonly label: string;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly ticks: readonly number[];
  readonly lines: readonly RiskLine[];
}

const percent = (v: number | Date): string => `${typeof v === "number" ? Math.round(v * 100) / 100 : String(v)}%`;

export default function RiskChart(p: RiskChartProps): JSX.Element {
  const [ref, width] = useWidth();
  return (
    <div ref={ref} data-testid="risk-chart" data-lines={p.lines.length}>
      <LineChart
        width={width}
        data={{
          chartTitle: p.label,
          lineChartData: p.lines.map((l) => ({
            legend: l.legend,
            color: l.color,
            data: l.points.map((pt) => ({ x: pt.x, y: pt.y })),
            lineOptions: l.dashed ? { strokeDasharray: "6 4" } : {},
          })),
        }}
        height={240}
        hideLegend
        strokeWidth={2.5}
        tickValues={[...p.ticks]}
        tickFormat={percent}
        yAxisTickFormat={percent}
        xAxisTitle={p.xTitle}
        yAxisTitle={p.yTitle}
        margins={{ top: 16, bottom: 56, left: 64, right: 16 }}
      />
    </div>
  );
}

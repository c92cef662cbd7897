/**
 * Cost composition as horizontal bars in plain SVG: each pre-tax cost item's share of the total
 * cost (COMPOSITION_KEYS: tax is the same share of every part, so it is left out), as the sheet
 * shows it. Every bar carries its label and percentage as text (colour is never the only cue),
 * and the whole figure is one image whose description lists the same figures for screen readers.
 */
import { useId } from "react";
import { COMPOSITION_KEYS, formatMoney, formatValue, pick, type Breakdown, type Dec, type Lang } from "../core";
import { useStyles } from "./styles";

/** The pane's series colours (Fluent's palette), for the bars here and the risk chart's lines. */
export const COLORS = ["#0f6cbd", "#8764b8", "#c239b3", "#ca5010", "#498205", "#038387", "#986f0b", "#4f6bed", "#e3008c"];

export function CompositionChart(p: { readonly breakdown: Breakdown; readonly lang: Lang; readonly currency: string; readonly title: string; readonly describe: (total: string) => string }): JSX.Element {
  const s = useStyles();
  const id = useId();
  const total = p.breakdown.values.totalCost;
  const byKey = new Map(p.breakdown.lines.map((l) => [l.key, l]));
  const parts = COMPOSITION_KEYS.map((key) => {
    const line = byKey.get(key);
    const value = p.breakdown.values[key];
    const share = total.isZero() ? value.times(0) : value.div(total);
    return { key, label: line ? pick(line.label, p.lang) : key, value, share };
  });
  const rowHeight = 34;
  const width = 300;
  const labelWidth = 0;
  const barWidth = width - labelWidth;
  const height = parts.length * rowHeight + 4;
  const percent = (share: Dec): string => formatValue(share, "ratio", p.currency, p.lang);
  const descText = `${p.describe(formatMoney(total, p.currency, p.lang))} ${parts.map((x) => `${x.label} ${percent(x.share)}`).join("; ")}.`;
  return (
    <svg className={s.chart} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} data-testid="composition-chart">
      <title id={`${id}-t`}>{p.title}</title>
      <desc id={`${id}-d`}>{descText}</desc>
      {parts.map((x, i) => {
        const y = i * rowHeight;
        // Shares are in [0, 1]; a double is plenty for a bar's length on screen.
        const w = Math.max(0, Math.min(1, x.share.toNumber())) * barWidth;
        return (
          <g key={x.key} aria-hidden="true">
            <text x={0} y={y + 12} fontSize={11} fill="#242424">
              {x.label}
            </text>
            <text x={width} y={y + 12} fontSize={11} fill="#242424" textAnchor="end">
              {percent(x.share)}
            </text>
            <rect x={labelWidth} y={y + 17} width={barWidth} height={10} rx={2} fill="#f0f0f0" />
            <rect x={labelWidth} y={y + 17} width={w} height={10} rx={2} fill={COLORS[i % COLORS.length]} />
          </g>
        );
      })}
    </svg>
  );
}

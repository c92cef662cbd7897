/**
 * The volume risk in the pane: the verdict sentence (which model keeps the margin when volume
 * falls, which when it rises, from the core's volumeVerdict), the chart (its own chunk, loaded
 * only here) and the table it draws. Models whose margins are equal at every ratio draw the same
 * line, so they share a colour and a column (sameRiskGroups): the table has one column per such
 * group, one row per volume ratio and a break-even row, which fits a 320 px pane; the column
 * headers, with their colour, are the chart's legend.
 */
import { lazy } from "react";
import { formatUpTo, formatValue, modelName, sameRiskGroups, toNumber, volumeVerdict, type Dec, type ModelKey, type Pricing, type PricedModel, type VolumeSide } from "../../core";
import { COLORS } from "../Chart";
import { LazyChart } from "../chartLoad";
import { useFields } from "../fields";
import { useStyles } from "../styles";
import { TableHead } from "../TableHead";
import type { RiskLine } from "./RiskChart";
import { modelList, usePriceWords, type PriceWords } from "./words";

const RiskChart = lazy(() => import(/* webpackChunkName: "charts" */ "./RiskChart"));

interface Group {
  readonly keys: readonly ModelKey[];
  readonly color: string;
  readonly model: PricedModel;
}

function verdictSentence(pricing: Pricing, w: PriceWords, names: (keys: readonly ModelKey[]) => string, pct: (d: Dec) => string, ratio: (d: Dec) => string): string | undefined {
  const v = volumeVerdict(pricing);
  const clause = (side: VolumeSide | undefined, rises: boolean): string | undefined => {
    if (side === undefined) return undefined;
    if (side.best.margin.eq(side.least.margin)) return (rises ? w.paneVerdictRisesEven : w.paneVerdictFallsEven)(ratio(side.ratio), pct(side.best.margin));
    return (rises ? w.paneVerdictRises : w.paneVerdictFalls)(ratio(side.ratio), names(side.best.keys), pct(side.best.margin), names(side.least.keys), pct(side.least.margin));
  };
  const falls = clause(v.falling, false);
  const rises = clause(v.rising, true);
  if (falls !== undefined && rises !== undefined) return w.paneVerdictBoth(falls, rises);
  const one = falls ?? rises;
  return one === undefined ? undefined : w.paneVerdictOne(one);
}

export function VolumeRisk(p: { readonly pricing: Pricing }): JSX.Element {
  const { lang } = useFields();
  const w = usePriceWords();
  const s = useStyles();
  const { pricing } = p;
  const outcome = pricing.inputs.outcomeName;
  const byKey = new Map(pricing.models.map((m) => [m.key, m]));
  const groups: Group[] = sameRiskGroups(pricing).flatMap((keys, i) => {
    const model = byKey.get(keys[0] as ModelKey);
    return model ? [{ keys, color: COLORS[i % COLORS.length] as string, model }] : [];
  });
  const colorOf = new Map(groups.flatMap((g) => g.keys.map((k) => [k, g.color] as const)));
  const name = (k: ModelKey): string => modelName(k, outcome, lang);
  const names = (keys: readonly ModelKey[]): string => modelList(keys.map(name), w);
  const pct = (d: Dec): string => formatValue(d, "ratio", "", lang);
  const ratio = (d: Dec): string => `${formatUpTo(d.times(100), 2, lang)}%`;
  const atRisk = pricing.inputs.penaltyCapRate.plus(pricing.inputs.holdbackRate).gt(0);
  const verdict = verdictSentence(pricing, w, names, pct, ratio);
  const x = pricing.volumeRatios.map((v) => toNumber(v.times(100)));
  const lines: RiskLine[] = pricing.models.flatMap((m) => {
    const color = colorOf.get(m.key) ?? "#0f6cbd";
    const line = (ys: readonly Dec[], dashed: boolean, legend: string): RiskLine => ({ legend, color, dashed, points: ys.map((y, i) => ({ x: x[i] ?? 0, y: toNumber(y.times(100).toDecimalPlaces(2)) })) });
    const solid = line(m.margin, false, name(m.key));
    return atRisk ? [solid, line(m.worstMargin, true, w.panePriceWorstLine(name(m.key)))] : [solid];
  });
  return (
    <section className={s.section} aria-labelledby="cc-risk-h">
      <h3 id="cc-risk-h" className={s.subheading}>
        {w.quoteRisk}
      </h3>
      {verdict !== undefined && (
        <p className={s.verdict} data-testid="risk-verdict">
          {verdict}
        </p>
      )}
      <LazyChart loading={w.panePriceChartLoading} failed={w.panePriceChartFailed}>
        <RiskChart label={w.panePriceChartLabel} xTitle={w.panePriceVolume} yTitle={w.panePriceMarginAxis} ticks={x} lines={lines} />
      </LazyChart>
      <p className={s.hint}>{atRisk ? w.panePriceKeyAtRisk : w.panePriceKeyPlain}</p>
      <div className={s.scroll}>
        <table className={s.table} data-testid="risk-table">
          <caption className={s.srOnly}>{w.quoteRisk}</caption>
          <TableHead
            columns={[
              { key: "volume", label: w.panePriceVolume },
              ...groups.map((g) => ({
                key: g.keys.join(),
                label: (
                  <span data-group={g.keys.join(" ")}>
                    <span className={s.swatch} style={{ color: g.color }} aria-hidden="true" />
                    {names(g.keys)}
                  </span>
                ),
              })),
            ]}
          />
          <tbody>
            {pricing.volumeRatios.map((v, i) => (
              <tr key={v.toString()} className={v.eq(1) ? s.total : undefined}>
                <th scope="row" className={`${s.th} ${s.nowrap}`}>
                  {ratio(v)}
                </th>
                {groups.map((g) => {
                  const m = g.model.margin[i];
                  const worst = g.model.worstMargin[i];
                  return (
                    <td key={g.keys.join()} className={s.td} data-margin={`${g.keys[0] ?? ""}@${i}`}>
                      {m === undefined ? "" : pct(m)}
                      {atRisk && worst !== undefined && <span className={s.sub}>{w.panePriceWorst(pct(worst))}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${s.th} ${s.nowrap}`}>
                {w.quoteBreakEven}
              </th>
              {groups.map((g) => (
                <td key={g.keys.join()} className={s.td}>
                  {g.model.breakEvenVolumeRatio === null ? w.quoteNoBreakEven : pct(g.model.breakEvenVolumeRatio)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

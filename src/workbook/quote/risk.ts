/**
 * The volume-risk tables: each model's margin at every volume ratio (actual ÷ forecast, the
 * header's blue inputs) with its break-even ratio, then the same margins in the worst case. The
 * cost is held at C; revenue is written as P times a share of the forecast, as the core writes
 * it (volumeRisk.ts), so a ratio of 1 gives P exactly:
 *   by time P · by volume P × MAX(v, commitment) · package P × IF(Q ≤ V, MAX(Q, vV), V + MAX(vV − Q, 0)) ÷ V ·
 *   base + commission P × (1 − (1 − base share)(1 − v)).
 * margin = 1 − C ÷ revenue; worst = 1 − C ÷ (revenue × (1 − cap − holdback)).
 */
import { PERCENT_FORMAT } from "../../core/formats/units";
import { MODELS, type ModelKey } from "../../core/pricing";
import { abs } from "../plan/a1";
import { literal, putFigure, type QuoteContext, type QuoteRefs } from "./context";
import { modelLabel } from "./rateCard";
import { breakEvenColumn, QUOTE_COLUMNS, ratioColumn, type QuoteRows } from "./place";
import type { QuoteChart } from "./types";

/** A model's revenue at the ratio in `v`. */
function revenue(key: ModelKey, v: string, r: QuoteRefs): string {
  const P = r.price;
  switch (MODELS[key].billing) {
    case "time":
      return P;
    case "volume":
      return `${P}*MAX(${v},${r.input("minCommitShare")})`;
    case "package": {
      const Q = r.input("includedPerMonth");
      const V = r.callsPerMonth;
      return `${P}*IF(${Q}<=${V},MAX(${Q},${v}*${V}),${V}+MAX(${v}*${V}-${Q},0))/${V}`;
    }
    case "baseCommission":
      return `${P}*(1-(1-${r.input("baseShare")})*(1-${v}))`;
  }
}

/** The break-even ratio's formula, or undefined for the time-billed models (never: the words say so). */
function breakEven(key: ModelKey, r: QuoteRefs, none: string): string | undefined {
  const { cost: C, price: P } = r;
  switch (MODELS[key].billing) {
    case "time":
      return undefined;
    case "volume":
      return `IF(${C}/${P}>${r.input("minCommitShare")},${C}/${P},${none})`;
    case "package": {
      // (Q + (C − M × fee) ÷ (M × overage)) ÷ V = Q ÷ V + C ÷ P − f, the fixed share f = MIN(Q, V) ÷ V.
      const f = `MIN(${r.input("includedPerMonth")},${r.callsPerMonth})/${r.callsPerMonth}`;
      return `IF(${P}*${f}<${C},${r.input("includedPerMonth")}/${r.callsPerMonth}+${C}/${P}-${f},${none})`;
    }
    case "baseCommission": {
      const b = r.input("baseShare");
      return `IF(AND(${b}*${P}<${C},${b}<1),(${C}-${b}*${P})/((1-${b})*${P}),${none})`;
    }
  }
}

/** Write both tables; returns the chart's source (the margins, one row per model). */
export function writeRisk(ctx: QuoteContext, rows: QuoteRows, r: QuoteRefs, models: readonly ModelKey[]): Omit<QuoteChart, "from" | "to"> {
  const { sheet, q } = ctx;
  const ratios = ctx.pricing.volumeRatios;
  const p = ctx.core?.pricing;
  const col = QUOTE_COLUMNS;
  const last = ratioColumn(ratios.length - 1);
  const ratioRefs = ratios.map((_, i) => abs(ratioColumn(i), rows.riskHeader));
  const kept = `(1-${r.input("penaltyCapRate")}-${r.input("holdbackRate")})`;

  sheet.text(col.label, rows.riskSection, q.quoteRisk, "section");
  sheet.text(col.label, rows.riskHeader, q.quoteColModel, "header");
  ratios.forEach((v, i) => sheet.put(ratioColumn(i), rows.riskHeader, { role: "input", value: v, numberFormat: PERCENT_FORMAT }));
  sheet.text(breakEvenColumn(ratios.length), rows.riskHeader, q.quoteBreakEven, "header");
  sheet.names.push({ name: "volumeRatios", ref: `${ratioRefs[0] ?? ""}:${abs(last, rows.riskHeader)}` });

  sheet.text(col.label, rows.worstSection, q.quoteRiskWorst, "section");
  sheet.text(col.label, rows.worstHeader, q.quoteColModel, "header");
  ratios.forEach((v, i) => sheet.put(ratioColumn(i), rows.worstHeader, { role: "header", formula: ratioRefs[i] ?? "", result: v, numberFormat: PERCENT_FORMAT }));

  const series = models.map((key, m) => {
    const model = p?.models.find((x) => x.key === key);
    const label = modelLabel(ctx, key);
    const row = rows.firstRisk + m;
    const worstRow = rows.firstWorst + m;
    sheet.text(col.label, row, label, "label");
    sheet.text(col.label, worstRow, label, "label");
    ratioRefs.forEach((v, i) => {
      const rev = revenue(key, v, r);
      const margin = { kind: "ratio" as const, numberFormat: PERCENT_FORMAT };
      putFigure(ctx, ratioColumn(i), row, { ...margin, key: `margin.${key}.${i}`, formula: `1-${r.cost}/(${rev})`, expected: model?.margin[i] });
      putFigure(ctx, ratioColumn(i), worstRow, { ...margin, key: `worst.${key}.${i}`, formula: `1-${r.cost}/((${rev})*${kept})`, expected: model?.worstMargin[i] });
    });
    const none = q.quoteNoBreakEven;
    const formula = breakEven(key, r, literal(none));
    const at = breakEvenColumn(ratios.length);
    if (formula === undefined) {
      sheet.text(at, row, none, "output");
      ctx.figures.push({ key: `breakEven.${key}`, address: `${at}${row}`, kind: "ratio", expected: null });
    } else {
      putFigure(ctx, at, row, { key: `breakEven.${key}`, kind: "ratio", formula, expected: model ? model.breakEvenVolumeRatio : undefined, none, numberFormat: PERCENT_FORMAT });
    }
    return { name: label, values: `${ratioColumn(0)}${row}:${last}${row}` };
  });
  return {
    kind: "line",
    title: q.quoteRisk,
    categories: `${ratioColumn(0)}${rows.riskHeader}:${last}${rows.riskHeader}`,
    values: `${ratioColumn(0)}${rows.firstRisk}:${last}${rows.firstRisk + models.length - 1}`,
    series,
  };
}

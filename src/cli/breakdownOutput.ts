/** The breakdown as the CLI prints it: an aligned table in zh or en, or JSON. */
import type { Breakdown, BreakdownUnit } from "../core/breakdown.types";
import { breakdownNumbers } from "../core/breakdown";
import type { Dec } from "../core/decimal";
import { formatExact, formatFixed, formatPercent, formatUpTo, renderTable, type Align, type Lang } from "./format";

/**
 * Money totals to 2 places; unit costs to 4, because per-call prices are quoted to the fen and
 * below (0.85 per call) and a cost of 0.5150 vs 0.5249 decides a bid; counts and minutes to at
 * most 2; ratios as a percentage to 2 places (the % sign is in the unit column).
 */
export function formatValue(value: Dec, unit: BreakdownUnit, lang: Lang, exact: boolean): string {
  if (unit === "ratio") return formatPercent(value, lang, exact);
  if (exact) return formatExact(value, lang);
  if (unit === "count" || unit === "minutes") return formatUpTo(value, 2, lang);
  if (unit === "moneyPerAnswer" || unit === "moneyPerMinute") return formatFixed(value, 4, lang);
  return formatFixed(value, 2, lang);
}

/** The unit column: the currency code for money (CNY by default), words for the rest. */
export function unitText(unit: BreakdownUnit, currency: string, lang: Lang): string {
  const zh = lang === "zh";
  switch (unit) {
    case "money":
      return currency;
    case "moneyPerAnswer":
      return zh ? `${currency}/通` : `${currency}/answer`;
    case "moneyPerMinute":
      return zh ? `${currency}/分钟` : `${currency}/min`;
    case "count":
      return zh ? "通" : "answers";
    case "minutes":
      return zh ? "分钟" : "min";
    case "ratio":
      return "%";
  }
}

export interface TableOptions {
  readonly lang: Lang;
  readonly currency: string;
  readonly title: string;
  readonly formulas: boolean;
  readonly exact: boolean;
}

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  en: ["Item", "Value", "Unit", "How it is computed"],
  zh: ["项目", "数值", "单位", "计算方式"],
};

/** The title, a blank line and the aligned table, ending in a newline. */
export function breakdownTable(b: Breakdown, o: TableOptions): string {
  const columns = o.formulas ? 4 : 3;
  const header = HEADER[o.lang].slice(0, columns);
  const rows = b.lines.map((line) => {
    const row = [line.label[o.lang], formatValue(line.value, line.unit, o.lang, o.exact), unitText(line.unit, o.currency, o.lang)];
    if (o.formulas) row.push(line.formula[o.lang]);
    return row;
  });
  const aligns: Align[] = ["left", "decimal", "left", "left"];
  return `${o.title}\n\n${renderTable(header, rows, aligns.slice(0, columns), o.lang)}`;
}

/**
 * `{ "breakdown": { "<key>": <number> } }`, or exact decimal strings when `exact`. A value
 * beyond a double's range (~1.8e308) has no JSON number (JSON.stringify would write null), so it
 * is refused with its key, pointing to --exact.
 */
export function breakdownJson(b: Breakdown, exact: boolean): { ok: true; text: string } | { ok: false; key: string; value: string } {
  if (exact) return { ok: true, text: jsonText({ breakdown: Object.fromEntries(b.lines.map((l) => [l.key, l.value.toFixed()])) }) };
  const breakdown = breakdownNumbers(b);
  const bad = b.lines.find((l) => !Number.isFinite(breakdown[l.key]));
  if (bad) return { ok: false, key: bad.key, value: bad.value.toString() };
  return { ok: true, text: jsonText({ breakdown }) };
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

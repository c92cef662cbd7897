/**
 * The cost composition under the breakdown: the five pre-tax cost parts (COMPOSITION_KEYS), each
 * amount linked to its breakdown line and its share of the total cost. It is the chart's data,
 * and its shares carry data bars where a writer cannot draw the chart.
 */
import { BREAKDOWN_KEYS, type BreakdownKey } from "../../core/breakdown.types";
import { BREAKDOWN_TEXT } from "../../core/catalogue/outputs";
import { toNumber } from "../../core/decimal";
import { COMPOSITION_KEYS, outputFormat } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import { abs, range, type PlanContext } from "./a1";
import { BREAKDOWN_COLUMNS, ROWS } from "./layout";

export interface CompositionRanges {
  /** The parts' labels and amounts (the chart's categories and values). */
  readonly categories: string;
  readonly values: string;
  /** The shares (data bars). */
  readonly shares: string;
}

const SECTION_ROW = ROWS.firstBreakdown + BREAKDOWN_KEYS.length + 1;

/** Write the block under the breakdown; `line` holds the breakdown lines' references. */
export function writeComposition(ctx: PlanContext, line: Readonly<Record<BreakdownKey, string>>): CompositionRanges {
  const { sheet, words, currency } = ctx;
  const col = BREAKDOWN_COLUMNS;
  const header = SECTION_ROW + 1;
  const first = header + 1;
  const last = header + COMPOSITION_KEYS.length;
  if (last >= ROWS.trafficSection) throw new Error("layout: composition block overlaps the tables"); // a programming error
  sheet.text(col.label, SECTION_ROW, words.sheetComposition, "section");
  sheet.text(col.label, header, words.sheetItem, "header");
  sheet.text(col.value, header, words.sheetAmount, "header");
  sheet.text(col.unit, header, words.sheetShare, "header");
  const total = ctx.core.totalCost;
  COMPOSITION_KEYS.forEach((key, i) => {
    const row = first + i;
    const v = ctx.core[key];
    sheet.text(col.label, row, pick(BREAKDOWN_TEXT[key].label, ctx.lang), "label");
    sheet.put(col.value, row, { role: "output", formula: line[key], ...(v ? { result: toNumber(v) } : {}), numberFormat: outputFormat(BREAKDOWN_TEXT[key].unit, currency) });
    const share = v && total ? (total.isZero() ? 0 : toNumber(v.div(total))) : undefined;
    sheet.put(col.unit, row, {
      role: "output",
      formula: `IF(${line.totalCost}=0,0,${abs(col.value, row)}/${line.totalCost})`,
      ...(share === undefined ? {} : { result: share }),
      numberFormat: outputFormat("ratio", currency),
    });
  });
  return { categories: range(col.label, first, col.label, last), values: range(col.value, first, col.value, last), shares: range(col.unit, first, col.unit, last) };
}

/**
 * The bid's inputs: one blue named cell per figure of the forecast section (and the tax rate), in
 * catalogue order with its label and unit; the shrinkage components and the per-seat costs as
 * short lists under them, each closed by the figure the formulas use (total shrinkage, Σ per
 * seat). The contract months are counted from the monthly table, so they always match its rows.
 */
import type { NumberNode } from "../../core/catalogue/nodes";
import { BID_SCENARIO } from "../../core/catalogue/forecast";
import { fields, valueAt } from "../../core/catalogue/walk";
import { D, sum, toNumber } from "../../core/decimal";
import { totalShrinkage } from "../../core/forecast/workforce";
import { inputFormat, outputFormat, unitColumnWords } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import { abs, absRange } from "../plan/a1";
import { namedInputRow } from "../plan/inputs";
import type { BidContext } from "./context";
import { INPUT_COLUMNS as COL, ROWS } from "../plan/layout";
import { MONTH_COLUMN_LETTERS } from "./layout";

export interface BidInputField {
  /** The defined name of its cell: the path under `forecast`, camel-cased (wage.monthly → wageMonthly). */
  readonly name: string;
  readonly path: string;
  readonly node: NumberNode;
}

const camel = (path: string): string => path.replace(/^forecast\./, "").replace(/\.([a-z])/g, (_, c: string) => c.toUpperCase());

/** Every single figure of a bid (not the lists), in catalogue order: the forecast's, then the tax rate. */
export const BID_INPUT_FIELDS: readonly BidInputField[] = fields(BID_SCENARIO).flatMap((e) =>
  e.node.kind === "number" && !e.path.includes("[]") && (e.path.startsWith("forecast.") || e.path === "taxRate") ? [{ name: camel(e.path), path: e.path, node: e.node }] : [],
);

/** Names of the cells the formulas read that are not single fields. */
export const DERIVED_NAMES = { totalShrinkage: "totalShrinkage", perSeatTotal: "perSeatMonthTotal" } as const;

export type BidRefs = (name: string) => string;

/** Where each field of the bid sits: a named cell or a range (for the tests and the docs). */
export type FieldRefs = { path: string; ref: string }[];

function writeScalars(ctx: BidContext, refs: Map<string, string>, placed: FieldRefs): void {
  const { sheet, lang, currency, rows } = ctx;
  const months = absRange(MONTH_COLUMN_LETTERS.month, rows.firstMonth, rows.monthlyTotal - 1);
  BID_INPUT_FIELDS.forEach((field, i) => {
    const { name, path } = field;
    const row = ROWS.firstInput + i;
    const { ref, unit } = namedInputRow(sheet, COL, row, field, lang, currency);
    refs.set(name, ref);
    placed.push({ path, ref });
    const value = valueAt(ctx.scenario, path);
    if (path === "forecast.months") {
      sheet.put(COL.value, row, { role: "output", formula: `COUNT(${months})`, result: ctx.scenario.forecast.months, numberFormat: inputFormat(unit, currency, ctx.scenario.forecast.months) });
      return;
    }
    // Blank only for an optional figure left out (the patience: Erlang C); the formulas never read it.
    const v = typeof value === "number" ? value : null;
    sheet.put(COL.value, row, { role: "input", value: v, numberFormat: v === null ? outputFormat(unit, currency) : inputFormat(unit, currency, v) });
  });
}

function writeShrinkage(ctx: BidContext, refs: Map<string, string>, placed: FieldRefs): void {
  const { sheet, rows, bid } = ctx;
  const components = ctx.scenario.forecast.shrinkage;
  sheet.text(COL.label, rows.shrinkageSection, bid.bidSheetShrinkage, "section");
  components.forEach((s, j) => {
    sheet.text(COL.label, rows.firstShrinkage + j, bid.bidSheetShrinkageItem(j + 1), "label");
    sheet.put(COL.value, rows.firstShrinkage + j, { role: "input", value: s, numberFormat: inputFormat("ratio", ctx.currency, s) });
  });
  if (components.length > 0) placed.push({ path: "forecast.shrinkage", ref: absRange(COL.value, rows.firstShrinkage, rows.totalShrinkage - 1) });
  // s = 1 − Π(1 − sⱼ), spelled out: PRODUCT over an array expression needs an array formula.
  const factors = components.map((_, j) => `(1-${abs(COL.value, rows.firstShrinkage + j)})`);
  const formula = factors.length === 0 ? "0" : `1-${factors.join("*")}`;
  sheet.text(COL.label, rows.totalShrinkage, bid.bidSheetTotalShrinkage, "label");
  const result = toNumber(totalShrinkage(components.map((s) => new D(String(s)))));
  sheet.put(COL.value, rows.totalShrinkage, { role: "output", formula, result, numberFormat: outputFormat("ratio", ctx.currency) });
  refs.set(DERIVED_NAMES.totalShrinkage, sheet.name(DERIVED_NAMES.totalShrinkage, COL.value, rows.totalShrinkage));
}

function writePerSeat(ctx: BidContext, refs: Map<string, string>, placed: FieldRefs): void {
  const { sheet, rows, bid, lang, currency } = ctx;
  const items = ctx.scenario.forecast.perSeatMonth;
  const item = BID_SCENARIO.children.forecast.children.perSeatMonth.item;
  sheet.text(COL.label, rows.perSeatSection, bid.bidSheetPerSeat, "section");
  sheet.text(COL.label, rows.perSeatHeader, pick(item.name.spec.label, lang), "header");
  sheet.text(COL.value, rows.perSeatHeader, pick(item.amount.spec.label, lang), "header");
  items.forEach((c, j) => {
    const row = rows.firstPerSeat + j;
    sheet.text(COL.label, row, c.name, "input");
    sheet.put(COL.value, row, { role: "input", value: c.amount, numberFormat: inputFormat("money", currency, c.amount) });
    sheet.text(COL.unit, row, unitColumnWords("moneyPerSeatMonth", currency, lang), "unit");
  });
  if (items.length > 0) {
    placed.push({ path: "forecast.perSeatMonth[].name", ref: absRange(COL.label, rows.firstPerSeat, rows.perSeatTotal - 1) });
    placed.push({ path: "forecast.perSeatMonth[].amount", ref: absRange(COL.value, rows.firstPerSeat, rows.perSeatTotal - 1) });
  }
  const formula = items.length === 0 ? "0" : `SUM(${absRange(COL.value, rows.firstPerSeat, rows.perSeatTotal - 1)})`;
  sheet.text(COL.label, rows.perSeatTotal, bid.bidSheetPerSeatTotal, "label");
  const result = toNumber(sum(items.map((c) => new D(String(c.amount)))));
  sheet.put(COL.value, rows.perSeatTotal, { role: "output", formula, result, numberFormat: outputFormat("moneyPerSeatMonth", currency) });
  sheet.text(COL.unit, rows.perSeatTotal, unitColumnWords("moneyPerSeatMonth", currency, lang), "unit");
  refs.set(DERIVED_NAMES.perSeatTotal, sheet.name(DERIVED_NAMES.perSeatTotal, COL.value, rows.perSeatTotal));
}

/** Write the inputs and the two lists; returns each named cell's reference and where the fields sit. */
export function writeBidInputs(ctx: BidContext): { refs: BidRefs; placed: FieldRefs } {
  ctx.sheet.text(COL.label, ROWS.section, ctx.words.sheetInputs, "section");
  const refs = new Map<string, string>();
  const placed: FieldRefs = [];
  writeScalars(ctx, refs, placed);
  writeShrinkage(ctx, refs, placed);
  writePerSeat(ctx, refs, placed);
  return {
    refs: (name) => {
      const ref = refs.get(name);
      if (ref === undefined) throw new Error(`bid: no named input "${name}"`); // a programming error
      return ref;
    },
    placed,
  };
}

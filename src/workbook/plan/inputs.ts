/**
 * The named input block: one row per catalogue field that has a sheet name (label, value, unit),
 * in catalogue order. Its defined names are a public contract (docs/workbook.md); the breakdown's
 * formulas reach the values through them (as A1 references).
 */
import type { NumberNode } from "../../core/catalogue/nodes";
import { SCENARIO } from "../../core/catalogue/scenario";
import { fields, valueAt } from "../../core/catalogue/walk";
import { inputFormat, unitColumnWords } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import type { NumericUnit } from "../../core/formats/units";
import { numericUnit, type PlanContext } from "./a1";
import { INPUT_COLUMNS, ROWS } from "./layout";
import type { TableRefs } from "./tables";

export interface InputField {
  /** The defined name of the value cell (the catalogue's `sheetName`). */
  readonly name: string;
  /** Catalogue path, e.g. "costs.training.hires". */
  readonly path: string;
  readonly node: NumberNode;
}

/** The catalogue's named inputs, in catalogue order. */
export const INPUT_FIELDS: readonly InputField[] = fields(SCENARIO).flatMap((e) =>
  e.node.kind === "number" && e.node.spec.sheetName !== undefined ? [{ name: e.node.spec.sheetName, path: e.path, node: e.node }] : [],
);

/** The defined names of the inputs, in the block's order. */
export const PARAMETER_NAMES: readonly string[] = INPUT_FIELDS.map((f) => f.name);

/**
 * One named input's row, the same on the breakdown and the bid sheet: its label, its unit in
 * words, the defined name on its value cell. Returns the cell's reference and the field's unit.
 */
export function namedInputRow(
  sheet: PlanContext["sheet"],
  col: { readonly label: string; readonly value: string; readonly unit: string },
  row: number,
  field: { readonly name: string; readonly node: NumberNode },
  lang: PlanContext["lang"],
  currency: string,
): { ref: string; unit: NumericUnit } {
  const unit = numericUnit(field.node.spec.unit);
  sheet.text(col.label, row, pick(field.node.spec.label, lang), "label");
  const words = unitColumnWords(unit, currency, lang);
  if (words !== "") sheet.text(col.unit, row, words, "unit");
  return { ref: sheet.name(field.name, col.value, row), unit };
}

/** An input whose blank value is live: a formula over the tables, with the value it has now. */
type LiveDefault = (ctx: PlanContext, tables: TableRefs) => { readonly formula: string; readonly result: number };

const LIVE_DEFAULTS: Readonly<Record<string, LiveDefault>> = {
  // Blank standard talk time: the first traffic line's average, as the core takes it.
  standardTalkSeconds: (ctx, tables) => ({ formula: tables.firstAvgTalk, result: ctx.scenario.traffic.streams[0]?.avgTalkSeconds ?? 0 }),
};

/** The absolute reference of each named input's cell. */
export type InputRefs = (name: string) => string;

/** Write the block; returns where each named input is. */
export function writeInputs(ctx: PlanContext, tables: TableRefs): InputRefs {
  const { sheet, lang, currency } = ctx;
  const col = INPUT_COLUMNS;
  sheet.text(col.label, ROWS.section, ctx.words.sheetInputs, "section");
  const refs = new Map<string, string>();
  INPUT_FIELDS.forEach((field, i) => {
    const { name, path } = field;
    const row = ROWS.firstInput + i;
    const { ref, unit } = namedInputRow(sheet, col, row, field, lang, currency);
    refs.set(name, ref);
    const value = valueAt(ctx.scenario, path);
    const live = LIVE_DEFAULTS[name];
    if (typeof value !== "number" && live !== undefined) {
      const { formula, result } = live(ctx, tables);
      sheet.put(col.value, row, { role: "input", formula, result, numberFormat: inputFormat(unit, currency, result) });
      return;
    }
    // Absent only under an optional group left out (zod fills every default): the core counts it as 0.
    const v = typeof value === "number" ? value : 0;
    sheet.put(col.value, row, { role: "input", value: v, numberFormat: inputFormat(unit, currency, v) });
  });
  return (name) => {
    const ref = refs.get(name);
    if (ref === undefined) throw new Error(`plan: no named input "${name}"`); // a programming error
    return ref;
  };
}

/**
 * The quote's own inputs (blue, named after their field: margin, method, seats …) from the
 * catalogue's pricing section, and the cost base: the breakdown sheet's cells the rates are
 * built from, each linked by a cross-sheet reference so an edit there flows into the quote.
 */
import { BREAKDOWN_TEXT } from "../../core/catalogue/outputs";
import { SCENARIO } from "../../core/catalogue/scenario";
import { fields, valueAt, type FieldEntry } from "../../core/catalogue/walk";
import { D, type Dec } from "../../core/decimal";
import { inputFormat, outputFormat, unitColumnWords, type NumericUnit } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import { abs, numericUnit } from "../plan/a1";
import { onSheet, putFigure, type QuoteContext, type QuoteRefs } from "./context";
import type { CostSource } from "./source";
import { COST_BASE_COUNT, QUOTE_COLUMNS, SIDE_UNIT } from "./place";

export interface QuoteInput {
  /** The defined name of its cell: the field's own name. */
  readonly name: string;
  readonly path: string;
  readonly entry: FieldEntry;
}

/** Shown elsewhere on the sheet: the validity at the top, the ratios as the risk table's header, the outcome's name in the labels. */
export const PLACED_ELSEWHERE: ReadonlySet<string> = new Set(["pricing.terms.validityDays", "pricing.volumeRatios", "pricing.outcomeName"]);

const PRICING_FIELDS = fields(SCENARIO).filter((e) => e.path.startsWith("pricing."));

/** Every pricing field the input block may hold, in catalogue order. */
export const QUOTE_INPUT_FIELDS: readonly QuoteInput[] = PRICING_FIELDS.filter((e) => !PLACED_ELSEWHERE.has(e.path)).map((entry) => ({
  name: entry.path.split(".").pop() ?? entry.path,
  path: entry.path,
  entry,
}));

/** Billed seats left blank are the agents on payroll: a live link, as the core takes them. */
const LIVE_SEATS = "pricing.seats";

/** A field's value in the scenario, or its catalogue default (a terms section left out). */
export function pricingValue(scenario: unknown, entry: FieldEntry): unknown {
  const v = valueAt(scenario, entry.path);
  return v !== undefined || entry.node.kind === "literal" ? v : entry.node.spec.default;
}

/** The inputs a scenario's quote shows: an optional field only when given (billed seats always). */
export function applicableInputs(scenario: unknown): QuoteInput[] {
  return QUOTE_INPUT_FIELDS.filter((f) => f.path === LIVE_SEATS || pricingValue(scenario, f.entry) !== undefined);
}

/** Write the input block under its section; returns each input's reference by name. */
export function writeInputs(ctx: QuoteContext, inputs: readonly QuoteInput[], section: number, agents: string): Map<string, string> {
  const { sheet, lang, currency } = ctx;
  const col = QUOTE_COLUMNS;
  sheet.text(col.label, section, ctx.q.quoteInputs, "section");
  const refs = new Map<string, string>();
  inputs.forEach(({ name, entry }, i) => {
    const row = section + 1 + i;
    const node = entry.node;
    if (node.kind === "literal") return;
    sheet.text(col.label, row, pick(node.spec.label, lang), "label");
    refs.set(name, sheet.name(name, col.value, row));
    const value = pricingValue(ctx.scenario, entry);
    if (node.kind === "text") {
      sheet.text(col.value, row, typeof value === "string" ? value : "", "input");
      sheet.text(SIDE_UNIT, row, ctx.q.quoteMethodWords, "unit");
      return;
    }
    if (node.kind !== "number") throw new Error(`quote: no input cell for a ${node.kind} field`); // a programming error
    const unit = numericUnit(node.spec.unit);
    const words = unitColumnWords(unit, currency, lang);
    if (words !== "") sheet.text(SIDE_UNIT, row, words, "unit");
    if (typeof value !== "number") {
      const agentsNow = ctx.seatsNow;
      sheet.put(col.value, row, { role: "input", formula: agents, ...(agentsNow === undefined ? {} : { result: agentsNow }), numberFormat: inputFormat(unit, currency, agentsNow ?? 0) });
      return;
    }
    sheet.put(col.value, row, { role: "input", value, numberFormat: inputFormat(unit, currency, value) });
  });
  return refs;
}

interface CostBaseLine {
  readonly key: keyof Pick<QuoteRefs, "cost" | "taxRate" | "months" | "agents" | "hoursPerDay" | "talkMinutes" | "answered" | "normalizedAnswers" | "callsPerMonth">;
  readonly label: string;
  readonly unit: NumericUnit;
  readonly formula: string;
  readonly expected: Dec | undefined;
}

/** The cost base rows' references (fixed order from `first`). */
export function costBaseRefs(first: number): Pick<QuoteRefs, CostBaseLine["key"]> {
  const at = (i: number): string => abs(QUOTE_COLUMNS.value, first + i);
  return { cost: at(0), taxRate: at(1), months: at(2), agents: at(3), hoursPerDay: at(4), talkMinutes: at(5), answered: at(6), normalizedAnswers: at(7), callsPerMonth: at(8) };
}

/** Write the cost base under its section: each cell a link to the breakdown sheet's cell. */
export function writeCostBase(ctx: QuoteContext, source: CostSource, section: number): void {
  const { sheet, lang, currency } = ctx;
  const base = source.base;
  const on = (ref: string): string => onSheet(source.sheetName, ref);
  const refs = costBaseRefs(section + 1);
  const b = ctx.core?.breakdown.values;
  const x = ctx.core?.pricing.inputs;
  const lines: CostBaseLine[] = [
    { key: "cost", label: pick(BREAKDOWN_TEXT.totalCost.label, lang), unit: "money", formula: on(base.totalCost), expected: b?.totalCost },
    { key: "taxRate", label: base.labels.taxRate, unit: "ratio", formula: on(base.taxRate), expected: x?.taxRate },
    { key: "months", label: base.labels.months, unit: "months", formula: on(base.months), expected: x?.months },
    { key: "agents", label: base.labels.agents, unit: "people", formula: on(base.agents), expected: x && base.seatsNow !== undefined ? new D(String(base.seatsNow)) : undefined },
    { key: "hoursPerDay", label: base.labels.hoursPerDay, unit: "hours", formula: on(base.hoursPerDay), expected: x?.hoursPerDay },
    { key: "talkMinutes", label: pick(BREAKDOWN_TEXT.talkMinutes.label, lang), unit: "minutes", formula: on(base.talkMinutes), expected: b?.talkMinutes },
    { key: "answered", label: ctx.q.quoteAnswered, unit: "count", formula: `SUM(${on(base.answered)})`, expected: x?.answered },
    { key: "normalizedAnswers", label: pick(BREAKDOWN_TEXT.normalizedAnswers.label, lang), unit: "count", formula: on(base.normalizedAnswers), expected: b?.normalizedAnswers },
    { key: "callsPerMonth", label: ctx.q.quoteCallsPerMonth, unit: "count", formula: `${refs.answered}/${refs.months}`, expected: x?.answered.div(x.months) },
  ];
  if (lines.length !== COST_BASE_COUNT) throw new Error("quote: cost base rows out of step with the layout"); // a programming error
  sheet.text(QUOTE_COLUMNS.label, section, ctx.q.quoteCostBase(source.sheetName), "section");
  lines.forEach((line, i) => {
    const row = section + 1 + i;
    sheet.text(QUOTE_COLUMNS.label, row, line.label, "label");
    const words = unitColumnWords(line.unit, currency, lang);
    if (words !== "") sheet.text(SIDE_UNIT, row, words, "unit");
    const kind = line.unit === "ratio" ? "ratio" : line.unit === "money" ? "money" : "count";
    putFigure(ctx, QUOTE_COLUMNS.value, row, { key: `base.${line.key}`, kind, formula: line.formula, expected: line.expected, numberFormat: outputFormat(line.unit, currency) });
  });
}

/** The quote's validity (days), shown at the top beside the date. */
export const VALIDITY_FIELD: FieldEntry = ((): FieldEntry => {
  const entry = PRICING_FIELDS.find((e) => e.path === "pricing.terms.validityDays");
  if (!entry) throw new Error("quote: the catalogue has no pricing.terms.validityDays"); // a programming error
  return entry;
})();

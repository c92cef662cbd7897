/**
 * The breakdown block: one row per line of the core's breakdown — label, live formula (with the
 * core's value as its cached result), unit and the formula in words — each value cell named after
 * its line. Formulas come in two modes over the same inputs: native (SUM, SUMIF, SUMPRODUCT, IF,
 * ISNUMBER with plain A1 references, which Excel 2010 and LibreOffice 7.4 both evaluate) and cc
 * (the add-in's CC.* functions; sums and the tax line stay native).
 */
import { BREAKDOWN_KEYS, type BreakdownKey, type BreakdownLine } from "../../core/breakdown.types";
import { BREAKDOWN_TEXT } from "../../core/catalogue/outputs";
import { toNumber, type Dec } from "../../core/decimal";
import { outputFormat, unitColumnWords } from "../../core/formats/units";
import { pick } from "../../core/sentences/lang";
import { abs, type PlanContext } from "./a1";
import type { InputRefs } from "./inputs";
import { BREAKDOWN_COLUMNS, ROWS } from "./layout";
import { kindWord, type TableRefs } from "./tables";
import type { BreakdownCell } from "./types";

type Lines = Readonly<Record<BreakdownKey, string>>;

/** Everything a breakdown formula refers to. */
interface FormulaRefs extends TableRefs {
  readonly input: InputRefs;
  readonly line: Lines;
}

/** The absolute reference of every breakdown line's value cell (fixed rows). */
export function lineRefs(): Lines {
  const line = {} as Record<BreakdownKey, string>;
  BREAKDOWN_KEYS.forEach((key, i) => (line[key] = abs(BREAKDOWN_COLUMNS.value, ROWS.firstBreakdown + i)));
  return line;
}

type Common = "talkMinutes" | "laborCost" | "otherCost" | "totalCost" | "tax";

/** Lines written the same in both modes: sums, the SUMIFs over the cost kinds, the tax. */
function commonFormulas(r: FormulaRefs, ctx: PlanContext): Record<Common, string> {
  const l = r.line;
  const sumOf = (list: "labor" | "other"): string => `SUMIF(${r.costKind},"${kindWord(list, ctx.words)}",${r.costAmount})`;
  return {
    talkMinutes: `SUM(${r.used})`,
    laborCost: sumOf("labor"),
    otherCost: sumOf("other"),
    totalCost: `SUM(${l.laborCost},${l.recruitmentCost},${l.trainingCost},${l.managementCost},${l.otherCost})`,
    tax: `${l.totalCost}*${r.input("taxRate")}`,
  };
}

function ccFormulas(r: FormulaRefs): Record<Exclude<BreakdownKey, Common>, string> {
  const p = r.input;
  const l = r.line;
  const std = p("standardTalkSeconds");
  const staffing = `${p("agents")},${p("hoursPerDay")},${p("paidDaysPerMonth")},${p("months")}`;
  return {
    normalizedAnswers: `CC.NORMANSWERS(${r.answered},${r.avgTalk},${std})`,
    paidMinutes: `CC.PAIDMINUTES(${staffing})`,
    utilization: `CC.UTILIZATION(${r.used},${staffing})`,
    recruitmentCost: `CC.RECRUITCOST(${p("hires")},${p("feePerHire")})`,
    trainingCost: `CC.TRAININGCOST(${p("trainingHires")},${p("trainingDays")},${p("dailyAllowance")})`,
    managementCost: `CC.MGMTCOST(${p("managers")},${p("monthlySalary")},${p("managementMonths")})`,
    totalCostWithTax: `CC.WITHTAX(${l.totalCost},${p("taxRate")})`,
    costPerAnswer: `CC.PERANSWER(${l.totalCost},${r.answered},${r.avgTalk},${std})`,
    costPerMinute: `CC.PERMINUTE(${l.totalCost},${r.used})`,
    costPerAnswerWithTax: `CC.PERANSWER(${l.totalCostWithTax},${r.answered},${r.avgTalk},${std})`,
    costPerMinuteWithTax: `CC.PERMINUTE(${l.totalCostWithTax},${r.used})`,
  };
}

type Derived = "utilization" | "totalCostWithTax" | "costPerAnswer" | "costPerMinute" | "costPerAnswerWithTax" | "costPerMinuteWithTax";

/** The lines computed from other lines, the same on the breakdown and the bid sheet (native). */
export function derivedLineFormulas(l: Lines, taxRate: string): Record<Derived, string> {
  return {
    utilization: `${l.talkMinutes}/${l.paidMinutes}`,
    totalCostWithTax: `${l.totalCost}*(1+${taxRate})`,
    costPerAnswer: `${l.totalCost}/${l.normalizedAnswers}`,
    costPerMinute: `${l.totalCost}/${l.talkMinutes}`,
    costPerAnswerWithTax: `${l.totalCostWithTax}/${l.normalizedAnswers}`,
    costPerMinuteWithTax: `${l.totalCostWithTax}/${l.talkMinutes}`,
  };
}

function nativeFormulas(r: FormulaRefs): Record<Exclude<BreakdownKey, Common>, string> {
  const p = r.input;
  return {
    normalizedAnswers: `SUMPRODUCT(${r.answered},${r.avgTalk})/${p("standardTalkSeconds")}`,
    paidMinutes: `${p("agents")}*${p("hoursPerDay")}*${p("paidDaysPerMonth")}*${p("months")}*60`,
    recruitmentCost: `${p("hires")}*${p("feePerHire")}`,
    trainingCost: `${p("trainingHires")}*${p("trainingDays")}*${p("dailyAllowance")}`,
    managementCost: `${p("managers")}*${p("monthlySalary")}*${p("managementMonths")}`,
    ...derivedLineFormulas(r.line, p("taxRate")),
  };
}

/** The formula of each breakdown line over the inputs and tables, in the context's mode. */
export function breakdownFormulas(ctx: PlanContext, r: FormulaRefs): Record<BreakdownKey, string> {
  return { ...commonFormulas(r, ctx), ...(ctx.mode === "cc" ? ccFormulas(r) : nativeFormulas(r)) };
}

/** Where the breakdown block of either sheet writes, and in which words. */
type BlockContext = Pick<PlanContext, "sheet" | "words" | "lang" | "currency">;

/** A line's formula in words, per language. */
type InWords = BreakdownLine["formula"];

/**
 * The breakdown block of either sheet (the breakdown's, the bid's): the section title, the header,
 * then one row per line — label, live formula with the core's value cached, unit, formula in words
 * — each value cell named after its line. Returns each line's cell and the core's value for it.
 */
export function writeBreakdownLines(
  ctx: BlockContext,
  formulas: Readonly<Record<BreakdownKey, string>>,
  values: Partial<Record<BreakdownKey, Dec>>,
  inWords: (key: BreakdownKey) => InWords = (key) => BREAKDOWN_TEXT[key].formula,
): Record<BreakdownKey, BreakdownCell> {
  const { sheet, words, lang, currency } = ctx;
  const col = BREAKDOWN_COLUMNS;
  sheet.text(col.label, ROWS.section, words.sheetBreakdown, "section");
  const headers = [words.sheetItem, words.sheetValue, words.sheetUnit, words.sheetFormula];
  [col.label, col.value, col.unit, col.words].forEach((c, j) => sheet.text(c, ROWS.breakdownHeader, headers[j] ?? "", "header"));
  const breakdown = {} as Record<BreakdownKey, BreakdownCell>;
  BREAKDOWN_KEYS.forEach((key, i) => {
    const row = ROWS.firstBreakdown + i;
    const info = BREAKDOWN_TEXT[key];
    const v = values[key];
    const expected = v === undefined ? null : toNumber(v);
    sheet.text(col.label, row, pick(info.label, lang), "label");
    const numberFormat = outputFormat(info.unit, currency);
    const address = sheet.put(col.value, row, { role: "output", formula: formulas[key], ...(expected === null ? {} : { result: expected }), numberFormat });
    const unit = unitColumnWords(info.unit, currency, lang);
    if (unit !== "") sheet.text(col.unit, row, unit, "unit");
    sheet.text(col.words, row, pick(inWords(key), lang), "note");
    sheet.name(key, col.value, row);
    breakdown[key] = { address, expected };
  });
  return breakdown;
}

/** Write the breakdown sheet's block over its inputs and tables. */
export function writeBreakdown(ctx: PlanContext, r: FormulaRefs): Record<BreakdownKey, BreakdownCell> {
  return writeBreakdownLines(ctx, breakdownFormulas(ctx, r), ctx.core);
}

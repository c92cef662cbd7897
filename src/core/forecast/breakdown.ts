/**
 * A bid's breakdown: the same 16 lines as an actuals scenario's (so the rate card prices either),
 * summed from the monthly table. The standard call is the AHT, so normalised answers are the
 * calls; paid minutes are the headcount's paid hours; utilisation and the unit costs as for actuals.
 */
import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey, type BreakdownLine } from "../breakdown.types";
import { BREAKDOWN_TEXT } from "../catalogue/outputs";
import { costPerAnswer, costPerMinute, taxAmount, withTax } from "../costplus";
import { sum, type Dec } from "../decimal";
import { ok, renamed, type Result } from "../result";
import type { Sentence } from "../sentences/book";
import { FORECAST as S } from "../sentences/forecast";
import { utilization } from "../traffic";
import { refuse } from "../validators";
import type { ExactForecast, MonthColumn, MonthRow } from "./monthly";

/** The lines whose formula in words differs for a bid (the rest read as for actuals). */
const BID_FORMULAS: Partial<Record<BreakdownKey, Sentence<string>>> = {
  normalizedAnswers: S.forecastFormulaAnswers,
  talkMinutes: S.forecastFormulaTalk,
  paidMinutes: S.forecastFormulaPaid,
  laborCost: S.forecastFormulaLabour,
  recruitmentCost: S.forecastFormulaRecruitment,
  trainingCost: S.forecastFormulaTraining,
  managementCost: S.forecastFormulaManagement,
  otherCost: S.forecastFormulaOther,
  totalCost: S.forecastFormulaTotal,
};

/** Σₖ of one column of the monthly table. */
export function columnTotal(rows: readonly MonthRow[], column: MonthColumn): Dec {
  return sum(rows.map((r) => r[column]));
}

type Values = Record<BreakdownKey, Dec>;


type UnitCosts = Pick<Values, "costPerAnswer" | "costPerMinute" | "costPerAnswerWithTax" | "costPerMinuteWithTax">;

/** The four unit costs, as for actuals; a zero divisor is named by the calls that make it. */
function unitCosts(total: Dec, totalWithTax: Dec, answers: Dec, talk: Dec): Result<UnitCosts> {
  const perAnswer = renamed(costPerAnswer(total, answers), "forecast.callsPerMonth");
  if (!perAnswer.ok) return perAnswer;
  const perMinute = renamed(costPerMinute(total, talk), "forecast.ahtSeconds");
  if (!perMinute.ok) return perMinute;
  const perAnswerWithTax = renamed(costPerAnswer(totalWithTax, answers), "forecast.callsPerMonth");
  if (!perAnswerWithTax.ok) return perAnswerWithTax;
  const perMinuteWithTax = renamed(costPerMinute(totalWithTax, talk), "forecast.ahtSeconds");
  if (!perMinuteWithTax.ok) return perMinuteWithTax;
  return ok({ costPerAnswer: perAnswer.value, costPerMinute: perMinute.value, costPerAnswerWithTax: perAnswerWithTax.value, costPerMinuteWithTax: perMinuteWithTax.value });
}

/**
 * The 16 lines from the monthly table. totalCost is Σ totalₖ, the figure the table shows; the
 * five cost lines are the same months' sums by kind (otherCost: seat costs and setup).
 */
export function forecastBreakdown(f: ExactForecast, taxRate: Dec, rows: readonly MonthRow[]): Result<Breakdown> {
  const answers = sum(f.callsPerMonth);
  if (answers.isZero()) return refuse("divByZero", "forecast.callsPerMonth", S.forecastNoCalls);
  const talk = answers.times(f.ahtSeconds).div(60);
  const paid = columnTotal(rows, "headcount").times(f.paidHoursPerFteMonth).times(60);
  const util = renamed(utilization(talk, paid), "forecast.callsPerMonth");
  if (!util.ok) return util;
  const total = columnTotal(rows, "total");
  const tax = renamed(taxAmount(total, taxRate), "taxRate");
  if (!tax.ok) return tax;
  const totalWithTax = renamed(withTax(total, taxRate), "taxRate");
  if (!totalWithTax.ok) return totalWithTax;
  const units = unitCosts(total, totalWithTax.value, answers, talk);
  if (!units.ok) return units;
  const values: Values = {
    normalizedAnswers: answers,
    talkMinutes: talk,
    paidMinutes: paid,
    utilization: util.value,
    laborCost: columnTotal(rows, "labour"),
    recruitmentCost: columnTotal(rows, "recruitment"),
    trainingCost: columnTotal(rows, "training"),
    managementCost: columnTotal(rows, "management"),
    otherCost: sum(rows.map((r) => r.seatCosts.plus(r.setup))),
    totalCost: total,
    tax: tax.value,
    totalCostWithTax: totalWithTax.value,
    ...units.value,
  };
  const lines: BreakdownLine[] = BREAKDOWN_KEYS.map((key) => ({ key, ...BREAKDOWN_TEXT[key], formula: BID_FORMULAS[key] ?? BREAKDOWN_TEXT[key].formula, value: values[key] }));
  return ok({ lines, values });
}

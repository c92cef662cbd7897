/**
 * Cost-plus (成本加成测算): recruitment, training, management, cost lines, tax, and the two unit
 * costs analysts reproduce — cost per normalised answer and cost per talk minute.
 *
 * Units: money in the scenario's currency (CNY by default), counts of people, days, months.
 */
import { ONE, ZERO, type Dec } from "./decimal";
import { isNeg, negativeError, notUnit, refuse, unitError, zeroError } from "./validators";
import { ok, type Result } from "./result";
import { filled } from "./sentences/book";
import { CORE } from "./sentences/core";
import { FORMULAS as F } from "./sentences/formulas";
import type { TalkStream } from "./traffic";

/** Recruitment cost (招聘成本) = hires × feePerHire. Seed: 419 × 400 = 167 600. */
export function recruitmentCost(hires: Dec, feePerHire: Dec): Result<Dec> {
  if (isNeg(hires)) return negativeError("hires", hires);
  if (isNeg(feePerHire)) return negativeError("feePerHire", feePerHire);
  return ok(hires.times(feePerHire));
}

/** Training cost (培训成本) = hires × trainingDays × dailyAllowance. Seed: 419 × 7 × 30 = 87 990. */
export function trainingCost(hires: Dec, trainingDays: Dec, dailyAllowance: Dec): Result<Dec> {
  if (isNeg(hires)) return negativeError("hires", hires);
  if (isNeg(trainingDays)) return negativeError("trainingDays", trainingDays);
  if (isNeg(dailyAllowance)) return negativeError("dailyAllowance", dailyAllowance);
  return ok(hires.times(trainingDays).times(dailyAllowance));
}

/** Management staff cost (管理人员成本) = managers × monthlySalary × months. Seed: 9 × 4 500 × 12 = 486 000. */
export function managementCost(managers: Dec, monthlySalary: Dec, months: Dec): Result<Dec> {
  if (isNeg(managers)) return negativeError("managers", managers);
  if (isNeg(monthlySalary)) return negativeError("monthlySalary", monthlySalary);
  if (isNeg(months)) return negativeError("months", months);
  return ok(managers.times(monthlySalary).times(months));
}

/** A named amount: one labour item (工资, 社保, 公积金 …) or other cost. */
export interface CostItem {
  readonly name: string;
  readonly amount: Dec;
}

/**
 * Sum of cost lines (成本项合计), e.g. the labour items. Every amount must be ≥ 0; a bad one is
 * reported as `<arg>[i]` (0-based, like a JSON path) with the line's name in the message.
 */
export function sumCostLines(lines: readonly CostItem[], arg: string): Result<Dec> {
  let total = ZERO;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as CostItem;
    if (isNeg(line.amount)) return refuse("outOfRange", `${arg}[${i}]`, filled(F.costLineNegative, line.name, line.amount.toString()));
    total = total.plus(line.amount);
  }
  return ok(total);
}

/** Tax (税额) = amount × taxRate, taxRate in [0, 1] (0.06 = the 6 % VAT after 营改增). */
export function taxAmount(amount: Dec, taxRate: Dec): Result<Dec> {
  if (isNeg(amount)) return negativeError("amount", amount);
  if (notUnit(taxRate)) return unitError("taxRate", taxRate);
  return ok(amount.times(taxRate));
}

/** Amount with tax (计税后总成本) = amount × (1 + taxRate), taxRate in [0, 1]. */
export function withTax(amount: Dec, taxRate: Dec): Result<Dec> {
  if (isNeg(amount)) return negativeError("amount", amount);
  if (notUnit(taxRate)) return unitError("taxRate", taxRate);
  return ok(amount.times(ONE.plus(taxRate)));
}

/**
 * Cost per normalised answer (单次应答成本) = totalCost ÷ normalizedAnswers. Unit: money per
 * answer of the standard talk time. Zero answers → divByZero naming normalizedAnswers.
 */
export function costPerAnswer(totalCost: Dec, normalizedAnswers: Dec): Result<Dec> {
  if (isNeg(totalCost)) return negativeError("totalCost", totalCost);
  if (isNeg(normalizedAnswers)) return negativeError("normalizedAnswers", normalizedAnswers);
  if (normalizedAnswers.isZero()) return zeroError("normalizedAnswers");
  return ok(totalCost.div(normalizedAnswers));
}

/** Cost per talk minute (每分钟应答成本) = totalCost ÷ talkMinutes. Unit: money per minute. */
export function costPerMinute(totalCost: Dec, talkMinutes: Dec): Result<Dec> {
  if (isNeg(totalCost)) return negativeError("totalCost", totalCost);
  if (isNeg(talkMinutes)) return negativeError("talkMinutes", talkMinutes);
  if (talkMinutes.isZero()) return zeroError("talkMinutes");
  return ok(totalCost.div(talkMinutes));
}

/**
 * Cost per normalised answer straight from the traffic lines (单次应答成本):
 * totalCost × standardTalkSeconds ÷ Σ answeredᵢ × avgTalkSecondsᵢ — the same quantity as
 * costPerAnswer(totalCost, normalizedAnswers(streams, standardTalkSeconds)) with a single
 * rounding instead of two, and several times faster. Unit: money per standard answer.
 */
export function costPerAnswerFromStreams(totalCost: Dec, streams: readonly TalkStream[], standardTalkSeconds: Dec): Result<Dec> {
  if (isNeg(totalCost)) return negativeError("totalCost", totalCost);
  if (isNeg(standardTalkSeconds)) return negativeError("standardTalkSeconds", standardTalkSeconds);
  if (standardTalkSeconds.isZero()) return zeroError("standardTalkSeconds");
  let anyTalk = false;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i] as TalkStream;
    if (isNeg(s.answered)) return negativeError("answered", s.answered, i);
    if (isNeg(s.avgTalkSeconds)) return negativeError("avgTalkSeconds", s.avgTalkSeconds, i);
    if (!anyTalk && !s.answered.isZero() && !s.avgTalkSeconds.isZero()) anyTalk = true;
  }
  if (!anyTalk) return refuse("divByZero", "streams", CORE.noTalkTime);
  let talkSeconds = ZERO;
  for (const s of streams) talkSeconds = talkSeconds.plus(s.answered.times(s.avgTalkSeconds));
  return ok(totalCost.times(standardTalkSeconds).div(talkSeconds));
}

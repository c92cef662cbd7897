/**
 * Workforce planning (人力规划): from agent hours on the phones to full-time equivalents, and
 * from one month's headcount to the next month's hires. Exact decimals: a ceiling (headcount =
 * ⌈FTE⌉) follows, and a binary ulp there can add a whole person.
 *
 * Units: hours (agent hours, paid hours per FTE for the same period); people; shares of 1.
 */
import { ONE, ZERO, type Dec } from "./decimal";
import { ok, type Result } from "./result";
import { belowOne, divide, nonNegative, unitInterval } from "./validators";

/**
 * Full-time equivalents (全职人力) = agentHours ÷ (paidHoursPerFte × (1 − shrinkage)): the paid
 * people whose available hours, after shrinkage, cover the hours agents must be on the phones.
 * Seed: 3 480 agent hours ÷ (174 × (1 − 0.2)) = 3 480 ÷ 139.2 = 25.
 */
export function fteOf(agentHours: Dec, paidHoursPerFte: Dec, shrinkage: Dec): Result<Dec> {
  const hours = nonNegative("agentHours", agentHours);
  if (!hours.ok) return hours;
  const paid = nonNegative("paidHoursPerFte", paidHoursPerFte);
  if (!paid.ok) return paid;
  const s = belowOne("shrinkage", shrinkage);
  if (!s.ok) return s;
  return divide(hours.value, paid.value.times(ONE.minus(s.value)), "paidHoursPerFte");
}

/**
 * Hires (招聘人数) = max(0, headcount − previousHeadcount × (1 − attritionRate)): the people to
 * recruit so that, after the share attritionRate of last period's staff has left (流失), the
 * period starts with `headcount`. Seed: 30 − 25 × (1 − 0.06) = 30 − 23.5 = 6.5.
 */
export function hiresOf(headcount: Dec, previousHeadcount: Dec, attritionRate: Dec): Result<Dec> {
  const now = nonNegative("headcount", headcount);
  if (!now.ok) return now;
  const before = nonNegative("previousHeadcount", previousHeadcount);
  if (!before.ok) return before;
  const rate = unitInterval("attritionRate", attritionRate);
  if (!rate.ok) return rate;
  const stayed = before.value.times(ONE.minus(rate.value));
  const short = now.value.minus(stayed);
  // More stayed than are needed: nobody is hired (and nobody fired here; that is the plan's call).
  return ok(short.gt(ZERO) ? short : ZERO);
}

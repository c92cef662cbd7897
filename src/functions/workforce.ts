/**
 * CC functions, workforce planning (人力规划): full-time equivalents from agent hours, and the
 * hires a month needs after attrition. Thin adapters over src/core/workforce.ts (exact decimals);
 * see args.ts for the conventions.
 */
import { fteOf, hiresOf } from "../core/workforce";
import { cc } from "./args";

/**
 * Full-time equivalents (全职人力, FTE): agentHours ÷ (paidHoursPerFte × (1 − shrinkage)) — the
 * paid people whose available hours cover the hours agents must be on the phones.
 * Example: =CC.FTE(3480, 174, 20%) → 25.
 * @customfunction FTE
 * @helpurl https://localhost:3000/functions.html#cc-fte
 * @param agentHours Agent hours needed on the phones in the period (hours, ≥ 0), e.g. the sum of CC.STAFFPLAN × interval hours × days. Example: 3480.
 * @param paidHoursPerFte Paid hours of one full-time agent in the same period (hours, > 0). Example: 174.
 * @param [shrinkage] Share of paid time agents are unavailable (0 ≤ s < 1, default 0), e.g. from CC.SHRINKAGE. Example: 20%.
 * @returns Full-time equivalents (people, fractional; round up for headcount).
 * @example =CC.FTE(3480, 174, 20%) → 25
 * @example =CC.FTE(100, 160) → 0.625
 * @example =CC.FTE(100, 0) → #DIV/0!
 */
export function ccFte(agentHours: unknown, paidHoursPerFte: unknown, shrinkage?: unknown): number {
  return cc("FTE", (a) => fteOf(a.num("agentHours", agentHours), a.num("paidHoursPerFte", paidHoursPerFte), a.optNum("shrinkage", shrinkage, 0)));
}

/**
 * Hires (招聘人数): MAX(0, headcount − previousHeadcount × (1 − attritionRate)) — the people to
 * recruit so the period starts with `headcount` after a share attritionRate of last period's
 * staff has left (流失). Example: =CC.HIRES(30, 25, 6%) → 6.5.
 * @customfunction HIRES
 * @helpurl https://localhost:3000/functions.html#cc-hires
 * @param headcount Headcount needed this period (people, ≥ 0). Example: 30.
 * @param previousHeadcount Headcount of the previous period (people, ≥ 0; 0 in the first month). Example: 25.
 * @param attritionRate Share of the previous period's staff who leave (0–1). Example: 6%.
 * @returns People to hire (≥ 0; fractional when the inputs are).
 * @example =CC.HIRES(30, 25, 6%) → 6.5
 * @example =CC.HIRES(20, 25, 6%) → 0 (more stayed than are needed)
 * @example =CC.HIRES(30, 25, 150%) → #NUM!
 */
export function ccHires(headcount: unknown, previousHeadcount: unknown, attritionRate: unknown): number {
  return cc("HIRES", (a) => hiresOf(a.num("headcount", headcount), a.num("previousHeadcount", previousHeadcount), a.num("attritionRate", attritionRate)));
}

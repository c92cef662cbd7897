/**
 * CC functions, cost-plus (成本加成): recruitment, training, management, tax and the two unit
 * costs — per normalised answer and per talk minute. Adapters over src/core/costplus.ts.
 */
import { sum } from "../core/decimal";
import {
  costPerAnswer,
  costPerMinute,
  managementCost,
  recruitmentCost,
  trainingCost,
  withTax,
} from "../core/costplus";
import { normalizedAnswers, totalTalkMinutes, totalTalkSeconds } from "../core/traffic";
import { cc, need } from "./args";
import { UNIT_BASIS } from "./choices";
import { streamsOf } from "./traffic";

/**
 * Recruitment cost (招聘成本): hires × feePerHire.
 * Example: =CC.RECRUITCOST(419, 400) → 167 600.
 * @customfunction RECRUITCOST
 * @helpurl https://localhost:3000/functions.html#cc-recruitcost
 * @param hires People hired over the period (入职人数, people, ≥ 0). Example: 419.
 * @param feePerHire Recruitment fee per hire (money per person, e.g. CNY). Example: 400.
 * @returns Recruitment cost (money).
 * @example =CC.RECRUITCOST(419, 400) → 167600
 */
export function ccRecruitCost(hires: unknown, feePerHire: unknown): number {
  return cc("RECRUITCOST", (a) => recruitmentCost(a.num("hires", hires), a.num("feePerHire", feePerHire)));
}

/**
 * Training cost (培训成本): hires × trainingDays × dailyAllowance.
 * Example: =CC.TRAININGCOST(419, 7, 30) → 87 990.
 * @customfunction TRAININGCOST
 * @helpurl https://localhost:3000/functions.html#cc-trainingcost
 * @param hires People trained (入职人数, people, ≥ 0). Example: 419.
 * @param trainingDays Training days per person (days, ≥ 0). Example: 7.
 * @param dailyAllowance Allowance paid per trainee per day (money per person-day). Example: 30.
 * @returns Training cost (money).
 * @example =CC.TRAININGCOST(419, 7, 30) → 87990
 */
export function ccTrainingCost(hires: unknown, trainingDays: unknown, dailyAllowance: unknown): number {
  return cc("TRAININGCOST", (a) =>
    trainingCost(a.num("hires", hires), a.num("trainingDays", trainingDays), a.num("dailyAllowance", dailyAllowance)),
  );
}

/**
 * Management staff cost (管理人员成本): managers × monthlySalary × months.
 * Example: =CC.MGMTCOST(9, 4500) → 486 000 (12 months).
 * @customfunction MGMTCOST
 * @helpurl https://localhost:3000/functions.html#cc-mgmtcost
 * @param managers Management staff (管理人员, people, ≥ 0). Example: 9.
 * @param monthlySalary Salary per manager per month (money). Example: 4500.
 * @param [months] Number of months (default 12, a year). Example: 12.
 * @returns Management cost (money).
 * @example =CC.MGMTCOST(9, 4500) → 486000 (12 months)
 * @example =CC.MGMTCOST(9, 4500, 1) → 40500
 */
export function ccMgmtCost(managers: unknown, monthlySalary: unknown, months?: unknown): number {
  return cc("MGMTCOST", (a) =>
    managementCost(a.num("managers", managers), a.num("monthlySalary", monthlySalary), a.optNum("months", months, 12)),
  );
}

/**
 * Amount with tax (计税后金额): amount × (1 + taxRate).
 * Example: =CC.WITHTAX(1000000, 6%) → 1 060 000.
 * @customfunction WITHTAX
 * @helpurl https://localhost:3000/functions.html#cc-withtax
 * @param amount Amount before tax (money, ≥ 0). Example: 1000000.
 * @param taxRate Tax rate as a ratio between 0 and 1 (6 % VAT after 营改增 = 0.06 or 6%). Example: 6%.
 * @returns The amount including tax (money).
 * @example =CC.WITHTAX(1000000, 6%) → 1060000
 */
export function ccWithTax(amount: unknown, taxRate: unknown): number {
  return cc("WITHTAX", (a) => withTax(a.num("amount", amount), a.num("taxRate", taxRate)));
}

/**
 * Unit cost (单位成本) on a chosen basis. basis "answer" (or 应答): totalCost ÷ normalised answers
 * (Σ answered × avgTalkSeconds ÷ standardTalkSeconds; without a standard, totalCost ÷ Σ answered).
 * basis "minute" (or 分钟): totalCost ÷ talk minutes (Σ answered × avgTalkSeconds ÷ 60).
 * Example: =CC.UNITCOST(F1, B2:B4, C2:C4, 43, "minute").
 * @customfunction UNITCOST
 * @helpurl https://localhost:3000/functions.html#cc-unitcost
 * @param totalCost Total cost of the period (总成本, money, ≥ 0). Example: F1.
 * @param answered Range of answered calls per line (应答量, calls). Blank cells count as 0. Example: B2:B4.
 * @param avgTalkSeconds Range of average talk time per answered call (通话均长, seconds), one per answered cell. Example: C2:C4.
 * @param [standardTalkSeconds] Standard talk time for normalisation (seconds); leave empty for no normalisation. Used by basis "answer" only. Example: 43.
 * @param [basis] "answer" / "应答" (default) for cost per answer, "minute" / "分钟" for cost per talk minute.
 * @returns Cost per answer or per talk minute (money).
 * @example =CC.UNITCOST(1000000, {164509;2495951}, {33;120}, 43) → 0.1410 (per answer of 43 s)
 * @example =CC.UNITCOST(1000000, {164509;2495951}, {33;120}, , "分钟") → 0.1968 (per talk minute)
 * @example =CC.UNITCOST(1000000, {164509;2495951}, {33;120}) → 0.3759 (per answer, no normalisation)
 * @example =CC.UNITCOST(1000000, {164509;2495951}, {33;120}, 43, "call") → #VALUE!
 */
export function ccUnitCost(
  totalCost: unknown,
  answered: unknown[][],
  avgTalkSeconds: unknown[][],
  standardTalkSeconds?: unknown,
  basis?: unknown,
): number {
  return cc(
    "UNITCOST",
    (a) => {
      const cost = a.num("totalCost", totalCost);
      const streams = streamsOf(a, answered, avgTalkSeconds);
      const standard = a.maybeNum("standardTalkSeconds", standardTalkSeconds);
      const by = a.choice("basis", basis, UNIT_BASIS, "answer");
      if (by === "minute") return costPerMinute(cost, need(totalTalkMinutes(streams)));
      if (standard !== undefined) return costPerAnswer(cost, need(normalizedAnswers(streams, standard)));
      need(totalTalkSeconds(streams)); // the same checks on both ranges whichever way we divide
      return costPerAnswer(cost, sum(streams.map((s) => s.answered)));
    },
    { normalizedAnswers: "answered (total answers)", talkMinutes: "answered × avgTalkSeconds (talk minutes)" },
  );
}

/**
 * Cost per normalised answer (单次应答成本): totalCost ÷ (Σ answered × avgTalkSeconds ÷ standardTalkSeconds).
 * Example: =CC.PERANSWER(F1, B2:B4, C2:C4, 43).
 * @customfunction PERANSWER
 * @helpurl https://localhost:3000/functions.html#cc-peranswer
 * @param totalCost Total cost of the period (总成本, money, ≥ 0). Example: F1.
 * @param answered Range of answered calls per line (应答量, calls). Blank cells count as 0. Example: B2:B4.
 * @param avgTalkSeconds Range of average talk time per answered call (通话均长, seconds), one per answered cell. Example: C2:C4.
 * @param standardTalkSeconds The standard talk time answers are converted to (seconds, > 0). Example: 43.
 * @returns Cost per answer of the standard talk time (money).
 * @example =CC.PERANSWER(1000000, {164509;2495951}, {33;120}, 43) → 0.1410
 */
export function ccPerAnswer(totalCost: unknown, answered: unknown[][], avgTalkSeconds: unknown[][], standardTalkSeconds: unknown): number {
  return cc(
    "PERANSWER",
    (a) => {
      const cost = a.num("totalCost", totalCost);
      const streams = streamsOf(a, answered, avgTalkSeconds);
      return costPerAnswer(cost, need(normalizedAnswers(streams, a.num("standardTalkSeconds", standardTalkSeconds))));
    },
    { normalizedAnswers: "answered × avgTalkSeconds ÷ standardTalkSeconds (normalised answers)" },
  );
}

/**
 * Cost per talk minute (每分钟应答成本): totalCost ÷ Σ talkMinutes.
 * Example: =CC.PERMINUTE(F1, D2:D4).
 * @customfunction PERMINUTE
 * @helpurl https://localhost:3000/functions.html#cc-perminute
 * @param totalCost Total cost of the period (总成本, money, ≥ 0). Example: F1.
 * @param talkMinutes Range of talk minutes per line (通话总长, minutes, ≥ 0). Blank cells count as 0. Example: D2:D4.
 * @returns Cost per talk minute (money per minute).
 * @example =CC.PERMINUTE(1000000, {90479.95;4991902}) → 0.1968
 */
export function ccPerMinute(totalCost: unknown, talkMinutes: unknown[][]): number {
  return cc("PERMINUTE", (a) => costPerMinute(a.num("totalCost", totalCost), sum(a.nonNegRange("talkMinutes", talkMinutes))));
}

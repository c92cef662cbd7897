/**
 * CC functions, traffic & time (话务与工时): normalised answers, talk minutes, paid minutes,
 * utilisation. Thin adapters over src/core/traffic.ts — see args.ts for the conventions.
 */
import type { Dec } from "../core/decimal";
import { normalizedAnswers, paidMinutes, totalTalkMinutes, utilization, type TalkStream } from "../core/traffic";
import { cc, need, type Args } from "./args";
import { sum } from "../core/decimal";

/** Paired answered / avgTalkSeconds ranges as traffic lines (blank pairs skipped). */
export function streamsOf(a: Args, answered: unknown, avgTalkSeconds: unknown): TalkStream[] {
  const p = a.pairs("answered", answered, "avgTalkSeconds", avgTalkSeconds);
  const streams: TalkStream[] = new Array<TalkStream>(p.a.length);
  for (let i = 0; i < p.a.length; i++) streams[i] = { answered: p.a[i] as Dec, avgTalkSeconds: p.b[i] as Dec };
  return streams;
}

/**
 * Normalised answers (折算应答量): Σ answered × avgTalkSeconds ÷ standardTalkSeconds — how many
 * calls of the standard talk time carry the same talk time as all the lines together.
 * Example: =CC.NORMANSWERS(B2:B3, C2:C3, 43) with 164509/33 and 2495951/120 → 7 091 695.74.
 * @customfunction NORMANSWERS
 * @helpurl https://localhost:3000/functions.html#cc-normanswers
 * @param answered Range of answered calls per line (应答量, calls). Blank cells count as 0. Example: B2:B4.
 * @param avgTalkSeconds Range of average talk time per answered call (通话均长, seconds), one per answered cell. Example: C2:C4.
 * @param standardTalkSeconds The standard talk time every line is converted to (标准通话时长, seconds, > 0). Example: 43.
 * @returns Normalised answers (calls of the standard talk time).
 * @example =CC.NORMANSWERS({164509;2495951}, {33;120}, 43) → 7091695.74
 * @example =CC.NORMANSWERS(1000, 86, 43) → 2000
 */
export function ccNormAnswers(answered: unknown[][], avgTalkSeconds: unknown[][], standardTalkSeconds: unknown): number {
  return cc("NORMANSWERS", (a) => {
    const streams = streamsOf(a, answered, avgTalkSeconds);
    return normalizedAnswers(streams, a.num("standardTalkSeconds", standardTalkSeconds));
  });
}

/**
 * Talk minutes (通话分钟): Σ answered × avgTalkSeconds ÷ 60.
 * Example: =CC.TALKMINUTES(164509, 33) → 90 479.95.
 * @customfunction TALKMINUTES
 * @helpurl https://localhost:3000/functions.html#cc-talkminutes
 * @param answered Range of answered calls per line (应答量, calls). Blank cells count as 0. Example: B2:B4.
 * @param avgTalkSeconds Range of average talk time per answered call (通话均长, seconds), one per answered cell. Example: C2:C4.
 * @returns Total talk minutes.
 * @example =CC.TALKMINUTES(164509, 33) → 90479.95
 * @example =CC.TALKMINUTES({164509;2495951}, {33;120}) → 5082381.95
 */
export function ccTalkMinutes(answered: unknown[][], avgTalkSeconds: unknown[][]): number {
  return cc("TALKMINUTES", (a) => totalTalkMinutes(streamsOf(a, answered, avgTalkSeconds)));
}

/**
 * Paid minutes (计薪工时): agents × hoursPerDay × paidDaysPerMonth × months × 60.
 * Example: =CC.PAIDMINUTES(404, 8, 21.75, 12) → 50 613 120.
 * @customfunction PAIDMINUTES
 * @helpurl https://localhost:3000/functions.html#cc-paidminutes
 * @param agents Agents on payroll (在职话务员, people, average over the period). Example: 404.
 * @param hoursPerDay Paid hours per agent per day (hours, 0–24). Example: 8.
 * @param paidDaysPerMonth Paid days per month (标准记薪天数, days, 0–31; 21.75 is China's statutory figure). Example: 21.75.
 * @param [months] Number of months (default 1). Example: 12.
 * @returns Paid minutes over the period.
 * @example =CC.PAIDMINUTES(404, 8, 21.75, 12) → 50613120
 * @example =CC.PAIDMINUTES(10, 8, 21.75) → 104400
 */
export function ccPaidMinutes(agents: unknown, hoursPerDay: unknown, paidDaysPerMonth: unknown, months?: unknown): number {
  return cc("PAIDMINUTES", (a) =>
    paidMinutes(
      a.num("agents", agents),
      a.num("hoursPerDay", hoursPerDay),
      a.num("paidDaysPerMonth", paidDaysPerMonth),
      a.optNum("months", months, 1),
    ),
  );
}

/**
 * Utilisation (工时利用率): Σ talkMinutes ÷ paid minutes (agents × hoursPerDay × paidDaysPerMonth ×
 * months × 60), as a ratio (0.68 = 68 %). Above 1 means the inputs disagree.
 * Example: =CC.UTILIZATION(D2:D4, 404, 8, 21.75, 12).
 * @customfunction UTILIZATION
 * @helpurl https://localhost:3000/functions.html#cc-utilization
 * @param talkMinutes Range of talk minutes per line (通话总长, minutes, ≥ 0). Blank cells count as 0. Example: D2:D4.
 * @param agents Agents on payroll (在职话务员, people). Example: 404.
 * @param hoursPerDay Paid hours per agent per day (hours, 0–24). Example: 8.
 * @param paidDaysPerMonth Paid days per month (标准记薪天数, days, 0–31). Example: 21.75.
 * @param [months] Number of months (default 1). Example: 12.
 * @returns Utilisation as a ratio; format the cell as a percentage.
 * @example =CC.UTILIZATION({40000;30000}, 10, 8, 21.75) → 0.6705 (67 %)
 */
export function ccUtilization(
  talkMinutes: unknown[][],
  agents: unknown,
  hoursPerDay: unknown,
  paidDaysPerMonth: unknown,
  months?: unknown,
): number {
  return cc(
    "UTILIZATION",
    (a) => {
      const talk = sum(a.nonNegRange("talkMinutes", talkMinutes));
      const paid = need(
        paidMinutes(
          a.num("agents", agents),
          a.num("hoursPerDay", hoursPerDay),
          a.num("paidDaysPerMonth", paidDaysPerMonth),
          a.optNum("months", months, 1),
        ),
      );
      return utilization(talk, paid);
    },
    { paidMinutes: "agents × hoursPerDay × paidDaysPerMonth × months (paid minutes)" },
  );
}

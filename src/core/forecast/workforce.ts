/**
 * From agents on the phones to people on the payroll, exactly (a ceiling follows, and one ulp of
 * a double can add a whole person): a month's agent hours, peak, shrinkage, headcount, managers.
 * FTE and hires are the core's workforce formulas (src/core/workforce.ts, CC.FTE and CC.HIRES).
 */
import { D, sum, type Dec } from "../decimal";

// The compound shrinkage of the monthly table is CC.SHRINKAGE's, on components already checked.
export { totalShrinkage } from "../staffing/shrinkage";

/** agentHours = Σᵢ agentsᵢ × intervalMinutes ÷ 60 × operating days (one day's profile, every day). */
export function agentHoursOfMonth(agents: readonly number[], intervalMinutes: Dec, operatingDays: Dec): Dec {
  // Whole agents ≥ 0 (checkedAgents): their sum is exact in a double while it is a safe integer,
  // so one Decimal per month instead of one per interval.
  let total = 0;
  for (const n of agents) total += n;
  const agentIntervals = Number.isSafeInteger(total) ? new D(total) : sum(agents.map((n) => new D(n)));
  return agentIntervals.times(intervalMinutes).div(60).times(operatingDays);
}

/** The most agents logged in at once: the seats the month needs. 0 for a day without calls. */
export function peakAgents(agents: readonly number[]): number {
  let peak = 0;
  for (const n of agents) if (n > peak) peak = n;
  return peak;
}

/** headcount = ⌈FTE⌉: people are hired whole. */
export function headcountOf(fte: Dec): Dec {
  return fte.ceil();
}

/** managers = ⌈headcount ÷ agents per manager⌉ (the span is > 0, checked by the caller). */
export function managersOf(headcount: Dec, agentsPerManager: Dec): Dec {
  return headcount.div(agentsPerManager).ceil();
}


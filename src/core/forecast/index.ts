/**
 * A bid from a forecast (投标测算), issue 11: interval staffing → headcount → the month-by-month
 * cost of the contract, and the same 16-line breakdown as actuals. Money in exact decimals; the
 * queueing model (the agents each interval needs) in doubles, as everywhere in the core.
 */
import type { Breakdown } from "../breakdown.types";
import { ok, type Result } from "../result";
import type { BidScenario } from "../scenario";
import { forecastBreakdown } from "./breakdown";
import { checkedAgents, checkedBid, type ExactBid } from "./check";
import { monthlyTable, type MonthRow } from "./monthly";
import { agentsByMonth } from "./sizing";

export { columnTotal, forecastBreakdown } from "./breakdown";
export { BID_HOURS_PER_DAY, billedSeats } from "./pricing";
export { checkedAgents, checkedBid, type ExactBid } from "./check";
export { callsPerInterval, intervalStartText } from "./intraday";
export { formatMonthCell, MONTH_COLUMN_SPEC, type MonthColumnSpec } from "./columns";
export { INTRADAY_PRESETS, presetShares, profileFromColumn, SHARE_PLACES, sharesOfWeights, type IntradayPreset, type PastedProfile } from "./profiles";
export { agentsByMonth } from "./sizing";
export { MONTH_COLUMNS, monthlyTable, type ExactForecast, type MonthColumn, type MonthRow } from "./monthly";

export interface ForecastResult {
  readonly breakdown: Breakdown;
  /** One row per month of the contract. */
  readonly months: readonly MonthRow[];
  /** The agents each interval of a day needs, one list per month. */
  readonly agents: readonly (readonly number[])[];
}

/** Everything downstream of the queueing model, from the bid already checked and made exact. */
function fromExact(exact: ExactBid, agents: readonly (readonly number[])[]): Result<ForecastResult> {
  const months = monthlyTable(exact.forecast, agents);
  if (!months.ok) return months;
  const breakdown = forecastBreakdown(exact.forecast, exact.taxRate, months.value);
  return breakdown.ok ? ok({ breakdown: breakdown.value, months: months.value, agents }) : breakdown;
}

/**
 * The bid's monthly table and breakdown from the agents each interval needs (`agentsByMonth[k][i]`,
 * whole numbers, one list per month, one figure per interval): everything downstream of the
 * queueing model, exact.
 */
export function forecastFromAgents(bid: BidScenario, agentsByMonth: readonly (readonly number[])[]): Result<ForecastResult> {
  const exact = checkedBid(bid);
  if (!exact.ok) return exact;
  const agents = checkedAgents(agentsByMonth, bid.forecast.months, bid.forecast.intervalMinutes);
  return agents.ok ? fromExact(exact.value, agents.value) : agents;
}

/**
 * A bid's staffing, monthly table and breakdown: the bid checked whole (once), every interval of
 * every month sized, then everything downstream exact. One error naming the field, or the whole result.
 */
export function computeForecast(bid: BidScenario): Result<ForecastResult> {
  const exact = checkedBid(bid);
  if (!exact.ok) return exact;
  const sized = agentsByMonth(bid.forecast);
  if (!sized.ok) return sized;
  const agents = checkedAgents(sized.value, bid.forecast.months, bid.forecast.intervalMinutes);
  return agents.ok ? fromExact(exact.value, agents.value) : agents;
}

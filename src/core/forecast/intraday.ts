/**
 * A month's calls spread over the intervals of a day: the same intraday profile on every operating
 * day. In doubles: these feed the queueing model, which runs in doubles (staffing/erlangB.ts).
 */

/** cᵢ = calls in the month ÷ operating days × the interval's share of the day. */
export function callsPerInterval(callsInMonth: number, operatingDays: number, shares: readonly number[]): number[] {
  const perDay = callsInMonth / operatingDays;
  return shares.map((share) => perDay * share);
}

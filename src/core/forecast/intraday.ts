/**
 * A month's calls spread over the intervals of a day: the same intraday profile on every operating
 * day. In doubles: these feed the queueing model, which runs in doubles (staffing/erlangB.ts).
 */

/** cᵢ = calls in the month ÷ operating days × the interval's share of the day. */
export function callsPerInterval(callsInMonth: number, operatingDays: number, shares: readonly number[]): number[] {
  const perDay = callsInMonth / operatingDays;
  return shares.map((share) => perDay * share);
}

/** When interval i (0-based, from midnight) of `intervalMinutes` starts, as a 24-hour clock: 17, 30 → "08:30". */
export function intervalStartText(index: number, intervalMinutes: number): string {
  const minutes = index * intervalMinutes;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/**
 * Offered traffic in Erlangs: A = calls × ahtSeconds ÷ intervalSeconds — the average number of
 * calls in progress if none had to wait. Computed exactly (Decimal) and rounded once to a
 * double, so 100 calls × 180 s ÷ 1800 s is exactly 10 and ⌈A⌉ never lands on the wrong side.
 */
import { D, toNumber } from "../decimal";
import { ok, type Result } from "../result";
import { aboveZero, atLeastZero, trafficInRange } from "../validators";

/** The default interval of the CC functions: half an hour, as call-centre forecasts come. */
export const DEFAULT_INTERVAL_SECONDS = 1800;

export function trafficErlangs(calls: number, ahtSeconds: number, intervalSeconds: number = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const c = atLeastZero("calls", calls);
  if (!c.ok) return c;
  const h = aboveZero("ahtSeconds", ahtSeconds);
  if (!h.ok) return h;
  const t = aboveZero("intervalSeconds", intervalSeconds);
  if (!t.ok) return t;
  const a = toNumber(new D(calls).times(ahtSeconds).div(intervalSeconds));
  const checked = trafficInRange("calls", a);
  return checked.ok ? ok(a) : checked;
}

/**
 * Offered traffic in Erlangs: A = calls × ahtSeconds ÷ intervalSeconds — the average number of
 * calls in progress if none had to wait. Computed exactly (Decimal) and rounded once to a
 * double, so 100 calls × 180 s ÷ 1800 s is exactly 10 and ⌈A⌉ never lands on the wrong side.
 *
 * Near overload that one rounding is not enough: with N − A < 1 the half-ulp of A (1.8e-12 at
 * 19 334 Erlangs) is a relative error of ~1e-11 in N − A, and so in the service level and ASA.
 * So `exactTraffic` keeps what the rounding of A left out (`residual`): the Erlang C measures
 * take N − A from it (`headroomOf`) and correct Erlang B to first order (erlangB.ts).
 */
import { D, toNumber, type Dec } from "../decimal";
import { ok, type Result } from "../result";
import { aboveZero, atLeastZero, trafficInRange } from "../validators";

/** The default interval of the CC functions: half an hour, as call-centre forecasts come. */
export const DEFAULT_INTERVAL_SECONDS = 1800;

/** Traffic rounded once to a double, and what that rounding left out. */
export interface ExactTraffic {
  readonly erlangs: number;
  /** (exact calls × aht ÷ interval) − erlangs: at most half an ulp of erlangs. */
  readonly residual: number;
}

/** A double's exact binary value as a Decimal (its shortest digits are not its value). */
function exactly(x: number): Dec {
  // Integers below 2⁵³ print exactly; other traffic has at most ~60 significant digits in
  // [1e-20, 1e9], and toPrecision gives up to 100 of them exactly.
  return Number.isInteger(x) && Math.abs(x) < 2 ** 53 ? new D(x) : new D(x.toPrecision(100));
}

function checkedTraffic(calls: number, ahtSeconds: number, intervalSeconds: number): Result<Dec> {
  const c = atLeastZero("calls", calls);
  if (!c.ok) return c;
  const h = aboveZero("ahtSeconds", ahtSeconds);
  if (!h.ok) return h;
  const t = aboveZero("intervalSeconds", intervalSeconds);
  if (!t.ok) return t;
  const a = new D(calls).times(ahtSeconds).div(intervalSeconds);
  const checked = trafficInRange("calls", toNumber(a));
  return checked.ok ? ok(a) : checked;
}

export function trafficErlangs(calls: number, ahtSeconds: number, intervalSeconds: number = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const a = checkedTraffic(calls, ahtSeconds, intervalSeconds);
  return a.ok ? ok(toNumber(a.value)) : a;
}

/** The traffic with its rounding residual (same checks as `trafficErlangs`). */
export function exactTraffic(calls: number, ahtSeconds: number, intervalSeconds: number = DEFAULT_INTERVAL_SECONDS): Result<ExactTraffic> {
  const a = checkedTraffic(calls, ahtSeconds, intervalSeconds);
  if (!a.ok) return a;
  const erlangs = toNumber(a.value);
  return ok({ erlangs, residual: toNumber(a.value.minus(exactly(erlangs))) });
}

/**
 * N − exact traffic, to full relative precision however close N is to A: (N − A) in doubles is
 * exact when they are within a factor of 2 (Sterbenz) and relatively tiny in error otherwise;
 * then the two residuals — the traffic's, and for a fractional N its decimal digits' own (0.1 is
 * not the double 0.1) — are taken off. For whole N (the solver's candidates) that is one
 * subtraction: (N − A) − residual.
 */
export function headroomOf(agents: number, traffic: ExactTraffic): number {
  const agentsResidual = Number.isInteger(agents) ? 0 : toNumber(new D(agents).minus(exactly(agents)));
  return agents - traffic.erlangs - (traffic.residual - agentsResidual);
}

/**
 * Staffing solver: the least whole number of agents N whose Erlang C service level reaches the
 * target (and whose occupancy A/N stays within a cap).
 *
 * SL rises with N, so we walk up from the smallest candidate, carrying Erlang B's recurrence
 * 1/B(N+1) = 1 + ((N+1)/A)·1/B(N) one O(1) step per agent: one O(√A) evaluation to start, then
 * as many steps as agents are added (typically a few √A). No candidate is re-evaluated from
 * scratch, so there is no O(N²). The smallest candidate is the least whole N above the exact
 * traffic (⌈A⌉, or A + 1 when A is whole), raised to ⌈A / maxOccupancy⌉; no calls need no agents.
 *
 * Bounded: no candidate above MAX_AGENTS (10⁷) is tried. A candidate past it — from the traffic,
 * from a tiny occupancy cap, or reached by the walk — is refused at once, naming the argument,
 * before any step (a cap of 1e-300 once asked for ~10³⁰⁰ agents, where n + 1 === n in doubles
 * and the walk never ended).
 */
import { ok, type Result } from "../result";
import { filled } from "../sentences/book";
import { FORMULAS as F } from "../sentences/formulas";
import { atLeastZero, MAX_AGENTS, refuse, shareAboveZero, targetBelowOne } from "../validators";
import { inverseErlangB } from "./erlangB";
import { erlangCFromInverseB } from "./erlangC";
import { inverseBOf, queueOf, serviceLevelFrom } from "./serviceLevel";
import { DEFAULT_INTERVAL_SECONDS, exactTraffic, headroomOf, type ExactTraffic } from "./traffic";

export interface Staffing {
  /** Least whole agents on the phones meeting the target and the cap. */
  readonly agents: number;
  readonly trafficErlangs: number;
  /** The service level those agents reach (share within targetSeconds). */
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  /** Seconds. */
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
}

const NO_CALLS: Staffing = { agents: 0, trafficErlangs: 0, serviceLevel: 1, probabilityOfWaiting: 0, averageSpeedOfAnswer: 0, occupancy: 0 };

function aboveCeiling<T>(arg: string, got: number): Result<T> {
  return refuse("outOfRange", arg, filled(F.agentCeiling, String(MAX_AGENTS), String(got)));
}

/**
 * Least whole n with A/n ≤ cap, judged exactly as occupancy is reported (A / n in doubles).
 * Called with ⌈A / cap⌉ ≤ MAX_AGENTS, so n ± 1 are distinct doubles and each loop moves a step or two.
 */
export function leastAgentsForOccupancy(a: number, maxOccupancy: number): number {
  let n = Math.max(1, Math.ceil(a / maxOccupancy));
  while (n > 1 && a / (n - 1) <= maxOccupancy) n--;
  while (a / n > maxOccupancy) n++;
  return n;
}

/** The least whole N above the exact traffic A + residual. */
function leastStable(traffic: ExactTraffic): number {
  const { erlangs: a, residual } = traffic;
  if (!Number.isInteger(a)) return Math.ceil(a); // a half-ulp residual cannot cross a whole number here
  return residual < 0 ? a : a + 1;
}

export function requiredAgents(
  calls: number,
  ahtSeconds: number,
  targetServiceLevel: number,
  targetSeconds: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
  maxOccupancy = 1,
): Result<Staffing> {
  const ar = exactTraffic(calls, ahtSeconds, intervalSeconds);
  if (!ar.ok) return ar;
  const sl = targetBelowOne("targetServiceLevel", targetServiceLevel);
  if (!sl.ok) return sl;
  const t = atLeastZero("targetSeconds", targetSeconds);
  if (!t.ok) return t;
  const cap = shareAboveZero("maxOccupancy", maxOccupancy);
  if (!cap.ok) return cap;
  const traffic = ar.value;
  const a = traffic.erlangs;
  const target = sl.value;
  // No calls: nobody is needed, and nobody waits — for any target and cap (a zero-volume interval).
  if (calls === 0) return ok(NO_CALLS);

  const aboveTraffic = Math.max(1, leastStable(traffic));
  if (aboveTraffic > MAX_AGENTS) return aboveCeiling("calls", calls);
  if (!(Math.ceil(a / cap.value) <= MAX_AGENTS)) return aboveCeiling("maxOccupancy", cap.value);
  const lowest = Math.max(aboveTraffic, leastAgentsForOccupancy(a, cap.value));
  /** The evaluation CC.SERVICELEVEL makes at n (serviceLevel.ts), with its 1/B kept for the result. */
  const evaluated = (n: number) => {
    const q = queueOf(n, traffic, ahtSeconds);
    const inv = inverseBOf(q);
    return { q, inv, sl: serviceLevelFrom(n, a, q.headroom, inv, ahtSeconds, t.value) };
  };

  // Walk up carrying 1/B incrementally (N − A exact at every step: headroomOf is one subtraction for whole N).
  let n = lowest;
  let inv = inverseErlangB(n, a);
  while (serviceLevelFrom(n, a, headroomOf(n, traffic), inv, ahtSeconds, t.value) < target) {
    if (n >= MAX_AGENTS) return aboveCeiling("calls", calls);
    n++;
    inv = 1 + inv * (n / a);
  }
  // The carried recurrence and a fresh evaluation can differ in the last bits; settle the
  // boundary with the evaluation CC.SERVICELEVEL uses, so "N meets, N − 1 fails" holds there too.
  while (n > lowest && evaluated(n - 1).sl >= target) n--;
  let at = evaluated(n);
  while (at.sl < target) {
    if (n >= MAX_AGENTS) return aboveCeiling("calls", calls);
    at = evaluated(++n);
  }

  const { q } = at;
  const c = erlangCFromInverseB(n, a, at.inv, q.headroom);
  return ok({
    agents: n,
    trafficErlangs: a,
    serviceLevel: at.sl,
    probabilityOfWaiting: c,
    averageSpeedOfAnswer: (c * ahtSeconds) / q.headroom,
    occupancy: a / n,
  });
}

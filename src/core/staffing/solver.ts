/**
 * Staffing solver: the least whole number of agents N whose Erlang C service level reaches the
 * target (and whose occupancy A/N stays within a cap).
 *
 * SL rises with N, so we walk up from the smallest candidate, carrying Erlang B's recurrence
 * 1/B(N+1) = 1 + ((N+1)/A)·1/B(N) one O(1) step per agent: one O(√A) evaluation to start, then
 * as many steps as agents are added (typically a few √A). No candidate is re-evaluated from
 * scratch, so there is no O(N²). The smallest candidate is ⌈A⌉ — or A + 1 when A is whole,
 * because N must exceed A — raised to ⌈A / maxOccupancy⌉.
 */
import { ok, type Result } from "../result";
import { atLeastZero, shareAboveZero, targetBelowOne } from "../validators";
import { inverseErlangB } from "./erlangB";
import { erlangCFromInverseB, erlangCValue } from "./erlangC";
import { serviceLevelFromC, type Queue } from "./serviceLevel";
import { DEFAULT_INTERVAL_SECONDS, trafficErlangs } from "./traffic";

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

/** Least whole n with A/n ≤ cap, judged exactly as occupancy is reported (A / n in doubles). */
function leastAgentsForOccupancy(a: number, maxOccupancy: number): number {
  let n = Math.max(1, Math.ceil(a / maxOccupancy));
  while (n > 1 && a / (n - 1) <= maxOccupancy) n--;
  while (a / n > maxOccupancy) n++;
  return n;
}

function slAt(q: Queue, targetSeconds: number): number {
  return serviceLevelFromC(q, erlangCValue(q.agents, q.trafficErlangs), targetSeconds);
}

export function requiredAgents(
  calls: number,
  ahtSeconds: number,
  targetServiceLevel: number,
  targetSeconds: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
  maxOccupancy = 1,
): Result<Staffing> {
  const ar = trafficErlangs(calls, ahtSeconds, intervalSeconds);
  if (!ar.ok) return ar;
  const sl = targetBelowOne("targetServiceLevel", targetServiceLevel);
  if (!sl.ok) return sl;
  const t = atLeastZero("targetSeconds", targetSeconds);
  if (!t.ok) return t;
  const cap = shareAboveZero("maxOccupancy", maxOccupancy);
  if (!cap.ok) return cap;
  const a = ar.value;
  const target = sl.value;
  // No calls: nobody is needed, and nobody waits.
  if (a === 0) return ok({ agents: 0, trafficErlangs: 0, serviceLevel: 1, probabilityOfWaiting: 0, averageSpeedOfAnswer: 0, occupancy: 0 });

  const aboveTraffic = Math.ceil(a) > a ? Math.ceil(a) : a + 1;
  const lowest = Math.max(aboveTraffic, leastAgentsForOccupancy(a, cap.value));
  const at = (n: number): Queue => ({ agents: n, trafficErlangs: a, ahtSeconds });

  // Walk up carrying 1/B incrementally.
  let n = lowest;
  let inv = inverseErlangB(n, a);
  while (serviceLevelFromC(at(n), erlangCFromInverseB(n, a, inv), t.value) < target) {
    n++;
    inv = 1 + inv * (n / a);
  }
  // The carried recurrence and a fresh evaluation can differ in the last bit; settle the
  // boundary with the same evaluation CC.SERVICELEVEL uses, so "N meets, N − 1 fails" holds there too.
  while (n > lowest && slAt(at(n - 1), t.value) >= target) n--;
  while (slAt(at(n), t.value) < target) n++;

  const c = erlangCValue(n, a);
  return ok({
    agents: n,
    trafficErlangs: a,
    serviceLevel: serviceLevelFromC(at(n), c, t.value),
    probabilityOfWaiting: c,
    averageSpeedOfAnswer: (c * ahtSeconds) / (n - a),
    occupancy: a / n,
  });
}

/**
 * Erlang C queue measures for N agents (whole or fractional) and a call forecast:
 * service level SL(T) = 1 − C·e^(−(N−A)·T/AHT) (share answered within T seconds),
 * ASA = C·AHT/(N−A), occupancy A/N, mean queue length Lq = C·A/(N−A), and the answer time
 * that a given service level reaches. All need N > A; overload is an error, never a
 * negative or infinite wait.
 */
import { ok, type Result } from "../result";
import { atLeastZero, notOverloaded, targetBelowOne } from "../validators";
import { erlangCValue } from "./erlangC";
import { DEFAULT_INTERVAL_SECONDS, trafficErlangs } from "./traffic";

/** A checked, stable queue: N > A ≥ 0, AHT > 0. */
export interface Queue {
  readonly agents: number;
  readonly trafficErlangs: number;
  readonly ahtSeconds: number;
}

/** Check the arguments shared by every measure and refuse an overloaded queue. */
function stableQueue(agents: number, calls: number, ahtSeconds: number, intervalSeconds: number): Result<Queue> {
  const n = atLeastZero("agents", agents);
  if (!n.ok) return n;
  const a = trafficErlangs(calls, ahtSeconds, intervalSeconds);
  if (!a.ok) return a;
  const stable = notOverloaded(n.value, a.value);
  if (!stable.ok) return stable;
  return ok({ agents: n.value, trafficErlangs: a.value, ahtSeconds });
}

/** SL(T) given the probability of waiting C (unchecked). */
export function serviceLevelFromC(q: Queue, probabilityOfWaiting: number, targetSeconds: number): number {
  return 1 - probabilityOfWaiting * Math.exp((-(q.agents - q.trafficErlangs) * targetSeconds) / q.ahtSeconds);
}

/** Probability a call waits at all (Erlang C). */
export function probabilityOfWaiting(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok(erlangCValue(q.value.agents, q.value.trafficErlangs)) : q;
}

/** Share of calls answered within `targetSeconds`. */
export function serviceLevel(
  agents: number,
  calls: number,
  ahtSeconds: number,
  targetSeconds: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  if (!q.ok) return q;
  const t = atLeastZero("targetSeconds", targetSeconds);
  if (!t.ok) return t;
  return ok(serviceLevelFromC(q.value, erlangCValue(q.value.agents, q.value.trafficErlangs), t.value));
}

/** Average speed of answer in seconds, over all calls (those answered at once count 0). */
export function averageSpeedOfAnswer(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  if (!q.ok) return q;
  const { agents: n, trafficErlangs: a } = q.value;
  return ok((erlangCValue(n, a) * ahtSeconds) / (n - a));
}

/** Share of agent time spent on calls: A / N. */
export function occupancy(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok(q.value.trafficErlangs / q.value.agents) : q;
}

/** Mean number of calls waiting: C·A / (N − A). */
export function averageQueueLength(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  if (!q.ok) return q;
  const { agents: n, trafficErlangs: a } = q.value;
  return ok((erlangCValue(n, a) * a) / (n - a));
}

/**
 * The shortest answer time T (seconds) that `targetServiceLevel` of calls meet with these
 * agents: solves 1 − C·e^(−(N−A)T/AHT) = target, so T = AHT·ln(C/(1 − target))/(N − A);
 * 0 when even immediate answers alone (1 − C) already reach the target.
 */
export function answerTimeForServiceLevel(
  agents: number,
  calls: number,
  ahtSeconds: number,
  targetServiceLevel: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  if (!q.ok) return q;
  const s = targetBelowOne("targetServiceLevel", targetServiceLevel);
  if (!s.ok) return s;
  const { agents: n, trafficErlangs: a } = q.value;
  const c = erlangCValue(n, a);
  const missing = 1 - s.value;
  if (c <= missing) return ok(0);
  return ok((ahtSeconds * Math.log(c / missing)) / (n - a));
}

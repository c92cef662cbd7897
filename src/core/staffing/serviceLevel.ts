/**
 * Erlang C queue measures for N agents (whole or fractional) and a call forecast:
 * service level SL(T) = 1 − C·e^(−(N−A)·T/AHT) (share answered within T seconds),
 * ASA = C·AHT/(N−A), occupancy A/N, mean queue length Lq = C·A/(N−A), and the answer time
 * that a given service level reaches. All need N > A; overload is an error, never a
 * negative or infinite wait.
 *
 * Near overload (N − A < 1) two things would cost accuracy in doubles, and neither is allowed
 * to: N − A is taken from the exact traffic, not from A rounded (traffic.ts), and when most
 * callers wait past T the service level is summed from two non-negative parts instead of
 * 1 − (a number near 1) — see `serviceLevelFrom`.
 */
import { ok, type Result } from "../result";
import { atLeastZero, notOverloaded, targetBelowOne } from "../validators";
import { inverseErlangBNear } from "./erlangB";
import { erlangCFromInverseB } from "./erlangC";
import { DEFAULT_INTERVAL_SECONDS, exactTraffic, headroomOf, type ExactTraffic } from "./traffic";

/** A queue: N agents on traffic A (a double) whose exact value is A + residual. */
export interface Queue {
  readonly agents: number;
  readonly trafficErlangs: number;
  /** Exact traffic − trafficErlangs (traffic.ts). */
  readonly residual: number;
  /** N − exact traffic, rounded once; > 0 in a stable queue. */
  readonly headroom: number;
  readonly ahtSeconds: number;
}

/** The queue of `agents` on a checked traffic (stability is the caller's to check). */
export function queueOf(agents: number, traffic: ExactTraffic, ahtSeconds: number): Queue {
  return { agents, trafficErlangs: traffic.erlangs, residual: traffic.residual, headroom: headroomOf(agents, traffic), ahtSeconds };
}

/** Check the arguments shared by every measure and refuse an overloaded queue. */
function stableQueue(agents: number, calls: number, ahtSeconds: number, intervalSeconds: number): Result<Queue> {
  const n = atLeastZero("agents", agents);
  if (!n.ok) return n;
  const a = exactTraffic(calls, ahtSeconds, intervalSeconds);
  if (!a.ok) return a;
  const q = queueOf(n.value, a.value, ahtSeconds);
  const stable = notOverloaded(q.agents, q.trafficErlangs, q.headroom);
  return stable.ok ? ok(q) : stable;
}

/** 1/B(N, A) at the exact traffic. */
export function inverseBOf(q: Queue): number {
  return inverseErlangBNear(q.agents, q.trafficErlangs, q.residual);
}

/** C(N, A) of a stable queue (unchecked). */
export function waitingOf(q: Queue): number {
  return erlangCFromInverseB(q.agents, q.trafficErlangs, inverseBOf(q), q.headroom);
}

/**
 * SL(T) from 1/B and N − A (unchecked). While few callers wait past T, 1 − C·e^(−x) is exact
 * enough. When most do (SL small: near overload or a short T) that difference cancels, so SL is
 * summed as (1 − C) + C·(1 − e^(−x)), both ≥ 0, with 1 − C = (N−A)(1 − B)/((N−A) + A·B)
 * taken without subtracting from 1 and 1 − e^(−x) by expm1.
 */
export function serviceLevelFrom(agents: number, trafficErlangs: number, headroom: number, inverseB: number, ahtSeconds: number, targetSeconds: number): number {
  const x = (headroom * targetSeconds) / ahtSeconds;
  const c = erlangCFromInverseB(agents, trafficErlangs, inverseB, headroom);
  const late = c * Math.exp(-x);
  if (late <= 0.5) return 1 - late;
  const atOnce = (headroom * (1 - 1 / inverseB)) / (headroom + trafficErlangs / inverseB);
  // Both parts are below 1 − C and C; their sum can round an ulp past 1.
  return Math.min(1, atOnce - c * Math.expm1(-x));
}

/** SL(T) of a stable queue (unchecked): the one evaluation CC.SERVICELEVEL and the solver share. */
export function serviceLevelOf(q: Queue, targetSeconds: number): number {
  return serviceLevelFrom(q.agents, q.trafficErlangs, q.headroom, inverseBOf(q), q.ahtSeconds, targetSeconds);
}

/** Probability a call waits at all (Erlang C). */
export function probabilityOfWaiting(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok(waitingOf(q.value)) : q;
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
  return ok(serviceLevelOf(q.value, t.value));
}

/** Average speed of answer in seconds, over all calls (those answered at once count 0). */
export function averageSpeedOfAnswer(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok((waitingOf(q.value) * ahtSeconds) / q.value.headroom) : q;
}

/** Share of agent time spent on calls: A / N. */
export function occupancy(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok(q.value.trafficErlangs / q.value.agents) : q;
}

/** Mean number of calls waiting: C·A / (N − A). */
export function averageQueueLength(agents: number, calls: number, ahtSeconds: number, intervalSeconds = DEFAULT_INTERVAL_SECONDS): Result<number> {
  const q = stableQueue(agents, calls, ahtSeconds, intervalSeconds);
  return q.ok ? ok((waitingOf(q.value) * q.value.trafficErlangs) / q.value.headroom) : q;
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
  const c = waitingOf(q.value);
  const missing = 1 - s.value;
  if (c <= missing) return ok(0);
  return ok((ahtSeconds * Math.log(c / missing)) / q.value.headroom);
}

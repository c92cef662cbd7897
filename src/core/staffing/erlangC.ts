/**
 * Erlang C: the probability that a call has to wait (M/M/N, infinite patience), from Erlang B:
 * C = N·B / (N − A(1 − B)) = N·B / ((N − A) + A·B). The second form keeps N − A (exact when
 * N and A are close) apart from the rounding of B, and turns an underflowed B (1/B = ∞) into
 * C = 0 instead of 0/0. Defined only for N > A: below that the queue never empties.
 */
import { ok, type Result } from "../result";
import { atLeastZero, notOverloaded, trafficInRange } from "../validators";
import { inverseErlangB } from "./erlangB";

/**
 * C(N, A) from 1/B(N, A), for N > A (unchecked). `headroom` is N − A, passed in when it is known
 * better than the doubles' difference (from the exact traffic: traffic.ts).
 */
export function erlangCFromInverseB(agents: number, trafficErlangs: number, inverseB: number, headroom = agents - trafficErlangs): number {
  // Divided through by 1/B so that a huge 1/B (B near the bottom of the double range) cannot overflow.
  return agents / inverseB / (headroom + trafficErlangs / inverseB);
}

/** C(N, A) for real N > A ≥ 0 (unchecked). */
export function erlangCValue(agents: number, trafficErlangs: number): number {
  return erlangCFromInverseB(agents, trafficErlangs, inverseErlangB(agents, trafficErlangs));
}

/** Erlang C, checked: `agents` may be fractional but must exceed `trafficErlangs`. */
export function erlangC(agents: number, trafficErlangs: number): Result<number> {
  const n = atLeastZero("agents", agents);
  if (!n.ok) return n;
  const a = trafficInRange("trafficErlangs", trafficErlangs);
  if (!a.ok) return a;
  const stable = notOverloaded(n.value, a.value);
  if (!stable.ok) return stable;
  return ok(erlangCValue(n.value, a.value));
}

/**
 * Erlang A (M/M/N+M): Poisson arrivals, exponential handling (mean AHT) on N agents, and
 * callers who hang up after an exponential patience (mean patienceSeconds) if not yet answered.
 *
 * Exact birth–death model, not a closed-form approximation. With n callers in the system the
 * death rate is n·μ for n ≤ N and N·μ + (n − N)·θ above (μ = 1/AHT, θ = 1/patience). Relative
 * to state N the stationary weights are
 *   below N:  Σ_{n≤N} π_n/π_N = 1/B(N, A)             (the Erlang B recurrence, erlangB.ts)
 *   above N:  t_j = π_{N+j}/π_N = Π_{i=1..j} x/(b + i),  x = λ/θ, b = Nμ/θ,
 * summed until the geometric bound on the rest falls below 1e-17 of the total (rescaled when
 * the terms would overflow). Then
 *   P(wait) = P(n ≥ N), Lq = Σ j·π_{N+j}, P(abandon) = θ·Lq/λ, mean wait E[W] = Lq/λ,
 *   occupancy = A·(1 − P(abandon))/N.
 *
 * Service level here is the share of *all* calls answered within T (callers who hang up count as
 * misses), so it tends to Erlang C's as patience grows. A caller finding j others waiting is
 * answered after V = Σ_{k=0..j} Exp(Nμ + kθ) unless it hangs up first; V has the density
 * c_j·e^(−Nμ·v)(1 − e^(−θv))^j, so P(answered by T) = E[e^(−θV); V ≤ T] is an incomplete beta
 * integral in u = 1 − e^(−θv). Integrating by parts gives, with b = Nμ/θ and U = 1 − e^(−θT),
 *   f_{−1} = 1,  f_j = ((b + j)·f_{j−1} − b·p_j) / (b + j + 1),
 * where p_j = Γ(b+j+1)/(Γ(b+1) j!)·U^j (1 − U)^(b+1) (negative-binomial weights, carried by
 * their own ratio U(b + j)/j with a separate exponent so that (1 − U)^(b+1) cannot underflow).
 *
 * Work: one Erlang B evaluation (O(√A + |N − A|), erlangB.ts) and one O(1) step per waiting
 * state summed. The states needed grow like max(0, x − b) + ~9√x (the terms rise to a peak near
 * j = x − b, then fall like a Gaussian of width √x), so a heavily overloaded queue with very
 * long patience could need billions. At most MAX_QUEUE_STATES are summed: a queue that needs
 * more is refused (#NUM! on patienceSeconds) — at once when `leastQueueStates` already proves
 * it, else when the sum reaches the ceiling unconverged. It is never truncated.
 */
import { ok, type Result } from "../result";
import { filled } from "../sentences/book";
import { FORMULAS as F } from "../sentences/formulas";
import { aboveZero, atLeastZero, refuse, wholeNumber } from "../validators";
import { inverseErlangB } from "./erlangB";
import { DEFAULT_INTERVAL_SECONDS, trafficErlangs } from "./traffic";

export interface ErlangAMeasures {
  readonly trafficErlangs: number;
  /** Share of callers who hang up before being answered. */
  readonly probabilityOfAbandon: number;
  /** Share of callers who find every agent busy. */
  readonly probabilityOfWaiting: number;
  /** Share of all callers answered within targetSeconds. */
  readonly serviceLevel: number;
  /** Mean wait in seconds over all callers (time to answer, or to hanging up). */
  readonly averageSpeedOfAnswer: number;
  readonly occupancy: number;
  /** Waiting states summed (the work done, at most MAX_QUEUE_STATES). */
  readonly statesSummed: number;
}

const RELATIVE_TAIL = 1e-17;
const RESCALE_ABOVE = 1e250;
const RESCALE_BY = 1e-250;
const P_RESCALE_ABOVE = 1e200;
const LN_P_RESCALE = Math.log(1e200);
/**
 * Waiting states we are prepared to sum (~30 ms at worst); more means a (near-)overloaded queue
 * with near-infinite patience. Real queues need far fewer: x = calls per second × patience.
 */
export const MAX_QUEUE_STATES = 1_000_000;

/**
 * A lower bound on the states the sum below needs before it can stop, for x = λ/θ and b = Nμ/θ;
 * 0 when x < 40, where it does not matter. Why it holds: the sum cannot stop while the ratio
 * x/(b + j + 1) is ≥ 1, i.e. before the peak j ≈ x − b; beyond the peak (or from j = 0 when
 * δ = b − x > 0) the terms fall by no more than e^(−(s·max(δ, 1) + s(s+1)/2)/x) over s states, so
 * while that product is ≥ e^(−20) the neglected tail is still above 1e-17 of the sum (j ≤ 10⁶).
 */
export function leastQueueStates(x: number, b: number): number {
  if (!(x >= 40)) return 0;
  const delta = b - x;
  if (delta > x) return 0;
  const k = 2 * Math.max(delta, 1) + 1;
  const s = Math.floor((Math.sqrt(k * k + 160 * x) - k) / 2);
  const peak = delta < 0 ? Math.floor(-delta) : 0;
  return Math.max(0, peak + s - 3);
}

export function erlangA(
  agents: number,
  calls: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
): Result<ErlangAMeasures> {
  const nr = wholeNumber("agents", agents);
  if (!nr.ok) return nr;
  const ar = trafficErlangs(calls, ahtSeconds, intervalSeconds);
  if (!ar.ok) return ar;
  const pr = aboveZero("patienceSeconds", patienceSeconds);
  if (!pr.ok) return pr;
  const tr = atLeastZero("targetSeconds", targetSeconds);
  if (!tr.ok) return tr;
  return erlangAMeasures(nr.value, ar.value, calls / intervalSeconds, ahtSeconds, patienceSeconds, tr.value);
}

/**
 * The measures of `erlangA` from checked arguments (unchecked: whole agents ≥ 0, traffic in
 * range, AHT and patience > 0, target ≥ 0): for callers that checked them once for many queues
 * (intervals.ts). `arrivalsPerSecond` is calls ÷ intervalSeconds.
 */
export function erlangAMeasures(
  n: number,
  a: number,
  arrivalsPerSecond: number,
  ahtSeconds: number,
  patienceSeconds: number,
  targetSeconds: number,
): Result<ErlangAMeasures> {
  const none = { trafficErlangs: a, probabilityOfAbandon: 0, probabilityOfWaiting: 0, serviceLevel: 1, averageSpeedOfAnswer: 0, statesSummed: 0 };
  if (a === 0) return ok({ ...none, occupancy: 0 });

  const inv = inverseErlangB(n, a);
  // B below 1e-300: every waiting measure would be under ~1e-300, in (or near) the subnormal range
  // where doubles lose their relative precision; report the queue as never waiting.
  if (inv > 1e300) return ok({ ...none, occupancy: a / n });

  const lambda = arrivalsPerSecond;
  const x = lambda * patienceSeconds;
  const b = (n * patienceSeconds) / ahtSeconds;
  const tooManyStates = (): Result<ErlangAMeasures> => refuse("outOfRange", "patienceSeconds", filled(F.patienceTooLong, MAX_QUEUE_STATES));
  // Patience (or calls per second) so large against AHT that x or b overflow: beyond any sum.
  if (!Number.isFinite(x) || !Number.isFinite(b)) return tooManyStates();
  if (leastQueueStates(x, b) > MAX_QUEUE_STATES) return tooManyStates();
  const thetaT = targetSeconds / patienceSeconds;
  const u = -Math.expm1(-thetaT);

  let below = inv - 1; // Σ_{n<N} π_n/π_N
  let t = 1; // t_j
  let f = (b * -Math.expm1(-(b + 1) * thetaT)) / (b + 1); // f_0 = b(1 − (1 − U)^(b+1))/(b + 1)
  let s0 = 1; // Σ t_j
  let s1 = 0; // Σ j·t_j
  let sf = f; // Σ t_j·f_j
  let pMantissa = 1; // p_j = pMantissa · e^pExponent
  let pExponent = -(b + 1) * thetaT;
  let pScale = Math.exp(pExponent);
  let converged = false;
  let j = 0;
  let r = x / (b + 1); // x/(b + j + 1): t_{j+1}/t_j
  while (j < MAX_QUEUE_STATES && !converged) {
    j++;
    t *= r;
    // With T = 0 (CC.ABANDON) U = 0 and every f_j is 0: skip the answered-within-T recurrence.
    if (u > 0) {
      pMantissa *= (u * (b + j)) / j;
      if (pMantissa > P_RESCALE_ABOVE) {
        pMantissa /= P_RESCALE_ABOVE;
        pExponent += LN_P_RESCALE;
        pScale = Math.exp(pExponent);
      }
      // Rounding can push a tiny f_j a hair below zero; it is a probability.
      f = Math.max(0, ((b + j) * f - b * pMantissa * pScale) / (b + j + 1));
      sf += t * f;
    }
    s0 += t;
    s1 += j * t;
    if (t > RESCALE_ABOVE) {
      t *= RESCALE_BY;
      s0 *= RESCALE_BY;
      s1 *= RESCALE_BY;
      sf *= RESCALE_BY;
      below *= RESCALE_BY;
    }
    r = x / (b + j + 1);
    if (r < 1) {
      // The rest is below the geometric series of ratio r: Σ t·r^k = t·rest and Σ (j + k)·t·r^k
      // = t·rest·(j + 1/(1 − r)), with rest = r/(1 − r) and 1/(1 − r) = 1 + rest.
      const rest = x / (b + j + 1 - x);
      const tail0 = t * rest;
      const tail1 = tail0 * (j + 1 + rest);
      converged = tail0 <= RELATIVE_TAIL * s0 && tail1 <= RELATIVE_TAIL * s1;
    }
  }
  // Near-critical load with near-infinite patience: the queue decays too slowly to sum. Say so
  // rather than return a truncated answer.
  if (!converged) return tooManyStates();
  const z = below + s0;
  // Both are ≤ 1 exactly; rounding in a saturated queue (P(abandon) → 1 − N/A) can overshoot by an ulp or two.
  // x can underflow to 0 only for a vanishing arrival rate; then P(abandon) is its limit t_1/(x·z).
  const probabilityOfAbandon = x > 0 ? Math.min(1, s1 / z / x) : 1 / (z * (b + 1));
  return ok({
    trafficErlangs: a,
    probabilityOfAbandon,
    probabilityOfWaiting: s0 / z,
    serviceLevel: (below + sf) / z,
    averageSpeedOfAnswer: lambda > 0 ? s1 / z / lambda : probabilityOfAbandon * patienceSeconds,
    occupancy: n === 0 ? 0 : Math.min(1, (a * (1 - probabilityOfAbandon)) / n),
    statesSummed: j,
  });
}

/** P(abandon) alone — CC.ABANDON. */
export function abandonRate(
  agents: number,
  calls: number,
  ahtSeconds: number,
  patienceSeconds: number,
  intervalSeconds = DEFAULT_INTERVAL_SECONDS,
): Result<number> {
  const r = erlangA(agents, calls, ahtSeconds, patienceSeconds, 0, intervalSeconds);
  return r.ok ? ok(r.value.probabilityOfAbandon) : r;
}

/**
 * Erlang B: the probability that a call finds all N servers busy in a loss system of A Erlangs.
 *
 * Why doubles, not the core's Decimal: staffing is a probability model, not money; the issue
 * asks for 1e-12 relative accuracy (doubles carry ~1e-16, and the recurrence below is stable)
 * and for sizing a 10 000-Erlang queue in under a millisecond, which arbitrary-precision
 * arithmetic cannot do (the only npm Erlang package, built on decimal.js, takes seconds).
 *
 * Method: the inverse recurrence I_k = 1 + (k/A)·I_{k−1}, I = 1/B — linear, no factorials, no
 * powers, nothing that overflows before B itself underflows. It holds for real k too, so for
 * fractional N = x + m (x ∈ [0, 1)) we climb the lattice x, x+1, …, N.
 *
 * Where to start the climb: an error e in I_{k−1} reaches I_k as (k/A)·e, i.e. its *relative*
 * size is multiplied by 1 − B_k ≤ min(1, k/A) (carried traffic A(1 − B) never exceeds k).
 * So starting from a crude guess I = 1 (relative error < 1) a few steps below N is enough once
 * the product of those factors falls below 1e-19 — about √(90·A) steps when N is near A. Only
 * when the climb must begin at the bottom is the exact start needed: I_0 = 1 for whole N, and
 * the incomplete gamma (gamma.ts) at the fraction x. Cost: O(√A + |N − A|), not O(N) — and
 * bounded whatever N is: above A the climb overflows 1/B to ∞ (B below 1e-308) within about
 * √(1418·A) steps and stops there, so with A ≤ 10⁹ (validators.ts) one evaluation takes at
 * most ~3·10⁵ + 1.2·10⁶ steps.
 */
import { ok, type Result } from "../result";
import { atLeastZero, trafficInRange } from "../validators";
import { inverseErlangBAtFraction } from "./gamma";

/** Product of damping factors below which a guessed start no longer shows in a double. */
const NEGLIGIBLE_START_ERROR = 1e-19;

/**
 * 1/B(N, A) for real N ≥ 0 and A ≥ 0 (unchecked). Infinity when B is below the smallest
 * double (≈ 1e-308), which callers read as B = 0.
 */
export function inverseErlangB(servers: number, trafficErlangs: number): number {
  const A = trafficErlangs;
  if (A === 0) return servers === 0 ? 1 : Infinity; // no traffic: nothing is blocked unless there is no server
  const whole = Math.floor(servers);
  const x = servers - whole;
  // Steps j (from lattice point x+j−1 to x+j) with x + j ≥ A damp nothing; skip straight below them.
  const lastBelowA = Math.ceil(A - x) - 1; // largest j with x + j < A
  let start = Math.min(whole, Math.max(0, lastBelowA));
  let damping = 1;
  while (start > 0 && damping > NEGLIGIBLE_START_ERROR) {
    damping *= (x + start) / A;
    start--;
  }
  let inv: number;
  if (damping <= NEGLIGIBLE_START_ERROR) inv = 1; // a guess: its error is damped away by the climb
  else inv = x === 0 ? 1 : inverseErlangBAtFraction(x, A); // climbing from the bottom: exact start
  for (let j = start + 1; j <= whole; j++) {
    inv = 1 + inv * ((x + j) / A);
    if (inv === Infinity) return Infinity;
  }
  return inv;
}

/**
 * 1/B(N, A + r) for a tiny r — the part of an exact traffic that rounding A to a double left
 * out (traffic.ts) — to first order: d ln(1/B)/dA = −((N − A)/A + B). B's relative condition in
 * A grows like N − A (up to √A·40 before B underflows), so without this a rounded A of 10⁹
 * Erlangs would cost ~1e-10; the second-order term is below 1e-20.
 */
export function inverseErlangBNear(servers: number, trafficErlangs: number, residual: number): number {
  const inv = inverseErlangB(servers, trafficErlangs);
  if (residual === 0 || !Number.isFinite(inv)) return inv;
  const slope = (servers - trafficErlangs) / trafficErlangs + 1 / inv;
  const y = slope * residual;
  // |y| is ~1e-10 at most for any traffic the validators accept; anything else is not a correction.
  return Math.abs(y) < 1e-6 ? inv * (1 - y) : inv;
}

/** B(N, A) for real N ≥ 0, A ≥ 0 (unchecked). */
export function erlangBValue(servers: number, trafficErlangs: number): number {
  return 1 / inverseErlangB(servers, trafficErlangs);
}

/** Erlang B, checked: `servers` may be fractional (continuous extension), `trafficErlangs` ≥ 0. */
export function erlangB(servers: number, trafficErlangs: number): Result<number> {
  const n = atLeastZero("servers", servers);
  if (!n.ok) return n;
  const a = trafficInRange("trafficErlangs", trafficErlangs);
  if (!a.ok) return a;
  return ok(erlangBValue(n.value, a.value));
}

/**
 * The incomplete-gamma piece of fractional-agent Erlang B.
 *
 * Erlang B extends to real N through 1/B(N, A) = e^A · Γ(N+1, A) / A^N (Γ(·,·) the upper
 * incomplete gamma; equivalently A^N e^−A / (Γ(N+1)·Q(N+1, A)) with Q regularised). That
 * extension obeys the same recurrence as whole N, 1/B(N) = 1 + (N/A)·1/B(N−1), so erlangB.ts
 * only ever needs it at the fractional part x = N − ⌊N⌋ ∈ (0, 1) and climbs from there.
 */

/**
 * Taylor coefficients of 1/Γ(1 + x) about x = 0 (an entire function, so the series converges
 * everywhere; 30 terms reach full double precision on [0, 1]). Computed with mpmath at 40 digits:
 * `mpmath.taylor(mpmath.rgamma, 1, 29)` — see scripts/erlang-reference.py (--rgamma).
 */
const RGAMMA_1P = [
  1.0, 0.5772156649015329, -0.6558780715202539, -0.04200263503409524, 0.16653861138229148, -0.04219773455554433,
  -0.009621971527876973, 0.0072189432466631, -0.0011651675918590652, -0.00021524167411495098, 0.0001280502823881162,
  -2.013485478078824e-5, -1.2504934821426706e-6, 1.133027231981696e-6, -2.056338416977607e-7, 6.116095104481416e-9,
  5.002007644469223e-9, -1.18127457048702e-9, 1.0434267116911005e-10, 7.782263439905071e-12, -3.696805618642206e-12,
  5.100370287454476e-13, -2.0583260535665066e-14, -5.348122539423018e-15, 1.2267786282382608e-15,
  -1.1812593016974588e-16, 1.1866922547516004e-18, 1.4123806553180319e-18, -2.29874568443537e-19,
  1.7144063219273374e-20,
] as const;

/** Γ(1 + x) for x ∈ [0, 1]. */
function gammaOnePlus(x: number): number {
  let s = 0;
  for (let k = RGAMMA_1P.length - 1; k >= 0; k--) s = s * x + (RGAMMA_1P[k] as number);
  return 1 / s;
}

/** Below this the continued fraction converges slowly and the series is both quick and accurate. */
const SERIES_BELOW = 1;
const MAX_ITERATIONS = 10_000;
const TINY = 1e-300;

/**
 * 1/B(x, A) = e^A · Γ(x+1, A) / A^x for x ∈ (0, 1), A > 0 — always ≥ 1.
 *
 * - A ≥ 1: Legendre's continued fraction for Γ(a, z) = e^−z z^a · F, evaluated by the modified
 *   Lentz method. The prefactor cancels: 1/B = A · F, so nothing can overflow.
 * - A < 1: Γ(a, A) = Γ(a) − γ(a, A) with the lower gamma by its power series
 *   γ(a, z) = e^−z z^a Σ zⁿ / (a(a+1)…(a+n)); then 1/B = e^A Γ(a)/A^x − A·Σ, where the
 *   subtraction loses at most a digit because γ(a, A) ≤ 0.65 Γ(a) for A < 1 < a.
 */
export function inverseErlangBAtFraction(x: number, trafficErlangs: number): number {
  const a = x + 1;
  const z = trafficErlangs;
  if (z < SERIES_BELOW) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= z / (a + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return (Math.exp(z) * gammaOnePlus(x)) / Math.pow(z, x) - z * sum;
  }
  // Lentz: F = 1/(b0 + a1/(b1 + a2/(b2 + …))) with b_n = z + 2n + 1 − a, a_n = −n(n − a).
  let b = z + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let f = d;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 3e-16) break; // within an ulp of 1
  }
  return z * f;
}

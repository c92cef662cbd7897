/**
 * KPI scoring (考核评分): linear between a baseline (基础值) and a target / challenge value
 * (挑战值/目标值), and piecewise-linear through given points.
 */
import type { Dec } from "./decimal";
import { ok, type Result } from "./result";
import { filled } from "./sentences/book";
import { FORMULAS as F } from "./sentences/formulas";
import { refuse } from "./validators";

/**
 * KPI score (指标得分), linear between baseline and target. Direction follows the two values:
 * when target < baseline lower is better (a repeat-call rate), otherwise higher is better.
 * At or beyond the target → targetPoints; at the baseline → baselinePoints; worse than the
 * baseline → belowBaselinePoints when given, else baselinePoints.
 * Seed (10086 contract): 2-hour repeat-call rate, baseline 17 % scores 7, challenge 14 % scores
 * 10, so 15.5 % scores 8.5.
 */
export function kpiScore(actual: Dec, baseline: Dec, target: Dec, baselinePoints: Dec, targetPoints: Dec, belowBaselinePoints?: Dec | null): Result<Dec> {
  const span = target.minus(baseline);
  if (span.isZero()) return refuse("outOfRange", "target", filled(F.targetIsBaseline, target.toString()));
  const gained = actual.minus(baseline);
  // Progress ≥ 1 ⇔ gained has span's sign and |gained| ≥ |span|; compared without dividing.
  const sameSide = gained.isZero() || gained.s === span.s;
  if (!sameSide) return ok(belowBaselinePoints ?? baselinePoints);
  if (gained.abs().gte(span.abs())) return ok(targetPoints);
  // One division last, so 7 + (−0.015) × 3 ÷ (−0.03) is exactly 8.5.
  return ok(baselinePoints.plus(gained.times(targetPoints.minus(baselinePoints)).div(span)));
}

/**
 * Piecewise-linear score (分段线性评分) through the points (xs[i], ys[i]); clamped to the first
 * and last y outside the xs. xs strictly ascending or strictly descending, same length as ys,
 * at least two points. Seed: service-request rate ≤ 1 % scores 10, 1.05 % → 3, 1.1 % → 0.
 */
export function piecewiseLinear(x: Dec, xs: readonly Dec[], ys: readonly Dec[]): Result<Dec> {
  const n = xs.length;
  if (n !== ys.length) return refuse("mismatch", "ys", filled(F.pointsMismatch, n, ys.length));
  if (n < 2) return refuse("mismatch", "xs", filled(F.tooFewPoints, n));
  const x0 = xs[0] as Dec;
  const up = (xs[1] as Dec).gt(x0);
  for (let i = 1; i < n; i++) {
    const prev = xs[i - 1] as Dec;
    const cur = xs[i] as Dec;
    if (up ? !cur.gt(prev) : !cur.lt(prev)) return refuse("mismatch", "xs", filled(F.pointsNotMonotone, cur.toString(), prev.toString()), i);
  }
  // "before" means on the side of xs[0]; works for both directions.
  const before = (a: Dec, b: Dec): boolean => (up ? a.lte(b) : a.gte(b));
  if (before(x, x0)) return ok(ys[0] as Dec);
  for (let i = 1; i < n; i++) {
    const xi = xs[i] as Dec;
    if (before(x, xi)) {
      const xa = xs[i - 1] as Dec;
      const ya = ys[i - 1] as Dec;
      const yb = ys[i] as Dec;
      return ok(ya.plus(x.minus(xa).times(yb.minus(ya)).div(xi.minus(xa))));
    }
  }
  return ok(ys[n - 1] as Dec);
}

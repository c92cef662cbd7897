/**
 * CC functions, KPI scorecards (考核评分): linear scores between a baseline and a target, and
 * piecewise-linear lookups. Adapters over src/core/kpi.ts — see args.ts for the conventions.
 */
import { kpiScore, piecewiseLinear } from "../core/kpi";
import { cc } from "./args";

/**
 * KPI score (指标得分): targetPoints at or beyond the target, baselinePoints at the baseline,
 * linear between; worse than the baseline → belowBaselinePoints if given, else baselinePoints.
 * Lower is better when target < baseline (repeat-call rate, complaints).
 * Example: =CC.KPISCORE(15.5%, 17%, 14%, 7, 10) → 8.5.
 * @customfunction KPISCORE
 * @helpurl https://localhost:3000/functions.html#cc-kpiscore
 * @param actual The measured value of the indicator (实际值). Example: 15.5%.
 * @param baseline The baseline value (基础值). Example: 17%.
 * @param target The target / challenge value (挑战值), different from the baseline. Example: 14%.
 * @param baselinePoints Points scored at the baseline. Example: 7.
 * @param targetPoints Points scored at or beyond the target. Example: 10.
 * @param [belowBaselinePoints] Points when worse than the baseline (default: baselinePoints). Example: 0.
 * @returns The score (points).
 * @example =CC.KPISCORE(15.5%, 17%, 14%, 7, 10) → 8.5
 * @example =CC.KPISCORE(18%, 17%, 14%, 7, 10, 0) → 0
 */
export function ccKpiScore(
  actual: unknown,
  baseline: unknown,
  target: unknown,
  baselinePoints: unknown,
  targetPoints: unknown,
  belowBaselinePoints?: unknown,
): number {
  return cc("KPISCORE", (a) =>
    kpiScore(
      a.num("actual", actual),
      a.num("baseline", baseline),
      a.num("target", target),
      a.num("baselinePoints", baselinePoints),
      a.num("targetPoints", targetPoints),
      a.maybeNum("belowBaselinePoints", belowBaselinePoints),
    ),
  );
}

/**
 * Piecewise-linear interpolation (分段线性): the y on the line through the points (xs, ys) at x,
 * clamped to the first / last y outside the points. xs strictly increasing or strictly decreasing.
 * Example: =CC.PIECEWISE(1.02%, {1%;1.05%;1.1%}, {10;3;0}) → 7.2.
 * @customfunction PIECEWISE
 * @helpurl https://localhost:3000/functions.html#cc-piecewise
 * @param x The value to look up. Example: 1.02%.
 * @param xs Range of x points, strictly increasing or strictly decreasing. Example: {1%;1.05%;1.1%}.
 * @param ys Range of y values, one per x point. Example: {10;3;0}.
 * @returns The interpolated y.
 * @example =CC.PIECEWISE(1.02%, {1%;1.05%;1.1%}, {10;3;0}) → 7.2
 */
export function ccPiecewise(x: unknown, xs: unknown[][], ys: unknown[][]): number {
  return cc("PIECEWISE", (a) => {
    const at = a.num("x", x);
    const points = a.pairs("xs", xs, "ys", ys);
    return piecewiseLinear(at, points.a, points.b);
  });
}

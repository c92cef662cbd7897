/**
 * CC.KPISCORE and CC.PIECEWISE — the 10086 scorecard in domain.md §4 (seeds/003): repeat-call
 * rate baseline 17 % → 7 points, challenge 14 % → 10, linear between (lower is better);
 * service-request rate ≤ 1 % → 10, 1.05 % → 3, 1.1 % → 0.
 */
import fc from "fast-check";
import { ccKpiScore, ccPiecewise } from "../../src/functions/kpi";
import { NUM, VALUE, excelError } from "./helpers";

describe("CC.KPISCORE", () => {
  test("seed: CC.KPISCORE(15.5%, 17%, 14%, 7, 10) = 8.5", () => {
    expect(ccKpiScore(0.155, 0.17, 0.14, 7, 10, null)).toBe(8.5);
    expect(ccKpiScore(0.155, 0.17, 0.14, 7, 10)).toBe(8.5);
  });
  test("at/beyond the target full points; at the baseline its points; worse → belowBaselinePoints or baselinePoints", () => {
    expect(ccKpiScore(0.14, 0.17, 0.14, 7, 10)).toBe(10);
    expect(ccKpiScore(0.1, 0.17, 0.14, 7, 10)).toBe(10);
    expect(ccKpiScore(0.17, 0.17, 0.14, 7, 10)).toBe(7);
    expect(ccKpiScore(0.2, 0.17, 0.14, 7, 10)).toBe(7);
    expect(ccKpiScore(0.2, 0.17, 0.14, 7, 10, 0)).toBe(0);
  });
  test("higher is better when target > baseline (dial-test accuracy 92 % → 7, 96 % → 10)", () => {
    expect(ccKpiScore(0.94, 0.92, 0.96, 7, 10)).toBe(8.5);
  });
  test("errors", () => {
    expect(excelError(() => ccKpiScore(0.15, 0.17, 0.17, 7, 10))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.KPISCORE: target must differ from baseline/) });
    expect(excelError(() => ccKpiScore("15%", 0.17, 0.14, 7, 10)).message).toMatch(/^CC\.KPISCORE: actual must be a number/);
    expect(excelError(() => ccKpiScore(0.15, 0.17, 0.14, 7, null)).message).toMatch(/^CC\.KPISCORE: targetPoints is required/);
    expect(excelError(() => ccKpiScore(0.15, 0.17, 0.14, 7, 10, "none")).code).toBe(VALUE);
  });
  test("property: the score lies between the two point values", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const s = ccKpiScore(x, 0.17, 0.14, 7, 10);
        return s >= 7 && s <= 10;
      }),
    );
  });
});

describe("CC.PIECEWISE", () => {
  test("seed service-request rate: 1.02 % → 7.2 between (1 %, 10) and (1.05 %, 3)", () => {
    expect(ccPiecewise(0.0102, [[0.01], [0.0105], [0.011]], [[10], [3], [0]])).toBe(7.2);
    expect(ccPiecewise(0.0105, [[0.01], [0.0105], [0.011]], [[10], [3], [0]])).toBe(3);
  });
  test("clamped at the ends; decreasing xs work too", () => {
    expect(ccPiecewise(0.005, [[0.01, 0.0105, 0.011]], [[10, 3, 0]])).toBe(10);
    expect(ccPiecewise(0.02, [[0.01, 0.0105, 0.011]], [[10, 3, 0]])).toBe(0);
    expect(ccPiecewise(4, [[5], [3]], [[0], [10]])).toBe(5);
  });
  test("errors", () => {
    expect(excelError(() => ccPiecewise(1, [[1], [1]], [[0], [1]]))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.PIECEWISE: xs /) });
    expect(excelError(() => ccPiecewise(1, [[1], [2], [1.5]], [[0], [1], [2]])).code).toBe(VALUE);
    expect(excelError(() => ccPiecewise(1, [[1], [2]], [[0]])).code).toBe(VALUE);
    expect(excelError(() => ccPiecewise(1, [[1]], [[0]])).code).toBe(VALUE);
    expect(excelError(() => ccPiecewise("x", [[1], [2]], [[0], [1]])).message).toMatch(/^CC\.PIECEWISE: x must be a number/);
  });
  test("property: interpolation stays within the ys", () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
      const y = ccPiecewise(x, [[-1], [0], [2]], [[4], [-2], [1]]);
      return y >= -2 && y <= 4;
    }));
  });
});

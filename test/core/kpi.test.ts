import { D } from "../../src/core/decimal";
import { kpiScore, piecewiseLinear } from "../../src/core/kpi";
import { ds } from "../helpers/decimal";
import { digits } from "../helpers/result";

describe("KPI score, linear between baseline and target (domain.md §4)", () => {
  it("KPISCORE(15.5 %, 17 %, 14 %, 7, 10) = 8.5 (repeat-call rate, lower is better)", () => {
    // progress = (0.155 − 0.17) ÷ (0.14 − 0.17) = −0.015 ÷ −0.03 = 0.5; 7 + 0.5 × 3 = 8.5.
    expect(digits(kpiScore(D("0.155"), D("0.17"), D("0.14"), D(7), D(10)))).toBe("8.5");
  });
  it("at the ends and beyond (lower is better)", () => {
    expect(digits(kpiScore(D("0.17"), D("0.17"), D("0.14"), D(7), D(10)))).toBe("7");
    expect(digits(kpiScore(D("0.14"), D("0.17"), D("0.14"), D(7), D(10)))).toBe("10");
    expect(digits(kpiScore(D("0.10"), D("0.17"), D("0.14"), D(7), D(10)))).toBe("10");
    expect(digits(kpiScore(D("0.20"), D("0.17"), D("0.14"), D(7), D(10)))).toBe("7");
    expect(digits(kpiScore(D("0.20"), D("0.17"), D("0.14"), D(7), D(10), D(0)))).toBe("0");
  });
  it("dial-test accuracy (higher is better): ≤ 92 % scores 7, ≥ 96 % full 10", () => {
    // (0.94 − 0.92) ÷ (0.96 − 0.92) = 0.5 → 8.5; 0.95 → 0.75 → 9.25.
    expect(digits(kpiScore(D("0.94"), D("0.92"), D("0.96"), D(7), D(10)))).toBe("8.5");
    expect(digits(kpiScore(D("0.95"), D("0.92"), D("0.96"), D(7), D(10)))).toBe("9.25");
    expect(digits(kpiScore(D("0.99"), D("0.92"), D("0.96"), D(7), D(10)))).toBe("10");
    expect(digits(kpiScore(D("0.90"), D("0.92"), D("0.96"), D(7), D(10), null))).toBe("7");
  });
  it("complaints per 10 000: baseline 5, challenge 3, 4 complaints is halfway", () => {
    expect(digits(kpiScore(D(4), D(5), D(3), D(7), D(10)))).toBe("8.5");
  });
});

describe("piecewise-linear score", () => {
  // Service-request rate: ≤ 1 % full 10, 1.05 % → 3, 1.1 % → 0.
  const xs = ds("0.01", "0.0105", "0.011");
  const ys = ds(10, 3, 0);
  it.each([
    ["0.005", "10"], // clamped before the first point
    ["0.01", "10"],
    ["0.01025", "6.5"], // 10 + (0.00025 ÷ 0.0005) × (3 − 10) = 10 − 3.5
    ["0.0105", "3"],
    ["0.01075", "1.5"], // 3 + 0.5 × (0 − 3)
    ["0.011", "0"],
    ["0.02", "0"], // clamped after the last point
  ])("rate %s scores %s", (x, y) => {
    expect(digits(piecewiseLinear(D(x), xs, ys))).toBe(y);
  });
  it("the same points given in descending x order give the same scores", () => {
    const xd = [...xs].reverse();
    const yd = [...ys].reverse();
    for (const x of ["0.005", "0.01025", "0.0105", "0.01075", "0.02"]) {
      expect(digits(piecewiseLinear(D(x), xd, yd))).toBe(digits(piecewiseLinear(D(x), xs, ys)));
    }
  });
});

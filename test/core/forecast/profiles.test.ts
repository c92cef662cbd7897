/**
 * Intraday presets and pasted profiles: shares that add up to 1 exactly as decimals (so within the
 * schema's 1e-9 as doubles), the shape of each preset, and a pasted column of calls normalised.
 */
import fc from "fast-check";
import { D, sum } from "../../../src/core";
import { SHARES_SUM_TOLERANCE } from "../../../src/core/catalogue/forecastRules";
import { INTRADAY_PRESETS, presetShares, profileFromColumn, sharesOfWeights } from "../../../src/core/forecast";

const decimalSum = (xs: readonly number[]): string => sum(xs.map((x) => new D(String(x)))).toString();

describe("presets", () => {
  test.each(INTRADAY_PRESETS.flatMap((p) => [15, 30, 60].map((m) => [p, m] as const)))("%s at %i minutes: one share per interval, adding up to exactly 1", (preset, minutes) => {
    const shares = presetShares(preset, minutes);
    expect(shares).toHaveLength((24 * 60) / minutes);
    expect(decimalSum(shares)).toBe("1");
    expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(SHARES_SUM_TOLERANCE);
    expect(shares.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  test("flat 09–18 at 30 minutes: 18 open intervals of 1/18, by largest remainder", () => {
    const shares = presetShares("flat0918", 30);
    // 09:00 is interval 18, 18:00 is interval 36 (closed).
    expect(shares.slice(0, 18).every((x) => x === 0)).toBe(true);
    expect(shares.slice(36).every((x) => x === 0)).toBe(true);
    // 1/18 = 0.0555…: floors 0.05555555 × 18 = 0.9999999; the 10 missing units of 1e-8 go to the first ten (equal remainders, earlier first).
    expect(shares.slice(18, 28)).toEqual(Array(10).fill(0.05555556));
    expect(shares.slice(28, 36)).toEqual(Array(8).fill(0.05555555));
  });

  test("two-peak weekday: closed before 08:00 and from 20:00, peaks at 11:00 and 15:00", () => {
    const shares = presetShares("twoPeak", 60);
    expect(shares.slice(0, 8).every((x) => x === 0) && shares.slice(20).every((x) => x === 0)).toBe(true);
    // Weights 3 6 9 10 7 6 8 9 8 6 4 2 (total 78): 11:00 is 10/78, 15:00 is 9/78.
    expect(shares[11]).toBe(0.12820513);
    expect(shares[12]).toBeLessThan(shares[11] ?? 0);
    expect(shares[15]).toBeGreaterThan(shares[13] ?? 1);
  });

  test("24-hour: every interval open", () => {
    expect(presetShares("allDay", 15).every((x) => x > 0)).toBe(true);
  });
});

describe("a pasted column", () => {
  test("shares that add up to 1 are kept as typed", () => {
    const out = profileFromColumn(["0.25", "0.5", "0.25"].map((x) => new D(x)));
    expect(out).toEqual({ shares: [0.25, 0.5, 0.25], normalised: false, total: new D(1) });
  });

  test("calls per interval are divided by their total: 10, 30, 60 → 10 %, 30 %, 60 %", () => {
    const out = profileFromColumn([10, 30, 60].map((x) => new D(x)));
    expect(out?.shares).toEqual([0.1, 0.3, 0.6]);
    expect(out?.normalised).toBe(true);
    expect(out?.total.toString()).toBe("100");
  });

  test("nothing to divide: all zero, negative or empty", () => {
    expect(profileFromColumn([new D(0), new D(0)])).toBeUndefined();
    expect(profileFromColumn([new D(1), new D(-1), new D(3)])).toBeUndefined();
    expect(profileFromColumn([])).toBeUndefined();
  });

  test("property: any non-negative column with a positive total gives shares adding up to exactly 1, in the same proportions to 1e-8", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 96 }).filter((xs) => xs.some((x) => x > 0)), (xs) => {
        const shares = sharesOfWeights(xs.map((x) => new D(x)));
        expect(shares).toBeDefined();
        const total = xs.reduce((a, b) => a + b, 0);
        expect(sum(shares ?? []).toString()).toBe("1");
        (shares ?? []).forEach((s, i) => expect(Math.abs(s.toNumber() - (xs[i] ?? 0) / total)).toBeLessThan(1e-8 + 1e-15));
      }),
    );
  });
});

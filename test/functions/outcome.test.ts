/**
 * CC.OUTCOMEFEE, CAPPEDPENALTY, HOLDBACK, TIERFEE, COSTPERLEAD — figures from domain.md §3 and §5
 * (seeds/000, 003): 1.2 per connect, −20 per violation capped at 5 % of the fee, 10–20 % holdback,
 * 298 dials a day at 58.76 % connect and 4.2 % success.
 */
import fc from "fast-check";
import { ccCappedPenalty, ccCostPerLead, ccHoldback, ccOutcomeFee, ccTierFee } from "../../src/functions/outcome";
import { DIV0, NUM, VALUE, excelError } from "./helpers";

describe("CC.OUTCOMEFEE", () => {
  test("units × price + bonus − deductions; optionals default to 0", () => {
    expect(ccOutcomeFee(5000, 1.2, 500, 200)).toBe(6300);
    expect(ccOutcomeFee(5000, 1.2, null, null)).toBe(6000);
    expect(ccOutcomeFee(5000, 1.2)).toBe(6000);
    expect(ccOutcomeFee(1000, 0.85, null, 1000)).toBe(-150); // a major complaint can exceed the fee
  });
  test("errors", () => {
    expect(excelError(() => ccOutcomeFee(-1, 1.2)).code).toBe(NUM);
    expect(excelError(() => ccOutcomeFee(1, 1.2, -5)).code).toBe(NUM);
    expect(excelError(() => ccOutcomeFee(1, "1.2元")).message).toMatch(/^CC\.OUTCOMEFEE: unitPrice must be a number/);
  });
});

describe("CC.CAPPEDPENALTY", () => {
  test("MIN(count × amount, fee × cap): 30 × 20 = 600 capped at 5 % of 10 000 = 500", () => {
    expect(ccCappedPenalty(30, 20, 10000, 0.05)).toBe(500);
    expect(ccCappedPenalty(10, 20, 10000, 0.05)).toBe(200);
  });
  test("errors", () => {
    expect(excelError(() => ccCappedPenalty(30, 20, 10000, 5))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.CAPPEDPENALTY: capRate/) });
    expect(excelError(() => ccCappedPenalty(-1, 20, 10000, 0.05)).code).toBe(NUM);
    expect(excelError(() => ccCappedPenalty(1, 20, 10000, null)).message).toMatch(/capRate is required/);
  });
});

describe("CC.HOLDBACK", () => {
  test("15 % held back: 8 500 payable, all 10 000 when the KPIs are met", () => {
    expect(ccHoldback(10000, 0.15, null)).toBe(8500);
    expect(ccHoldback(10000, 0.15)).toBe(8500);
    expect(ccHoldback(10000, 0.15, false)).toBe(8500);
    expect(ccHoldback(10000, 0.15, true)).toBe(10000);
    expect(ccHoldback(10000, 0.15, 1)).toBe(10000);
  });
  test("errors", () => {
    expect(excelError(() => ccHoldback(10000, 1.5)).code).toBe(NUM);
    expect(excelError(() => ccHoldback(10000, 0.15, "yes"))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.HOLDBACK: kpiMet must be TRUE or FALSE/) });
    expect(excelError(() => ccHoldback(-1, 0.15)).code).toBe(NUM);
  });
});

describe("CC.TIERFEE", () => {
  const T = [[0], [50], [100]];
  const P = [[10], [8], [6]];
  test("graduated (default): 50 × 10 + 50 × 8 + 20 × 6 = 1 020; volume: 120 × 6 = 720", () => {
    expect(ccTierFee(120, T, P, null, null)).toBe(1020);
    expect(ccTierFee(120, T, P)).toBe(1020);
    expect(ccTierFee(120, T, P, "超额累进")).toBe(1020);
    expect(ccTierFee(120, T, P, "volume")).toBe(720);
    expect(ccTierFee(120, T, P, "全额累进", 3000)).toBe(3720);
  });
  test("the IT-outsourcing tier from the seeds: over 50 devices, 3 000 + 50 × (n − 50)", () => {
    expect(ccTierFee(60, [[0, 50]], [[0, 50]], "graduated", 3000)).toBe(3000 + 50 * 10);
  });
  test("ranges as a row, blank pairs skipped", () => {
    expect(ccTierFee(120, [[0, 50, 100, null]], [[10, 8, 6, ""]])).toBe(1020);
  });
  test("errors", () => {
    expect(excelError(() => ccTierFee(120, T, [[10], [8]]))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.TIERFEE: prices must have as many cells as thresholds/) });
    expect(excelError(() => ccTierFee(120, [[10], [50]], [[1], [2]])).code).toBe(NUM);
    expect(excelError(() => ccTierFee(120, [[0], [100], [50]], P))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.TIERFEE: thresholds .*ascending/) });
    expect(excelError(() => ccTierFee(-1, T, P)).code).toBe(NUM);
    expect(excelError(() => ccTierFee(120, T, P, "flat")).message).toMatch(/^CC\.TIERFEE: mode must be one of "graduated", "超额累进", "volume", "全额累进"/);
    expect(excelError(() => ccTierFee(120, T, [[10], ["8"], [6]])).message).toMatch(/^CC\.TIERFEE: prices cell 2 must be a number/);
  });
  test("property: graduated never exceeds the first-tier price on every unit when prices fall", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (v) => ccTierFee(v, T, P) <= v * 10 && ccTierFee(v, T, P, "volume") <= ccTierFee(v, T, P)),
    );
  });
});

describe("CC.COSTPERLEAD", () => {
  test("seed case: 220 a day, 298 dials, 58.76 % connect, 4.2 % success", () => {
    expect(ccCostPerLead(220, 298, 0.5876, 0.042)).toBeCloseTo(220 / (298 * 0.5876 * 0.042), 10);
  });
  test("errors", () => {
    expect(excelError(() => ccCostPerLead(220, 0, 0.5, 0.1))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.COSTPERLEAD: dialsPerDay/) });
    expect(excelError(() => ccCostPerLead(220, 298, 0, 0.1)).code).toBe(DIV0);
    expect(excelError(() => ccCostPerLead(220, 298, 58.76, 0.1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.COSTPERLEAD: connectRate/) });
    expect(excelError(() => ccCostPerLead("220", 298, 0.5, 0.1)).code).toBe(VALUE);
  });
});

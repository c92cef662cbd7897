/**
 * CC.RATE, MARGIN, PACKAGEFEE, MINCOMMIT — issue 9's contract: signatures, errors and words, with
 * the seeds' figures (domain.md §2–3): 0.85 per valid call, 5 440 per seat-month.
 */
import fc from "fast-check";
import { ccMargin, ccMinCommit, ccPackageFee, ccRate } from "../../src/functions/pricing";
import { ccPrice } from "../../src/functions/seat";
import { DIV0, NUM, VALUE, excelError } from "./helpers";

describe("CC.RATE(cost, units, [margin=0], [method=\"margin\"])", () => {
  test("72 250 ÷ (1 − 15 %) ÷ 100 000 calls = 0.85; at cost 10 880 ÷ 2 seat-months = 5 440", () => {
    expect(ccRate(72250, 100000, 0.15)).toBeCloseTo(0.85, 15);
    expect(ccRate(10880, 2)).toBe(5440);
    expect(ccRate(10880, 2, null, null)).toBe(5440);
    expect(ccRate(10880, 2, "", "")).toBe(5440);
  });
  test("markup is also 加成, margin also 毛利 (any case, trimmed)", () => {
    expect(ccRate(80, 100, 0.25, "markup")).toBe(1);
    expect(ccRate(80, 100, 0.25, "加成")).toBe(1);
    expect(ccRate(80, 100, 0.2, "毛利")).toBe(1);
    expect(ccRate(80, 100, 0.2, " Margin ")).toBe(1);
  });
  test("is CC.PRICE spread over the units", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (cost, units, pct, markup) => {
        const method = markup ? "markup" : "margin";
        const rate = ccRate(cost, units, pct / 100, method);
        expect(Math.abs(rate * units - ccPrice(cost, pct / 100, method))).toBeLessThanOrEqual(1e-9 * Math.max(1, ccPrice(cost, pct / 100, method)));
      }),
    );
  });
  test("units 0 → #DIV/0!; units < 0 → #NUM!; margin ≥ 1 with margin → #NUM!; another method → #VALUE! listing the words", () => {
    expect(excelError(() => ccRate(100, 0))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.RATE: units is zero/) });
    expect(excelError(() => ccRate(100, -5))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.RATE: units must be ≥ 0/) });
    expect(excelError(() => ccRate(100, 10, 1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.RATE: margin a margin must be ≥ 0 and < 1/) });
    // A markup may exceed 100 %.
    expect(ccRate(100, 10, 1.5, "markup")).toBe(25);
    expect(excelError(() => ccRate(100, 10, 0.1, "discount"))).toEqual({
      code: VALUE,
      message: 'CC.RATE: method must be one of "margin", "毛利", "markup", "加成" (got "discount") | method 必须是 "margin", "毛利", "markup", "加成" 之一（当前为 "discount"）',
    });
    expect(excelError(() => ccRate("100", 10)).code).toBe(VALUE);
    expect(excelError(() => ccRate(null, 10)).message).toMatch(/^CC\.RATE: cost is required/);
    expect(excelError(() => ccRate(-1, 10)).code).toBe(NUM);
  });
});

describe("CC.MARGIN(revenue, cost)", () => {
  test("(85 000 − 72 250) ÷ 85 000 = 15 %; 20 % less volume per call: (68 000 − 72 250) ÷ 68 000 = −6.25 %", () => {
    expect(ccMargin(85000, 72250)).toBeCloseTo(0.15, 15);
    expect(ccMargin(68000, 72250)).toBe(-0.0625);
    expect(ccMargin(100, 0)).toBe(1);
  });
  test("revenue 0 → #DIV/0!; negatives → #NUM!", () => {
    expect(excelError(() => ccMargin(0, 5))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.MARGIN: revenue is zero/) });
    expect(excelError(() => ccMargin(-1, 5)).code).toBe(NUM);
    expect(excelError(() => ccMargin(10, -5)).code).toBe(NUM);
  });
});

describe("CC.PACKAGEFEE(volume, monthlyFee, includedVolume, overageRate)", () => {
  test("76 500 for 90 000 calls, 0.85 over them: 120 000 calls → 102 000, 80 000 → 76 500", () => {
    expect(ccPackageFee(120000, 76500, 90000, 0.85)).toBe(102000);
    expect(ccPackageFee(80000, 76500, 90000, 0.85)).toBe(76500);
    expect(ccPackageFee(90000, 76500, 90000, 0.85)).toBe(76500);
  });
  test("negatives → #NUM! naming the argument; text → #VALUE!", () => {
    const cases: [[number, number, number, number], string][] = [
      [[-1, 1, 1, 1], "volume"],
      [[1, -1, 1, 1], "monthlyFee"],
      [[1, 1, -1, 1], "includedVolume"],
      [[1, 1, 1, -1], "overageRate"],
    ];
    for (const [args, name] of cases) {
      expect(excelError(() => ccPackageFee(...args))).toEqual({ code: NUM, message: expect.stringMatching(new RegExp(`^CC\\.PACKAGEFEE: ${name} `)) });
    }
    expect(excelError(() => ccPackageFee("a", 1, 1, 1)).code).toBe(VALUE);
  });
});

describe("CC.MINCOMMIT(units, forecastUnits, commitShare, rate)", () => {
  test("90 % of 100 000 calls committed at 0.85: 80 000 delivered → 76 500; 120 000 → 102 000", () => {
    expect(ccMinCommit(80000, 100000, 0.9, 0.85)).toBe(76500);
    expect(ccMinCommit(120000, 100000, 0.9, 0.85)).toBe(102000);
    expect(ccMinCommit(80000, 100000, 0, 0.85)).toBe(68000);
  });
  test("commitShare outside 0–1 → #NUM!", () => {
    expect(excelError(() => ccMinCommit(1, 1, 1.5, 1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.MINCOMMIT: commitShare must be between 0 and 1/) });
    expect(excelError(() => ccMinCommit(1, 1, -0.1, 1)).code).toBe(NUM);
    expect(excelError(() => ccMinCommit(-1, 1, 0.5, 1)).code).toBe(NUM);
  });
  test("never below the plain fee, never below the commitment", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }), (u, f, pct, cents) => {
        const fee = ccMinCommit(u, f, pct / 100, cents / 100);
        expect(fee).toBeGreaterThanOrEqual((u * cents) / 100 - 1e-6);
        expect(fee).toBeGreaterThanOrEqual(((pct / 100) * f * cents) / 100 - 1e-6);
      }),
    );
  });
});

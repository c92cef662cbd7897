/**
 * CC.SEATCOST, OVERTIME, PRICE, BREAKEVEN — seed figures from domain.md §2 (seeds/000, 001, 003):
 * 220 per agent-day × 22 days = 4 840 a month; with 600 phone charges 5 440.
 */
import fc from "fast-check";
import { ccBreakEven, ccOvertime, ccPrice, ccSeatCost } from "../../src/functions/seat";
import { DIV0, NUM, VALUE, excelError } from "./helpers";

describe("CC.SEATCOST", () => {
  test("seed: CC.SEATCOST(220) = 4 840; CC.SEATCOST(220,22,1,1,600) = 5 440", () => {
    expect(ccSeatCost(220, null, null, null, null)).toBe(4840);
    expect(ccSeatCost(220)).toBe(4840);
    expect(ccSeatCost(220, 22, 1, 1, 600)).toBe(5440);
  });
  test("minimum engagement from the seed: one month, two agents, with phone", () => {
    expect(ccSeatCost(220, null, 1, 2, 600)).toBe(2 * 5440);
  });
  test("each optional falls back to its own default", () => {
    expect(ccSeatCost(220, 20)).toBe(4400);
    expect(ccSeatCost(220, "", 3)).toBe(3 * 4840);
    expect(ccSeatCost(220, null, null, 5)).toBe(5 * 4840);
    expect(ccSeatCost(200, 22, 12, 10, 200)).toBe((200 * 22 + 200) * 12 * 10);
  });
  test("errors", () => {
    expect(excelError(() => ccSeatCost("220元"))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.SEATCOST: dailyRate must be a number/) });
    expect(excelError(() => ccSeatCost(null)).message).toMatch(/^CC\.SEATCOST: dailyRate is required/);
    expect(excelError(() => ccSeatCost(-220))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.SEATCOST: dailyRate must be ≥ 0/) });
    expect(excelError(() => ccSeatCost(220, 40)).code).toBe(NUM);
    expect(excelError(() => ccSeatCost(220, 22, -1)).code).toBe(NUM);
    expect(excelError(() => ccSeatCost(220, 22, 1, -2)).code).toBe(NUM);
    expect(excelError(() => ccSeatCost(220, 22, 1, 1, -600))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.SEATCOST: phoneFeePerSeatMonth/) });
    expect(excelError(() => ccSeatCost(220, true)).code).toBe(VALUE);
  });
  test("property: linear in months and seats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 36 }), fc.integer({ min: 0, max: 500 }), (rate, months, seats) => {
        return ccSeatCost(rate, 22, months, seats, 600) === (rate * 22 + 600) * months * seats;
      }),
    );
  });
});

describe("CC.OVERTIME", () => {
  test("220 a day of 8 h, 10 overtime hours at the default 1.5 = 412.5", () => {
    expect(ccOvertime(220, 8, 10, null)).toBe(412.5);
    expect(ccOvertime(220, 8, 10)).toBe(412.5);
    expect(ccOvertime(220, 8, 10, 2)).toBe(550);
  });
  test("errors", () => {
    expect(excelError(() => ccOvertime(220, 0, 10))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.OVERTIME: hoursPerDay/) });
    expect(excelError(() => ccOvertime(220, 8, -1)).code).toBe(NUM);
    expect(excelError(() => ccOvertime(220, 8, 1, -1.5)).code).toBe(NUM);
    expect(excelError(() => ccOvertime(220, "8h", 1)).message).toMatch(/^CC\.OVERTIME: hoursPerDay must be a number/);
  });
});

describe("CC.PRICE", () => {
  test("margin (default): cost ÷ (1 − rate); markup: cost × (1 + rate)", () => {
    expect(ccPrice(80, 0.2, null)).toBe(100);
    expect(ccPrice(80, 0.2)).toBe(100);
    expect(ccPrice(80, 0.2, "margin")).toBe(100);
    expect(ccPrice(80, 0.2, "毛利")).toBe(100);
    expect(ccPrice(80, 0.25, "markup")).toBe(100);
    expect(ccPrice(80, 0.25, "加成")).toBe(100);
    expect(ccPrice(4840, 0.1, "MARKUP")).toBe(5324);
  });
  test("errors", () => {
    expect(excelError(() => ccPrice(80, 1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.PRICE: rate /) });
    expect(excelError(() => ccPrice(80, -0.1, "markup")).code).toBe(NUM);
    const bad = excelError(() => ccPrice(80, 0.2, "cost-plus"));
    expect(bad.code).toBe(VALUE);
    expect(bad.message).toMatch(/^CC\.PRICE: method must be one of "margin", "毛利", "markup", "加成"/);
    expect(excelError(() => ccPrice("80", 0.2)).code).toBe(VALUE);
  });
});

describe("CC.BREAKEVEN", () => {
  test("a 5 440 seat-month equals 6 400 calls at 0.85", () => {
    expect(ccBreakEven(5440, 0.85)).toBe(6400);
  });
  test("errors", () => {
    expect(excelError(() => ccBreakEven(5440, 0))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.BREAKEVEN: unitPrice/) });
    expect(excelError(() => ccBreakEven(-1, 1)).code).toBe(NUM);
    expect(excelError(() => ccBreakEven(1, null)).message).toMatch(/^CC\.BREAKEVEN: unitPrice is required/);
  });
});

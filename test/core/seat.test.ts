import { D } from "../../src/core/decimal";
import { breakEvenUnits, overtimePay, priceFromCost, seatCost } from "../../src/core/seat";
import { digits } from "../helpers/result";

describe("seat cost (domain.md §2: 220 a day, 22 days, 600 phone a seat-month)", () => {
  it("one seat, one month: 220 × 22 + 600 = 5 440", () => {
    expect(digits(seatCost(D(220), D(22), D(1), D(1), D(600)))).toBe("5440");
  });
  it("without phone charges: 220 × 22 = 4 840 (phone omitted or null)", () => {
    expect(digits(seatCost(D(220), D(22), D(1), D(1)))).toBe("4840");
    expect(digits(seatCost(D(220), D(22), D(1), D(1), null))).toBe("4840");
  });
  it("minimum engagement, two seats for a year: 5 440 × 12 × 2 = 130 560", () => {
    expect(digits(seatCost(D(220), D(22), D(12), D(2), D(600)))).toBe("130560");
  });
});

describe("overtime (加班费)", () => {
  it("220 ÷ 8 h × 3 h × 1.5 = 990 ÷ 8 = 123.75", () => {
    expect(digits(overtimePay(D(220), D(8), D(3), D("1.5")))).toBe("123.75");
  });
});

describe("price from cost", () => {
  it("margin 20 %: 100 ÷ 0.8 = 125; markup 20 %: 100 × 1.2 = 120", () => {
    expect(digits(priceFromCost(D(100), D("0.2"), "margin"))).toBe("125");
    expect(digits(priceFromCost(D(100), D("0.2"), "markup"))).toBe("120");
  });
  it("markup may exceed 100 %; margin 0 is the cost", () => {
    expect(digits(priceFromCost(D(100), D("1.5"), "markup"))).toBe("250");
    expect(digits(priceFromCost(D(100), D(0), "margin"))).toBe("100");
  });
});

describe("break-even units", () => {
  it("a 5 440 seat-month against 1.2 per connect: 5440 ÷ 1.2 = 4533.33…", () => {
    expect(digits(breakEvenUnits(D(5440), D("1.2")))).toBe("4533.333333333333333333333333333333333333");
  });
});

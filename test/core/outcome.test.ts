import { D } from "../../src/core/decimal";
import { cappedPenalty, costPerLead, holdbackPayable, outcomeFee, tierFee } from "../../src/core/outcome";
import { ds } from "../helpers/decimal";
import { digits } from "../helpers/result";

describe("outcome fee (domain.md §3: 1.2 per connect + bonus − deductions)", () => {
  it("1 000 connects × 1.2 + 300 bonus − (200 + 1 000) complaints = 300", () => {
    expect(digits(outcomeFee(D(1000), D("1.2"), D(300), D(1200)))).toBe("300");
  });
  it("bonus and deductions may be omitted", () => {
    // 12 345 valid calls × 0.85 = 10 493.25 (the 10086 hotline's price).
    expect(digits(outcomeFee(D(12345), D("0.85")))).toBe("10493.25");
    expect(digits(outcomeFee(D(12345), D("0.85"), null, null))).toBe("10493.25");
  });
});

describe("capped penalty (20 per violation, capped at 5 % of the fee)", () => {
  it("10 violations: 200 < 5 % of 10 000 = 500 → 200", () => {
    expect(digits(cappedPenalty(D(10), D(20), D(10000), D("0.05")))).toBe("200");
  });
  it("30 violations: 600 > 500 → capped at 500", () => {
    expect(digits(cappedPenalty(D(30), D(20), D(10000), D("0.05")))).toBe("500");
  });
});

describe("holdback (包月: 10–20 % paid after targets are met)", () => {
  it("15 % held back of 10 000: 8 500 payable when missed, 10 000 when met", () => {
    expect(digits(holdbackPayable(D(10000), D("0.15"), false))).toBe("8500");
    expect(digits(holdbackPayable(D(10000), D("0.15"), true))).toBe("10000");
  });
});

describe("tiered fee", () => {
  it("IT page: over 50 devices 3 000 + 50 × (n − 50) as graduated with a base fee", () => {
    // n = 60: 3000 + 0 × 50 + 50 × 10 = 3500; n = 50: 3000; n = 51: 3050.
    expect(digits(tierFee(D(60), ds(0, 50), ds(0, 50), "graduated", D(3000)))).toBe("3500");
    expect(digits(tierFee(D(50), ds(0, 50), ds(0, 50), "graduated", D(3000)))).toBe("3000");
    expect(digits(tierFee(D(51), ds(0, 50), ds(0, 50), "graduated", D(3000)))).toBe("3050");
  });
  it("graduated vs whole-volume with falling prices", () => {
    // 600 units, tiers from 0/100/500 at 1/0.9/0.8:
    // graduated = 100 × 1 + 400 × 0.9 + 100 × 0.8 = 100 + 360 + 80 = 540; volume = 600 × 0.8 = 480.
    expect(digits(tierFee(D(600), ds(0, 100, 500), ds(1, "0.9", "0.8"), "graduated"))).toBe("540");
    expect(digits(tierFee(D(600), ds(0, 100, 500), ds(1, "0.9", "0.8"), "volume"))).toBe("480");
  });
  it("a volume at exactly a tier start stays in the lower tier in both modes", () => {
    // 100 units: graduated 100 × 1 = 100; volume 100 × 1 = 100.
    expect(digits(tierFee(D(100), ds(0, 100, 500), ds(1, "0.9", "0.8"), "graduated"))).toBe("100");
    expect(digits(tierFee(D(100), ds(0, 100, 500), ds(1, "0.9", "0.8"), "volume"))).toBe("100");
    expect(digits(tierFee(D(0), ds(0, 100), ds(1, "0.9"), "volume", D(5)))).toBe("5");
  });
});

describe("outbound cost per lead (domain.md §5)", () => {
  it("220 a day, 298 dials, 58.76 % connect, 4.2 % success", () => {
    // 298 × 0.5876 = 175.1048 connects; × 0.042 = 7.3544016 leads a day;
    // 220 ÷ 7.3544016 = 29.914058…
    const r = costPerLead(D(220), D(298), D("0.5876"), D("0.042"));
    expect(digits(r)).toBe(D(220).div(D("7.3544016")).toString());
    expect(r.ok && r.value.toDecimalPlaces(2).toString()).toBe("29.91");
  });
});

/** Workforce planning (src/core/workforce.ts): FTE from agent hours, hires from headcount and attrition. */
import fc from "fast-check";
import { D } from "../../src/core/decimal";
import { fteOf, hiresOf } from "../../src/core/workforce";
import { digits } from "../helpers/result";

const d = (x: number | string) => new D(x);

describe("fteOf", () => {
  it("3 480 agent hours ÷ (174 paid hours × (1 − 20 %)) = 3 480 ÷ 139.2 = 25, exactly", () => {
    expect(digits(fteOf(d(3480), d(174), d("0.2")))).toBe("25");
  });
  it("no shrinkage: 100 ÷ 160 = 0.625; compounded shrinkage 0.28: 72 ÷ (100 × 0.72) = 1 (no binary 0.9999…)", () => {
    expect(digits(fteOf(d(100), d(160), d(0)))).toBe("0.625");
    expect(digits(fteOf(d(72), d(100), d("0.28")))).toBe("1");
  });
  it("refuses, naming the argument: negative hours, zero paid hours (÷ 0), shrinkage of 1", () => {
    const err = (r: ReturnType<typeof fteOf>) => (r.ok ? null : [r.error.code, r.error.arg]);
    expect(err(fteOf(d(-1), d(174), d(0)))).toEqual(["outOfRange", "agentHours"]);
    expect(err(fteOf(d(10), d(0), d(0)))).toEqual(["divByZero", "paidHoursPerFte"]);
    expect(err(fteOf(d(10), d(-174), d(0)))).toEqual(["outOfRange", "paidHoursPerFte"]);
    expect(err(fteOf(d(10), d(174), d(1)))).toEqual(["outOfRange", "shrinkage"]);
  });
});

describe("hiresOf", () => {
  it("30 − 25 × (1 − 6 %) = 30 − 23.5 = 6.5; shrinking below what stayed hires nobody: max(0, 20 − 23.5) = 0", () => {
    expect(digits(hiresOf(d(30), d(25), d("0.06")))).toBe("6.5");
    expect(digits(hiresOf(d(20), d(25), d("0.06")))).toBe("0");
  });
  it("the first month hires everyone (no previous staff); full attrition replaces everyone", () => {
    expect(digits(hiresOf(d(25), d(0), d(0)))).toBe("25");
    expect(digits(hiresOf(d(25), d(25), d(1)))).toBe("25");
  });
  it("refuses, naming the argument: negative headcounts, attrition outside [0, 1]", () => {
    const err = (r: ReturnType<typeof hiresOf>) => (r.ok ? null : [r.error.code, r.error.arg]);
    expect(err(hiresOf(d(-1), d(0), d(0)))).toEqual(["outOfRange", "headcount"]);
    expect(err(hiresOf(d(1), d(-1), d(0)))).toEqual(["outOfRange", "previousHeadcount"]);
    expect(err(hiresOf(d(1), d(1), d("1.5")))).toEqual(["outOfRange", "attritionRate"]);
  });
  it("hires are never negative and bring headcount back: stayed + hires ≥ headcount", () => {
    const count = fc.integer({ min: 0, max: 10000 });
    fc.assert(
      fc.property(count, count, fc.integer({ min: 0, max: 1000 }), (now, before, permille) => {
        const rate = d(permille).div(1000);
        const hires = hiresOf(d(now), d(before), rate);
        if (!hires.ok) throw new Error(hires.error.message.en);
        expect(hires.value.gte(0)).toBe(true);
        expect(d(before).times(d(1).minus(rate)).plus(hires.value).gte(now)).toBe(true);
      }),
    );
  });
});

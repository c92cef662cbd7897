/**
 * Every pricing input is checked by the core with a reason naming its JSON path — also for a
 * typed scenario built in code that never went through the schema — and the four formulas of
 * the CC functions refuse what they cannot compute, each naming its argument.
 */
import { computeBreakdown } from "../../../src/core/breakdown";
import { D, type Dec } from "../../../src/core/decimal";
import { computePricing, marginOf, minCommitFee, packageFee, ratePerUnit } from "../../../src/core/pricing";
import type { ErrorCode, Result } from "../../../src/core/result";
import type { Scenario } from "../../../src/core/scenario";
import type { PricingMethod } from "../../../src/core/seat";
import { workedExample } from "../../fixtures/examples";
import { value } from "../../helpers/result";

type Pricing = NonNullable<Scenario["pricing"]>;
const base = workedExample.pricing as Pricing;
const terms = base.terms as NonNullable<Pricing["terms"]>;

function refusal(r: Result<unknown>): [ErrorCode, string] | "ok" {
  return r.ok ? "ok" : [r.error.code, r.error.arg];
}

function priceWith(pricing: Partial<Pricing>, edit: (s: Scenario) => Scenario = (s) => s): Result<unknown> {
  const s = edit({ ...workedExample, pricing: { ...base, ...pricing } });
  // Figures are read once for the whole scenario: a negative or non-finite one stops the breakdown already.
  const b = computeBreakdown(s);
  return b.ok ? computePricing(s, b.value) : b;
}

// [what, the pricing edit, the error code, the path named]
const cases: [string, Partial<Pricing>, ErrorCode, string][] = [
  ["a margin of 100 %", { margin: 1 }, "outOfRange", "pricing.margin"],
  ["a negative markup", { margin: -0.1, method: "markup" }, "outOfRange", "pricing.margin"],
  ["an unknown method", { method: "discount" as PricingMethod }, "badChoice", "pricing.method"],
  ["0 billed days", { billingDaysPerMonth: 0 }, "outOfRange", "pricing.billingDaysPerMonth"],
  ["32 billed days", { billingDaysPerMonth: 32 }, "outOfRange", "pricing.billingDaysPerMonth"],
  ["0 billed seats", { seats: 0 }, "outOfRange", "pricing.seats"],
  ["negative minimum seats", { minSeats: -1 }, "outOfRange", "pricing.minSeats"],
  ["0 outcomes", { outcomes: 0 }, "outOfRange", "pricing.outcomes"],
  ["a base share without outcomes", { baseShare: 0.5 }, "mismatch", "pricing.baseShare"],
  ["a base share above 1", { baseShare: 1.5, outcomes: 10 }, "outOfRange", "pricing.baseShare"],
  ["a negative package", { package: { includedPerMonth: -1 } }, "outOfRange", "pricing.package.includedPerMonth"],
  ["a commitment above 1", { terms: { ...terms, minCommitShare: 2 } }, "outOfRange", "pricing.terms.minCommitShare"],
  ["cap + holdback of 100 %", { terms: { ...terms, penaltyCapRate: 0.6, holdbackRate: 0.4 } }, "outOfRange", "pricing.terms.penaltyCapRate"],
  ["0 days' validity", { terms: { ...terms, validityDays: 0 } }, "outOfRange", "pricing.terms.validityDays"],
  ["no volume ratios", { volumeRatios: [] }, "outOfRange", "pricing.volumeRatios"],
  ["a volume ratio of 0", { volumeRatios: [1, 0] }, "outOfRange", "pricing.volumeRatios[1]"],
  ["a volume ratio that is not a number", { volumeRatios: [Number.NaN] }, "notNumber", "pricing.volumeRatios[0]"],
  ["an infinite margin", { margin: Number.POSITIVE_INFINITY }, "notNumber", "pricing.margin"],
];

describe("the core refuses a bad pricing input by its path", () => {
  it.each(cases)("%s", (_what, pricing, code, path) => {
    expect(refusal(priceWith(pricing))).toEqual([code, path]);
  });

  it("a cost of 0 has nothing to price", () => {
    const free = (s: Scenario): Scenario => ({ ...s, costs: { labor: [], other: [] } });
    expect(refusal(priceWith({}, free))).toEqual(["divByZero", "costs"]);
  });

  it("billed seats default to the agents on payroll", () => {
    const p = value(priceWith({}));
    expect(p && (p as { inputs: { seats: Dec } }).inputs.seats.toString()).toBe("404");
  });

  it("a scenario without pricing has no rate card", () => {
    const { pricing: _pricing, ...unpriced } = workedExample;
    expect(value(computePricing(unpriced, value(computeBreakdown(unpriced))))).toBeUndefined();
  });
});

describe("the four formulas refuse by argument", () => {
  const d = (x: number | string): Dec => new D(x);
  it.each([
    ["CC.RATE units 0", ratePerUnit(d(100), d(0), d(0), "margin"), ["divByZero", "units"]],
    ["CC.RATE units < 0", ratePerUnit(d(100), d(-1), d(0), "margin"), ["outOfRange", "units"]],
    ["CC.RATE a margin of 1", ratePerUnit(d(100), d(10), d(1), "margin"), ["outOfRange", "margin"]],
    ["CC.RATE another method", ratePerUnit(d(100), d(10), d(0), "discount" as PricingMethod), ["badChoice", "method"]],
    ["CC.RATE a negative cost", ratePerUnit(d(-1), d(10), d(0), "margin"), ["outOfRange", "cost"]],
    ["CC.MARGIN revenue 0", marginOf(d(0), d(5)), ["divByZero", "revenue"]],
    ["CC.MARGIN a negative cost", marginOf(d(10), d(-5)), ["outOfRange", "cost"]],
    ["CC.PACKAGEFEE a negative volume", packageFee(d(-1), d(100), d(10), d(1)), ["outOfRange", "volume"]],
    ["CC.MINCOMMIT a share above 1", minCommitFee(d(10), d(100), d("1.5"), d(1)), ["outOfRange", "commitShare"]],
    ["CC.MINCOMMIT a share below 0", minCommitFee(d(10), d(100), d("-0.1"), d(1)), ["outOfRange", "commitShare"]],
  ] as const)("%s", (_what, r, want) => {
    expect(refusal(r)).toEqual(want);
  });

  it("compute what they say: 80 ÷ 0.8 ÷ 100, 80 × 1.25 ÷ 100, (100 − 80) ÷ 100, 500 + 30 × 2, max(50, 80) × 2", () => {
    expect(value(ratePerUnit(d(80), d(100), d("0.2"), "margin")).toString()).toBe("1");
    expect(value(ratePerUnit(d(80), d(100), d("0.25"), "markup")).toString()).toBe("1");
    expect(value(marginOf(d(100), d(80))).toString()).toBe("0.2");
    expect(value(marginOf(d(50), d(80))).toString()).toBe("-0.6");
    expect(value(packageFee(d(130), d(500), d(100), d(2))).toString()).toBe("560");
    expect(value(packageFee(d(90), d(500), d(100), d(2))).toString()).toBe("500");
    expect(value(minCommitFee(d(50), d(100), d("0.8"), d(2))).toString()).toBe("160");
    expect(value(minCommitFee(d(90), d(100), d("0.8"), d(2))).toString()).toBe("180");
  });
});

/**
 * What the rate card is computed from: the scenario's pricing section with its defaults in place
 * (billed seats = the agents on payroll) and the breakdown's cost base and volumes, every one an
 * exact decimal checked here with a reason naming its JSON path. A typed scenario built in code
 * (never validated) is refused here, field by field, like a file.
 *
 * The defaults come from a base: an actuals scenario's staffing and traffic here, a bid's
 * forecast and monthly table in src/core/forecast/pricing.ts; both go through pricingInputsFrom.
 */
import type { Breakdown } from "../breakdown.types";
import { decimalsOf, type Decimals } from "../catalogue/decimals";
import { SCENARIO } from "../catalogue/scenario";
import { D, sum, type Dec } from "../decimal";
import { failed, ok, type CoreError, type Result } from "../result";
import type { Scenario } from "../scenario";
import type { PricingMethod } from "../seat";
import { filled } from "../sentences/book";
import { FORMULAS as F } from "../sentences/formulas";
import { PRICING as S } from "../sentences/pricing";
import { belowOne, nonNegative, positive, rangeError, refuse, unitInterval, zeroError } from "../validators";

export interface PricingInputs {
  /** C: the breakdown's total cost before tax, for the scenario's months. */
  readonly cost: Dec;
  readonly taxRate: Dec;
  /** M: the scenario's months. */
  readonly months: Dec;
  readonly margin: Dec;
  readonly method: PricingMethod;
  readonly seats: Dec;
  readonly billingDaysPerMonth: Dec;
  readonly hoursPerDay: Dec;
  readonly talkMinutes: Dec;
  /** Σ answered over the traffic lines. */
  readonly answered: Dec;
  readonly normalizedAnswers: Dec;
  readonly outcomes?: Dec;
  readonly outcomeName?: string;
  /** Q: calls included in the monthly package. */
  readonly includedPerMonth?: Dec;
  readonly baseShare?: Dec;
  readonly minSeats: Dec;
  readonly minMonths: Dec;
  readonly minCommitShare: Dec;
  readonly penaltyCapRate: Dec;
  readonly holdbackRate: Dec;
  readonly prepayMonths: Dec;
  readonly validityDays: Dec;
  readonly volumeRatios: readonly Dec[];
}

type Check = Result<unknown>;

/** The first failed check, or undefined when all pass. */
function firstFailure(checks: readonly (() => Check)[]): { readonly ok: false; readonly error: CoreError } | undefined {
  for (const check of checks) {
    const r = check();
    if (!r.ok) return r;
  }
  return undefined;
}

type Terms = NonNullable<NonNullable<Scenario["pricing"]>["terms"]>;

/** A terms section left out reads as the catalogue's defaults: no commitment, no deductions … */
const NO_TERMS: Terms = SCENARIO.children.pricing.children.terms.schema.parse({}) as Terms;

type ExactPricing = NonNullable<Decimals<Scenario>["pricing"]>;

/** What the pricing defaults to besides its own section, each with the JSON path it comes from. */
export interface PricingBase {
  readonly months: Dec;
  readonly monthsPath: string;
  /** The billed seats when pricing.seats is blank. */
  readonly seats: Dec;
  readonly seatsPath: string;
  readonly hoursPerDay: Dec;
  readonly hoursPath: string;
  /** Calls answered over the months. */
  readonly answered: Dec;
  /** Where the volumes come from (a zero volume is named there). */
  readonly volumePath: string;
  /** Where the costs come from (nothing to price is named there). */
  readonly costPath: string;
}

/** The pricing inputs of an actuals scenario, or undefined when it has no pricing section. */
export function pricingInputs(scenario: Scenario, breakdown: Breakdown): Result<PricingInputs | undefined> {
  const exact = decimalsOf(SCENARIO, scenario);
  if (!exact.ok) return exact;
  const d = exact.value;
  if (d.pricing === undefined) return ok(undefined);
  const base: PricingBase = {
    months: d.staffing.months,
    monthsPath: "staffing.months",
    seats: d.staffing.agents,
    seatsPath: "staffing.agents",
    hoursPerDay: d.staffing.hoursPerDay,
    hoursPath: "staffing.hoursPerDay",
    answered: sum(d.traffic.streams.map((s) => s.answered)),
    volumePath: "traffic.streams",
    costPath: "costs",
  };
  return pricingInputsFrom(d.pricing, d.taxRate, base, breakdown);
}

/** The pricing inputs from a pricing section (exact), the tax rate, the base its defaults come from and the breakdown. */
export function pricingInputsFrom(p: ExactPricing, taxRate: Dec, base: PricingBase, breakdown: Breakdown): Result<PricingInputs> {
  const terms = p.terms ?? { minCommitShare: new D(NO_TERMS.minCommitShare), penaltyCapRate: new D(NO_TERMS.penaltyCapRate), holdbackRate: new D(NO_TERMS.holdbackRate), prepayMonths: new D(NO_TERMS.prepayMonths), validityDays: new D(NO_TERMS.validityDays) };
  const v = breakdown.values;
  const method = p.method as string;
  const x: PricingInputs = {
    cost: v.totalCost,
    taxRate,
    months: base.months,
    margin: p.margin,
    method: p.method,
    seats: p.seats ?? base.seats,
    billingDaysPerMonth: p.billingDaysPerMonth,
    hoursPerDay: base.hoursPerDay,
    talkMinutes: v.talkMinutes,
    answered: base.answered,
    normalizedAnswers: v.normalizedAnswers,
    outcomes: p.outcomes,
    outcomeName: p.outcomeName,
    includedPerMonth: p.package?.includedPerMonth,
    baseShare: p.baseShare,
    minSeats: p.minSeats,
    minMonths: p.minMonths,
    minCommitShare: terms.minCommitShare,
    penaltyCapRate: terms.penaltyCapRate,
    holdbackRate: terms.holdbackRate,
    prepayMonths: terms.prepayMonths,
    validityDays: terms.validityDays,
    volumeRatios: p.volumeRatios,
  };
  const seatsPath = p.seats === undefined ? base.seatsPath : "pricing.seats";
  const failure = firstFailure([
    () => (x.cost.isZero() ? refuse("divByZero", base.costPath, S.pricingNothingToPrice) : nonNegative(base.costPath, x.cost)),
    () => unitInterval("taxRate", x.taxRate),
    () => positive(base.monthsPath, x.months),
    () => (method === "margin" ? belowOne("pricing.margin", x.margin) : method === "markup" ? nonNegative("pricing.margin", x.margin) : refuse("badChoice", "pricing.method", filled(F.pricingMethodChoice, method))),
    () => (x.billingDaysPerMonth.gt(0) && x.billingDaysPerMonth.lte(31) ? ok(x) : rangeError("pricing.billingDaysPerMonth", x.billingDaysPerMonth, "0", "31")),
    () => positive(seatsPath, x.seats),
    () => positive(base.hoursPath, x.hoursPerDay),
    () => (x.talkMinutes.isZero() || x.answered.isZero() || x.normalizedAnswers.isZero() ? zeroError(base.volumePath) : ok(x)),
    () => (x.outcomes === undefined ? ok(x) : positive("pricing.outcomes", x.outcomes)),
    () => (x.includedPerMonth === undefined ? ok(x) : nonNegative("pricing.package.includedPerMonth", x.includedPerMonth)),
    () => (x.baseShare === undefined ? ok(x) : x.outcomes === undefined ? refuse("mismatch", "pricing.baseShare", S.pricingBaseNeedsOutcomes) : unitInterval("pricing.baseShare", x.baseShare)),
    () => nonNegative("pricing.minSeats", x.minSeats),
    () => nonNegative("pricing.minMonths", x.minMonths),
    () => unitInterval("pricing.terms.minCommitShare", x.minCommitShare),
    () => unitInterval("pricing.terms.penaltyCapRate", x.penaltyCapRate),
    () => unitInterval("pricing.terms.holdbackRate", x.holdbackRate),
    () => (x.penaltyCapRate.plus(x.holdbackRate).gte(1) ? refuse("outOfRange", "pricing.terms.penaltyCapRate", S.pricingTermsAtRisk) : ok(x)),
    () => nonNegative("pricing.terms.prepayMonths", x.prepayMonths),
    () => positive("pricing.terms.validityDays", x.validityDays),
    () => (x.volumeRatios.length === 0 ? refuse("outOfRange", "pricing.volumeRatios", S.pricingNeedsRatios) : ok(x)),
    ...x.volumeRatios.map((r, i) => () => positive(`pricing.volumeRatios[${i}]`, r)),
  ]);
  return failure === undefined ? ok(x) : failed(failure);
}

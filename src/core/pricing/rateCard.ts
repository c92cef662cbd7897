/**
 * The rate card: one cost base and a target margin turned into a rate for every billing model
 * (domain.md §7), with the package, base + commission, the minimum fee and the prepayment.
 * C = total cost before tax, P = the price for the period, U = a model's forecast units.
 */
import { ONE, type Dec } from "../decimal";
import { ok, type Result } from "../result";
import { priceFromCost } from "../seat";
import { divide } from "../validators";
import type { PricingInputs } from "./inputs";
import type { ModelKey, UnitModel } from "./models";

export interface ModelRate {
  readonly key: ModelKey;
  /** Forecast units over the period; the package's are the calls included per month (Q), base + commission's the outcomes. */
  readonly units: Dec;
  /** Per unit; the package's is its monthly fee, base + commission's the base fee per month. */
  readonly rate: Dec;
  readonly rateWithTax: Dec;
  /** The package's rate per call over the included ones (the answered-call rate). */
  readonly overageRate?: Dec;
  /** Base + commission's fee per outcome. */
  readonly commissionPerOutcome?: Dec;
}

export interface RateCard {
  /** P = C ÷ (1 − margin), or C × (1 + margin) for a markup. */
  readonly price: Dec;
  readonly priceWithTax: Dec;
  /** The seat-month rate × minSeats × minMonths. */
  readonly minimumFee: Dec;
  /** priceWithTax ÷ months × prepayMonths. */
  readonly prepayment: Dec;
  readonly models: readonly ModelRate[];
}

/** U per model that has one; the outcome model only with forecast outcomes. */
export function forecastUnits(x: PricingInputs): [UnitModel, Dec][] {
  const seatMonths = x.seats.times(x.months);
  const personDays = seatMonths.times(x.billingDaysPerMonth);
  const units: [UnitModel, Dec][] = [
    ["seatMonth", seatMonths],
    ["personDay", personDays],
    ["hour", personDays.times(x.hoursPerDay)],
    ["talkMinute", x.talkMinutes],
    ["answeredCall", x.answered],
    ["standardCall", x.normalizedAnswers],
  ];
  if (x.outcomes !== undefined) units.push(["outcome", x.outcomes]);
  return units;
}

/** The price for the period (before tax). */
export function priceOf(x: PricingInputs): Result<Dec> {
  const p = priceFromCost(x.cost, x.margin, x.method);
  return p.ok ? p : { ok: false, error: { ...p.error, arg: p.error.arg === "cost" ? "costs" : `pricing.${p.error.arg === "rate" ? "margin" : p.error.arg}` } };
}

export function rateCard(x: PricingInputs): Result<RateCard> {
  const price = priceOf(x);
  if (!price.ok) return price;
  const P = price.value;
  const tax = ONE.plus(x.taxRate);
  const models: ModelRate[] = [];
  const rates = new Map<UnitModel, Dec>();
  for (const [key, units] of forecastUnits(x)) {
    const rate = divide(P, units, key === "outcome" ? "pricing.outcomes" : "traffic.streams");
    if (!rate.ok) return rate;
    rates.set(key, rate.value);
    models.push({ key, units, rate: rate.value, rateWithTax: rate.value.times(tax) });
  }
  const callRate = rates.get("answeredCall") as Dec;
  const seatMonthRate = rates.get("seatMonth") as Dec;
  if (x.includedPerMonth !== undefined) {
    const Q = x.includedPerMonth;
    const V = x.answered.div(x.months);
    const fee = (Q.lt(V) ? Q : V).times(callRate);
    models.push({ key: "package", units: Q, rate: fee, rateWithTax: fee.times(tax), overageRate: callRate });
  }
  if (x.baseShare !== undefined && x.outcomes !== undefined) {
    const base = x.baseShare.times(P).div(x.months);
    const commission = ONE.minus(x.baseShare).times(P).div(x.outcomes);
    models.push({ key: "baseCommission", units: x.outcomes, rate: base, rateWithTax: base.times(tax), commissionPerOutcome: commission });
  }
  const priceWithTax = P.times(tax);
  return ok({
    price: P,
    priceWithTax,
    minimumFee: seatMonthRate.times(x.minSeats).times(x.minMonths),
    prepayment: priceWithTax.div(x.months).times(x.prepayMonths),
    models,
  });
}

/**
 * The rate card's defaults for a bid (issue 11): billed seats ⌈Σ headcountₖ ÷ M⌉ (the seeds bill
 * per agent provided), months = forecast.months, 8 hours a day, answered calls Σ callsPerMonth.
 * The rest of the pricing is the same as for actuals (src/core/pricing).
 */
import { D, sum, type Dec } from "../decimal";
import { pricingInputsFrom, type PricingBase, type PricingInputs } from "../pricing/inputs";
import { ok, type Result } from "../result";
import type { BidScenario } from "../scenario";
import { columnTotal } from "./breakdown";
import { checkedBid } from "./check";
import type { ForecastResult } from "./index";
import type { MonthRow } from "./monthly";

/** A bid prices hours on an 8-hour day (it has no hours-per-day of its own). */
export const BID_HOURS_PER_DAY = 8;

/** The billed seats' default: the mean headcount over the contract, rounded up (⌈Σ headcountₖ ÷ M⌉). */
export function billedSeats(months: readonly MonthRow[], contractMonths: Dec): Dec {
  return columnTotal(months, "headcount").div(contractMonths).ceil();
}

/** The pricing inputs of a bid, or undefined when it has no pricing section. */
export function bidPricingInputs(bid: BidScenario, result: ForecastResult): Result<PricingInputs | undefined> {
  const exact = checkedBid(bid);
  if (!exact.ok) return exact;
  const { forecast: f, pricing, taxRate } = exact.value;
  if (pricing === undefined) return ok(undefined);
  const base: PricingBase = {
    months: f.months,
    monthsPath: "forecast.months",
    seats: billedSeats(result.months, f.months),
    seatsPath: "forecast.callsPerMonth",
    hoursPerDay: new D(BID_HOURS_PER_DAY),
    hoursPath: "forecast",
    answered: sum(f.callsPerMonth),
    volumePath: "forecast.callsPerMonth",
    costPath: "forecast",
  };
  return pricingInputsFrom(pricing, taxRate, base, result.breakdown);
}

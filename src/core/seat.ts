/**
 * Seat pricing (按座席 / 按天报价): seat cost per period, overtime, price from cost by margin or
 * markup, and the break-even volume between a fixed price and a per-unit price.
 *
 * Units: money in the quote's currency; days, hours, months; seats are agents (座席).
 */
import { ONE, ZERO, type Dec } from "./decimal";
import { isNeg, negativeError, rangeError, refuse, zeroError } from "./validators";
import { ok, type Result } from "./result";
import { filled } from "./sentences/book";
import { FORMULAS as F } from "./sentences/formulas";

/**
 * Seat cost (座席费用) = (dailyRate × workDays + phoneFeePerSeatMonth) × months × seats.
 * Seed: 220 × 22 + 600 = 5 440 per seat-month (220 × 22 = 4 840 without phone charges).
 * phoneFeePerSeatMonth (话费) may be omitted (null/undefined) and then counts as 0.
 */
export function seatCost(dailyRate: Dec, workDays: Dec, months: Dec, seats: Dec, phoneFeePerSeatMonth?: Dec | null): Result<Dec> {
  if (isNeg(dailyRate)) return negativeError("dailyRate", dailyRate);
  if (isNeg(workDays) || workDays.gt(31)) return rangeError("workDays", workDays, "0", "31");
  if (isNeg(months)) return negativeError("months", months);
  if (isNeg(seats)) return negativeError("seats", seats);
  const phone = phoneFeePerSeatMonth ?? ZERO;
  if (isNeg(phone)) return negativeError("phoneFeePerSeatMonth", phone);
  return ok(dailyRate.times(workDays).plus(phone).times(months).times(seats));
}

/**
 * Overtime pay (加班费) = dailyRate ÷ hoursPerDay × overtimeHours × multiplier, i.e. the hourly
 * rate times the overtime ratio (1.5, 2, 3 …). Multiplied first, divided once, so 220 ÷ 8 × 3
 * × 1.5 is exactly 123.75.
 */
export function overtimePay(dailyRate: Dec, hoursPerDay: Dec, overtimeHours: Dec, multiplier: Dec): Result<Dec> {
  if (isNeg(dailyRate)) return negativeError("dailyRate", dailyRate);
  if (isNeg(hoursPerDay) || hoursPerDay.gt(24)) return rangeError("hoursPerDay", hoursPerDay, "0", "24");
  if (hoursPerDay.isZero()) return zeroError("hoursPerDay");
  if (isNeg(overtimeHours)) return negativeError("overtimeHours", overtimeHours);
  if (isNeg(multiplier)) return negativeError("multiplier", multiplier);
  return ok(dailyRate.times(overtimeHours).times(multiplier).div(hoursPerDay));
}

/** How a price is built from a cost: margin on the price (毛利率) or markup on the cost (加成率). */
export type PricingMethod = "margin" | "markup";

/**
 * Price from cost (成本定价). margin: cost ÷ (1 − rate), rate in [0, 1) — the rate is the share
 * of the price that is profit; markup: cost × (1 + rate), rate ≥ 0 — the rate is on the cost.
 */
export function priceFromCost(cost: Dec, rate: Dec, method: PricingMethod): Result<Dec> {
  if (isNeg(cost)) return negativeError("cost", cost);
  if (method === "margin") {
    if (isNeg(rate) || rate.gte(1)) return refuse("outOfRange", "rate", filled(F.marginNotBelowOne, rate.toString()));
    return ok(cost.div(ONE.minus(rate)));
  }
  // Node callers may pass any string: what is neither method is refused below.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (method === "markup") {
    if (isNeg(rate)) return negativeError("rate", rate);
    return ok(cost.times(ONE.plus(rate)));
  }
  const got = String(method);
  return refuse("badChoice", "method", filled(F.pricingMethodChoice, got));
}

/**
 * Break-even units (盈亏平衡量) = fixedPrice ÷ unitPrice: the volume at which paying per unit
 * costs the same as the fixed (e.g. monthly seat) price. Unit: units (calls, minutes, leads …).
 */
export function breakEvenUnits(fixedPrice: Dec, unitPrice: Dec): Result<Dec> {
  if (isNeg(fixedPrice)) return negativeError("fixedPrice", fixedPrice);
  if (isNeg(unitPrice)) return negativeError("unitPrice", unitPrice);
  if (unitPrice.isZero()) return zeroError("unitPrice");
  return ok(fixedPrice.div(unitPrice));
}

/**
 * The deal-pricing formulas on their own (CC.RATE, CC.MARGIN, CC.PACKAGEFEE, CC.MINCOMMIT): a
 * rate per billing unit, the margin a revenue leaves, a package's fee and a minimum commitment.
 * The rate card (rateCard.ts) applies the same arithmetic to a whole scenario.
 */
import { ZERO, type Dec } from "../decimal";
import { ok, type Result } from "../result";
import { priceFromCost, type PricingMethod } from "../seat";
import { isNeg, negativeError, notUnit, unitError, zeroError } from "../validators";

/**
 * Rate per unit (单价) = cost ÷ (1 − margin) ÷ units, or cost × (1 + margin) ÷ units for a markup:
 * the price of the period (CC.PRICE) spread over its forecast units. Units 0 → divByZero.
 */
export function ratePerUnit(cost: Dec, units: Dec, margin: Dec, method: PricingMethod): Result<Dec> {
  if (isNeg(cost)) return negativeError("cost", cost);
  if (isNeg(units)) return negativeError("units", units);
  if (units.isZero()) return zeroError("units");
  const price = priceFromCost(cost, margin, method);
  if (!price.ok) return price.error.arg === "rate" ? { ok: false, error: { ...price.error, arg: "margin" } } : price;
  return ok(price.value.div(units));
}

/** Margin on revenue (毛利率) = (revenue − cost) ÷ revenue; below 0 when the revenue does not cover the cost. */
export function marginOf(revenue: Dec, cost: Dec): Result<Dec> {
  if (isNeg(revenue)) return negativeError("revenue", revenue);
  if (isNeg(cost)) return negativeError("cost", cost);
  if (revenue.isZero()) return zeroError("revenue");
  return ok(revenue.minus(cost).div(revenue));
}

/**
 * A monthly package's fee (月包 + 超量) = monthlyFee + max(0, volume − includedVolume) ×
 * overageRate: the fee covers the included calls, each call over them is billed at the overage rate.
 */
export function packageFee(volume: Dec, monthlyFee: Dec, includedVolume: Dec, overageRate: Dec): Result<Dec> {
  if (isNeg(volume)) return negativeError("volume", volume);
  if (isNeg(monthlyFee)) return negativeError("monthlyFee", monthlyFee);
  if (isNeg(includedVolume)) return negativeError("includedVolume", includedVolume);
  if (isNeg(overageRate)) return negativeError("overageRate", overageRate);
  const over = volume.minus(includedVolume);
  return ok(monthlyFee.plus(over.gt(0) ? over.times(overageRate) : ZERO));
}

/**
 * Fee under a minimum commitment (保底) = max(units, commitShare × forecastUnits) × rate: the
 * client pays for at least that share of the forecast whatever its volume. commitShare in [0, 1].
 */
export function minCommitFee(units: Dec, forecastUnits: Dec, commitShare: Dec, rate: Dec): Result<Dec> {
  if (isNeg(units)) return negativeError("units", units);
  if (isNeg(forecastUnits)) return negativeError("forecastUnits", forecastUnits);
  if (notUnit(commitShare)) return unitError("commitShare", commitShare);
  if (isNeg(rate)) return negativeError("rate", rate);
  const floor = commitShare.times(forecastUnits);
  return ok((units.gt(floor) ? units : floor).times(rate));
}

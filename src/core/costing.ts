/**
 * One entry point for either kind of scenario: its breakdown (the same 16 lines), the monthly
 * table and staffing when it is a bid, and its rate card when it is priced. The rate card works on
 * both because the breakdown is the same shape; only its defaults differ (forecast/pricing.ts).
 */
import { computeBreakdown } from "./breakdown";
import type { Breakdown } from "./breakdown.types";
import { computeForecast, type ForecastResult } from "./forecast";
import { bidPricingInputs } from "./forecast/pricing";
import { computePricing, priceDeal, type Pricing } from "./pricing";
import { ok, type Result } from "./result";
import { isBid, type AnyScenario } from "./scenario";

export interface Costed {
  readonly breakdown: Breakdown;
  /** A bid's staffing and monthly table; absent for actuals. */
  readonly forecast?: ForecastResult;
}

/** The breakdown of a scenario of either kind (with a bid's monthly table). */
export function costScenario(scenario: AnyScenario): Result<Costed> {
  if (!isBid(scenario)) {
    const b = computeBreakdown(scenario);
    return b.ok ? ok({ breakdown: b.value }) : b;
  }
  const f = computeForecast(scenario);
  return f.ok ? ok({ breakdown: f.value.breakdown, forecast: f.value }) : f;
}

/** The rate card of a costed scenario of either kind, or undefined when it has no pricing section. */
export function priceScenario(scenario: AnyScenario, costed: Costed): Result<Pricing | undefined> {
  if (!isBid(scenario)) return computePricing(scenario, costed.breakdown);
  const forecast = costed.forecast === undefined ? computeForecast(scenario) : ok(costed.forecast);
  if (!forecast.ok) return forecast;
  const x = bidPricingInputs(scenario, forecast.value);
  if (!x.ok) return x;
  return x.value === undefined ? ok(undefined) : priceDeal(x.value);
}

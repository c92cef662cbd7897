/**
 * A bid from a forecast as the CLI prints it: the title, the monthly tables, the breakdown (the
 * same 16 lines as actuals), then the rate card when the bid is priced; or the JSON with
 * `"monthly": [...]` beside `"breakdown"` (and `"pricing"` when priced).
 */
import type { ForecastResult } from "../core/forecast";
import type { Pricing } from "../core/pricing";
import { breakdownBody, breakdownValue, jsonText, type JsonRefusal, type TableOptions } from "./breakdownOutput";
import { monthlyTables, monthlyValue } from "./monthlyOutput";
import { pricingTables, pricingValue } from "./pricingOutput";

export function bidText(f: ForecastResult, pricing: Pricing | undefined, o: TableOptions): string {
  const body = `${o.title}\n\n${monthlyTables(f.months, o)}\n${breakdownBody(f.breakdown, o)}`;
  return pricing ? body + pricingTables(pricing, o) : body;
}

/** `{ "breakdown": …, "monthly": […], "pricing": … }`; a figure JSON cannot hold is refused by its key (use --exact). */
export function bidJson(f: ForecastResult, pricing: Pricing | undefined, exact: boolean): { ok: true; text: string } | JsonRefusal {
  const breakdown = breakdownValue(f.breakdown, exact);
  if (!breakdown.ok) return breakdown;
  const monthly = monthlyValue(f.months, exact);
  if (!monthly.ok) return monthly;
  if (pricing === undefined) return { ok: true, text: jsonText({ breakdown: breakdown.value, monthly: monthly.value }) };
  const priced = pricingValue(pricing, exact);
  return priced.ok ? { ok: true, text: jsonText({ breakdown: breakdown.value, monthly: monthly.value, pricing: priced.value }) } : priced;
}

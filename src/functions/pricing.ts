/**
 * CC functions, deal pricing (报价): a rate per billing unit from a cost and a margin, the margin a
 * revenue leaves, a monthly package's fee and a minimum commitment. Adapters over
 * src/core/pricing/formulas.ts — see args.ts for the conventions.
 */
import { marginOf, minCommitFee, packageFee, ratePerUnit } from "../core/pricing/formulas";
import { cc } from "./args";
import { PRICE_METHOD } from "./choices";

/**
 * Rate per unit (单价): cost ÷ (1 − margin) ÷ units, or cost × (1 + margin) ÷ units with method
 * "markup" (加成) — the price for a period spread over its billing units (seat-months, person-days,
 * minutes, calls, leads).
 * Examples: =CC.RATE(72250, 100000, 15%) → 0.85; =CC.RATE(10880, 2) → 5 440.
 * @customfunction RATE
 * @helpurl https://localhost:3000/functions.html#cc-rate
 * @param cost Cost of the period (money, ≥ 0). Example: 72250.
 * @param units Forecast billing units of the period: seat-months, minutes, calls, leads (> 0). Example: 100000.
 * @param [margin] Margin on the price (0 ≤ margin < 1) or markup on the cost (≥ 0), as a ratio (default 0). Example: 15%.
 * @param [method] "margin" / "毛利" (default) or "markup" / "加成".
 * @returns Rate per unit (money per unit).
 * @example =CC.RATE(72250, 100000, 15%) → 0.85 (the 10086 contract's rate per valid call)
 * @example =CC.RATE(10880, 2) → 5440 (two seats for a month at cost)
 * @example =CC.RATE(80, 100, 25%, "加成") → 1
 * @example =CC.RATE(100, 0) → #DIV/0!
 * @example =CC.RATE(100, -5) → #NUM!
 * @example =CC.RATE(100, 10, 100%) → #NUM!
 * @example =CC.RATE(100, 10, 10%, "discount") → #VALUE!
 */
export function ccRate(cost: unknown, units: unknown, margin?: unknown, method?: unknown): number {
  return cc("RATE", (a) => {
    const c = a.num("cost", cost);
    const u = a.num("units", units);
    const m = a.optNum("margin", margin, 0);
    return ratePerUnit(c, u, m, a.choice("method", method, PRICE_METHOD, "margin"));
  });
}

/**
 * Margin (毛利率): (revenue − cost) ÷ revenue, as a ratio; below 0 when the revenue does not cover
 * the cost.
 * Example: =CC.MARGIN(85000, 72250) → 0.15.
 * @customfunction MARGIN
 * @helpurl https://localhost:3000/functions.html#cc-margin
 * @param revenue Revenue of the period (money, > 0). Example: 85000.
 * @param cost Cost of the same period (money, ≥ 0). Example: 72250.
 * @returns Margin on the revenue (ratio; format the cell as %).
 * @example =CC.MARGIN(85000, 72250) → 0.15
 * @example =CC.MARGIN(68000, 72250) → -0.0625 (volume 20 % below forecast)
 * @example =CC.MARGIN(0, 5) → #DIV/0!
 */
export function ccMargin(revenue: unknown, cost: unknown): number {
  return cc("MARGIN", (a) => marginOf(a.num("revenue", revenue), a.num("cost", cost)));
}

/**
 * Monthly package fee (月包 + 超量): monthlyFee + MAX(0, volume − includedVolume) × overageRate.
 * Example: =CC.PACKAGEFEE(120000, 76500, 90000, 0.85) → 102 000.
 * @customfunction PACKAGEFEE
 * @helpurl https://localhost:3000/functions.html#cc-packagefee
 * @param volume Calls in the month (≥ 0). Example: 120000.
 * @param monthlyFee Monthly fee covering the included calls (money, ≥ 0). Example: 76500.
 * @param includedVolume Calls the monthly fee includes (≥ 0). Example: 90000.
 * @param overageRate Price per call over the included ones (money, ≥ 0). Example: 0.85.
 * @returns The month's fee (money).
 * @example =CC.PACKAGEFEE(120000, 76500, 90000, 0.85) → 102000
 * @example =CC.PACKAGEFEE(80000, 76500, 90000, 0.85) → 76500 (inside the package)
 * @example =CC.PACKAGEFEE(-1, 76500, 90000, 0.85) → #NUM!
 */
export function ccPackageFee(volume: unknown, monthlyFee: unknown, includedVolume: unknown, overageRate: unknown): number {
  return cc("PACKAGEFEE", (a) =>
    packageFee(a.num("volume", volume), a.num("monthlyFee", monthlyFee), a.num("includedVolume", includedVolume), a.num("overageRate", overageRate)),
  );
}

/**
 * Fee under a minimum commitment (保底): MAX(units, commitShare × forecastUnits) × rate — the client
 * pays for at least that share of the forecast.
 * Example: =CC.MINCOMMIT(80000, 100000, 90%, 0.85) → 76 500.
 * @customfunction MINCOMMIT
 * @helpurl https://localhost:3000/functions.html#cc-mincommit
 * @param units Units actually delivered: calls, minutes, leads (≥ 0). Example: 80000.
 * @param forecastUnits Forecast units the commitment refers to (≥ 0). Example: 100000.
 * @param commitShare Committed share of the forecast, between 0 and 1. Example: 90%.
 * @param rate Price per unit (money, ≥ 0). Example: 0.85.
 * @returns The fee (money).
 * @example =CC.MINCOMMIT(80000, 100000, 90%, 0.85) → 76500
 * @example =CC.MINCOMMIT(120000, 100000, 90%, 0.85) → 102000 (above the commitment)
 * @example =CC.MINCOMMIT(80000, 100000, 150%, 0.85) → #NUM!
 */
export function ccMinCommit(units: unknown, forecastUnits: unknown, commitShare: unknown, rate: unknown): number {
  return cc("MINCOMMIT", (a) =>
    minCommitFee(a.num("units", units), a.num("forecastUnits", forecastUnits), a.num("commitShare", commitShare), a.num("rate", rate)),
  );
}

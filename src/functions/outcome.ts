/**
 * CC functions, outcome-based pricing (按效果计费): outcome fees, capped penalties, holdbacks,
 * tiered fees, cost per lead. Adapters over src/core/outcome.ts — see args.ts for the conventions.
 */
import { cappedPenalty, costPerLead, holdbackPayable, outcomeFee, tierFee } from "../core/outcome";
import { cc } from "./args";
import { TIER_MODE } from "./choices";

/**
 * Outcome fee (按效果计费): units × unitPrice + bonus − deductions.
 * Example: =CC.OUTCOMEFEE(5000, 1.2, 500, 200) → 6 300.
 * @customfunction OUTCOMEFEE
 * @helpurl https://localhost:3000/functions.html#cc-outcomefee
 * @param units Billable units: connected calls, valid calls, leads, sales (≥ 0). Example: 5000.
 * @param unitPrice Price per unit (money, ≥ 0). Example: 1.2.
 * @param [bonus] Bonus added, e.g. marketing bonus (money, default 0). Example: 500.
 * @param [deductions] Deductions subtracted, e.g. complaints and quality (扣罚, money, default 0). Example: 200.
 * @returns The fee (money).
 * @example =CC.OUTCOMEFEE(5000, 1.2, 500, 200) → 6300
 * @example =CC.OUTCOMEFEE(5000, 1.2) → 6000
 */
export function ccOutcomeFee(units: unknown, unitPrice: unknown, bonus?: unknown, deductions?: unknown): number {
  return cc("OUTCOMEFEE", (a) =>
    outcomeFee(a.num("units", units), a.num("unitPrice", unitPrice), a.optNum("bonus", bonus, 0), a.optNum("deductions", deductions, 0)),
  );
}

/**
 * Capped penalty (封顶扣罚): MIN(count × amountPerItem, serviceFee × capRate).
 * Example: =CC.CAPPEDPENALTY(30, 20, 10000, 5%) → 500.
 * @customfunction CAPPEDPENALTY
 * @helpurl https://localhost:3000/functions.html#cc-cappedpenalty
 * @param count Number of violations (次数, ≥ 0). Example: 30.
 * @param amountPerItem Penalty per violation (money, ≥ 0). Example: 20.
 * @param serviceFee The service fee the cap applies to (money, ≥ 0). Example: 10000.
 * @param capRate Cap as a share of the service fee, between 0 and 1. Example: 5%.
 * @returns The penalty after the cap (money).
 * @example =CC.CAPPEDPENALTY(30, 20, 10000, 5%) → 500 (the cap)
 * @example =CC.CAPPEDPENALTY(10, 20, 10000, 5%) → 200
 */
export function ccCappedPenalty(count: unknown, amountPerItem: unknown, serviceFee: unknown, capRate: unknown): number {
  return cc("CAPPEDPENALTY", (a) =>
    cappedPenalty(a.num("count", count), a.num("amountPerItem", amountPerItem), a.num("serviceFee", serviceFee), a.num("capRate", capRate)),
  );
}

/**
 * Holdback payable (质保金/预留款): fee × (1 − holdbackRate), plus fee × holdbackRate when the KPIs are met.
 * Examples: =CC.HOLDBACK(10000, 15%) → 8 500; =CC.HOLDBACK(10000, 15%, TRUE) → 10 000.
 * @customfunction HOLDBACK
 * @helpurl https://localhost:3000/functions.html#cc-holdback
 * @param fee The fee for the period, e.g. a monthly package (包月费用, money, ≥ 0). Example: 10000.
 * @param holdbackRate Share held back until KPIs are met, between 0 and 1. Example: 15%.
 * @param [kpiMet] TRUE when the KPIs are met and the holdback is released (default FALSE).
 * @returns Amount payable now (money).
 * @example =CC.HOLDBACK(10000, 15%) → 8500
 * @example =CC.HOLDBACK(10000, 15%, TRUE) → 10000
 */
export function ccHoldback(fee: unknown, holdbackRate: unknown, kpiMet?: unknown): number {
  return cc("HOLDBACK", (a) => holdbackPayable(a.num("fee", fee), a.num("holdbackRate", holdbackRate), a.flag("kpiMet", kpiMet, false)));
}

/**
 * Tiered fee (阶梯计费). thresholds are the ascending tier starts (the first is 0), prices the price
 * per unit of each tier. mode "graduated" (超额累进): each unit at its own tier's price; "volume"
 * (全额累进): every unit at the price of the tier the volume falls in. Plus baseFee.
 * Example: =CC.TIERFEE(120, {0;50;100}, {10;8;6}) → 1 020; with "volume" → 720.
 * @customfunction TIERFEE
 * @helpurl https://localhost:3000/functions.html#cc-tierfee
 * @param volume Volume to bill: calls, enquiries, devices (≥ 0). Example: 120.
 * @param thresholds Range of tier starts in ascending order, first 0 (units). Example: {0;50;100}.
 * @param prices Range of prices per unit, one per threshold (money). Example: {10;8;6}.
 * @param [mode] "graduated" / "超额累进" (default) or "volume" / "全额累进".
 * @param [baseFee] Fixed fee added to the tiered amount (money, default 0). Example: 3000.
 * @returns The fee (money).
 * @example =CC.TIERFEE(120, {0;50;100}, {10;8;6}) → 1020
 * @example =CC.TIERFEE(120, {0;50;100}, {10;8;6}, "volume") → 720
 * @example =CC.TIERFEE(120, {0,50,100}, {10,8,6}, "超额累进", 3000) → 4020
 */
export function ccTierFee(volume: unknown, thresholds: unknown[][], prices: unknown[][], mode?: unknown, baseFee?: unknown): number {
  return cc("TIERFEE", (a) => {
    const v = a.num("volume", volume);
    const tiers = a.pairs("thresholds", thresholds, "prices", prices);
    const m = a.choice("mode", mode, TIER_MODE, "graduated");
    return tierFee(v, tiers.a, tiers.b, m, a.optNum("baseFee", baseFee, 0));
  });
}

/**
 * Cost per lead (线索成本): costPerDay ÷ (dialsPerDay × connectRate × successRate).
 * Example: =CC.COSTPERLEAD(220, 298, 58.76%, 4.2%) → 29.91.
 * @customfunction COSTPERLEAD
 * @helpurl https://localhost:3000/functions.html#cc-costperlead
 * @param costPerDay Cost of one agent-day (money, ≥ 0). Example: 220.
 * @param dialsPerDay Dials per agent per day (外呼量, ≥ 0). Example: 298.
 * @param connectRate Share of dials connected (接通率), between 0 and 1. Example: 58.76%.
 * @param successRate Share of connected calls that become a lead or sale (成功率), between 0 and 1. Example: 4.2%.
 * @returns Cost per lead (money).
 * @example =CC.COSTPERLEAD(220, 298, 58.76%, 4.2%) → 29.91
 */
export function ccCostPerLead(costPerDay: unknown, dialsPerDay: unknown, connectRate: unknown, successRate: unknown): number {
  return cc("COSTPERLEAD", (a) =>
    costPerLead(a.num("costPerDay", costPerDay), a.num("dialsPerDay", dialsPerDay), a.num("connectRate", connectRate), a.num("successRate", successRate)),
  );
}

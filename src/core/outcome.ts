/**
 * Outcome pricing and adjustments (按效果计费与扣罚): per-unit fees with bonus and deductions,
 * capped penalties, holdback, tiered fees and outbound cost per lead.
 *
 * Units: money in the quote's currency; units are whatever is billed (connects, valid calls,
 * leads, sales, devices); rates are shares in [0, 1].
 */
import { ONE, ZERO, type Dec } from "./decimal";
import { isNeg, negativeError, notUnit, refuse, unitError, zeroError } from "./validators";
import { ok, type Result } from "./result";
import { filled } from "./sentences/book";
import { FORMULAS as F } from "./sentences/formulas";

/**
 * Outcome fee (按效果计费) = units × unitPrice + bonus − deductions, e.g. connects × 1.2 +
 * marketing bonus − quality deductions (ordinary complaint 200, major 1 000). bonus and
 * deductions may be omitted (null/undefined → 0). The result may be negative when deductions
 * exceed the fee; it is returned as is so the analyst sees it.
 */
export function outcomeFee(units: Dec, unitPrice: Dec, bonus?: Dec | null, deductions?: Dec | null): Result<Dec> {
  if (isNeg(units)) return negativeError("units", units);
  if (isNeg(unitPrice)) return negativeError("unitPrice", unitPrice);
  const b = bonus ?? ZERO;
  if (isNeg(b)) return negativeError("bonus", b);
  const d = deductions ?? ZERO;
  if (isNeg(d)) return negativeError("deductions", d);
  return ok(units.times(unitPrice).plus(b).minus(d));
}

/**
 * Capped penalty (扣罚封顶) = min(count × amountPerItem, serviceFee × capRate). Seed: script
 * violations −20 each, capped at 5 % of the service fee. capRate in [0, 1].
 */
export function cappedPenalty(count: Dec, amountPerItem: Dec, serviceFee: Dec, capRate: Dec): Result<Dec> {
  if (isNeg(count)) return negativeError("count", count);
  if (isNeg(amountPerItem)) return negativeError("amountPerItem", amountPerItem);
  if (isNeg(serviceFee)) return negativeError("serviceFee", serviceFee);
  if (notUnit(capRate)) return unitError("capRate", capRate);
  const raw = count.times(amountPerItem);
  const cap = serviceFee.times(capRate);
  return ok(raw.lt(cap) ? raw : cap);
}

/**
 * Monthly fee payable under a holdback (包月预留款): the whole fee when the KPIs are met, else
 * fee × (1 − holdbackRate) — the held-back share (10–20 % in the seeds) is paid only once the
 * targets are met. holdbackRate in [0, 1].
 */
export function holdbackPayable(fee: Dec, holdbackRate: Dec, kpiMet: boolean): Result<Dec> {
  if (isNeg(fee)) return negativeError("fee", fee);
  if (notUnit(holdbackRate)) return unitError("holdbackRate", holdbackRate);
  if (typeof kpiMet !== "boolean") return refuse("badChoice", "kpiMet", F.kpiMetNotBoolean);
  return ok(kpiMet ? fee : fee.times(ONE.minus(holdbackRate)));
}

/** Graduated: each tier's price applies to the units inside it; volume: one price for all units. */
export type TierMode = "graduated" | "volume";

/**
 * Tiered fee (阶梯收费). thresholds are the tiers' starting volumes, ascending, the first 0;
 * prices[i] is the price per unit above thresholds[i]. A unit at exactly a threshold still
 * belongs to the lower tier (tier i holds units thresholds[i] < u ≤ thresholds[i+1]).
 * graduated: Σ prices[i] × units inside tier i; volume: the whole volume × the price of the tier
 * the volume reaches. Plus baseFee (omitted → 0). Seed (IT page): over 50 devices 3 000 +
 * 50 × (n − 50) is thresholds [0, 50], prices [0, 50], baseFee 3 000, graduated.
 */
export function tierFee(volume: Dec, thresholds: readonly Dec[], prices: readonly Dec[], mode: TierMode, baseFee?: Dec | null): Result<Dec> {
  if (isNeg(volume)) return negativeError("volume", volume);
  if (thresholds.length === 0) return refuse("mismatch", "thresholds", F.noTiers);
  if (thresholds.length !== prices.length) return refuse("mismatch", "prices", filled(F.tierPricesMismatch, thresholds.length, prices.length));
  const first = thresholds[0] as Dec;
  if (!first.isZero()) return refuse("outOfRange", "thresholds", filled(F.firstTierNotZero, first.toString()));
  for (let i = 1; i < thresholds.length; i++) {
    const t = thresholds[i] as Dec;
    const previous = thresholds[i - 1] as Dec;
    if (!t.gt(previous)) return refuse("outOfRange", "thresholds", filled(F.tiersNotAscending, t.toString(), previous.toString()), i);
  }
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as Dec;
    if (isNeg(p)) return negativeError("prices", p, i);
  }
  const base = baseFee ?? ZERO;
  if (isNeg(base)) return negativeError("baseFee", base);

  if (mode === "graduated") {
    let fee = base;
    for (let i = 0; i < thresholds.length; i++) {
      const start = thresholds[i] as Dec;
      if (!volume.gt(start)) break;
      const next = thresholds[i + 1];
      const end = next !== undefined && volume.gt(next) ? next : volume;
      fee = fee.plus(end.minus(start).times(prices[i] as Dec));
    }
    return ok(fee);
  }
  // Node callers may pass any string: what is neither mode is refused below.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (mode === "volume") {
    let price = prices[0] as Dec;
    for (let i = 1; i < thresholds.length && volume.gt(thresholds[i] as Dec); i++) price = prices[i] as Dec;
    return ok(base.plus(volume.times(price)));
  }
  const got = String(mode);
  return refuse("badChoice", "mode", filled(F.tierModeChoice, got));
}

/**
 * Outbound cost per lead (外呼单个意向客户成本) = costPerDay ÷ (dialsPerDay × connectRate ×
 * successRate), successRate being the share of connects that succeed. Seed: 298 dials a day,
 * 58.76 % connected (接通率), 4.2 % success (成功率).
 */
export function costPerLead(costPerDay: Dec, dialsPerDay: Dec, connectRate: Dec, successRate: Dec): Result<Dec> {
  if (isNeg(costPerDay)) return negativeError("costPerDay", costPerDay);
  if (isNeg(dialsPerDay)) return negativeError("dialsPerDay", dialsPerDay);
  if (notUnit(connectRate)) return unitError("connectRate", connectRate);
  if (notUnit(successRate)) return unitError("successRate", successRate);
  if (dialsPerDay.isZero()) return zeroError("dialsPerDay");
  if (connectRate.isZero()) return zeroError("connectRate");
  if (successRate.isZero()) return zeroError("successRate");
  return ok(costPerDay.div(dialsPerDay.times(connectRate).times(successRate)));
}

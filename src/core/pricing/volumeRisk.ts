/**
 * Volume risk: what each model earns and keeps when the client's volume is v × the forecast,
 * the cost held at C (the centre is staffed for the forecast). Time-billed models earn P at any
 * volume; volume-billed ones P × max(v, minCommitShare); the package and base + commission sit
 * between. The worst case pays the capped deductions and loses the holdback.
 *
 * Each revenue is written as P times a share of the forecast, so that v = 1 gives P exactly
 * (the same amounts as the per-unit forms in the comments, without their roundings).
 */
import { ONE, ZERO, type Dec } from "../decimal";
import { ok, type Result } from "../result";
import { divide } from "../validators";
import type { PricingInputs } from "./inputs";
import { MODELS, type ModelKey } from "./models";

export interface ModelRisk {
  /** Revenue for the period at each volume ratio (in the order of volumeRatios). */
  readonly revenue: readonly Dec[];
  /** (revenue − C) ÷ revenue. */
  readonly margin: readonly Dec[];
  /** The margin when revenue × (1 − penaltyCapRate − holdbackRate) is all that is paid. */
  readonly worstMargin: readonly Dec[];
}

/**
 * The package's billed calls over the forecast month, as a share of V (the forecast calls a
 * month): min(Q, V) + max(0, vV − Q), which is max(Q, vV) when Q ≤ V.
 */
function packageShare(v: Dec, Q: Dec, V: Dec): Dec {
  const used = v.times(V);
  const billed = Q.lte(V) ? (used.gt(Q) ? used : Q) : V.plus(used.gt(Q) ? used.minus(Q) : ZERO);
  return billed.div(V);
}

/** Revenue of a model at volume ratio v, P the price for the period. */
export function revenueAt(key: ModelKey, v: Dec, P: Dec, x: PricingInputs): Dec {
  switch (MODELS[key].billing) {
    case "time":
      return P;
    case "volume":
      // = max(v × U, minCommitShare × U) × rate
      return P.times(v.gt(x.minCommitShare) ? v : x.minCommitShare);
    case "package":
      // = M × (monthlyFee + max(0, v × V − Q) × overageRate), V = Σ answered ÷ M
      return P.times(packageShare(v, x.includedPerMonth ?? ZERO, x.answered.div(x.months)));
    case "baseCommission": {
      // = M × baseFeePerMonth + commissionPerOutcome × outcomes × v
      const b = x.baseShare ?? ZERO;
      return P.times(b.plus(ONE.minus(b).times(v)));
    }
  }
}

/** 1 − C ÷ revenue: never falls as revenue rises (each step rounds the same way). */
function marginOn(revenue: Dec, cost: Dec): Result<Dec> {
  const share = divide(cost, revenue, "pricing.volumeRatios");
  return share.ok ? ok(ONE.minus(share.value)) : share;
}

export function volumeRisk(key: ModelKey, P: Dec, x: PricingInputs): Result<ModelRisk> {
  const kept = ONE.minus(x.penaltyCapRate).minus(x.holdbackRate);
  const revenue: Dec[] = [];
  const margin: Dec[] = [];
  const worstMargin: Dec[] = [];
  for (const v of x.volumeRatios) {
    const r = revenueAt(key, v, P, x);
    const last = revenue.length - 1;
    // The same revenue (a time-billed model, a volume under the commitment) has the same margins.
    if (last >= 0 && r.eq(revenue[last] as Dec)) {
      revenue.push(r);
      margin.push(margin[last] as Dec);
      worstMargin.push(worstMargin[last] as Dec);
      continue;
    }
    const m = marginOn(r, x.cost);
    if (!m.ok) return m;
    const w = marginOn(r.times(kept), x.cost);
    if (!w.ok) return w;
    revenue.push(r);
    margin.push(m.value);
    worstMargin.push(w.value);
  }
  return ok({ revenue, margin, worstMargin });
}

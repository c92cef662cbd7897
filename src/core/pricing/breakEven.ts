/**
 * Break-even volume ratio: the actual ÷ forecast volume at which a model's revenue just covers
 * the cost C, or null when it covers it at every volume (time-billed models, a commitment or a
 * fixed part that already covers C).
 */
import { ONE, type Dec } from "../decimal";
import type { PricingInputs } from "./inputs";
import { MODELS } from "./models";
import type { ModelRate } from "./rateCard";

export function breakEvenVolumeRatio(model: ModelRate, P: Dec, x: PricingInputs): Dec | null {
  const C = x.cost;
  switch (MODELS[model.key].billing) {
    case "time":
      return null;
    case "volume": {
      const ratio = C.div(P);
      return ratio.gt(x.minCommitShare) ? ratio : null;
    }
    case "package": {
      // (Q + (C − M × monthlyFee) ÷ (M × overageRate)) ÷ V, when M × monthlyFee < C
      const M = x.months;
      const fixed = M.times(model.rate);
      const overage = model.overageRate;
      if (!fixed.lt(C) || overage === undefined || overage.isZero()) return null;
      const V = x.answered.div(M);
      return model.units.plus(C.minus(fixed).div(M.times(overage))).div(V);
    }
    case "baseCommission": {
      // (C − M × baseFeePerMonth) ÷ (commissionPerOutcome × outcomes), when M × baseFeePerMonth < C
      const b = x.baseShare;
      if (b === undefined) return null;
      const fixed = b.times(P);
      const variable = ONE.minus(b).times(P);
      return fixed.lt(C) && !variable.isZero() ? C.minus(fixed).div(variable) : null;
    }
  }
}

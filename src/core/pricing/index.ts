/**
 * Deal pricing (报价): a scenario's rate card with its volume risk — for every billing model
 * that applies, the rate, the forecast units, the revenue and margins across the volume
 * ratios, and the break-even ratio. Pure and exact: every figure a Decimal, errors as values.
 */
import type { Breakdown } from "../breakdown.types";
import { toNumber, type Dec } from "../decimal";
import { ok, type Result } from "../result";
import type { Scenario } from "../scenario";
import { breakEvenVolumeRatio } from "./breakEven";
import { pricingInputs, type PricingInputs } from "./inputs";
import { MODELS, type Billing } from "./models";
import { rateCard, type ModelRate, type RateCard } from "./rateCard";
import { volumeRisk, type ModelRisk } from "./volumeRisk";

export * from "./formulas";
export { MODEL_KEYS, modelName, modelUnitWords, MODELS, UNIT_MODELS, type Billing, type ModelKey, type UnitModel } from "./models";
export { sameRiskGroups, volumeVerdict, type RiskRow, type RiskTable, type Standing, type VolumeSide, type VolumeVerdict } from "./verdict";
export { pricingInputs, type PricingInputs } from "./inputs";
export { forecastUnits, rateCard, type ModelRate, type RateCard } from "./rateCard";
export { revenueAt, volumeRisk, type ModelRisk } from "./volumeRisk";
export { breakEvenVolumeRatio } from "./breakEven";

export interface PricedModel extends ModelRate, ModelRisk {
  readonly breakEvenVolumeRatio: Dec | null;
}

export interface Pricing extends Omit<RateCard, "models"> {
  readonly volumeRatios: readonly Dec[];
  readonly models: readonly PricedModel[];
  /** What the inputs were, for words around the figures (terms, the outcome's name). */
  readonly inputs: PricingInputs;
}

/** The rate card and its risk table from the inputs. */
export function priceDeal(x: PricingInputs): Result<Pricing> {
  const card = rateCard(x);
  if (!card.ok) return card;
  const P = card.value.price;
  const models: PricedModel[] = [];
  // Models that bill alike earn alike (the three by time; the volume-billed ones): computed once.
  const alike = new Map<Billing, ModelRisk>();
  for (const m of card.value.models) {
    const billing = MODELS[m.key].billing;
    let risk = alike.get(billing);
    if (risk === undefined) {
      const r = volumeRisk(m.key, P, x);
      if (!r.ok) return r;
      risk = r.value;
      if (billing === "time" || billing === "volume") alike.set(billing, risk);
    }
    models.push({ ...m, ...risk, breakEvenVolumeRatio: breakEvenVolumeRatio(m, P, x) });
  }
  return ok({ ...card.value, volumeRatios: x.volumeRatios, models, inputs: x });
}

/** A scenario's pricing, or undefined when it has no pricing section. */
export function computePricing(scenario: Scenario, breakdown: Breakdown): Result<Pricing | undefined> {
  const x = pricingInputs(scenario, breakdown);
  if (!x.ok) return x;
  return x.value === undefined ? ok(undefined) : priceDeal(x.value);
}

/** Figures as JS numbers (the boundary to JSON, Excel and the UI), null kept. */
export function pricingNumber(value: Dec | null): number | null {
  return value === null ? null : toNumber(value);
}

/**
 * The billing models of a deal (domain.md §7), their order on the rate card, how each bills
 * (by time, by volume, or a mix) and the unit its rate is quoted in.
 */
import { unitWords, type NumericUnit } from "../formats/units";
import type { Sentence } from "../sentences/book";
import { pick, type Lang } from "../sentences/lang";
import { PRICING as S } from "../sentences/pricing";

/** Models with a rate per unit of their own: rate = price ÷ forecast units. */
export const UNIT_MODELS = ["seatMonth", "personDay", "hour", "talkMinute", "answeredCall", "standardCall", "outcome"] as const;
export type UnitModel = (typeof UNIT_MODELS)[number];

/** Every model, in the rate card's order (the JSON's `models` keys). */
export const MODEL_KEYS = [...UNIT_MODELS, "package", "baseCommission"] as const;
export type ModelKey = (typeof MODEL_KEYS)[number];

/**
 * How a model's revenue moves with the client's volume: `time` not at all (the client pays for
 * idle seats), `volume` with it down to the minimum commitment, the other two in between.
 */
export type Billing = "time" | "volume" | "package" | "baseCommission";

export interface ModelText {
  readonly label: Sentence<string>;
  /** The unit of the model's rate. */
  readonly unit: NumericUnit;
  readonly billing: Billing;
}

export const MODELS: Readonly<Record<ModelKey, ModelText>> = {
  seatMonth: { label: S.modelSeatMonth, unit: "moneyPerSeatMonth", billing: "time" },
  personDay: { label: S.modelPersonDay, unit: "moneyPerPersonDay", billing: "time" },
  hour: { label: S.modelHour, unit: "moneyPerHour", billing: "time" },
  talkMinute: { label: S.modelTalkMinute, unit: "moneyPerMinute", billing: "volume" },
  answeredCall: { label: S.modelAnsweredCall, unit: "moneyPerCall", billing: "volume" },
  standardCall: { label: S.modelStandardCall, unit: "moneyPerAnswer", billing: "volume" },
  outcome: { label: S.modelOutcome, unit: "moneyPerOutcome", billing: "volume" },
  package: { label: S.modelPackage, unit: "moneyPerMonth", billing: "package" },
  baseCommission: { label: S.modelBaseCommission, unit: "moneyPerMonth", billing: "baseCommission" },
};

/** A model's name on a rate card: the outcome model says the file's outcome name when it has one ("Per lead", "按意向客户"). */
export function modelName(key: ModelKey, outcomeName: string | undefined, lang: Lang): string {
  return key === "outcome" && outcomeName !== undefined ? S.modelOutcomeNamed[lang](outcomeName) : pick(MODELS[key].label, lang);
}

/** A rate's unit in words; an outcome named in the file is said by its name ("CNY/意向客户"). */
export function modelUnitWords(unit: NumericUnit, currency: string, outcomeName: string | undefined, lang: Lang): string {
  return unit === "moneyPerOutcome" && outcomeName !== undefined ? `${currency}/${outcomeName}` : unitWords(unit, currency, lang);
}

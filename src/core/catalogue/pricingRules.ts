/**
 * The pricing section's cross-field rules (scenario.ts attaches them): what no single field's
 * limits can say. Each stays quiet while a field it reads is outside its own limits, so a file
 * gets one message per mistake.
 */
import { D } from "../decimal";
import { SENTENCES as S } from "../sentences";
import { within, type Rule } from "./rules";

/** The largest margin field: a markup of 1 000 % is far above any deal; a margin stays below 100 %. */
export const MAX_MARKUP = 10;

interface PricingShape {
  readonly margin: number;
  readonly method: string;
  readonly outcomes?: number;
  readonly baseShare?: number;
}

interface TermsShape {
  readonly penaltyCapRate: number;
  readonly holdbackRate: number;
}


export const pricingRules: readonly Rule<PricingShape>[] = [
  // A margin of 100 % or more has no price (cost ÷ (1 − margin)); a markup may exceed 100 %.
  (p) => (p.method === "margin" && within(p.margin, 1, MAX_MARKUP) ? { at: "margin", message: S.pricingMarginBelowOne } : undefined),
  (p) => (within(p.baseShare, 0, 1) && p.outcomes === undefined ? { at: "baseShare", message: S.pricingBaseNeedsOutcomes } : undefined),
];

export const termsRules: readonly Rule<TermsShape>[] = [
  // Summed exactly: 0.3 + 0.7 is 1, not a double a hair below it.
  (t) =>
    within(t.penaltyCapRate, 0, 1) && within(t.holdbackRate, 0, 1) && new D(t.penaltyCapRate).plus(t.holdbackRate).gte(1)
      ? { at: "penaltyCapRate", message: S.pricingTermsAtRisk }
      : undefined,
];

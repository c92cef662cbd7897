/** Shapes of the cost breakdown the core computes from a scenario. */
import type { Dec } from "./decimal";
import type { Unit } from "./formats/units";

export const BREAKDOWN_KEYS = [
  "normalizedAnswers",
  "talkMinutes",
  "paidMinutes",
  "utilization",
  "laborCost",
  "recruitmentCost",
  "trainingCost",
  "managementCost",
  "otherCost",
  "totalCost",
  "tax",
  "totalCostWithTax",
  "costPerAnswer",
  "costPerMinute",
  "costPerAnswerWithTax",
  "costPerMinuteWithTax",
] as const;

export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** money: in the scenario's currency; count: calls/answers; minutes; ratio: a share shown as %. */
export type BreakdownUnit = Extract<Unit, "money" | "moneyPerAnswer" | "moneyPerMinute" | "count" | "minutes" | "ratio">;

export interface BreakdownLine {
  readonly key: BreakdownKey;
  readonly label: { readonly zh: string; readonly en: string };
  readonly value: Dec;
  readonly unit: BreakdownUnit;
  /** The formula in words, per language, e.g. "total cost ÷ normalised answers". */
  readonly formula: { readonly zh: string; readonly en: string };
}

export interface Breakdown {
  readonly lines: readonly BreakdownLine[];
  /** Lookup by key (every key of BREAKDOWN_KEYS is present). */
  readonly values: Readonly<Record<BreakdownKey, Dec>>;
}

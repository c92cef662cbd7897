/**
 * Where the quote's cost base comes from: the breakdown sheet of an actuals scenario or the bid
 * sheet of a forecast. Either gives the same eight cells (cost, tax rate, months, billed seats'
 * default, hours a day, talk minutes, normalised answers, the answered calls), by reference.
 */
import { INPUT_FIELDS } from "../plan/inputs";
import { placeTables, tableRefs } from "../plan/tables";
import type { SheetPlan } from "../plan/types";
import type { AnyScenario } from "../../core/scenario";
import type { Lang } from "../../core/sentences/lang";
import { pick } from "../../core/sentences/lang";
import { isBidPlan, type BidPlan, type QuoteBase } from "../bid/types";

export interface CostSource {
  readonly sheetName: string;
  readonly scenario: AnyScenario;
  readonly base: QuoteBase;
}

/** The label of a named input of the breakdown sheet (agents, taxRate …), from the catalogue. */
function inputLabel(name: string, lang: Lang): string {
  const field = INPUT_FIELDS.find((f) => f.name === name);
  return field ? pick(field.node.spec.label, lang) : name;
}

/** The breakdown sheet's cells the quote links to: its named inputs and lines, the traffic table's answered column. */
function breakdownBase(plan: SheetPlan): QuoteBase {
  const named = (name: string): string => {
    const ref = plan.names.find((n) => n.name === name)?.ref;
    if (ref === undefined) throw new Error(`quote: the breakdown has no cell named ${name}`); // a programming error
    return ref;
  };
  return {
    totalCost: named("totalCost"),
    taxRate: named("taxRate"),
    months: named("months"),
    agents: named("agents"),
    hoursPerDay: named("hoursPerDay"),
    talkMinutes: named("talkMinutes"),
    normalizedAnswers: named("normalizedAnswers"),
    answered: tableRefs(placeTables(plan.scenario)).answered,
    labels: { months: inputLabel("months", plan.lang), agents: inputLabel("agents", plan.lang), hoursPerDay: inputLabel("hoursPerDay", plan.lang), taxRate: inputLabel("taxRate", plan.lang) },
    seatsNow: plan.scenario.staffing.agents,
  };
}

export function costSource(plan: SheetPlan | BidPlan): CostSource {
  if (isBidPlan(plan)) return { sheetName: plan.sheetName, scenario: plan.scenario, base: plan.quoteBase };
  return { sheetName: plan.sheetName, scenario: plan.scenario, base: breakdownBase(plan) };
}

/**
 * The cost breakdown (人工成本测算) of a scenario: the seed's worked example as a sequence of
 * labelled lines — traffic, time, cost items, totals, tax and the unit costs.
 *
 * Each scenario number is converted to Decimal exactly once (catalogue/decimals.ts); errors name
 * the scenario's JSON path (e.g. `traffic.streams[1].answered`) so a bad file points at the bad field.
 */
import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey, type BreakdownLine } from "./breakdown.types";
import { decimalsOf, type Decimals } from "./catalogue/decimals";
import { BREAKDOWN_TEXT } from "./catalogue/outputs";
import { SCENARIO } from "./catalogue/scenario";
import { costPerAnswerFromStreams, costPerMinute, managementCost, recruitmentCost, sumCostLines, taxAmount, trainingCost, withTax } from "./costplus";
import { ZERO, toNumber, type Dec } from "./decimal";
import { ok, renamed, type Result } from "./result";
import type { Scenario } from "./scenario";
import { SENTENCES as S } from "./sentences";
import { normalizedAnswers, paidMinutes, totalTalkMinutes, utilization, type TalkStream } from "./traffic";
import { refuse, zeroError } from "./validators";

export { BREAKDOWN_TEXT };

type Values = Record<BreakdownKey, Dec>;
type Exact = Decimals<Scenario>;

function trafficAndTime(d: Exact): Result<Pick<Values, "normalizedAnswers" | "talkMinutes" | "paidMinutes" | "utilization"> & { standard: Dec; streams: TalkStream[] }> {
  const streams: TalkStream[] = d.traffic.streams;
  const first = streams[0];
  if (first === undefined) return refuse("outOfRange", "traffic.streams", S.needsStream);
  const given = d.traffic.standardTalkSeconds;
  const standard = given ?? first.avgTalkSeconds;
  if (standard.isZero()) return zeroError(given === undefined ? "traffic.streams[0].avgTalkSeconds" : "traffic.standardTalkSeconds");

  const normalized = normalizedAnswers(streams, standard);
  if (!normalized.ok) return normalized;
  const talk = totalTalkMinutes(streams);
  if (!talk.ok) return talk;
  const st = d.staffing;
  const paid = renamed(paidMinutes(st.agents, st.hoursPerDay, st.paidDaysPerMonth, st.months), (arg) => `staffing.${arg}`);
  if (!paid.ok) return paid;
  if (paid.value.isZero()) return refuse("divByZero", "staffing", S.noPaidMinutes);
  const util = utilization(talk.value, paid.value);
  if (!util.ok) return util;
  if (normalized.value.isZero()) return refuse("divByZero", "traffic.streams", S.noTalkTime);
  if (talk.value.isZero()) return refuse("divByZero", "traffic.streams", S.noTalkMinutes);
  return ok({ normalizedAnswers: normalized.value, talkMinutes: talk.value, paidMinutes: paid.value, utilization: util.value, standard, streams });
}

function costItems(c: Exact["costs"]): Result<Pick<Values, "laborCost" | "recruitmentCost" | "trainingCost" | "managementCost" | "otherCost">> {
  const labor = sumCostLines(c.labor, "costs.labor");
  if (!labor.ok) return labor;
  const other = sumCostLines(c.other, "costs.other");
  if (!other.ok) return other;
  const { recruitment: r, training: t, management: m } = c;
  const recruitment = r ? renamed(recruitmentCost(r.hires, r.feePerHire), (arg) => `costs.recruitment.${arg}`) : ok(ZERO);
  if (!recruitment.ok) return recruitment;
  const training = t ? renamed(trainingCost(t.hires, t.days, t.dailyAllowance), (arg) => `costs.training.${arg}`) : ok(ZERO);
  if (!training.ok) return training;
  const management = m ? renamed(managementCost(m.managers, m.monthlySalary, m.months), (arg) => `costs.management.${arg}`) : ok(ZERO);
  if (!management.ok) return management;
  return ok({ laborCost: labor.value, recruitmentCost: recruitment.value, trainingCost: training.value, managementCost: management.value, otherCost: other.value });
}

/**
 * The breakdown of a scenario: every line of BREAKDOWN_KEYS, in that order, with labels, units
 * and formulas. standardTalkSeconds defaults to the first stream's avgTalkSeconds; missing
 * recruitment / training / management count as 0; totalCost = labour + recruitment + training +
 * management + other; tax = totalCost × taxRate; the with-tax unit costs divide totalCostWithTax.
 */
export function computeBreakdown(scenario: Scenario): Result<Breakdown> {
  const exact = decimalsOf(SCENARIO, scenario);
  if (!exact.ok) return exact;
  const d = exact.value;
  const time = trafficAndTime(d);
  if (!time.ok) return time;
  const items = costItems(d.costs);
  if (!items.ok) return items;
  const c = items.value;
  const total = c.laborCost.plus(c.recruitmentCost).plus(c.trainingCost).plus(c.managementCost).plus(c.otherCost);
  const tax = renamed(taxAmount(total, d.taxRate), "taxRate");
  if (!tax.ok) return tax;
  const totalWithTax = renamed(withTax(total, d.taxRate), "taxRate");
  if (!totalWithTax.ok) return totalWithTax;
  const { streams, standard, ...t } = time.value;
  const perAnswer = (cost: Dec) => renamed(costPerAnswerFromStreams(cost, streams, standard), "traffic.streams");
  const perMinute = (cost: Dec) => renamed(costPerMinute(cost, t.talkMinutes), "traffic.streams");
  const costPerAnswer = perAnswer(total);
  if (!costPerAnswer.ok) return costPerAnswer;
  const costPerMinuteValue = perMinute(total);
  if (!costPerMinuteValue.ok) return costPerMinuteValue;
  const costPerAnswerWithTax = perAnswer(totalWithTax.value);
  if (!costPerAnswerWithTax.ok) return costPerAnswerWithTax;
  const costPerMinuteWithTax = perMinute(totalWithTax.value);
  if (!costPerMinuteWithTax.ok) return costPerMinuteWithTax;

  const values: Values = {
    ...t,
    ...c,
    totalCost: total,
    tax: tax.value,
    totalCostWithTax: totalWithTax.value,
    costPerAnswer: costPerAnswer.value,
    costPerMinute: costPerMinuteValue.value,
    costPerAnswerWithTax: costPerAnswerWithTax.value,
    costPerMinuteWithTax: costPerMinuteWithTax.value,
  };
  const lines: BreakdownLine[] = BREAKDOWN_KEYS.map((key) => ({ key, ...BREAKDOWN_TEXT[key], value: values[key] }));
  return { ok: true, value: { lines, values } };
}

/** The breakdown's values as JS numbers (the boundary to JSON, Excel and the UI). */
export function breakdownNumbers(b: Breakdown): Record<BreakdownKey, number> {
  const out = {} as Record<BreakdownKey, number>;
  for (const key of BREAKDOWN_KEYS) out[key] = toNumber(b.values[key]);
  return out;
}

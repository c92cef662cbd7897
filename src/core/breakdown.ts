/**
 * The cost breakdown (人工成本测算) of a scenario: the seed's worked example as a sequence of
 * labelled lines — traffic, time, cost items, totals, tax and the unit costs.
 *
 * Each scenario number is converted to Decimal exactly once, here; errors name the scenario's
 * JSON path (e.g. `traffic.streams[1].answered`) so a bad file points at the bad field.
 */
import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey, type BreakdownLine, type BreakdownUnit } from "./breakdown.types";
import { isNeg, negativeError, zeroError } from "./checks";
import { costPerAnswerFromStreams, costPerMinute, managementCost, recruitmentCost, sumCostLines, taxAmount, trainingCost, withTax, type CostItem } from "./costplus";
import { ZERO, toNumber, type Dec } from "./decimal";
import { fail, ok, type Result } from "./result";
import type { Scenario } from "./scenario";
import { normalizedAnswers, paidMinutes, totalTalkMinutes, utilization, type TalkStream } from "./traffic";
import { fromNumber } from "./validate";

interface LineText {
  readonly label: { readonly zh: string; readonly en: string };
  readonly unit: BreakdownUnit;
  readonly formula: { readonly zh: string; readonly en: string };
}

/** Labels, units and formulas in words for every breakdown key, in both languages. */
export const BREAKDOWN_TEXT: Readonly<Record<BreakdownKey, LineText>> = {
  normalizedAnswers: {
    label: { zh: "折算应答量", en: "Normalised answers" },
    unit: "count",
    formula: { zh: "Σ 应答量 × 通话均长 ÷ 标准通话时长", en: "Σ answered × avg talk seconds ÷ standard talk seconds" },
  },
  talkMinutes: {
    label: { zh: "总通话时长", en: "Talk minutes" },
    unit: "minutes",
    formula: {
      zh: "Σ 各线路通话分钟（有实测值用实测值，否则 应答量 × 通话均长 ÷ 60）",
      en: "Σ each line's talk minutes (measured if given, else answered × avg talk seconds ÷ 60)",
    },
  },
  paidMinutes: {
    label: { zh: "计薪工时", en: "Paid minutes" },
    unit: "minutes",
    formula: { zh: "话务员人数 × 每日工时 × 标准记薪天数 × 月数 × 60", en: "agents × hours per day × paid days per month × months × 60" },
  },
  utilization: {
    label: { zh: "工时利用率", en: "Utilisation" },
    unit: "ratio",
    formula: { zh: "总通话时长 ÷ 计薪工时", en: "talk minutes ÷ paid minutes" },
  },
  laborCost: {
    label: { zh: "人工成本", en: "Labour cost" },
    unit: "money",
    formula: { zh: "Σ 人工成本项（工资、社保、公积金等）", en: "Σ labour cost lines (wages, social insurance, housing fund …)" },
  },
  recruitmentCost: {
    label: { zh: "招聘成本", en: "Recruitment cost" },
    unit: "money",
    formula: { zh: "入职人数 × 单人招聘费用", en: "hires × fee per hire" },
  },
  trainingCost: {
    label: { zh: "培训成本", en: "Training cost" },
    unit: "money",
    formula: { zh: "入职人数 × 培训天数 × 每日培训补贴", en: "hires × training days × daily allowance" },
  },
  managementCost: {
    label: { zh: "管理人员成本", en: "Management cost" },
    unit: "money",
    formula: { zh: "管理人员数 × 月薪 × 月数", en: "managers × monthly salary × months" },
  },
  otherCost: {
    label: { zh: "其他成本", en: "Other costs" },
    unit: "money",
    formula: { zh: "Σ 其他成本项", en: "Σ other cost lines" },
  },
  totalCost: {
    label: { zh: "总成本", en: "Total cost" },
    unit: "money",
    formula: { zh: "人工 + 招聘 + 培训 + 管理 + 其他", en: "labour + recruitment + training + management + other" },
  },
  tax: {
    label: { zh: "税额", en: "Tax" },
    unit: "money",
    formula: { zh: "总成本 × 税率", en: "total cost × tax rate" },
  },
  totalCostWithTax: {
    label: { zh: "计税后总成本", en: "Total cost with tax" },
    unit: "money",
    formula: { zh: "总成本 × (1 + 税率)", en: "total cost × (1 + tax rate)" },
  },
  costPerAnswer: {
    label: { zh: "单次应答成本", en: "Cost per answer" },
    unit: "moneyPerAnswer",
    formula: { zh: "总成本 ÷ 折算应答量", en: "total cost ÷ normalised answers" },
  },
  costPerMinute: {
    label: { zh: "每分钟应答成本", en: "Cost per talk minute" },
    unit: "moneyPerMinute",
    formula: { zh: "总成本 ÷ 总通话时长", en: "total cost ÷ talk minutes" },
  },
  costPerAnswerWithTax: {
    label: { zh: "计税后单次应答成本", en: "Cost per answer with tax" },
    unit: "moneyPerAnswer",
    formula: { zh: "计税后总成本 ÷ 折算应答量", en: "total cost with tax ÷ normalised answers" },
  },
  costPerMinuteWithTax: {
    label: { zh: "计税后每分钟应答成本", en: "Cost per talk minute with tax" },
    unit: "moneyPerMinute",
    formula: { zh: "计税后总成本 ÷ 总通话时长", en: "total cost with tax ÷ talk minutes" },
  },
};

/** Thrown only inside this module to leave the straight-line computation early; never escapes. */
class Stop extends Error {
  constructor(readonly result: Result<never>) {
    super("breakdown stopped on an invalid input");
  }
}

/**
 * Unwrap or stop. Keeps computeBreakdown a readable list of steps. Core functions name their
 * own arguments; here the scenario's JSON path is the better name, so `path` renames the error
 * (a string replaces the name, a function maps it).
 */
function get<T>(r: Result<T>, path?: string | ((arg: string) => string)): T {
  if (r.ok) return r.value;
  if (path === undefined) throw new Stop(r);
  const arg = typeof path === "string" ? path : path(r.error.arg);
  throw new Stop({ ok: false, error: { ...r.error, arg } });
}

/** A scenario number as an exact, non-negative Decimal, or an error naming its JSON path. */
function amount(path: string, value: number): Dec {
  const d = get(fromNumber(path, value));
  if (isNeg(d)) throw new Stop(negativeError(path, d));
  return d;
}

function costItems(lines: readonly { name: string; amount: number }[], path: string): CostItem[] {
  return lines.map((l, i) => ({ name: l.name, amount: amount(`${path}[${i}].amount`, l.amount) }));
}

/**
 * The breakdown of a scenario: every line of BREAKDOWN_KEYS, in that order, with labels, units
 * and formulas. standardTalkSeconds defaults to the first stream's avgTalkSeconds; missing
 * recruitment / training / management count as 0; totalCost = labour + recruitment + training +
 * management + other; tax = totalCost × taxRate; the with-tax unit costs divide totalCostWithTax.
 */
export function computeBreakdown(scenario: Scenario): Result<Breakdown> {
  try {
    return ok(build(scenario));
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

function build(scenario: Scenario): Breakdown {
  const { traffic, staffing, costs } = scenario;
  if (traffic.streams.length === 0) {
    throw new Stop(fail("outOfRange", "traffic.streams", "needs at least one traffic stream", "至少需要一条话务线路"));
  }
  const streams: TalkStream[] = traffic.streams.map((s, i) => {
    const p = `traffic.streams[${i}]`;
    const talk = s.talkMinutes;
    return {
      answered: amount(`${p}.answered`, s.answered),
      avgTalkSeconds: amount(`${p}.avgTalkSeconds`, s.avgTalkSeconds),
      talkMinutes: talk === undefined || talk === null ? undefined : amount(`${p}.talkMinutes`, talk),
    };
  });
  const first = streams[0] as TalkStream;
  const standardPath = traffic.standardTalkSeconds === undefined ? "traffic.streams[0].avgTalkSeconds" : "traffic.standardTalkSeconds";
  const standard = traffic.standardTalkSeconds === undefined ? first.avgTalkSeconds : amount(standardPath, traffic.standardTalkSeconds);
  if (standard.isZero()) throw new Stop(zeroError(standardPath));

  const normalized = get(normalizedAnswers(streams, standard));
  const talk = get(totalTalkMinutes(streams));
  const paid = get(
    paidMinutes(
      amount("staffing.agents", staffing.agents),
      amount("staffing.hoursPerDay", staffing.hoursPerDay),
      amount("staffing.paidDaysPerMonth", staffing.paidDaysPerMonth),
      amount("staffing.months", staffing.months ?? 12),
    ),
    (arg) => `staffing.${arg}`,
  );
  if (paid.isZero()) {
    throw new Stop(fail("divByZero", "staffing", "gives 0 paid minutes, so utilisation is undefined", "计薪工时为 0，无法计算工时利用率"));
  }
  const util = get(utilization(talk, paid));
  if (normalized.isZero()) {
    throw new Stop(
      fail("divByZero", "traffic.streams", "have no talk time (answered × avg talk seconds is 0), so cost per answer is undefined", "话务总时长为 0，无法计算单次应答成本"),
    );
  }
  if (talk.isZero()) {
    throw new Stop(fail("divByZero", "traffic.streams", "have 0 talk minutes, so cost per minute is undefined", "总通话时长为 0，无法计算每分钟成本"));
  }

  const labor = get(sumCostLines(costItems(costs.labor ?? [], "costs.labor"), "costs.labor"));
  const r = costs.recruitment;
  const recruitment = r ? get(recruitmentCost(amount("costs.recruitment.hires", r.hires), amount("costs.recruitment.feePerHire", r.feePerHire))) : ZERO;
  const t = costs.training;
  const training = t
    ? get(trainingCost(amount("costs.training.hires", t.hires), amount("costs.training.days", t.days), amount("costs.training.dailyAllowance", t.dailyAllowance)))
    : ZERO;
  const m = costs.management;
  const management = m
    ? get(
        managementCost(
          amount("costs.management.managers", m.managers),
          amount("costs.management.monthlySalary", m.monthlySalary),
          amount("costs.management.months", m.months ?? 12),
        ),
      )
    : ZERO;
  const other = get(sumCostLines(costItems(costs.other ?? [], "costs.other"), "costs.other"));
  const total = labor.plus(recruitment).plus(training).plus(management).plus(other);

  const rate = amount("taxRate", scenario.taxRate ?? 0);
  const tax = get(taxAmount(total, rate), "taxRate");
  const totalWithTax = get(withTax(total, rate), "taxRate");

  const values: Record<BreakdownKey, Dec> = {
    normalizedAnswers: normalized,
    talkMinutes: talk,
    paidMinutes: paid,
    utilization: util,
    laborCost: labor,
    recruitmentCost: recruitment,
    trainingCost: training,
    managementCost: management,
    otherCost: other,
    totalCost: total,
    tax,
    totalCostWithTax: totalWithTax,
    costPerAnswer: get(costPerAnswerFromStreams(total, streams, standard), "traffic.streams"),
    costPerMinute: get(costPerMinute(total, talk), "traffic.streams"),
    costPerAnswerWithTax: get(costPerAnswerFromStreams(totalWithTax, streams, standard), "traffic.streams"),
    costPerMinuteWithTax: get(costPerMinute(totalWithTax, talk), "traffic.streams"),
  };
  const lines: BreakdownLine[] = BREAKDOWN_KEYS.map((key) => ({ key, ...BREAKDOWN_TEXT[key], value: values[key] }));
  return { lines, values };
}

/** The breakdown's values as JS numbers (the boundary to JSON, Excel and the UI). */
export function breakdownNumbers(b: Breakdown): Record<BreakdownKey, number> {
  const out = {} as Record<BreakdownKey, number>;
  for (const key of BREAKDOWN_KEYS) out[key] = toNumber(b.values[key]);
  return out;
}

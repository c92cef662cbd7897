/** Every bad input gets a typed error with a stable code and the argument's name. */
import { computeBreakdown } from "../../src/core/breakdown";
import {
  costPerAnswer,
  costPerAnswerFromStreams,
  costPerMinute,
  managementCost,
  recruitmentCost,
  sumCostLines,
  taxAmount,
  trainingCost,
  withTax,
} from "../../src/core/costplus";
import { D, type Dec } from "../../src/core/decimal";
import { kpiScore, piecewiseLinear } from "../../src/core/kpi";
import { cappedPenalty, costPerLead, holdbackPayable, outcomeFee, tierFee, type TierMode } from "../../src/core/outcome";
import { describe as describeError, type ErrorCode, type Result } from "../../src/core/result";
import type { Scenario } from "../../src/core/scenario";
import { breakEvenUnits, overtimePay, priceFromCost, seatCost, type PricingMethod } from "../../src/core/seat";
import {
  normalizedAnswers,
  paidMinutes,
  streamNormalizedAnswers,
  streamTalkMinutes,
  talkMinutesFromAnswers,
  totalTalkMinutes,
  utilization,
} from "../../src/core/traffic";
import { workedExample } from "../fixtures/examples";
import { ds } from "../helpers/decimal";

const d = (x: number | string): Dec => D(x);
const neg = d(-1);

type Case = [string, () => Result<unknown>, ErrorCode, string];

const cases: Case[] = [
  // traffic
  ["negative answered", () => streamNormalizedAnswers(neg, d(33), d(43)), "outOfRange", "answered"],
  ["negative avg talk", () => streamNormalizedAnswers(d(1), neg, d(43)), "outOfRange", "avgTalkSeconds"],
  ["zero standard talk", () => streamNormalizedAnswers(d(1), d(33), d(0)), "divByZero", "standardTalkSeconds"],
  ["negative standard talk", () => normalizedAnswers([{ answered: d(1), avgTalkSeconds: d(1) }], neg), "outOfRange", "standardTalkSeconds"],
  ["negative answered in a list", () => normalizedAnswers([{ answered: d(1), avgTalkSeconds: d(1) }, { answered: neg, avgTalkSeconds: d(1) }], d(43)), "outOfRange", "answered"],
  ["zero standard, many streams", () => normalizedAnswers([{ answered: d(1), avgTalkSeconds: d(1) }], d(0)), "divByZero", "standardTalkSeconds"],
  ["negative seconds → minutes", () => talkMinutesFromAnswers(d(1), neg), "outOfRange", "avgTalkSeconds"],
  ["negative measured minutes", () => streamTalkMinutes({ answered: d(1), avgTalkSeconds: d(1), talkMinutes: neg }), "outOfRange", "talkMinutes"],
  ["negative answered with measured minutes", () => streamTalkMinutes({ answered: neg, avgTalkSeconds: d(1), talkMinutes: d(5) }), "outOfRange", "answered"],
  ["negative measured minutes in a list", () => totalTalkMinutes([{ answered: d(1), avgTalkSeconds: d(1), talkMinutes: neg }]), "outOfRange", "talkMinutes"],
  ["negative agents", () => paidMinutes(neg, d(8), d("21.75"), d(12)), "outOfRange", "agents"],
  ["25 hours a day", () => paidMinutes(d(1), d(25), d("21.75"), d(12)), "outOfRange", "hoursPerDay"],
  ["32 paid days a month", () => paidMinutes(d(1), d(8), d(32), d(12)), "outOfRange", "paidDaysPerMonth"],
  ["negative months", () => paidMinutes(d(1), d(8), d(21), neg), "outOfRange", "months"],
  ["zero paid minutes", () => utilization(d(10), d(0)), "divByZero", "paidMinutes"],
  ["negative talk minutes", () => utilization(neg, d(10)), "outOfRange", "talkMinutes"],
  // cost-plus
  ["negative hires", () => recruitmentCost(neg, d(400)), "outOfRange", "hires"],
  ["negative fee per hire", () => recruitmentCost(d(1), neg), "outOfRange", "feePerHire"],
  ["negative training days", () => trainingCost(d(1), neg, d(30)), "outOfRange", "trainingDays"],
  ["negative allowance", () => trainingCost(d(1), d(7), neg), "outOfRange", "dailyAllowance"],
  ["negative managers", () => managementCost(neg, d(4500), d(12)), "outOfRange", "managers"],
  ["negative salary", () => managementCost(d(9), neg, d(12)), "outOfRange", "monthlySalary"],
  ["negative cost line", () => sumCostLines([{ name: "工资", amount: d(1) }, { name: "社保", amount: neg }], "costs.labor"), "outOfRange", "costs.labor[1]"],
  ["tax rate above 1", () => taxAmount(d(100), d("1.01")), "outOfRange", "taxRate"],
  ["negative tax rate", () => withTax(d(100), d("-0.06")), "outOfRange", "taxRate"],
  ["negative amount taxed", () => withTax(neg, d("0.06")), "outOfRange", "amount"],
  ["zero normalised answers", () => costPerAnswer(d(100), d(0)), "divByZero", "normalizedAnswers"],
  ["negative total cost", () => costPerAnswer(neg, d(10)), "outOfRange", "totalCost"],
  ["zero talk minutes", () => costPerMinute(d(100), d(0)), "divByZero", "talkMinutes"],
  ["no talk time in any stream", () => costPerAnswerFromStreams(d(100), [{ answered: d(0), avgTalkSeconds: d(30) }], d(43)), "divByZero", "streams"],
  ["no streams at all", () => costPerAnswerFromStreams(d(100), [], d(43)), "divByZero", "streams"],
  ["zero standard (fused)", () => costPerAnswerFromStreams(d(100), [{ answered: d(1), avgTalkSeconds: d(30) }], d(0)), "divByZero", "standardTalkSeconds"],
  ["negative answered (fused)", () => costPerAnswerFromStreams(d(100), [{ answered: neg, avgTalkSeconds: d(30) }], d(43)), "outOfRange", "answered"],
  ["negative total (fused)", () => costPerAnswerFromStreams(neg, [{ answered: d(1), avgTalkSeconds: d(30) }], d(43)), "outOfRange", "totalCost"],
  // seat
  ["negative day rate", () => seatCost(neg, d(22), d(1), d(1), d(600)), "outOfRange", "dailyRate"],
  ["40 work days a month", () => seatCost(d(220), d(40), d(1), d(1), d(600)), "outOfRange", "workDays"],
  ["negative seats", () => seatCost(d(220), d(22), d(1), neg, d(600)), "outOfRange", "seats"],
  ["negative phone fee", () => seatCost(d(220), d(22), d(1), d(1), neg), "outOfRange", "phoneFeePerSeatMonth"],
  ["zero hours a day", () => overtimePay(d(220), d(0), d(2), d("1.5")), "divByZero", "hoursPerDay"],
  ["negative overtime multiplier", () => overtimePay(d(220), d(8), d(2), neg), "outOfRange", "multiplier"],
  ["margin rate 1", () => priceFromCost(d(100), d(1), "margin"), "outOfRange", "rate"],
  ["negative margin", () => priceFromCost(d(100), d("-0.1"), "margin"), "outOfRange", "rate"],
  ["negative markup", () => priceFromCost(d(100), d("-0.1"), "markup"), "outOfRange", "rate"],
  ["unknown pricing method", () => priceFromCost(d(100), d("0.1"), "discount" as PricingMethod), "badChoice", "method"],
  ["negative cost", () => priceFromCost(neg, d("0.1"), "markup"), "outOfRange", "cost"],
  ["zero unit price", () => breakEvenUnits(d(5440), d(0)), "divByZero", "unitPrice"],
  // outcome
  ["negative units", () => outcomeFee(neg, d("1.2")), "outOfRange", "units"],
  ["negative deductions", () => outcomeFee(d(1), d("1.2"), null, neg), "outOfRange", "deductions"],
  ["cap rate above 1", () => cappedPenalty(d(1), d(20), d(1000), d("1.5")), "outOfRange", "capRate"],
  ["negative violations", () => cappedPenalty(neg, d(20), d(1000), d("0.05")), "outOfRange", "count"],
  ["negative service fee", () => cappedPenalty(d(1), d(20), neg, d("0.05")), "outOfRange", "serviceFee"],
  ["holdback rate above 1", () => holdbackPayable(d(1000), d(2), true), "outOfRange", "holdbackRate"],
  ["kpiMet not a boolean", () => holdbackPayable(d(1000), d("0.1"), "yes" as unknown as boolean), "badChoice", "kpiMet"],
  ["negative volume", () => tierFee(neg, ds(0), ds(1), "graduated"), "outOfRange", "volume"],
  ["thresholds not starting at 0", () => tierFee(d(5), ds(1, 10), ds(1, 2), "graduated"), "outOfRange", "thresholds"],
  ["thresholds not ascending", () => tierFee(d(5), ds(0, 10, 10), ds(1, 2, 3), "volume"), "outOfRange", "thresholds"],
  ["thresholds descending", () => tierFee(d(5), ds(0, 10, 5), ds(1, 2, 3), "volume"), "outOfRange", "thresholds"],
  ["fewer prices than thresholds", () => tierFee(d(5), ds(0, 10), ds(1), "graduated"), "mismatch", "prices"],
  ["no tiers", () => tierFee(d(5), [], [], "graduated"), "mismatch", "thresholds"],
  ["negative tier price", () => tierFee(d(5), ds(0, 10), ds(1, -2), "graduated"), "outOfRange", "prices"],
  ["negative base fee", () => tierFee(d(5), ds(0), ds(1), "graduated", neg), "outOfRange", "baseFee"],
  ["unknown tier mode", () => tierFee(d(5), ds(0), ds(1), "flat" as TierMode), "badChoice", "mode"],
  ["connect rate above 1", () => costPerLead(d(220), d(298), d("58.76"), d("0.042")), "outOfRange", "connectRate"],
  ["negative success rate", () => costPerLead(d(220), d(298), d("0.5876"), d("-0.042")), "outOfRange", "successRate"],
  ["zero dials", () => costPerLead(d(220), d(0), d("0.5876"), d("0.042")), "divByZero", "dialsPerDay"],
  ["zero connect rate", () => costPerLead(d(220), d(298), d(0), d("0.042")), "divByZero", "connectRate"],
  ["zero success rate", () => costPerLead(d(220), d(298), d("0.5876"), d(0)), "divByZero", "successRate"],
  // KPI
  ["baseline equal to target", () => kpiScore(d("0.15"), d("0.17"), d("0.17"), d(7), d(10)), "outOfRange", "target"],
  ["xs and ys of different lengths", () => piecewiseLinear(d(1), ds(0, 1, 2), ds(0, 1)), "mismatch", "ys"],
  ["a single point", () => piecewiseLinear(d(1), ds(0), ds(0)), "mismatch", "xs"],
  ["xs not monotone", () => piecewiseLinear(d(1), ds(0, 2, 1), ds(0, 1, 2)), "mismatch", "xs"],
  ["xs repeating", () => piecewiseLinear(d(1), ds(0, 1, 1), ds(0, 1, 2)), "mismatch", "xs"],
];

describe("bad inputs give the right code and argument", () => {
  it.each(cases)("%s", (_name, run, code, arg) => {
    const r = run();
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code, arg }) });
    if (!r.ok) {
      // Both languages say something; the text names no function (adapters prefix it).
      expect(r.error.message.en.length).toBeGreaterThan(5);
      expect(r.error.message.zh.length).toBeGreaterThan(2);
    }
  });

  it("a list item's error says which item, in both languages", () => {
    const r = normalizedAnswers([{ answered: d(1), avgTalkSeconds: d(1) }, { answered: d(-5), avgTalkSeconds: d(1) }], d(43));
    expect(!r.ok && describeError(r.error)).toBe("answered: item 2: must be ≥ 0 (got -5)");
    expect(!r.ok && describeError(r.error, "zh")).toBe("answered: 第 2 项：不能为负数（当前为 -5）");
    const t = tierFee(d(5), ds(0, 10, 10), ds(1, 2, 3), "volume");
    expect(!t.ok && t.error.message.en).toMatch(/^item 3: /);
  });
});

describe("breakdown errors name the scenario's JSON path", () => {
  const withStreams = (streams: Scenario["traffic"]["streams"], standard?: number): Scenario => ({
    ...workedExample,
    traffic: { standardTalkSeconds: standard, streams },
  });
  const bdCases: [string, Scenario, ErrorCode, string][] = [
    ["negative answered", withStreams([{ name: "a", answered: -1, avgTalkSeconds: 30 }]), "outOfRange", "traffic.streams[0].answered"],
    ["NaN talk minutes", withStreams([{ name: "a", answered: 1, avgTalkSeconds: 30 }, { name: "b", answered: 1, avgTalkSeconds: 30, talkMinutes: NaN }]), "notNumber", "traffic.streams[1].talkMinutes"],
    ["no streams", withStreams([]), "outOfRange", "traffic.streams"],
    ["zero standard by default (first stream's 0 s)", withStreams([{ name: "a", answered: 1, avgTalkSeconds: 0 }, { name: "b", answered: 1, avgTalkSeconds: 30 }]), "divByZero", "traffic.streams[0].avgTalkSeconds"],
    ["zero standard given", withStreams([{ name: "a", answered: 1, avgTalkSeconds: 30 }], 0), "divByZero", "traffic.standardTalkSeconds"],
    ["zero volumes", withStreams([{ name: "a", answered: 0, avgTalkSeconds: 30 }]), "divByZero", "traffic.streams"],
    ["zero talk minutes measured", withStreams([{ name: "a", answered: 10, avgTalkSeconds: 30, talkMinutes: 0 }]), "divByZero", "traffic.streams"],
    ["zero agents", { ...workedExample, staffing: { ...workedExample.staffing, agents: 0 } }, "divByZero", "staffing"],
    ["25 hours a day", { ...workedExample, staffing: { ...workedExample.staffing, hoursPerDay: 25 } }, "outOfRange", "staffing.hoursPerDay"],
    ["negative labour line", { ...workedExample, costs: { ...workedExample.costs, labor: [{ name: "工资", amount: -3 }] } }, "outOfRange", "costs.labor[0].amount"],
    ["infinite other cost", { ...workedExample, costs: { ...workedExample.costs, other: [{ name: "x", amount: Infinity }] } }, "notNumber", "costs.other[0].amount"],
    ["negative hires", { ...workedExample, costs: { ...workedExample.costs, training: { hires: -1, days: 7, dailyAllowance: 30 } } }, "outOfRange", "costs.training.hires"],
    ["tax rate 6 instead of 0.06", { ...workedExample, taxRate: 6 }, "outOfRange", "taxRate"],
  ];
  it.each(bdCases)("%s", (_name, scenario, code, arg) => {
    expect(computeBreakdown(scenario)).toEqual({ ok: false, error: expect.objectContaining({ code, arg }) });
  });
});

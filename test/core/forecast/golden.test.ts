/**
 * Golden: a bid worked by hand — 2 months, a one-hour day of four 15-minute intervals (09:00–10:00;
 * the other 92 intervals of the day have no calls) — every monthly figure written with its arithmetic.
 *
 *   30 operating days; shares 0.2, 0.3, 0.3, 0.2 of the day's calls.
 *   Month 1: 3 000 calls → 100 a day → 20, 30, 30, 20 calls per interval.
 *   Month 2: 4 500 calls → 150 a day → 30, 45, 45, 30 calls per interval.
 *   AHT 180 s, 80 % within 20 s, no occupancy cap, no patience (Erlang C: CC.AGENTS's rule).
 *   Shrinkage 20 % and 25 %: s = 1 − 0.8 × 0.75 = 0.4; 40 paid hours per FTE-month → 24 available.
 *   Wage 5 000 + 30 % on-costs = 6 500 a head; attrition 10 %; 500 per hire; 5 days × 40 training;
 *   a manager per 4 agents at 8 000; 300 + 100 per peak seat; setup 1 000 over 2 months; tax 6 %.
 */
import { computeForecast, costScenario, D, forecastFromAgents, priceScenario, requiredAgents, serviceLevel, type BidScenario, type Dec } from "../../../src/core";
import { escalationOfMonth } from "../../../src/core/forecast/costs";
import { value } from "../../helpers/result";

const HOUR_FROM_9 = 36; // 09:00 is the 37th quarter hour of the day

function shares(): number[] {
  const day = new Array<number>(96).fill(0);
  [0.2, 0.3, 0.3, 0.2].forEach((s, i) => (day[HOUR_FROM_9 + i] = s));
  return day;
}

const HAND_BID: BidScenario = {
  version: 2,
  name: "golden bid",
  currency: "CNY",
  forecast: {
    months: 2,
    callsPerMonth: [3000, 4500],
    ahtSeconds: 180,
    operatingDaysPerMonth: 30,
    intervalMinutes: 15,
    intradayShares: shares(),
    serviceLevel: { target: 0.8, seconds: 20 },
    maxOccupancy: 1,
    shrinkage: [0.2, 0.25],
    paidHoursPerFteMonth: 40,
    wage: { monthly: 5000, onCostRate: 0.3, annualEscalation: 0 },
    attritionPerMonth: 0.1,
    recruitment: { feePerHire: 500 },
    training: { days: 5, dailyAllowance: 40 },
    management: { agentsPerManager: 4, monthlySalary: 8000 },
    perSeatMonth: [
      { name: "telephony", amount: 300 },
      { name: "systems", amount: 100 },
    ],
    setupCost: 1000,
  },
  taxRate: 0.06,
};

/** The day's agents with the one busy hour's four figures in place. */
function day(busy: number[]): number[] {
  const agents = new Array<number>(96).fill(0);
  busy.forEach((n, i) => (agents[HOUR_FROM_9 + i] = n));
  return agents;
}

const text = (d: Dec): string => d.toString();

describe("the agents per interval: CC.AGENTS's rule, per interval", () => {
  // Traffic A = calls × 180 ÷ 900: 20 → 4, 30 → 6, 45 → 9 Erlangs.
  it.each([
    [20, 7],
    [30, 9],
    [45, 12],
  ])("%d calls in 15 minutes need %d agents: the least N with SL(N) ≥ 80 %", (calls, agents) => {
    expect(value(requiredAgents(calls, 180, 0.8, 20, 900)).agents).toBe(agents);
    expect(value(serviceLevel(agents, calls, 180, 20, 900))).toBeGreaterThanOrEqual(0.8);
    expect(value(serviceLevel(agents - 1, calls, 180, 20, 900))).toBeLessThan(0.8);
  });

  it("the bid sizes every interval of both months so (0 agents where there are no calls)", () => {
    expect(value(computeForecast(HAND_BID)).agents).toEqual([day([7, 9, 9, 7]), day([9, 12, 12, 9])]);
  });
});

describe("the monthly table, by hand", () => {
  const r = value(computeForecast(HAND_BID));
  const [m1, m2] = r.months;
  if (m1 === undefined || m2 === undefined) throw new Error("two months expected");

  it("month 1", () => {
    expect(m1.month).toBe(1);
    expect(text(m1.calls)).toBe("3000");
    expect(text(m1.peakAgents)).toBe("9"); // max(7, 9, 9, 7)
    expect(text(m1.agentHours)).toBe("240"); // (7 + 9 + 9 + 7) × 15 ÷ 60 × 30 = 32 × 7.5
    expect(text(m1.fte)).toBe("10"); // 240 ÷ (40 × (1 − 0.4)) = 240 ÷ 24
    expect(text(m1.headcount)).toBe("10"); // ⌈10⌉
    expect(text(m1.hires)).toBe("10"); // month 1 hires everyone
    expect(text(m1.managers)).toBe("3"); // ⌈10 ÷ 4⌉
    expect(text(m1.labour)).toBe("65000"); // 10 × 5 000 × 1.3 × 1
    expect(text(m1.recruitment)).toBe("5000"); // 10 × 500
    expect(text(m1.training)).toBe("2000"); // 10 × 5 × 40
    expect(text(m1.management)).toBe("24000"); // 3 × 8 000 × 1
    expect(text(m1.seatCosts)).toBe("3600"); // 9 × (300 + 100)
    expect(text(m1.setup)).toBe("500"); // 1 000 ÷ 2
    expect(text(m1.total)).toBe("100100"); // 65 000 + 5 000 + 2 000 + 24 000 + 3 600 + 500
  });

  it("month 2", () => {
    expect(m2.month).toBe(2);
    expect(text(m2.calls)).toBe("4500");
    expect(text(m2.peakAgents)).toBe("12"); // max(9, 12, 12, 9)
    expect(text(m2.agentHours)).toBe("315"); // (9 + 12 + 12 + 9) × 7.5 = 42 × 7.5
    expect(text(m2.fte)).toBe("13.125"); // 315 ÷ 24
    expect(text(m2.headcount)).toBe("14"); // ⌈13.125⌉
    expect(text(m2.hires)).toBe("5"); // max(0, 14 − 10 × (1 − 0.1)) = 14 − 9
    expect(text(m2.managers)).toBe("4"); // ⌈14 ÷ 4⌉ = ⌈3.5⌉
    expect(text(m2.labour)).toBe("91000"); // 14 × 6 500
    expect(text(m2.recruitment)).toBe("2500"); // 5 × 500
    expect(text(m2.training)).toBe("1000"); // 5 × 5 × 40
    expect(text(m2.management)).toBe("32000"); // 4 × 8 000
    expect(text(m2.seatCosts)).toBe("4800"); // 12 × 400
    expect(text(m2.setup)).toBe("500");
    expect(text(m2.total)).toBe("131800"); // 91 000 + 2 500 + 1 000 + 32 000 + 4 800 + 500
  });

  it("the breakdown: the same 16 lines, summed from the months", () => {
    const v = r.breakdown.values;
    expect(r.breakdown.lines.map((l) => l.key)).toEqual(Object.keys(v));
    expect(text(v.normalizedAnswers)).toBe("7500"); // 3 000 + 4 500 (the standard call is the AHT)
    expect(text(v.talkMinutes)).toBe("22500"); // 7 500 × 180 ÷ 60
    expect(text(v.paidMinutes)).toBe("57600"); // (10 + 14) × 40 × 60
    expect(text(v.utilization)).toBe("0.390625"); // 22 500 ÷ 57 600
    expect(text(v.laborCost)).toBe("156000"); // 65 000 + 91 000
    expect(text(v.recruitmentCost)).toBe("7500"); // 5 000 + 2 500
    expect(text(v.trainingCost)).toBe("3000"); // 2 000 + 1 000
    expect(text(v.managementCost)).toBe("56000"); // 24 000 + 32 000
    expect(text(v.otherCost)).toBe("9400"); // 3 600 + 500 + 4 800 + 500
    expect(text(v.totalCost)).toBe("231900"); // 100 100 + 131 800
    expect(text(v.tax)).toBe("13914"); // 231 900 × 0.06
    expect(text(v.totalCostWithTax)).toBe("245814"); // 231 900 × 1.06
    expect(text(v.costPerAnswer)).toBe("30.92"); // 231 900 ÷ 7 500
    expect(v.costPerMinute.eq(new D(231900).div(22500))).toBe(true); // 10.30666…
    expect(text(v.costPerAnswerWithTax)).toBe("32.7752"); // 245 814 ÷ 7 500
    expect(v.costPerMinuteWithTax.eq(new D(245814).div(22500))).toBe(true); // 10.925066…
  });

  it("the same table from the agents alone (the model is a function of the per-interval agents)", () => {
    expect(value(forecastFromAgents(HAND_BID, [day([7, 9, 9, 7]), day([9, 12, 12, 9])]))).toEqual(r);
  });
});

describe("escalation and the rate card's defaults for a bid", () => {
  it("eₖ = (1 + e)^⌊(k − 1) ÷ 12⌋", () => {
    expect(text(escalationOfMonth(new D(0.05), 1))).toBe("1");
    expect(text(escalationOfMonth(new D(0.05), 12))).toBe("1");
    expect(text(escalationOfMonth(new D(0.05), 13))).toBe("1.05");
    expect(text(escalationOfMonth(new D(0.05), 25))).toBe("1.1025");
  });

  it("billed seats ⌈Σ headcount ÷ M⌉, the forecast's months, 8 hours a day, Σ calls", () => {
    const priced: BidScenario = { ...HAND_BID, pricing: { margin: 0.2, method: "margin", billingDaysPerMonth: 22, minSeats: 1, minMonths: 1, volumeRatios: [1] } };
    const p = value(priceScenario(priced, value(costScenario(priced))));
    if (p === undefined) throw new Error("priced");
    const units = Object.fromEntries(p.models.map((m) => [m.key, text(m.units)]));
    expect(units).toMatchObject({
      seatMonth: "24", // ⌈(10 + 14) ÷ 2⌉ = 12 seats × 2 months
      personDay: "528", // 24 × 22
      hour: "4224", // 528 × 8
      talkMinute: "22500",
      answeredCall: "7500", // 3 000 + 4 500
      standardCall: "7500",
    });
    expect(text(p.price)).toBe("289875"); // 231 900 ÷ (1 − 0.2)
    expect(text(p.models.find((m) => m.key === "seatMonth")?.rate ?? new D(0))).toBe("12078.125"); // 289 875 ÷ 24
  });
});

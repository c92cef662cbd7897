/**
 * Properties of a bid over generated forecasts (fast-check): headcount ≥ FTE; hires ≥ 0;
 * Σ totalₖ = totalCost exactly; with no pay rise and no attrition, labourₖ = headcountₖ × wage ×
 * (1 + on-costs) and hires come only in month 1 and where headcount grows; a bad input is one
 * error naming its field in zh and en, and nothing is computed.
 */
import fc from "fast-check";
import { computeForecast, D, ONE, validateAnyScenario, type BidScenario, type ForecastResult } from "../../../src/core";
import { value } from "../../helpers/result";

const RUNS = 120;

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const thousandths = (max: number) => fc.integer({ min: 0, max: Math.round(max * 1000) }).map((n) => n / 1000);

/** An intraday profile: whole weights over the day's intervals, as shares (at least one interval busy). */
const profileArb = fc.constantFrom(15, 30, 60).chain((minutes) =>
  fc
    .array(fc.integer({ min: 0, max: 20 }), { minLength: (24 * 60) / minutes, maxLength: (24 * 60) / minutes })
    .filter((w) => w.some((x) => x > 0))
    .map((w) => {
      const total = w.reduce((a, b) => a + b, 0);
      return { intervalMinutes: minutes, intradayShares: w.map((x) => x / total) };
    }),
);

const bidArb = (options: { steady?: boolean } = {}) =>
  fc
    .record({
      profile: profileArb,
      calls: fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 30 }).filter((c) => c.some((x) => x > 0)),
      ahtSeconds: fc.integer({ min: 30, max: 600 }),
      operatingDaysPerMonth: fc.integer({ min: 1, max: 31 }),
      target: thousandths(0.95),
      seconds: fc.integer({ min: 0, max: 60 }),
      maxOccupancy: fc.integer({ min: 50, max: 100 }).map((x) => x / 100),
      patienceSeconds: fc.option(fc.integer({ min: 30, max: 300 }), { nil: undefined }),
      shrinkage: fc.array(thousandths(0.3), { maxLength: 3 }),
      paidHoursPerFteMonth: fc.integer({ min: 100, max: 200 }),
      wage: cents(20_000),
      onCostRate: thousandths(0.6),
      annualEscalation: options.steady === true ? fc.constant(0) : thousandths(0.1),
      attritionPerMonth: options.steady === true ? fc.constant(0) : thousandths(0.2),
      feePerHire: cents(2_000),
      days: fc.integer({ min: 0, max: 20 }),
      dailyAllowance: cents(100),
      agentsPerManager: fc.integer({ min: 1, max: 30 }),
      monthlySalary: cents(20_000),
      perSeat: fc.array(cents(1_000), { maxLength: 3 }),
      setupCost: cents(500_000),
      taxRate: thousandths(0.2),
    })
    .map(
      (g): BidScenario => ({
        version: 2,
        name: "generated bid",
        currency: "CNY",
        forecast: {
          months: g.calls.length,
          callsPerMonth: g.calls,
          ahtSeconds: g.ahtSeconds,
          operatingDaysPerMonth: g.operatingDaysPerMonth,
          ...g.profile,
          serviceLevel: { target: g.target, seconds: g.seconds },
          maxOccupancy: g.maxOccupancy,
          ...(g.patienceSeconds === undefined ? {} : { patienceSeconds: g.patienceSeconds }),
          shrinkage: g.shrinkage,
          paidHoursPerFteMonth: g.paidHoursPerFteMonth,
          wage: { monthly: g.wage, onCostRate: g.onCostRate, annualEscalation: g.annualEscalation },
          attritionPerMonth: g.attritionPerMonth,
          recruitment: { feePerHire: g.feePerHire },
          training: { days: g.days, dailyAllowance: g.dailyAllowance },
          management: { agentsPerManager: g.agentsPerManager, monthlySalary: g.monthlySalary },
          perSeatMonth: g.perSeat.map((amount, i) => ({ name: `seat cost ${i + 1}`, amount })),
          setupCost: g.setupCost,
        },
        taxRate: g.taxRate,
      }),
    );

function forecastOf(bid: BidScenario): ForecastResult {
  // Generated bids are valid files: the reader of either kind agrees.
  expect(validateAnyScenario(bid).ok).toBe(true);
  return value(computeForecast(bid));
}

describe("every generated bid", () => {
  it("headcount ≥ FTE, hires ≥ 0, and every month is a whole number of people", () => {
    fc.assert(
      fc.property(bidArb(), (bid) => {
        for (const m of forecastOf(bid).months) {
          expect(m.headcount.gte(m.fte)).toBe(true);
          expect(m.headcount.minus(m.fte).lt(1)).toBe(true);
          expect(m.hires.gte(0)).toBe(true);
          expect(m.headcount.isInteger() && m.managers.isInteger() && m.peakAgents.isInteger()).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("Σ totalₖ = totalCost exactly, and each cost line is its months' sum", () => {
    fc.assert(
      fc.property(bidArb(), (bid) => {
        const r = forecastOf(bid);
        const v = r.breakdown.values;
        const sum = (pick: (m: (typeof r.months)[number]) => InstanceType<typeof D>) => r.months.reduce((acc, m) => acc.plus(pick(m)), new D(0));
        expect(sum((m) => m.total).eq(v.totalCost)).toBe(true);
        expect(sum((m) => m.labour).eq(v.laborCost)).toBe(true);
        expect(sum((m) => m.recruitment).eq(v.recruitmentCost)).toBe(true);
        expect(sum((m) => m.training).eq(v.trainingCost)).toBe(true);
        expect(sum((m) => m.management).eq(v.managementCost)).toBe(true);
        expect(sum((m) => m.seatCosts.plus(m.setup)).eq(v.otherCost)).toBe(true);
        // The five lines add up to the total (to the last of 40 digits: setup ÷ M need not terminate).
        const five = v.laborCost.plus(v.recruitmentCost).plus(v.trainingCost).plus(v.managementCost).plus(v.otherCost);
        expect(five.minus(v.totalCost).abs().lte(v.totalCost.times("1e-30"))).toBe(true);
        expect(v.normalizedAnswers.eq(bid.forecast.callsPerMonth.reduce((a, b) => a + b, 0))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("with no pay rise and no attrition: labourₖ = headcountₖ × wage × (1 + on-costs); hires only in month 1 and where headcount grows", () => {
    fc.assert(
      fc.property(bidArb({ steady: true }), (bid) => {
        const { wage } = bid.forecast;
        const perHead = new D(wage.monthly).times(ONE.plus(wage.onCostRate));
        const months = forecastOf(bid).months;
        months.forEach((m, i) => {
          expect(m.labour.eq(m.headcount.times(perHead))).toBe(true);
          const before = months[i - 1]?.headcount;
          const grown = before === undefined ? m.headcount : D.max(0, m.headcount.minus(before));
          expect([m.month, m.hires.toString()]).toEqual([m.month, grown.toString()]);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

/** One corruption of a valid bid and the field its error must name. */
interface Corruption {
  readonly field: string;
  readonly spoil: (f: BidScenario["forecast"]) => BidScenario["forecast"];
}

const CORRUPTIONS: readonly Corruption[] = [
  {
    field: "forecast.intradayShares",
    spoil: (f) => {
      const biggest = f.intradayShares.indexOf(Math.max(...f.intradayShares));
      return { ...f, intradayShares: f.intradayShares.map((s, i) => (i === biggest ? s * 0.5 : s)) };
    },
  },
  { field: "forecast.intradayShares", spoil: (f) => ({ ...f, intradayShares: f.intradayShares.slice(1) }) },
  { field: "forecast.callsPerMonth", spoil: (f) => ({ ...f, callsPerMonth: [...f.callsPerMonth, 100] }) },
  { field: "forecast.maxOccupancy", spoil: (f) => ({ ...f, maxOccupancy: 0 }) },
  { field: "forecast.maxOccupancy", spoil: (f) => ({ ...f, maxOccupancy: 1.5 }) },
  { field: "forecast.intervalMinutes", spoil: (f) => ({ ...f, intervalMinutes: 45 }) },
  { field: "forecast.months", spoil: (f) => ({ ...f, months: f.months + 0.5 }) },
  { field: "forecast.shrinkage[0]", spoil: (f) => ({ ...f, shrinkage: [1] }) },
  { field: "forecast.attritionPerMonth", spoil: (f) => ({ ...f, attritionPerMonth: 1.1 }) },
  { field: "forecast.serviceLevel.target", spoil: (f) => ({ ...f, serviceLevel: { ...f.serviceLevel, target: 1 } }) },
];

const CHINESE = /[\u4e00-\u9fff]/;

describe("bad input", () => {
  it("is one error naming the field, in zh and en, from the file reader and from the core; nothing is computed", () => {
    fc.assert(
      fc.property(bidArb(), fc.constantFrom(...CORRUPTIONS), (bid, c) => {
        const bad: BidScenario = { ...bid, forecast: c.spoil(bid.forecast) };
        const read = validateAnyScenario(bad);
        expect(read.ok ? [] : read.issues.map((i) => i.path)).toEqual([c.field]);
        const computed = computeForecast(bad);
        expect(computed.ok).toBe(false);
        if (computed.ok) return;
        expect(computed.error.arg).toBe(c.field);
        expect(computed.error.message.en).toMatch(/[a-z]/);
        expect(computed.error.message.zh).toMatch(CHINESE);
        expect(computed).not.toHaveProperty("value");
      }),
      { numRuns: RUNS },
    );
  });

  it("actuals beside a forecast: refused by the reader naming the clash in both languages", () => {
    fc.assert(
      fc.property(bidArb(), fc.subarray(["traffic", "staffing", "costs"], { minLength: 1 }), (bid, keys) => {
        const both = { ...bid, ...Object.fromEntries(keys.map((k) => [k, {}])) };
        const r = validateAnyScenario(both);
        expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en.includes(keys.join(", ")), CHINESE.test(i.message.zh)])).toEqual([["forecast", true, true]]);
      }),
      { numRuns: 50 },
    );
  });
});

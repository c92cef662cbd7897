/**
 * Small property-generated bids for the bid sheet's tests: a few months (some past month 12, so
 * the pay rise applies), 15-, 30- or 60-minute intervals, with and without patience, shrinkage,
 * escalation, attrition, per-seat costs and setup. Validated by the reader, so every default is
 * applied as for a user's file.
 */
import fc from "fast-check";
import { isBid, validateAnyScenario, type BidScenario } from "../../src/core/scenario";

const money = fc.integer({ min: 0, max: 2_000_000 }).map((c) => c / 100);
const rate = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: Math.round(max * 1000) }).map((n) => n / 1000);

/** Shares of the day: a few busy intervals with weights, normalised to sum to 1. */
const sharesArb = (intervals: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: Math.min(12, intervals) }).chain((weights) =>
    fc.integer({ min: 0, max: intervals - weights.length }).map((start) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return Array.from({ length: intervals }, (_, i) => {
        const w = weights[i - start];
        return w === undefined ? 0 : w / total;
      });
    }),
  );

export const bidArb: fc.Arbitrary<BidScenario> = fc
  .record({
    months: fc.constantFrom(1, 2, 3, 13, 14),
    intervalMinutes: fc.constantFrom(15, 30, 60),
    ahtSeconds: fc.integer({ min: 60, max: 600 }),
    operatingDaysPerMonth: fc.integer({ min: 20, max: 31 }),
    target: fc.constantFrom(0.7, 0.8, 0.9),
    seconds: fc.constantFrom(15, 20, 30),
    maxOccupancy: fc.constantFrom(0.8, 0.85, 1),
    patienceSeconds: fc.option(fc.integer({ min: 30, max: 300 }), { nil: undefined }),
    shrinkage: fc.array(rate(0.3), { maxLength: 3 }),
    paidHoursPerFteMonth: fc.integer({ min: 120, max: 200 }),
    wage: fc.record({ monthly: money, onCostRate: rate(0.6), annualEscalation: fc.oneof(fc.constant(0), rate(0.1)) }),
    attritionPerMonth: fc.oneof(fc.constant(0), rate(0.2)),
    feePerHire: money,
    days: fc.integer({ min: 0, max: 15 }),
    dailyAllowance: money,
    agentsPerManager: fc.integer({ min: 5, max: 25 }),
    monthlySalary: money,
    perSeatMonth: fc.array(fc.record({ name: fc.constantFrom("phone", "系统", "licence"), amount: money }), { maxLength: 3 }),
    setupCost: fc.oneof(fc.constant(0), money),
    taxRate: rate(0.13),
    callsSeed: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 14, maxLength: 14 }),
  })
  .chain((r) => sharesArb((24 * 60) / r.intervalMinutes).map((shares) => ({ r, shares })))
  .map(({ r, shares }) => {
    // At least one month with calls (a bid without calls has no unit costs).
    const calls = r.callsSeed.slice(0, r.months).map((c, i) => (i === 0 ? Math.max(c, 100) : c));
    const file = {
      version: 2,
      name: "generated bid",
      currency: "CNY",
      forecast: {
        months: r.months,
        callsPerMonth: calls,
        ahtSeconds: r.ahtSeconds,
        operatingDaysPerMonth: r.operatingDaysPerMonth,
        intervalMinutes: r.intervalMinutes,
        intradayShares: shares,
        serviceLevel: { target: r.target, seconds: r.seconds },
        maxOccupancy: r.maxOccupancy,
        ...(r.patienceSeconds === undefined ? {} : { patienceSeconds: r.patienceSeconds }),
        shrinkage: r.shrinkage,
        paidHoursPerFteMonth: r.paidHoursPerFteMonth,
        wage: r.wage,
        attritionPerMonth: r.attritionPerMonth,
        recruitment: { feePerHire: r.feePerHire },
        training: { days: r.days, dailyAllowance: r.dailyAllowance },
        management: { agentsPerManager: r.agentsPerManager, monthlySalary: r.monthlySalary },
        perSeatMonth: r.perSeatMonth,
        setupCost: r.setupCost,
      },
      taxRate: r.taxRate,
    };
    const v = validateAnyScenario(file);
    if (!v.ok || !isBid(v.scenario)) throw new Error(`generated bid refused: ${JSON.stringify(v.ok ? "not a bid" : v.issues)}`);
    return v.scenario;
  });

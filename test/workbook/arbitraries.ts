/** fast-check generators of valid scenarios the core can break down (no zero divisors). */
import fc from "fast-check";
import { computeBreakdown } from "../../src/core/breakdown";
import { scenarioSchema, type Scenario } from "../../src/core/scenario";

/** A non-negative number with at most `decimals` decimals, like a figure an analyst types. */
const amount = (max: number, decimals = 2): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);
const positive = (max: number, decimals = 2): fc.Arbitrary<number> =>
  fc.integer({ min: 1, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);

/** Names with the characters that stress sheet names, XML and formulas. */
export const hostileName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  fc.constantFrom("话务1", "工资", "<script>alert(1)</script>", "=1+1", "a[b]:c*d?e/f\\g", "'quoted'", "History", "x".repeat(60), "&amp; \"q\" <"),
);

const costLine = fc.record({ name: hostileName.map((s) => s.slice(0, 200)), amount: amount(50_000_000) });

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    name: hostileName,
    currency: fc.constantFrom("CNY", "USD", "EUR"),
    standardTalkSeconds: fc.option(positive(600), { nil: undefined }),
    streams: fc.array(
      fc.record({
        name: hostileName.map((s) => s.slice(0, 200)),
        answered: fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), amount(100_000)),
        avgTalkSeconds: positive(900),
        talkMinutes: fc.option(amount(10_000_000), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    agents: positive(3000, 1),
    hoursPerDay: positive(12, 1),
    paidDaysPerMonth: fc.constantFrom(20, 21.75, 22, 26, 30.5),
    months: fc.integer({ min: 1, max: 36 }),
    labor: fc.array(costLine, { maxLength: 8 }),
    other: fc.array(costLine, { maxLength: 4 }),
    recruitment: fc.option(fc.record({ hires: fc.integer({ min: 0, max: 2000 }), feePerHire: amount(5000) }), { nil: undefined }),
    training: fc.option(fc.record({ hires: fc.integer({ min: 0, max: 2000 }), days: fc.integer({ min: 0, max: 30 }), dailyAllowance: amount(500) }), { nil: undefined }),
    management: fc.option(fc.record({ managers: fc.integer({ min: 0, max: 100 }), monthlySalary: amount(50_000), months: fc.integer({ min: 0, max: 24 }) }), {
      nil: undefined,
    }),
    taxRate: fc.integer({ min: 0, max: 2500 }).map((n) => n / 10_000),
  })
  .map((r) =>
    scenarioSchema.parse({
      version: 2,
      name: r.name.slice(0, 200),
      currency: r.currency,
      traffic: {
        ...(r.standardTalkSeconds === undefined ? {} : { standardTalkSeconds: r.standardTalkSeconds }),
        streams: r.streams.map((s) => (s.talkMinutes === undefined ? { name: s.name, answered: s.answered, avgTalkSeconds: s.avgTalkSeconds } : s)),
      },
      staffing: { agents: r.agents, hoursPerDay: r.hoursPerDay, paidDaysPerMonth: r.paidDaysPerMonth, months: r.months },
      costs: {
        labor: r.labor,
        other: r.other,
        ...(r.recruitment ? { recruitment: r.recruitment } : {}),
        ...(r.training ? { training: r.training } : {}),
        ...(r.management ? { management: r.management } : {}),
      },
      taxRate: r.taxRate,
    }),
  )
  .filter((s) => computeBreakdown(s).ok);

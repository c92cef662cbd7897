/** fast-check generators of valid scenarios the core can break down (no zero divisors), and priced ones. */
import fc from "fast-check";
import { computeBreakdown } from "../../src/core/breakdown";
import type { Dec } from "../../src/core/decimal";
import { computePricing } from "../../src/core/pricing";
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

// ---------------------------------------------------------------- priced scenarios (the quote sheet)

const share = (steps: number, max = 1): fc.Arbitrary<number> => fc.integer({ min: 0, max: steps }).map((n) => (n * max) / steps);

/** A pricing section with every optional part sometimes present, figures as an analyst types them. */
const pricingArb = fc.record(
  {
    method: fc.constantFrom("margin", "markup"),
    margin: fc.integer({ min: 0, max: 60 }).map((n) => n / 100),
    billingDaysPerMonth: fc.constantFrom(20, 21.75, 22, 26),
    seats: positive(3000, 1),
    minSeats: fc.integer({ min: 0, max: 10 }),
    minMonths: fc.integer({ min: 0, max: 6 }),
    outcomes: fc.integer({ min: 1, max: 5_000_000 }),
    outcomeName: hostileName.map((s) => s.slice(0, 50)),
    package: fc.record({ includedPerMonth: fc.integer({ min: 0, max: 20_000_000 }) }),
    baseShare: share(20),
    terms: fc.record(
      { minCommitShare: share(20), penaltyCapRate: share(10, 0.1), holdbackRate: share(10, 0.2), prepayMonths: fc.integer({ min: 0, max: 3 }), validityDays: fc.integer({ min: 1, max: 90 }) },
      { requiredKeys: [] },
    ),
    volumeRatios: fc.array(fc.integer({ min: 1, max: 60 }).map((n) => n / 20), { minLength: 1, maxLength: 9 }),
  },
  { requiredKeys: ["method", "margin"] },
);

/**
 * Whether the sheet's doubles and the core's decimals can disagree on a "none": a break-even
 * condition that holds with equality in exact arithmetic (a margin of 20 % under an 80 % commitment)
 * may tip either way in doubles. Such ties are left out; everything else must match.
 */
function clearOfTies(s: Scenario): boolean {
  const b = computeBreakdown(s);
  if (!b.ok) return false;
  const p = computePricing(s, b.value);
  if (!p.ok || p.value === undefined) return false;
  const { price: P, inputs: x } = p.value;
  const near = (a: Dec, c: Dec): boolean => a.minus(c).abs().lte(c.abs().times(1e-9));
  const V = x.answered.div(x.months);
  const Q = x.includedPerMonth;
  return !(near(x.cost.div(P), x.minCommitShare) || (Q !== undefined && near(P.times(Q.lt(V) ? Q : V).div(V), x.cost)) || (x.baseShare !== undefined && near(x.baseShare.times(P), x.cost)));
}

/** Valid scenarios with a pricing section the core prices (the quote sheet's LibreOffice test). */
export const pricedScenarioArb: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioArb, pricingArb)
  .map(([s, pricing]) => {
    const { outcomes, baseShare, ...rest } = pricing;
    // The schema refuses a base share without outcomes: keep the pair together.
    const withOutcomes = outcomes === undefined ? rest : { ...rest, outcomes, ...(baseShare === undefined ? {} : { baseShare }) };
    return scenarioSchema.parse({ ...s, pricing: withOutcomes });
  })
  .filter(clearOfTies);

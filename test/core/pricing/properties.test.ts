/**
 * Properties of the rate card over generated priced scenarios (fast-check): at the forecast
 * volume every model earns P (so the margin is the target); a minimum commitment never lowers
 * revenue and holds it flat below the commitment; margin never falls as volume rises; the worst
 * case never beats the plain one; rate × U gives P back; nothing is NaN or infinite; revenue at
 * the break-even ratio is the cost.
 */
import fc from "fast-check";
import { computeBreakdown } from "../../../src/core/breakdown";
import { D, type Dec } from "../../../src/core/decimal";
import { computePricing, MODELS, revenueAt, UNIT_MODELS, type Pricing, type UnitModel } from "../../../src/core/pricing";
import { scenarioSchema, type Scenario } from "../../../src/core/scenario";
import { value } from "../../helpers/result";

const RUNS = 150;

const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => c / 100);
const share = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((n) => n / 1000);

const pricingArb = fc
  .record({
    markup: fc.boolean(),
    margin: share(0.9),
    billingDaysPerMonth: fc.integer({ min: 1, max: 31 }),
    seats: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    minSeats: fc.integer({ min: 0, max: 10 }),
    minMonths: fc.integer({ min: 0, max: 6 }),
    outcomes: fc.option(cents(1e9), { nil: undefined }),
    includedPerMonth: fc.option(fc.integer({ min: 0, max: 2e6 }), { nil: undefined }),
    baseShare: fc.option(share(1), { nil: undefined }),
    minCommitShare: share(1),
    penaltyCapRate: share(0.5),
    holdbackRate: share(0.45),
    prepayMonths: fc.integer({ min: 0, max: 3 }),
    // Volume ratios in (0, 3], with 1 among them, in ascending order.
    ratios: fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 7 }).map((xs) => [...new Set([...xs, 100])].sort((a, b) => a - b).map((x) => x / 100)),
  })
  .map((g) => ({
    margin: g.markup ? g.margin * 3 : g.margin,
    method: g.markup ? ("markup" as const) : ("margin" as const),
    billingDaysPerMonth: g.billingDaysPerMonth,
    ...(g.seats === undefined ? {} : { seats: g.seats }),
    minSeats: g.minSeats,
    minMonths: g.minMonths,
    ...(g.outcomes === undefined ? {} : { outcomes: g.outcomes }),
    ...(g.includedPerMonth === undefined ? {} : { package: { includedPerMonth: g.includedPerMonth } }),
    ...(g.baseShare === undefined || g.outcomes === undefined ? {} : { baseShare: g.baseShare }),
    terms: { minCommitShare: g.minCommitShare, penaltyCapRate: g.penaltyCapRate, holdbackRate: g.holdbackRate, prepayMonths: g.prepayMonths, validityDays: 30 },
    volumeRatios: g.ratios,
  }));

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    streams: fc.array(fc.record({ answered: fc.integer({ min: 1, max: 1e7 }), avg: fc.integer({ min: 1, max: 600 }) }), { minLength: 1, maxLength: 3 }),
    agents: fc.integer({ min: 1, max: 3000 }),
    hoursPerDay: fc.integer({ min: 1, max: 12 }),
    months: fc.integer({ min: 1, max: 24 }),
    labor: cents(1e11),
    taxRate: share(0.2),
    pricing: pricingArb,
  })
  .map((g) =>
    scenarioSchema.parse({
      version: 2,
      name: "generated",
      traffic: { streams: g.streams.map((s, i) => ({ name: `l${i}`, answered: s.answered, avgTalkSeconds: s.avg })) },
      staffing: { agents: g.agents, hoursPerDay: g.hoursPerDay, paidDaysPerMonth: 21.75, months: g.months },
      costs: { labor: [{ name: "all", amount: g.labor }] },
      taxRate: g.taxRate,
      pricing: g.pricing,
    }),
  );

function pricingOf(s: Scenario): Pricing {
  const p = value(computePricing(s, value(computeBreakdown(s))));
  if (!p) throw new Error("priced scenarios only");
  return p;
}

const atOne = (p: Pricing): number => p.volumeRatios.findIndex((v) => v.eq(1));
const close = (a: Dec | undefined, b: Dec, relative = "1e-30"): boolean => a !== undefined && a.minus(b).abs().lte(b.abs().times(relative).plus("1e-60"));

describe("the rate card's properties", () => {
  it("at v = 1 every model's revenue is exactly P, and its margin the target", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = pricingOf(s);
        const m = new D(s.pricing?.margin ?? 0);
        const target = s.pricing?.method === "markup" ? m.div(m.plus(1)) : m;
        for (const model of p.models) {
          expect([model.key, model.revenue[atOne(p)]?.toString()]).toEqual([model.key, p.price.toString()]);
          expect([model.key, close(model.margin[atOne(p)], target)]).toEqual([model.key, true]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a minimum commitment never lowers revenue, and holds it flat below the commitment", () => {
    fc.assert(
      fc.property(scenarioArb, share(1), (s, commit) => {
        const pricing = s.pricing as NonNullable<Scenario["pricing"]>;
        const without = pricingOf({ ...s, pricing: { ...pricing, terms: { ...pricing.terms, minCommitShare: 0 } as typeof pricing.terms } });
        const withIt = pricingOf({ ...s, pricing: { ...pricing, terms: { ...pricing.terms, minCommitShare: commit } as typeof pricing.terms } });
        const floor = withIt.price.times(commit);
        withIt.models.forEach((model, k) => {
          model.revenue.forEach((r, i) => {
            expect([model.key, i, r.gte(without.models[k]?.revenue[i] as Dec)]).toEqual([model.key, i, true]);
            const v = withIt.volumeRatios[i] as Dec;
            if (MODELS[model.key].billing === "volume" && v.lte(commit)) expect([model.key, r.toString()]).toEqual([model.key, floor.toString()]);
          });
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("margin(v) never falls as v rises; the worst case never beats it; nothing is NaN or infinite", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = pricingOf(s);
        for (const model of p.models) {
          for (let i = 1; i < model.margin.length; i++) expect([model.key, i, (model.margin[i] as Dec).gte(model.margin[i - 1] as Dec)]).toEqual([model.key, i, true]);
          model.margin.forEach((m, i) => expect([model.key, i, (model.worstMargin[i] as Dec).lte(m)]).toEqual([model.key, i, true]));
          const all = [model.rate, model.rateWithTax, model.units, ...model.revenue, ...model.margin, ...model.worstMargin, ...(model.breakEvenVolumeRatio ? [model.breakEvenVolumeRatio] : [])];
          expect(all.every((d) => d.isFinite())).toBe(true);
        }
        expect([p.price, p.priceWithTax, p.minimumFee, p.prepayment].every((d) => d.isFinite())).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("rate × U = P for every model with a rate per unit (to Decimal's precision: one 40-digit quotient)", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = pricingOf(s);
        const perUnit = p.models.filter((m): m is typeof m & { key: UnitModel } => (UNIT_MODELS as readonly string[]).includes(m.key));
        expect(perUnit.length).toBeGreaterThanOrEqual(6);
        for (const m of perUnit) expect([m.key, close(m.rate.times(m.units), p.price, "1e-38")]).toEqual([m.key, true]);
      }),
      { numRuns: RUNS },
    );
  });

  it("revenue at the break-even ratio is the cost (null only when revenue covers it everywhere)", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = pricingOf(s);
        for (const model of p.models) {
          const v = model.breakEvenVolumeRatio;
          if (v === null) {
            // Covered at every volume: even a vanishing volume earns the cost.
            expect([model.key, revenueAt(model.key, new D("1e-12"), p.price, p.inputs).gte(p.inputs.cost.times(1 - 1e-9))]).toEqual([model.key, true]);
          } else {
            expect([model.key, close(revenueAt(model.key, v, p.price, p.inputs), p.inputs.cost, "1e-25")]).toEqual([model.key, true]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

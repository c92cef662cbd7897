/**
 * The rate card against the seeds (domain.md §2, §3, §5, §7), every figure worked by hand in
 * the tables below: the day-rate seat (220 × 22 + 600 = 5 440 per seat-month, the two-seat
 * one-month minimum = 10 880), deductions of 20 per violation capped at 5 % of the fee, the
 * 0.85-per-valid-call contract, and seed 000's outbound case priced per lead.
 */
import { D, type Dec } from "../../../src/core/decimal";
import { computeBreakdown } from "../../../src/core/breakdown";
import { cappedPenalty, costPerLead } from "../../../src/core/outcome";
import { formatNumber } from "../../../src/core/formats/number";
import { computePricing, MODELS, minCommitFee, packageFee, ratePerUnit, type ModelKey, type PricedModel, type Pricing } from "../../../src/core/pricing";
import { parseScenario, validateScenario, type Scenario } from "../../../src/core/scenario";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { value } from "../../helpers/result";

type Json = Record<string, unknown>;

function scenario(json: Json): Scenario {
  const v = validateScenario(json);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

function priced(s: Scenario): Pricing {
  const p = value(computePricing(s, value(computeBreakdown(s))));
  if (!p) throw new Error("no pricing");
  return p;
}

function model(p: Pricing, key: ModelKey): PricedModel {
  const m = p.models.find((x) => x.key === key);
  if (!m) throw new Error(`no ${key} model`);
  return m;
}

/** Exact equality of a decimal with a hand-worked one (given as digits or as a quotient). */
const same = (d: Dec | null | undefined, want: Dec | string): void => expect(d?.toString()).toBe(new D(want).toString());

/**
 * Seed 000/001's seat: two agents for one month at 220 a working day over 22 days, phone 600 per
 * agent-month, so the cost base is 2 × (220 × 22 + 600) = 10 880; priced at cost (margin 0).
 * Traffic: 6 400 calls of 120 s, one line (its average is the standard talk time).
 */
const SEAT: Json = {
  version: 2,
  name: "seed seat",
  traffic: { streams: [{ name: "in", answered: 6400, avgTalkSeconds: 120 }] },
  staffing: { agents: 2, hoursPerDay: 8, paidDaysPerMonth: 21.75, months: 1 },
  costs: { labor: [{ name: "220 × 22 × 2", amount: 9680 }], other: [{ name: "phone 600 × 2", amount: 1200 }] },
  pricing: { minSeats: 2, minMonths: 1, terms: { penaltyCapRate: 0.05 } },
};

describe("the seeds' seat at cost: 220 × 22 + 600 = 5 440 per seat-month", () => {
  const p = priced(scenario(SEAT));
  // [model, forecast units U as worked, U, rate = P ÷ U as worked, the exact rate, shown]
  const rates: [ModelKey, string, string, string, Dec, string][] = [
    ["seatMonth", "2 seats × 1 month", "2", "10 880 ÷ 2", new D(5440), "5,440.00"],
    ["personDay", "2 × 1 × 22 billed days", "44", "10 880 ÷ 44 = 5 440 ÷ 22", new D(10880).div(44), "247.27"],
    ["hour", "44 person-days × 8 h", "352", "10 880 ÷ 352", new D(10880).div(352), "30.91"],
    ["talkMinute", "6 400 × 120 s ÷ 60", "12800", "10 880 ÷ 12 800", new D("0.85"), "0.8500"],
    ["answeredCall", "Σ answered", "6400", "10 880 ÷ 6 400", new D("1.7"), "1.7000"],
    ["standardCall", "6 400 × 120 ÷ 120", "6400", "10 880 ÷ 6 400", new D("1.7"), "1.7000"],
  ];
  it.each(rates)("%s: U = %s = %s; rate = %s", (key, _u, units, _r, rate, shown) => {
    const m = model(p, key);
    same(m.units, units);
    same(m.rate, rate);
    // No tax in this scenario: the rate with tax is the rate.
    same(m.rateWithTax, rate);
    // As every surface shows it: the rate card's unit decides the decimals.
    expect(formatNumber(m.rate, MODELS[key].unit, "en")).toBe(shown);
  });

  it("lists exactly those models (no outcomes, no package, no base share)", () => {
    expect(p.models.map((m) => m.key)).toEqual(rates.map((r) => r[0]));
  });

  it("price 10 880; the two-seat, one-month minimum = 5 440 × 2 × 1 = 10 880; nothing prepaid", () => {
    same(p.price, "10880");
    same(p.priceWithTax, "10880");
    same(p.minimumFee, "10880");
    same(p.prepayment, "0");
  });

  it("20 per violation capped at 5 % of the fee: the worst case keeps 10 880 × 0.95 = 10 336", () => {
    // 30 violations × 20 = 600 is over the cap 10 880 × 5 % = 544: the cap is what the worst case takes.
    same(value(cappedPenalty(new D(30), new D(20), p.price, new D("0.05"))), "544");
    const seat = model(p, "seatMonth");
    const at1 = p.volumeRatios.findIndex((v) => v.eq(1));
    same(seat.revenue[at1], "10880");
    same(seat.margin[at1], "0");
    // 1 − 10 880 ÷ 10 336 = −544 ÷ 10 336 = −5.26 %
    same(seat.worstMargin[at1], new D(1).minus(new D(10880).div(10336)));
    expect(seat.worstMargin[at1]?.toFixed(4)).toBe("-0.0526");
  });
});

/**
 * The 10086 contract's 0.85 per valid call (seed 003): 100 000 valid calls in the month, a cost
 * of 72 250 and a 15 % margin make P = 72 250 ÷ 0.85 = 85 000, i.e. 0.85 a call.
 */
const CALLS: Json = {
  version: 2,
  name: "0.85 per valid call",
  traffic: { streams: [{ name: "10086", answered: 100000, avgTalkSeconds: 60 }] },
  staffing: { agents: 10, hoursPerDay: 8, paidDaysPerMonth: 21.75, months: 1 },
  costs: { labor: [{ name: "all", amount: 72250 }] },
  pricing: { margin: 0.15, outcomes: 100000, baseShare: 0.4, package: { includedPerMonth: 90000 }, volumeRatios: [0.8, 1, 1.2] },
};

describe("the 0.85-per-valid-call contract's revenue", () => {
  const p = priced(scenario(CALLS));
  const calls = model(p, "answeredCall");

  it("P = 72 250 ÷ (1 − 15 %) = 85 000, so 85 000 ÷ 100 000 = 0.85 a call (CC.RATE the same)", () => {
    same(p.price, "85000");
    same(calls.rate, "0.85");
    same(value(ratePerUnit(new D(72250), new D(100000), new D("0.15"), "margin")), "0.85");
  });

  // [volume ratio, calls, revenue as worked, revenue, margin as worked]
  const revenue: [string, string, string, string, Dec][] = [
    ["0.8", "80 000", "0.85 × 80 000", "68000", new D(68000 - 72250).div(68000)],
    ["1", "100 000", "0.85 × 100 000", "85000", new D("0.15")],
    ["1.2", "120 000", "0.85 × 120 000", "102000", new D(102000 - 72250).div(102000)],
  ];
  it.each(revenue)("at %s × the forecast (%s calls): %s = %s", (v, _calls, _worked, rev, margin) => {
    const i = p.volumeRatios.findIndex((r) => r.eq(v));
    same(calls.revenue[i], rev);
    expect(calls.margin[i]?.minus(margin).abs().lt("1e-35")).toBe(true);
  });

  it("break-even at C ÷ P = 72 250 ÷ 85 000 = 85 % of the forecast", () => {
    same(calls.breakEvenVolumeRatio, "0.85");
  });

  it("a 90 % minimum commitment bills 0.85 × 90 000 = 76 500 at 80 % (CC.MINCOMMIT the same); break-even then none", () => {
    const p2 = priced(scenario({ ...CALLS, pricing: { ...(CALLS.pricing as Json), terms: { minCommitShare: 0.9 } } }));
    const m = model(p2, "answeredCall");
    same(m.revenue[0], "76500");
    same(value(minCommitFee(new D(80000), new D(100000), new D("0.9"), new D("0.85"))), "76500");
    same(m.revenue[2], "102000");
    // C ÷ P = 0.85 is below the 0.9 commitment: revenue covers the cost at any volume.
    expect(m.breakEvenVolumeRatio).toBeNull();
  });

  it("the package: 90 000 calls included = 76 500 a month, 0.85 each over them (CC.PACKAGEFEE the same)", () => {
    const m = model(p, "package");
    same(m.units, "90000");
    same(m.rate, "76500");
    same(m.overageRate, "0.85");
    // 80 % → 80 000 calls, inside the package: 76 500; 120 % → 76 500 + 30 000 × 0.85 = 102 000.
    same(m.revenue[0], "76500");
    same(m.revenue[1], "85000");
    same(m.revenue[2], "102000");
    same(value(packageFee(new D(120000), new D(76500), new D(90000), new D("0.85"))), "102000");
    // The fee alone (76 500) covers the cost (72 250): no break-even.
    expect(m.breakEvenVolumeRatio).toBeNull();
  });

  it("base + commission: 40 % of 85 000 as a base, 0.6 × 85 000 ÷ 100 000 = 0.51 a call", () => {
    const m = model(p, "baseCommission");
    same(m.rate, "34000");
    same(m.commissionPerOutcome, "0.51");
    same(m.units, "100000");
    // 80 %: 34 000 + 0.51 × 80 000 = 74 800; break-even (72 250 − 34 000) ÷ 51 000 = 0.75.
    same(m.revenue[0], "74800");
    same(m.breakEvenVolumeRatio, "0.75");
  });
});

describe("seed 000's outbound case priced per lead (examples/outbound-leads.json)", () => {
  const text = readFileSync(join(__dirname, "../../../examples/outbound-leads.json"), "utf8");
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const p = priced(parsed.scenario);
  const leads = model(p, "outcome");

  it("leads = 298 dials × 58.76 % connected × 4.2 % × 22 days × 10 agents = 1 617.968352", () => {
    same(leads.units, new D(298).times("0.5876").times("0.042").times(22).times(10));
    same(leads.units, "1617.968352");
  });

  it("at the seed's 220 a day, the day cost per lead is CC.COSTPERLEAD(220, 298, 58.76 %, 4.2 %) = 29.91", () => {
    const dayCostPerLead = new D(48400).div(leads.units);
    same(dayCostPerLead, value(costPerLead(new D(220), new D(298), new D("0.5876"), new D("0.042"))));
    expect(dayCostPerLead.toFixed(2)).toBe("29.91");
  });

  it("the rate per lead: (48 400 + 6 000 phone) ÷ 0.85 = 64 000 for the month, ÷ 1 617.968352 leads = 39.5558", () => {
    same(p.price, "64000");
    same(leads.rate, new D(64000).div("1617.968352"));
    expect(leads.rate.toFixed(4)).toBe("39.5558");
    // With the 6 % tax: 39.5558… × 1.06 = 41.9291…
    expect(leads.rateWithTax.toFixed(4)).toBe("41.9291");
    // The seat-month: 64 000 ÷ 10 agents = 6 400; the minimum two seats for a month 12 800.
    same(model(p, "seatMonth").rate, "6400");
    same(p.minimumFee, "12800");
  });

  it("half of it as a base: 32 000 a month, commission 32 000 ÷ 1 617.968352 = 19.78 a lead; break-even at 70 %", () => {
    const m = model(p, "baseCommission");
    same(m.rate, "32000");
    expect(m.commissionPerOutcome?.toFixed(2)).toBe("19.78");
    // (54 400 − 32 000) ÷ 32 000 = 0.7
    same(m.breakEvenVolumeRatio, "0.7");
  });
});

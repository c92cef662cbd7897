/**
 * Invariants of the cost-plus core (unit costs, normalisation, adding costs, adjustments),
 * checked with fast-check on generated inputs; "exactly" as test/helpers/decimals.ts says.
 */
import fc from "fast-check";
import { computeBreakdown } from "../../src/core/breakdown";
import { costPerAnswer, costPerAnswerFromStreams, costPerMinute, sumCostLines, taxAmount, withTax } from "../../src/core/costplus";
import { D } from "../../src/core/decimal";
import { cappedPenalty, holdbackPayable, outcomeFee } from "../../src/core/outcome";
import type { Scenario } from "../../src/core/scenario";
import { normalizedAnswers, totalTalkMinutes } from "../../src/core/traffic";
import { count, dec, money, rate, reproduces } from "../helpers/decimals";
import { value } from "../helpers/result";

const streamArb = fc.record({
  answered: dec(0, 5e7),
  avgTalkSeconds: dec(1, 6000, 1),
  talkMinutes: fc.option(dec(0, 5e7, 2), { nil: undefined }),
});

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    streams: fc.array(
      fc.record({
        name: fc.constant("s"),
        answered: fc.integer({ min: 1, max: 5e7 }),
        avgTalkSeconds: fc.integer({ min: 1, max: 600 }),
        talkMinutes: fc.option(fc.integer({ min: 1, max: 5e7 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    standard: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
    agents: fc.integer({ min: 1, max: 3000 }),
    labor: fc.array(fc.record({ name: fc.constant("l"), amount: fc.integer({ min: 0, max: 1e10 }).map((c) => c / 100) }), { maxLength: 5 }),
    other: fc.array(fc.record({ name: fc.constant("o"), amount: fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100) }), { maxLength: 3 }),
    hires: fc.integer({ min: 0, max: 2000 }),
    taxRate: fc.integer({ min: 0, max: 2000 }).map((b) => b / 10000),
  })
  .map((g) => ({
    version: 2 as const,
    name: "generated",
    currency: "CNY",
    traffic: { standardTalkSeconds: g.standard, streams: g.streams },
    staffing: { agents: g.agents, hoursPerDay: 8, paidDaysPerMonth: 21.75, months: 12 },
    costs: {
      labor: g.labor,
      other: g.other,
      recruitment: { hires: g.hires, feePerHire: 400 },
      training: { hires: g.hires, days: 7, dailyAllowance: 30 },
      management: { managers: 9, monthlySalary: 4500, months: 12 },
    },
    taxRate: g.taxRate,
  }));

describe("unit costs reproduce the total", () => {
  it("cost per minute × talk minutes = total cost", () => {
    fc.assert(
      fc.property(money, dec(1, 1e9, 2), (total, minutes) => {
        return reproduces(value(costPerMinute(total, minutes)).times(minutes), total);
      }),
    );
  });
  it("cost per answer × normalised answers = total cost, on the breakdown of any scenario", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = computeBreakdown(s);
        if (!r.ok) return false;
        const v = r.value.values;
        return (
          reproduces(v.costPerAnswer.times(v.normalizedAnswers), v.totalCost) &&
          reproduces(v.costPerMinute.times(v.talkMinutes), v.totalCost) &&
          reproduces(v.costPerAnswerWithTax.times(v.normalizedAnswers), v.totalCostWithTax) &&
          reproduces(v.utilization.times(v.paidMinutes), v.talkMinutes)
        );
      }),
    );
  });
});

describe("cost per answer from the lines", () => {
  it("is total × standard ÷ Σ answered × seconds rounded once, and agrees with the two-step form", () => {
    fc.assert(
      fc.property(money, fc.array(streamArb, { minLength: 1, maxLength: 4 }), dec(1, 6000, 1), (total, streams, standard) => {
        const talkSeconds = streams.reduce((acc, s) => acc.plus(s.answered.times(s.avgTalkSeconds)), D(0));
        fc.pre(talkSeconds.gt(0));
        const fused = value(costPerAnswerFromStreams(total, streams, standard));
        const twoStep = value(costPerAnswer(total, value(normalizedAnswers(streams, standard))));
        return fused.eq(total.times(standard).div(talkSeconds)) && reproduces(twoStep, fused);
      }),
    );
  });
});

describe("normalisation preserves total talk time", () => {
  it("normalised answers × standard seconds = Σ answered × avg seconds", () => {
    fc.assert(
      fc.property(fc.array(streamArb, { minLength: 1, maxLength: 5 }), dec(1, 6000, 1), (streams, standard) => {
        const talkSeconds = streams.reduce((acc, s) => acc.plus(s.answered.times(s.avgTalkSeconds)), D(0));
        return reproduces(value(normalizedAnswers(streams, standard)).times(standard), talkSeconds);
      }),
    );
  });
  it("with the standard equal to every stream's talk time, normalised answers = answered (exactly)", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 5 }), dec(1, 6000, 1), (answered, avg) => {
        const streams = answered.map((a) => ({ answered: a, avgTalkSeconds: avg }));
        return value(normalizedAnswers(streams, avg)).eq(answered.reduce((x, y) => x.plus(y), D(0)));
      }),
    );
  });
  it("computed talk minutes × 60 = total talk seconds (exactly, when nothing is measured)", () => {
    fc.assert(
      fc.property(fc.array(streamArb, { minLength: 1, maxLength: 5 }), (streams) => {
        const computed = streams.map((s) => ({ answered: s.answered, avgTalkSeconds: s.avgTalkSeconds }));
        const talkSeconds = computed.reduce((acc, s) => acc.plus(s.answered.times(s.avgTalkSeconds)), D(0));
        return reproduces(value(totalTalkMinutes(computed)).times(60), talkSeconds);
      }),
    );
  });
});

describe("adding a cost never lowers a unit cost", () => {
  it("an extra labour or other line, with any amount ≥ 0", () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1e10 }), fc.boolean(), (s, cents, toLabor) => {
        const extra = { name: "extra", amount: cents / 100 };
        const more: Scenario = {
          ...s,
          costs: toLabor ? { ...s.costs, labor: [...s.costs.labor, extra] } : { ...s.costs, other: [...s.costs.other, extra] },
        };
        const a = computeBreakdown(s);
        const b = computeBreakdown(more);
        if (!a.ok || !b.ok) return false;
        const keys = ["totalCost", "costPerAnswer", "costPerMinute", "costPerAnswerWithTax", "costPerMinuteWithTax"] as const;
        return keys.every((k) => b.value.values[k].gte(a.value.values[k]));
      }),
    );
  });
  it("breakdown totals are sums of their lines, and total with tax = total + tax (exactly)", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = computeBreakdown(s);
        if (!r.ok) return false;
        const v = r.value.values;
        const parts = v.laborCost.plus(v.recruitmentCost).plus(v.trainingCost).plus(v.managementCost).plus(v.otherCost);
        return parts.eq(v.totalCost) && v.totalCost.plus(v.tax).eq(v.totalCostWithTax);
      }),
    );
  });
  it("summing lines is order-independent and exact", () => {
    fc.assert(
      fc.property(fc.array(money, { maxLength: 8 }), (amounts) => {
        const lines = amounts.map((amount, i) => ({ name: `l${i}`, amount }));
        const forward = value(sumCostLines(lines, "x"));
        const backward = value(sumCostLines([...lines].reverse(), "x"));
        return forward.eq(backward) && value(withTax(forward, D("0.06"))).eq(forward.plus(value(taxAmount(forward, D("0.06")))));
      }),
    );
  });
});

describe("adjustments stay within their limits", () => {
  it("a capped penalty never exceeds its cap nor the uncapped amount, and equals one of them", () => {
    fc.assert(
      fc.property(count, money, money, rate, (n, each, fee, cap) => {
        const p = value(cappedPenalty(n, each, fee, cap));
        const raw = n.times(each);
        const limit = fee.times(cap);
        return p.lte(limit) && p.lte(raw) && (p.eq(raw) || p.eq(limit));
      }),
    );
  });
  it("holdback: payable is the fee when met, never more than the fee, and the held share adds back", () => {
    fc.assert(
      fc.property(money, rate, (fee, r) => {
        const missed = value(holdbackPayable(fee, r, false));
        return value(holdbackPayable(fee, r, true)).eq(fee) && missed.lte(fee) && missed.plus(fee.times(r)).eq(fee);
      }),
    );
  });
  it("more units never lower an outcome fee", () => {
    fc.assert(
      fc.property(count, count, money, money, money, (u1, u2, price, bonus, ded) => {
        const lo = u1.lt(u2) ? u1 : u2;
        const hi = u1.lt(u2) ? u2 : u1;
        return value(outcomeFee(hi, price, bonus, ded)).gte(value(outcomeFee(lo, price, bonus, ded)));
      }),
    );
  });
});

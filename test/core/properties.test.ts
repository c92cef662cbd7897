/**
 * Invariants of the pricing core, checked with fast-check on generated inputs.
 *
 * What "exactly" means here: sums and products of the inputs (integers and short decimals) are
 * exact in a 40-significant-digit Decimal, so identities built only from them are checked with
 * `eq`. A division rounds once to 40 significant digits (relative error ≤ 5 × 10⁻⁴⁰), and the
 * multiplication that undoes it rounds once more, so "q × d = n" is checked as: the difference is
 * at most n × 10⁻³⁸, and both sides agree when rounded to 34 significant digits (decimal128's
 * precision — far beyond any currency amount).
 */
import fc from "fast-check";
import { computeBreakdown } from "../../src/core/breakdown";
import { costPerAnswer, costPerAnswerFromStreams, costPerMinute, sumCostLines, taxAmount, withTax } from "../../src/core/costplus";
import { D, type Dec } from "../../src/core/decimal";
import { kpiScore, piecewiseLinear } from "../../src/core/kpi";
import { cappedPenalty, costPerLead, holdbackPayable, outcomeFee, tierFee } from "../../src/core/outcome";
import type { Result } from "../../src/core/result";
import type { Scenario } from "../../src/core/scenario";
import { breakEvenUnits, overtimePay, priceFromCost, seatCost } from "../../src/core/seat";
import { normalizedAnswers, paidMinutes, totalTalkMinutes, utilization } from "../../src/core/traffic";
import { value } from "../helpers/result";

/** An exact decimal n ÷ 10^scale with n in [min, max]. */
const dec = (min: number, max: number, scale = 0): fc.Arbitrary<Dec> => fc.integer({ min, max }).map((n) => D(n).div(D(10).pow(scale)));
const money = dec(0, 1e11, 2); // up to 1 000 000 000.00
const count = dec(0, 1e7);
const rate = dec(0, 10000, 4); // [0, 1] in steps of 0.0001
const anyDec = fc.oneof(dec(-1e6, 1e6, 3), fc.constant(D(0)), fc.constant(D(-1)), fc.constant(D(1)));

/** q × d reproduces n "exactly" in the sense stated at the top of this file. */
function reproduces(product: Dec, n: Dec): boolean {
  const closeEnough = product.minus(n).abs().lte(n.abs().times("1e-38"));
  return closeEnough && product.toSignificantDigits(34).eq(n.toSignificantDigits(34));
}

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

describe("KPI scores stay between their end points", () => {
  it("linear score lies between baseline and target points (or is the below-baseline points)", () => {
    fc.assert(
      fc.property(anyDec, anyDec, anyDec, dec(-20, 20), dec(-20, 20), fc.option(dec(-20, 20), { nil: undefined }), (x, b, t, bp, tp, below) => {
        fc.pre(!b.eq(t));
        const s = value(kpiScore(x, b, t, bp, tp, below));
        const lo = bp.lt(tp) ? bp : tp;
        const hi = bp.lt(tp) ? tp : bp;
        return (s.gte(lo) && s.lte(hi)) || (below !== undefined && s.eq(below));
      }),
    );
  });
  it("the score at the baseline is the baseline points and at the target the target points", () => {
    fc.assert(
      fc.property(anyDec, anyDec, dec(-20, 20), dec(-20, 20), (b, t, bp, tp) => {
        fc.pre(!b.eq(t));
        return value(kpiScore(b, b, t, bp, tp)).eq(bp) && value(kpiScore(t, b, t, bp, tp)).eq(tp);
      }),
    );
  });
  it("piecewise-linear stays within [min y, max y] and passes through every point", () => {
    const points = fc
      .uniqueArray(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 6 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.array(dec(-100, 100, 1), { minLength: xs.length, maxLength: xs.length }), fc.boolean()));
    fc.assert(
      fc.property(points, anyDec, ([rawXs, ys, descending], x) => {
        const sorted = [...rawXs].sort((a, b) => a - b);
        const xs = (descending ? sorted.reverse() : sorted).map((n) => D(n).div(1000));
        const f = value(piecewiseLinear(x, xs, ys));
        const lo = ys.reduce((a, b) => (a.lt(b) ? a : b));
        const hi = ys.reduce((a, b) => (a.gt(b) ? a : b));
        return f.gte(lo) && f.lte(hi) && xs.every((xi, i) => value(piecewiseLinear(xi, xs, ys)).eq(ys[i] as Dec));
      }),
    );
  });
});

describe("tiers", () => {
  const tiers = fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 4 }).chain((starts) => {
    const thresholds = [0, ...starts.sort((a, b) => a - b)].map((n) => D(n));
    return fc.tuple(fc.constant(thresholds), fc.array(dec(0, 10000, 2), { minLength: thresholds.length, maxLength: thresholds.length }));
  });
  const sortDesc = (ps: Dec[]): Dec[] => [...ps].sort((a, b) => b.comparedTo(a));
  const sortAsc = (ps: Dec[]): Dec[] => [...ps].sort((a, b) => a.comparedTo(b));

  it("falling prices: whole-volume ≤ graduated; rising prices: whole-volume ≥ graduated", () => {
    fc.assert(
      fc.property(tiers, dec(0, 2e6), money, ([th, prices], v, base) => {
        const fall = sortDesc(prices);
        const rise = sortAsc(prices);
        return (
          value(tierFee(v, th, fall, "volume", base)).lte(value(tierFee(v, th, fall, "graduated", base))) &&
          value(tierFee(v, th, rise, "volume", base)).gte(value(tierFee(v, th, rise, "graduated", base)))
        );
      }),
    );
  });
  it("graduated fees never fall as volume grows and never jump at a tier start", () => {
    fc.assert(
      fc.property(tiers, dec(0, 2e6), dec(0, 2e6), ([th, prices], a, b) => {
        const lo = a.lt(b) ? a : b;
        const hi = a.lt(b) ? b : a;
        const fee = (v: Dec): Dec => value(tierFee(v, th, prices, "graduated"));
        // Continuity: just past a start, the fee grows by (ε × that tier's price).
        const eps = D("0.001");
        const continuous = th.every((t, i) => fee(t.plus(eps)).minus(fee(t)).eq(eps.times(prices[i] as Dec)));
        return fee(hi).gte(fee(lo)) && continuous;
      }),
    );
  });
  it("one tier: both modes are base + volume × price", () => {
    fc.assert(
      fc.property(count, money, money, (v, p, base) => {
        const want = base.plus(v.times(p));
        return value(tierFee(v, [D(0)], [p], "graduated", base)).eq(want) && value(tierFee(v, [D(0)], [p], "volume", base)).eq(want);
      }),
    );
  });
});

describe("seat pricing", () => {
  it("seat cost is linear in seats and months (exactly)", () => {
    fc.assert(
      fc.property(money, dec(0, 31), dec(1, 36), dec(1, 500), money, (rate, days, months, seats, phone) => {
        const one = value(seatCost(rate, days, D(1), D(1), phone));
        return value(seatCost(rate, days, months, seats, phone)).eq(one.times(months).times(seats));
      }),
    );
  });
  it("a margin price keeps the margin: price × (1 − m) = cost; a markup price is ≥ cost", () => {
    fc.assert(
      fc.property(money, dec(0, 9999, 4), (cost, m) => {
        const price = value(priceFromCost(cost, m, "margin"));
        return reproduces(price.times(D(1).minus(m)), cost) && value(priceFromCost(cost, m, "markup")).gte(cost);
      }),
    );
  });
  it("at break-even volume the per-unit price costs the fixed price", () => {
    fc.assert(
      fc.property(money, dec(1, 1e6, 3), (fixed, unit) => reproduces(value(breakEvenUnits(fixed, unit)).times(unit), fixed)),
    );
  });
});

describe("never NaN, never Infinity, never a throw", () => {
  const finite = (r: Result<Dec>): boolean => !r.ok || r.value.isFinite();
  it("every family returns a finite value or an error for any inputs, negative and zero included", () => {
    fc.assert(
      fc.property(anyDec, anyDec, anyDec, anyDec, anyDec, (a, b, c, d, e) => {
        const results: Result<Dec>[] = [
          normalizedAnswers([{ answered: a, avgTalkSeconds: b }], c),
          totalTalkMinutes([{ answered: a, avgTalkSeconds: b, talkMinutes: c }]),
          paidMinutes(a, b, c, d),
          utilization(a, b),
          costPerAnswer(a, b),
          costPerMinute(a, b),
          withTax(a, b),
          seatCost(a, b, c, d, e),
          overtimePay(a, b, c, d),
          priceFromCost(a, b, "margin"),
          priceFromCost(a, b, "markup"),
          breakEvenUnits(a, b),
          outcomeFee(a, b, c, d),
          cappedPenalty(a, b, c, d),
          holdbackPayable(a, b, true),
          tierFee(a, [D(0), b.abs().plus(1)], [c, d], "graduated", e),
          costPerLead(a, b, c, d),
          kpiScore(a, b, c, d, e),
          piecewiseLinear(a, [b, c], [d, e]),
        ];
        return results.every(finite);
      }),
    );
  });
});

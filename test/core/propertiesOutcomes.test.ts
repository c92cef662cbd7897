/**
 * Invariants of the outcome, KPI, tier and seat formulas, and of every formula on hostile input
 * (never NaN, Infinity or a throw), checked with fast-check; "exactly" as test/helpers/decimals.ts says.
 */
import fc from "fast-check";
import { costPerAnswer, costPerMinute, withTax } from "../../src/core/costplus";
import { D, type Dec } from "../../src/core/decimal";
import { kpiScore, piecewiseLinear } from "../../src/core/kpi";
import { cappedPenalty, costPerLead, holdbackPayable, outcomeFee, tierFee } from "../../src/core/outcome";
import type { Result } from "../../src/core/result";
import { breakEvenUnits, overtimePay, priceFromCost, seatCost } from "../../src/core/seat";
import { normalizedAnswers, paidMinutes, totalTalkMinutes, utilization } from "../../src/core/traffic";
import { anyDec, count, dec, money, reproduces } from "../helpers/decimals";
import { value } from "../helpers/result";

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

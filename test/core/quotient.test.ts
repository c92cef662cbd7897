/**
 * The fast exact quotient must give exactly decimal.js's digits (40 significant, half-up) — the
 * fast path is a speed-up, never a different answer.
 */
import fc from "fast-check";
import { D, type Dec } from "../../src/core/decimal";
import { productOverTalkSeconds, quotient } from "../../src/core/quotient";

const same = (a: Dec, b: Dec): boolean => a.toString() === b.toString() && a.eq(b) && a.d.length === b.d.length;

/** Decimals of every size the fast path handles and some it must refuse (then falls back). */
const decimal = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }).map((n) => D(n)),
  fc.tuple(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: -20, max: 20 })).map(([n, k]) => D(n).times(D(10).pow(k))),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 12 })).map(([n, k]) => D(n.toString()).div(D(10).pow(k))),
  fc.constantFrom(D(0), D(1), D(3), D(7), D(43), D(60), D("0.1"), D("21.75"), D("1e-30"), D("9007199254740991"), D("9007199254740993")),
);
const positive = decimal.filter((x) => x.gt(0));

describe("quotient = decimal.js division, digit for digit", () => {
  it("on generated numerators and divisors", () => {
    fc.assert(fc.property(decimal, positive, (n, d) => same(quotient(n, d), n.div(d))), { numRuns: 3000 });
  });
  it("divisors of the form 2^a × 5^b give terminating expansions, including ties at the 41st digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 49 }), fc.integer({ min: 0, max: 21 }), (p, a, b) => {
        const q = D(2).pow(a).times(D(5).pow(b));
        return same(quotient(D(p), q), D(p).div(q));
      }),
      { numRuns: 2000 },
    );
  });
  it("a tie is rounded half-up, not half-even: 5000001 ÷ 2^49", () => {
    // 5000001 × 5^49 has 41 digits, …7231445312|5: the 40th digit 2 is even, half-up makes it 3.
    expect(quotient(D(5000001), D(2).pow(49)).toString()).toBe("0.000000008881785973358091723639518022537231445313");
    expect(D(5000001).div(D(2).pow(49)).toString()).toBe("0.000000008881785973358091723639518022537231445313");
  });
  it("carries through nines: (10^15 − 1) ÷ (10^15 − 1 + tiny) style cases match", () => {
    const n = D("999999999999999");
    for (const d of [D("999999999999999.1"), D("1000000000000000"), D("999999999999998")]) {
      expect(same(quotient(n, d), n.div(d))).toBe(true);
    }
  });
});

describe("productOverTalkSeconds = a × b ÷ Σ answered × seconds", () => {
  const line = fc.record({ answered: decimal, avgTalkSeconds: decimal });
  it("on generated lines", () => {
    fc.assert(
      fc.property(decimal, positive, fc.array(line, { minLength: 1, maxLength: 5 }), (a, b, streams) => {
        const sum = streams.reduce((acc, s) => acc.plus(s.answered.times(s.avgTalkSeconds)), D(0));
        fc.pre(sum.gt(0));
        return same(productOverTalkSeconds(a, b, streams), a.times(b).div(sum));
      }),
      { numRuns: 3000 },
    );
  });
  it("the worked example: 24 566 590 × 43 ÷ 2 051 031 017", () => {
    const streams = [
      { answered: D(40606700), avgTalkSeconds: D(43) },
      { answered: D(164509), avgTalkSeconds: D(33) },
      { answered: D(2495951), avgTalkSeconds: D(120) },
    ];
    expect(productOverTalkSeconds(D(24566590), D(43), streams).toString()).toBe(D(1056363370).div(2051031017).toString());
  });
});

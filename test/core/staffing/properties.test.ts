/** Properties the Erlang model must have, over random queues (fast-check). */
import fc from "fast-check";
import {
  answerTimeForServiceLevel,
  erlangA,
  erlangB,
  erlangBValue,
  erlangC,
  inverseErlangB,
  inverseErlangBAtFraction,
  occupancy,
  requiredAgents,
  serviceLevel,
  trafficErlangs,
} from "../../../src/core/staffing";
import { value } from "../../helpers/result";
import { relativeError } from "./helpers";

const traffic = fc.double({ min: 0.05, max: 3000, noNaN: true });
const aht = fc.double({ min: 10, max: 1200, noNaN: true });
const targetSeconds = fc.double({ min: 0, max: 300, noNaN: true });
/** A stable queue: N = A + headroom (headroom > 0, fractional allowed). */
const headroom = fc.double({ min: 0.01, max: 200, noNaN: true });

/** Calls per half hour that give traffic `a` at this AHT. */
const callsFor = (a: number, ahtSeconds: number): number => (a * 1800) / ahtSeconds;

describe("Erlang C service level", () => {
  it("rises with agents", () => {
    fc.assert(
      fc.property(traffic, aht, targetSeconds, headroom, fc.double({ min: 0.01, max: 50, noNaN: true }), (a, h, t, d, more) => {
        const calls = callsFor(a, h);
        const n = value(trafficErlangs(calls, h)) + d;
        expect(value(serviceLevel(n + more, calls, h, t))).toBeGreaterThanOrEqual(value(serviceLevel(n, calls, h, t)));
      }),
    );
  });

  it("falls as calls grow", () => {
    fc.assert(
      fc.property(traffic, aht, targetSeconds, headroom, fc.double({ min: 0.001, max: 0.99, noNaN: true }), (a, h, t, d, share) => {
        const calls = callsFor(a, h);
        const n = value(trafficErlangs(calls, h)) + d;
        // More calls, still fewer than the agents can carry.
        const moreCalls = calls + share * d * (1800 / h);
        fc.pre(value(trafficErlangs(moreCalls, h)) < n);
        expect(value(serviceLevel(n, moreCalls, h, t))).toBeLessThanOrEqual(value(serviceLevel(n, calls, h, t)));
      }),
    );
  });

  it("is reached exactly at the answer time solved for it", () => {
    fc.assert(
      fc.property(traffic, aht, headroom, fc.double({ min: 0.05, max: 0.999, noNaN: true }), (a, h, d, target) => {
        const calls = callsFor(a, h);
        const n = value(trafficErlangs(calls, h)) + d;
        const t = value(answerTimeForServiceLevel(n, calls, h, target));
        expect(t).toBeGreaterThanOrEqual(0);
        const sl = value(serviceLevel(n, calls, h, t));
        if (t > 0) expect(Math.abs(sl - target)).toBeLessThan(1e-12);
        else expect(sl).toBeGreaterThanOrEqual(target);
      }),
    );
  });
});

describe("Erlang B and C", () => {
  it("C ≥ B for every stable queue", () => {
    fc.assert(
      fc.property(traffic, headroom, (a, d) => {
        expect(value(erlangC(a + d, a))).toBeGreaterThanOrEqual(value(erlangB(a + d, a)));
      }),
    );
  });

  it("fractional N lies between its whole neighbours (B, C and SL), monotonically", () => {
    fc.assert(
      fc.property(traffic, aht, targetSeconds, fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (a, h, t, above, f1, f2) => {
        const k = Math.floor(a) + above; // k > A, so C and SL exist at k, k + f and k + 1
        const [lo, hi] = f1 < f2 ? [f1, f2] : [f2, f1];
        fc.pre(hi - lo > 1e-6);
        // Strict order needs representable values: below ~1e-300 B underflows to 0.
        fc.pre(erlangBValue(k + 1, a) > 1e-300);
        const b = (n: number): number => value(erlangB(n, a));
        const c = (n: number): number => value(erlangC(n, a));
        const calls = callsFor(a, h);
        const sl = (n: number): number => value(serviceLevel(n, calls, h, t));
        expect(b(k)).toBeGreaterThan(b(k + lo));
        expect(b(k + lo)).toBeGreaterThan(b(k + hi));
        expect(b(k + hi)).toBeGreaterThan(b(k + 1));
        expect(c(k)).toBeGreaterThan(c(k + lo));
        expect(c(k + lo)).toBeGreaterThan(c(k + hi));
        expect(c(k + hi)).toBeGreaterThan(c(k + 1));
        expect(sl(k)).toBeLessThanOrEqual(sl(k + lo));
        expect(sl(k + lo)).toBeLessThanOrEqual(sl(k + hi));
        expect(sl(k + hi)).toBeLessThanOrEqual(sl(k + 1));
      }),
    );
  });

  it("fractional N obeys the Erlang recurrence 1/B(N) = 1 + (N/A)/B(N − 1) to 1e-12", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 20000, noNaN: true }), fc.double({ min: 1, max: 20100, noNaN: true }), (a, n) => {
        const prev = inverseErlangB(n - 1, a);
        fc.pre(Number.isFinite(prev) && prev < 1e250);
        expect(relativeError(inverseErlangB(n, a), 1 + (n / a) * prev)).toBeLessThan(1e-12);
      }),
    );
  });

  it("the incomplete-gamma start meets the whole-number recurrence at both ends of [0, 1]", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 2000, noNaN: true }), (a) => {
        expect(relativeError(inverseErlangBAtFraction(0, a), 1)).toBeLessThan(1e-12);
        expect(relativeError(inverseErlangBAtFraction(1, a), 1 + 1 / a)).toBeLessThan(1e-12);
      }),
    );
  });

  it("B is continuous across whole N", () => {
    for (const [n, a] of [[14, 10], [1000, 1000], [3, 0.5], [10000, 9990]] as const) {
      const at = erlangBValue(n, a);
      for (const eps of [1e-9, -1e-9]) expect(relativeError(erlangBValue(n + eps, a), at)).toBeLessThan(1e-8);
    }
  });
});

describe("the staffing solver", () => {
  const cap = fc.oneof(fc.constant(1), fc.double({ min: 0.5, max: 1, noNaN: true }));
  it("returns the least N: N meets the target and the cap, N − 1 does not", () => {
    fc.assert(
      fc.property(traffic, aht, fc.double({ min: 0, max: 0.999, noNaN: true }), targetSeconds, cap, (a, h, target, t, maxOcc) => {
        const calls = callsFor(a, h);
        const s = value(requiredAgents(calls, h, target, t, 1800, maxOcc));
        const n = s.agents;
        expect(Number.isInteger(n)).toBe(true);
        expect(value(serviceLevel(n, calls, h, t))).toBeGreaterThanOrEqual(target);
        expect(value(occupancy(n, calls, h))).toBeLessThanOrEqual(maxOcc);
        const fewer = n - 1;
        const failsBefore =
          fewer <= s.trafficErlangs || value(occupancy(fewer, calls, h)) > maxOcc || value(serviceLevel(fewer, calls, h, t)) < target;
        expect(failsBefore).toBe(true);
      }),
    );
  });

  it("starts at ⌈A⌉ when A is fractional and at A + 1 when A is whole", () => {
    // Target 0: the least stable N.
    expect(value(requiredAgents(105, 180, 0, 20)).agents).toBe(11); // A = 10.5
    expect(value(requiredAgents(100, 180, 0, 20)).agents).toBe(11); // A = 10
  });

  it("needs no agents for no calls", () => {
    expect(value(requiredAgents(0, 180, 0.8, 20))).toMatchObject({ agents: 0, serviceLevel: 1 });
  });
});

describe("Erlang A", () => {
  it("tends to Erlang C as patience grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 200, noNaN: true }), aht, targetSeconds, fc.integer({ min: 1, max: 40 }), (a, h, t, above) => {
        const calls = callsFor(a, h);
        const load = value(trafficErlangs(calls, h));
        const n = Math.floor(load) + above;
        // Near N = A Erlang C's queue is ~A/(N − A) long and needs ever longer patience to match.
        fc.pre(n - load >= 0.1);
        const c = value(serviceLevel(n, calls, h, t));
        const gap = (patience: number): number => Math.abs(value(erlangA(n, calls, h, patience, t)).serviceLevel - c);
        const far = gap(1e8 * h);
        expect(far).toBeLessThan(1e-5);
        // Closer than at shorter patience — where the shorter-patience gap is resolvable above rounding.
        const near = gap(1e4 * h);
        if (near > 1e-12) expect(far).toBeLessThan(near);
      }),
    );
  });

  it("keeps probabilities in [0, 1], answers at least the no-wait share, and balances flow", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 300, noNaN: true }), aht, targetSeconds, fc.double({ min: 5, max: 3600, noNaN: true }), fc.integer({ min: 0, max: 400 }), (a, h, t, patience, n) => {
        const calls = callsFor(a, h);
        const m = value(erlangA(n, calls, h, patience, t));
        for (const p of [m.probabilityOfAbandon, m.probabilityOfWaiting, m.serviceLevel, m.occupancy]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(m.serviceLevel).toBeGreaterThanOrEqual(1 - m.probabilityOfWaiting - 1e-12);
        // Abandonment = θ × mean wait (exponential patience).
        expect(relativeError(m.probabilityOfAbandon, m.averageSpeedOfAnswer / patience)).toBeLessThan(1e-12);
      }),
    );
  });
});

/**
 * Interval staffing (src/core/staffing/intervals.ts): the least agents per interval, identical to
 * `requiredAgents` without patience (a whole generated year, one by one, and random intervals),
 * and the least N by the core's Erlang A measures with patience.
 */
import fc from "fast-check";
import { agentsPerInterval, erlangA, requiredAgents, type IntervalSizing } from "../../../src/core/staffing";
import { forecastYear, YEAR_AHT_SECONDS, YEAR_INTERVAL_SECONDS, YEAR_MAX_ERLANGS, YEAR_MIN_ERLANGS } from "../../fixtures/forecastYear";
import { value } from "../../helpers/result";

const HALF_HOUR: IntervalSizing = { ahtSeconds: 180, intervalSeconds: 1800, targetServiceLevel: 0.8, targetSeconds: 20, maxOccupancy: 1 };
const YEAR_SIZING: IntervalSizing = { ...HALF_HOUR, ahtSeconds: YEAR_AHT_SECONDS, intervalSeconds: YEAR_INTERVAL_SECONDS };

/** requiredAgents's answer for one interval of a sizing. */
function oneByOne(calls: number, s: IntervalSizing): number {
  return value(requiredAgents(calls, s.ahtSeconds, s.targetServiceLevel, s.targetSeconds, s.intervalSeconds, s.maxOccupancy)).agents;
}

/** Does N agents meet the target and the cap by the core's Erlang A measures? */
function erlangAMeets(n: number, calls: number, s: IntervalSizing & { patienceSeconds: number }): boolean {
  const m = value(erlangA(n, calls, s.ahtSeconds, s.patienceSeconds, s.targetSeconds, s.intervalSeconds));
  return m.serviceLevel >= s.targetServiceLevel && m.occupancy <= s.maxOccupancy;
}

describe("golden intervals", () => {
  it("100 calls per 30 min at AHT 180 s, 80 % in 20 s → 14 (domain.md's published Erlang C example); no calls → 0", () => {
    expect(value(agentsPerInterval([100, 0, 100], HALF_HOUR))).toEqual([14, 0, 14]);
  });

  it("Call Centre Helper: 400 calls / 30 min, AHT 257 s, 80 % in 20 s, occupancy ≤ 85 % → 68 (A = 57.11, ⌈57.11 ÷ 0.85⌉ = 68)", () => {
    const s = { ...HALF_HOUR, ahtSeconds: 257, maxOccupancy: 0.85 };
    expect(value(agentsPerInterval([400], s))).toEqual([68]);
    // The cap binds: the service level alone needs 64.
    expect(value(agentsPerInterval([400], { ...s, maxOccupancy: 1 }))).toEqual([64]);
  });

  it("an empty forecast needs nobody", () => {
    expect(value(agentsPerInterval([], HALF_HOUR))).toEqual([]);
  });
});

describe("a generated year of half hours (17 520 intervals, 0.5–2 000 Erlangs)", () => {
  const calls = forecastYear();
  const loads = calls.map((c) => (c * YEAR_AHT_SECONDS) / YEAR_INTERVAL_SECONDS);

  it("spans the loads the issue names", () => {
    expect(calls).toHaveLength(17520);
    expect(Math.min(...loads)).toBeGreaterThanOrEqual(YEAR_MIN_ERLANGS);
    expect(Math.min(...loads)).toBeLessThan(0.6);
    expect(Math.max(...loads)).toBeLessThanOrEqual(YEAR_MAX_ERLANGS);
    expect(Math.max(...loads)).toBeGreaterThan(1900);
  });

  it.each([1, 0.85])("equals requiredAgents in every interval (occupancy cap %p)", (cap) => {
    const s = { ...YEAR_SIZING, maxOccupancy: cap };
    const agents = value(agentsPerInterval(calls, s));
    const differ = calls.map((c, i) => ({ i, c, ours: agents[i], theirs: oneByOne(c, s) })).filter((d) => d.ours !== d.theirs);
    expect(differ).toEqual([]);
  });

  it("with patience 120 s: each N meets the target by Erlang A and N − 1 does not", () => {
    const s = { ...YEAR_SIZING, patienceSeconds: 120 };
    const agents = value(agentsPerInterval(calls, s));
    const wrong = calls.filter((c, i) => {
      const n = agents[i] as number;
      return !(n >= 1 && erlangAMeets(n, c, s) && (n === 1 || !erlangAMeets(n - 1, c, s)));
    });
    expect(wrong).toEqual([]);
  });
});

describe("Erlang A against the core's reference values (fixtures/erlang-reference.json, mpmath)", () => {
  it("100 calls, AHT 180 s, patience 60 s, 86 % in 20 s → 12 (reference SL at 12: 0.86030; at 11 the core gives 0.7965)", () => {
    const s = { ...HALF_HOUR, targetServiceLevel: 0.86, patienceSeconds: 60 };
    expect(value(agentsPerInterval([100], s))).toEqual([12]);
    expect(value(erlangA(11, 100, 180, 60, 20)).serviceLevel).toBeLessThan(0.86);
  });

  it("1 200 calls, AHT 180 s, patience 240 s, 81 % in 20 s → 120 (reference SL at 120: 0.81924, occupancy 0.9662 — N = A is allowed)", () => {
    const s = { ...HALF_HOUR, targetServiceLevel: 0.81, patienceSeconds: 240 };
    expect(value(agentsPerInterval([1200], s))).toEqual([120]);
    expect(value(erlangA(119, 1200, 180, 240, 20)).serviceLevel).toBeLessThan(0.81);
  });

  it("a cap binds in Erlang A too: 1 200 calls at ≤ 90 % occupancy need the least N whose Erlang A occupancy is ≤ 0.9", () => {
    const s = { ...HALF_HOUR, targetServiceLevel: 0.81, maxOccupancy: 0.9, patienceSeconds: 240 };
    const [n] = value(agentsPerInterval([1200], s));
    expect(n).toBeGreaterThan(120);
    expect(erlangAMeets(n as number, 1200, s)).toBe(true);
    expect(erlangAMeets((n as number) - 1, 1200, s)).toBe(false);
  });
});

describe("errors name the argument, and the interval", () => {
  it.each([
    ["ahtSeconds", { ahtSeconds: 0 }],
    ["intervalSeconds", { intervalSeconds: -1 }],
    ["targetServiceLevel", { targetServiceLevel: 1 }],
    ["targetSeconds", { targetSeconds: Number.NaN }],
    ["maxOccupancy", { maxOccupancy: 0 }],
    ["patienceSeconds", { patienceSeconds: 0 }],
  ] as const)("%s, checked once even with no calls", (arg, bad) => {
    const r = agentsPerInterval([], { ...HALF_HOUR, ...bad });
    expect(r.ok ? null : r.error.arg).toBe(arg);
  });

  it("a bad interval: its number (1-based) in both languages, and no answers at all", () => {
    const r = agentsPerInterval([100, 50, -3, 100], HALF_HOUR);
    if (r.ok) throw new Error("expected an error");
    expect(r.error).toEqual({ code: "outOfRange", arg: "calls", message: { en: "(interval 3) must be ≥ 0 (got -3)", zh: "（第 3 个时段）不能为负数（当前为 -3）" } });
    const nan = agentsPerInterval([100, Number.NaN], HALF_HOUR);
    expect(nan.ok ? null : [nan.error.code, nan.error.message.en]).toEqual(["notNumber", "(interval 2) must be a finite number"]);
  });

  it("too much traffic in an interval is requiredAgents's refusal, with the interval (Erlang C and Erlang A)", () => {
    for (const s of [HALF_HOUR, { ...HALF_HOUR, patienceSeconds: 60 }]) {
      const r = agentsPerInterval([100, 2e10], s); // 2·10⁹ Erlangs
      expect(r.ok ? null : [r.error.arg, r.error.message.en.startsWith("(interval 2) must be ≤ 1000000000 Erlangs")]).toEqual(["calls", true]);
    }
  });

  it("more agents than the solver's ceiling: its refusal, with the interval", () => {
    const r = agentsPerInterval([100, 1e10], HALF_HOUR); // 10⁹ Erlangs: allowed traffic, > 10⁷ agents
    expect(r.ok ? null : [r.error.arg, r.error.message.en]).toEqual(["calls", "(interval 2) would need more than 10000000 agents, the ceiling of the staffing solver (got 10000000000)"]);
  });

  it("a queue Erlang A cannot sum is refused, naming patienceSeconds and the interval", () => {
    const r = agentsPerInterval([5, 1e7], { ...HALF_HOUR, ahtSeconds: 1, targetServiceLevel: 0.5, patienceSeconds: 1e9 });
    expect(r.ok ? null : [r.error.arg, r.error.message.en.slice(0, 13)]).toEqual(["patienceSeconds", "(interval 2) "]);
  });
});

describe("properties", () => {
  const sizing = fc.record({
    ahtSeconds: fc.double({ min: 10, max: 1200, noNaN: true }),
    intervalSeconds: fc.constantFrom(900, 1800, 3600),
    targetServiceLevel: fc.oneof(fc.constantFrom(0, 0.5, 0.8, 0.9, 0.95), fc.double({ min: 0, max: 0.99, noNaN: true })),
    targetSeconds: fc.oneof(fc.constantFrom(0, 10, 20, 60), fc.double({ min: 0, max: 300, noNaN: true })),
    maxOccupancy: fc.oneof(fc.constant(1), fc.constantFrom(0.85, 0.9), fc.double({ min: 0.3, max: 1, noNaN: true })),
  });
  /** Calls per interval: whole and fractional, some giving whole traffic, some zero. */
  const callList = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20000 }), fc.double({ min: 0.01, max: 20000, noNaN: true })), { maxLength: 12 });

  it("Erlang C: every interval equals requiredAgents, whatever the order and the guesses", () => {
    fc.assert(
      fc.property(callList, sizing, (calls, s) => {
        expect(value(agentsPerInterval(calls, s))).toEqual(calls.map((c) => oneByOne(c, s)));
      }),
      { numRuns: 300 },
    );
  });

  it("more calls never need fewer agents (Erlang C and Erlang A); no calls need none", () => {
    const patience = fc.option(fc.double({ min: 5, max: 600, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), sizing, patience, (c, more, s, p) => {
        const sized = { ...s, patienceSeconds: p };
        const [zero, fewer, plenty] = value(agentsPerInterval([0, c, c + more], sized));
        expect(zero).toBe(0);
        expect(plenty).toBeGreaterThanOrEqual(fewer as number);
      }),
      { numRuns: 200 },
    );
  });

  it("Erlang A: the least N ≥ 1 — N meets the target and the cap, N − 1 does not", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5000, noNaN: true }), sizing, fc.double({ min: 5, max: 600, noNaN: true }), (c, s, p) => {
        const sized = { ...s, patienceSeconds: p };
        const [n] = value(agentsPerInterval([c], sized)) as [number];
        expect(n).toBeGreaterThanOrEqual(1);
        expect(erlangAMeets(n, c, sized)).toBe(true);
        if (n > 1) expect(erlangAMeets(n - 1, c, sized)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

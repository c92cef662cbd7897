/**
 * Issue 10: every search is bounded and every argument is checked before it starts; near
 * overload the Erlang C measures keep full precision. Hangs are pinned by their answers (a
 * refusal naming the argument), never by a timer; Erlang A's work by the states it sums.
 */
import fc from "fast-check";
import {
  abandonRate,
  averageSpeedOfAnswer,
  erlangA,
  erlangB,
  exactTraffic,
  leastQueueStates,
  MAX_AGENTS,
  MAX_QUEUE_STATES,
  requiredAgents,
  serviceLevel,
} from "../../../src/core/staffing";
import { value } from "../../helpers/result";
import { expectRelative } from "./helpers";

const refused = (code: string, arg: string) => ({ ok: false, error: expect.objectContaining({ code, arg }) });

describe("the staffing solver never hangs: 10⁷ agents at most, refused at once past it", () => {
  it.each([
    // (calls, ahtSeconds, targetServiceLevel, targetSeconds, intervalSeconds, maxOccupancy) — the hangs
    [1350, 630, 0.54, 63, 1800, 1e-300, "maxOccupancy"],
    [1, 596.4, 0.4, 87, 3600, 5e-324, "maxOccupancy"],
    [100, 180, 0.8, 20, 1800, 1e-15, "maxOccupancy"],
    [1e9, 1800, 0.8, 20, 1800, 1e-7, "calls"],
    [1e9, 1800, 0.8, 20, 1800, 1, "calls"],
  ] as const)("requiredAgents(%p, %p, %p, %p, %p, %p) refuses on %s", (calls, aht, sl, t, interval, cap, arg) => {
    const r = requiredAgents(calls, aht, sl, t, interval, cap);
    expect(r).toEqual(refused("outOfRange", arg));
    expect(!r.ok && r.error.message.en).toMatch(/^would need more than 10000000 agents, the ceiling of the staffing solver \(got /);
    expect(!r.ok && r.error.message.zh).toMatch(/^需要超过 10000000 名座席/);
  });

  it("the ceiling itself is reachable; one agent more is not", () => {
    expect(MAX_AGENTS).toBe(1e7);
    // 10⁶ Erlangs at ≤ 10 % occupancy: exactly 10⁷ agents.
    expect(value(requiredAgents(1e7, 180, 0.8, 20, 1800, 0.1)).agents).toBe(1e7);
    expect(requiredAgents(1e7, 180, 0.8, 20, 1800, 0.0999999)).toEqual(refused("outOfRange", "maxOccupancy"));
    // 9·10⁶ Erlangs at 99.9999 % within 0 s: answered, some 14 000 agents above the traffic.
    expect(value(requiredAgents(9e7, 180, 0.999999, 0)).agents).toBe(9014289);
    // Traffic of 10⁷ Erlangs: the least stable N is already past the ceiling.
    expect(requiredAgents(1e8, 180, 0.5, 20)).toEqual(refused("outOfRange", "calls"));
  });

  it("checks every argument before searching", () => {
    expect(requiredAgents(1e9, 1800, 1, 20, 1800, 1e-300)).toEqual(refused("outOfRange", "targetServiceLevel"));
    expect(requiredAgents(1e9, 1800, 0.8, -1, 1800, 1e-300)).toEqual(refused("outOfRange", "targetSeconds"));
    expect(requiredAgents(1e9, 1800, 0.8, 20, 1800, 0)).toEqual(refused("outOfRange", "maxOccupancy"));
  });

  it("0 calls need 0 agents, whatever the target and the cap; any positive volume needs at least 1", () => {
    for (const cap of [1, 0.5, 1e-300, 5e-324]) expect(value(requiredAgents(0, 180, 0.99, 0, 1800, cap))).toMatchObject({ agents: 0, serviceLevel: 1, occupancy: 0 });
    expect(value(requiredAgents(5e-324, 180, 0.99, 0)).agents).toBe(1);
    expect(value(requiredAgents(1e-9, 180, 0.8, 20)).agents).toBe(1);
  });

  it("starts just above the EXACT traffic: 7 × 2.857142857142857 s is 19.999999999999999 Erlangs (a double: 20)", () => {
    const t = value(exactTraffic(7, 2.857142857142857, 1));
    expect(t).toEqual({ erlangs: 20, residual: -1e-15 });
    // 20 agents exceed that traffic, so they form a stable queue, and the solver starts there.
    expect(value(requiredAgents(7, 2.857142857142857, 0, 0, 1)).agents).toBe(20);
    expect(value(serviceLevel(20, 7, 2.857142857142857, 0, 1))).toBeGreaterThan(0);
  });
});

describe("Erlang B answers for any number of servers: its climb stops where 1/B overflows", () => {
  it.each([
    [1e308, 1e9, 0],
    [2 ** 53 + 2, 5, 0],
    [1e9 + 2e6, 1e9, 0], // ~1.2·10⁶ steps above A, the longest climb at the largest traffic
  ])("B(%p, %p) = %p", (servers, traffic, expected) => {
    expect(value(erlangB(servers, traffic))).toBe(expected);
  });
  it("below the traffic, B tends to 1 − N/A", () => {
    expectRelative(value(erlangB(1e9 - 1e6, 1e9)), 1e-3, 1e-3);
  });
});

describe("near overload (N − A < 1) within 1e-12 of a 50-digit reference (mpmath, exact traffic)", () => {
  // Values from mpmath at 60 digits with A = calls × aht ÷ interval as an exact rational; the
  // fixture (scripts/erlang-reference.py) holds more such cases, tested in reference.test.ts.
  it("CC.SERVICELEVEL(19334, 47156, 738, 49): N − A = 0.04", () => {
    expectRelative(value(serviceLevel(19334, 47156, 738, 49)), "0.003011158490920027583994905", 1e-12);
  });
  it("CC.ASA(30850, 88003, 631): N − A = 0.059", () => {
    expectRelative(value(averageSpeedOfAnswer(30850, 88003, 631)), "10610.45818217049657315304", 1e-12);
  });
});

describe("Erlang A's work is bounded: at most 10⁶ waiting states, the hopeless refused before summing", () => {
  const xb = (n: number, calls: number, aht: number, patience: number, interval = 1800) => [(calls / interval) * patience, (n * patience) / aht] as const;

  it("the worst case still answered sums just under the ceiling", () => {
    expect(MAX_QUEUE_STATES).toBe(1e6);
    // 1 800 calls per half hour on 10 agents of 180 s, patience 10⁶ s: x − b ≈ 944 000 states to the peak.
    const m = value(erlangA(10, 1800, 180, 1e6, 0));
    expect(m.statesSummed).toBe(952953);
    expect(m.probabilityOfAbandon).toBeCloseTo(1 - 10 / 180, 12); // saturated: all but N/A of the calls hang up
  });

  it("past the ceiling: refused, at once when the lower bound already proves it", () => {
    for (const [n, calls, aht, patience] of [
      [14, 139.9999999, 180, 1e15], // a hair below overload, near-infinite patience
      [10, 1.8e6, 180, 3.15e7], // ~3e10 callers waiting
      [1e9, 1e9, 1800, 1e6],
      [10, 1800, 180, 1.1e6],
    ] as const) {
      expect(leastQueueStates(...xb(n, calls, aht, patience))).toBeGreaterThan(MAX_QUEUE_STATES);
      expect(abandonRate(n, calls, aht, patience)).toEqual(refused("outOfRange", "patienceSeconds"));
    }
    // Just past what the bound proves: summed to the ceiling, then refused (never truncated).
    expect(leastQueueStates(...xb(10, 1800, 180, 1.05e6))).toBeLessThanOrEqual(MAX_QUEUE_STATES);
    expect(abandonRate(10, 1800, 180, 1.05e6)).toEqual(refused("outOfRange", "patienceSeconds"));
  });

  it("patience or arrival rates that overflow x or b are refused; ones that underflow them still answer", () => {
    expect(abandonRate(10, 1e300, 1e-300, 1e10, 1)).toEqual(refused("outOfRange", "patienceSeconds"));
    // Patience of 1.5e-323 s: every caller who waits hangs up, so P(abandon) = B(14, A).
    expect(value(abandonRate(14, 0.006719389908027135, 180, 1.5e-323))).toBeCloseTo(4.384475292888209e-56, 70);
  });

  it("the lower bound never exceeds the states actually summed (so an early refusal is never premature)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 10, max: 3600, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (n, calls, aht, patience) => {
          const r = erlangA(n, calls, aht, patience, 20);
          if (!r.ok) return;
          const m = r.value;
          expect(m.statesSummed).toBeLessThanOrEqual(MAX_QUEUE_STATES);
          if (m.statesSummed > 0) expect(m.statesSummed).toBeGreaterThanOrEqual(leastQueueStates(...xb(n, calls, aht, patience)));
          for (const p of [m.probabilityOfAbandon, m.probabilityOfWaiting, m.serviceLevel, m.occupancy]) expect(p >= 0 && p <= 1).toBe(true);
          expect(Number.isFinite(m.averageSpeedOfAnswer)).toBe(true);
        },
      ),
      { seed: 10, numRuns: 300 },
    );
  });
});

/**
 * Against independent high-precision values: fixtures/erlang-reference.json was written by
 * `python3 scripts/erlang-reference.py` (mpmath at 60 digits: Erlang B from the closed form
 * A^N e^−A / Γ(N+1, A), cross-checked against exact rational sums for whole N ≤ 2 000; Erlang A
 * from the birth–death chain with incomplete-beta answer probabilities, themselves checked
 * against a matrix exponential). Nothing there shares a method with the code under test.
 */
import reference from "./fixtures/erlang-reference.json";
import {
  averageQueueLength,
  averageSpeedOfAnswer,
  erlangA,
  erlangB,
  erlangC,
  probabilityOfWaiting,
  requiredAgents,
  serviceLevel,
  trafficErlangs,
} from "../../../src/core/staffing";
import { value } from "../../helpers/result";
import { expectRelative } from "./helpers";

/** The accuracy issue 4 asks of Erlang B/C, up to 100 000 agents, whole or fractional. */
const ERLANG_TOLERANCE = 1e-12;

describe("Erlang B against the mpmath reference", () => {
  it.each(reference.erlangB.map((c) => [c.servers, c.trafficErlangs, c.value] as const))(
    "B(%p, %p) = %s to 1e-12 relative",
    (servers, traffic, expected) => {
      expectRelative(value(erlangB(servers, traffic)), expected, ERLANG_TOLERANCE);
    },
  );
  it("covers 1 000, 10 000 and 100 000 Erlangs, whole and fractional", () => {
    const sizes = new Set(reference.erlangB.map((c) => c.trafficErlangs));
    for (const a of [1000, 10000, 100000]) expect(sizes.has(a)).toBe(true);
    expect(reference.erlangB.some((c) => c.servers === 100000.75)).toBe(true);
  });
});

describe("Erlang C against the mpmath reference", () => {
  it.each(reference.erlangC.map((c) => [c.agents, c.trafficErlangs, c.value] as const))(
    "C(%p, %p) = %s to 1e-12 relative",
    (agents, traffic, expected) => {
      expectRelative(value(erlangC(agents, traffic)), expected, ERLANG_TOLERANCE);
    },
  );
});

describe("queue measures against the mpmath reference", () => {
  it.each(reference.queue.map((c) => [c.agents, c.calls, c] as const))("N = %p, %p calls", (_n, _c, c) => {
    const args = [c.agents, c.calls, c.ahtSeconds] as const;
    expectRelative(value(trafficErlangs(c.calls, c.ahtSeconds, c.intervalSeconds)), c.trafficErlangs, 1e-15, "A");
    expectRelative(value(probabilityOfWaiting(...args, c.intervalSeconds)), c.probabilityOfWaiting, ERLANG_TOLERANCE, "P(wait)");
    expectRelative(value(serviceLevel(...args, c.targetSeconds, c.intervalSeconds)), c.serviceLevel, ERLANG_TOLERANCE, "SL");
    expectRelative(value(averageSpeedOfAnswer(...args, c.intervalSeconds)), c.averageSpeedOfAnswer, ERLANG_TOLERANCE, "ASA");
    expectRelative(value(averageQueueLength(...args, c.intervalSeconds)), c.averageQueueLength, ERLANG_TOLERANCE, "Lq");
  });
});

describe("the solver against the reference at 1 000, 10 000 and 100 000 Erlangs", () => {
  it.each([
    [10000, 1011],
    [100000, 10013],
    [1000000, 100014],
  ])("%p calls of 180 s per 30 min, 80/20: the reference says %p agents is the least", (calls, expected) => {
    const at = (n: number): number => Number(reference.queue.find((c) => c.agents === n && c.calls === calls && c.targetSeconds === 20)?.serviceLevel);
    // Independent: the 60-digit SL meets 0.8 at the answer and misses it one agent below.
    expect(at(expected)).toBeGreaterThanOrEqual(0.8);
    expect(at(expected - 1)).toBeLessThan(0.8);
    expect(value(requiredAgents(calls, 180, 0.8, 20)).agents).toBe(expected);
  });
});

describe("Erlang A against the mpmath birth–death reference", () => {
  it.each(reference.erlangA.map((c) => [c.agents, c.calls, c.patienceSeconds, c] as const))(
    "N = %p, %p calls, patience %p s",
    (_n, _c, _p, c) => {
      const m = value(erlangA(c.agents, c.calls, c.ahtSeconds, c.patienceSeconds, c.targetSeconds, c.intervalSeconds));
      // Probabilities to 1e-12 absolute (they are sums of many terms), times to 1e-12 relative.
      const abs = (got: number, want: string, what: string): void => {
        if (!(Math.abs(got - Number(want)) <= 1e-12)) throw new Error(`${what}: got ${got}, want ${want}`);
      };
      abs(m.probabilityOfAbandon, c.probabilityOfAbandon, "P(abandon)");
      abs(m.probabilityOfWaiting, c.probabilityOfWaiting, "P(wait)");
      abs(m.serviceLevel, c.serviceLevel, "SL");
      abs(m.occupancy, c.occupancy, "occupancy");
      expectRelative(m.averageSpeedOfAnswer, c.averageSpeedOfAnswer, ERLANG_TOLERANCE, "ASA");
    },
  );
});

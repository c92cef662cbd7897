/** Errors are values naming the argument: overload, bad ranges, non-numbers — never NaN or ∞. */
import {
  abandonRate,
  answerTimeForServiceLevel,
  averageSpeedOfAnswer,
  erlangA,
  erlangB,
  erlangC,
  occupancy,
  requiredAgents,
  serviceLevel,
  trafficErlangs,
} from "../../../src/core/staffing";
import { value } from "../../helpers/result";

const refused = (code: string, arg: string) => ({ ok: false, error: expect.objectContaining({ code, arg }) });

describe("overload (N ≤ A)", () => {
  it.each([
    ["ERLANGC", () => erlangC(10, 10)],
    ["ERLANGC fractional", () => erlangC(9.5, 10)],
    ["SERVICELEVEL", () => serviceLevel(10, 100, 180, 20)],
    ["ASA", () => averageSpeedOfAnswer(9, 100, 180)],
    ["OCCUPANCY", () => occupancy(8, 100, 180)],
    ["answer time", () => answerTimeForServiceLevel(10, 100, 180, 0.8)],
  ])("%s is outOfRange on agents, saying the queue is overloaded", (_name, run) => {
    const r = run();
    expect(r).toEqual(refused("outOfRange", "agents"));
    expect(!r.ok && r.error.message.en).toMatch(/exceed the traffic of 10 Erlangs.*overloaded/);
    expect(!r.ok && r.error.message.zh).toMatch(/过载/);
  });
  it("Erlang A has no overload: abandonment keeps the queue finite", () => {
    expect(value(abandonRate(8, 100, 180, 90))).toBeGreaterThan(0.2);
  });
});

describe("argument checks", () => {
  it.each([
    [() => trafficErlangs(-1, 180), "outOfRange", "calls"],
    [() => trafficErlangs(100, 0), "outOfRange", "ahtSeconds"],
    [() => trafficErlangs(100, 180, 0), "outOfRange", "intervalSeconds"],
    [() => trafficErlangs(NaN, 180), "notNumber", "calls"],
    [() => trafficErlangs(1e12, 1800, 1), "outOfRange", "calls"],
    [() => erlangB(-1, 5), "outOfRange", "servers"],
    [() => erlangB(5, Infinity), "notNumber", "trafficErlangs"],
    [() => erlangC(-2, 1), "outOfRange", "agents"],
    [() => serviceLevel(14, 100, 180, -1), "outOfRange", "targetSeconds"],
    [() => requiredAgents(100, 180, 1, 20), "outOfRange", "targetServiceLevel"],
    [() => requiredAgents(100, 180, -0.1, 20), "outOfRange", "targetServiceLevel"],
    [() => requiredAgents(100, 180, 0.8, 20, 1800, 0), "outOfRange", "maxOccupancy"],
    [() => requiredAgents(100, 180, 0.8, 20, 1800, 1.2), "outOfRange", "maxOccupancy"],
    [() => erlangA(14.5, 100, 180, 60, 20), "outOfRange", "agents"],
    [() => erlangA(14, 100, 180, 0, 20), "outOfRange", "patienceSeconds"],
    [() => answerTimeForServiceLevel(14, 100, 180, 1), "outOfRange", "targetServiceLevel"],
  ])("case %#: %s on %s", (run, code, arg) => {
    expect(run()).toEqual(refused(code, arg));
  });

  it("refuses an Erlang A queue too overloaded to sum, rather than hanging", () => {
    // 1 000 calls/s with a year of patience and 10 agents: ~3e10 callers would be waiting.
    expect(erlangA(10, 1.8e6, 180, 3.15e7, 20)).toEqual(refused("outOfRange", "patienceSeconds"));
  });
  it("refuses a queue a hair below overload with near-infinite patience, rather than truncating", () => {
    // A = 13.99999999 on 14 agents: waiting states decay like (1 − 7e-10)^j.
    expect(erlangA(14, 139.9999999, 180, 1e15, 20)).toEqual(refused("outOfRange", "patienceSeconds"));
  });
});

describe("edges", () => {
  it("Erlang B: no servers block everything; no traffic blocks nothing", () => {
    expect(value(erlangB(0, 5))).toBe(1);
    expect(value(erlangB(3, 0))).toBe(0);
    expect(value(erlangB(0, 0))).toBe(1);
  });
  it("Erlang B underflows to 0, never NaN, for N far above A", () => {
    expect(value(erlangB(100000, 10))).toBe(0);
    expect(value(erlangC(100000, 10))).toBe(0);
    expect(value(serviceLevel(100000, 100, 180, 0))).toBe(1);
  });
  it("Erlang C stays ≥ B near the bottom of the double range (1/B ≈ 1.7e306 once overflowed C to 0)", () => {
    const b = value(erlangB(105.42152408091947, 0.05));
    expect(b).toBeGreaterThan(0);
    expect(value(erlangC(105.42152408091947, 0.05))).toBeGreaterThanOrEqual(b);
  });
  it("Erlang A reports no waiting, not subnormal noise, when B < 1e-300", () => {
    expect(value(erlangA(314, 2285.678, 10, 5, 0))).toMatchObject({ probabilityOfWaiting: 0, probabilityOfAbandon: 0, serviceLevel: 1 });
  });
  it("answer time is 0 when immediate answers already meet the target", () => {
    expect(value(answerTimeForServiceLevel(20, 100, 180, 0.8))).toBe(0);
  });
  it("an occupancy cap can decide the answer: 10 Erlangs at ≤ 70 % needs 15, not 14", () => {
    expect(value(requiredAgents(100, 180, 0.8, 20, 1800, 0.7)).agents).toBe(15);
    expect(value(requiredAgents(100, 180, 0.8, 20, 1800, 0.75)).agents).toBe(14);
  });
});

/**
 * CC staffing functions through the Excel adapter. Golden figures: the published Erlang C
 * example of issue 4 / shared/domain.md (100 calls per 30 min, AHT 180 s, 80 % in 20 s →
 * 14 agents, SL 0.8883500, P(wait) 0.1741319, ASA 7.836 s; 20 with 30 % shrinkage). Erlang A
 * against the mpmath fixture written by scripts/erlang-reference.py.
 */
import reference from "../core/staffing/fixtures/erlang-reference.json";
import {
  ccAbandon,
  ccAgents,
  ccAsa,
  ccErlangB,
  ccErlangC,
  ccErlangTraffic,
  ccOccupancy,
  ccServiceLevel,
  ccShrinkage,
} from "../../src/functions/staffing";
import { NUM, VALUE, excelError } from "./helpers";

describe("published example through the worksheet functions", () => {
  test("CC.TRAFFIC(100, 180) = 10 Erlangs; the interval defaults to 1800 s when omitted or null", () => {
    expect(ccErlangTraffic(100, 180)).toBe(10);
    expect(ccErlangTraffic(100, 180, null)).toBe(10);
    expect(ccErlangTraffic(200, 180, 3600)).toBe(10);
  });
  test("CC.AGENTS(100, 180, 0.8, 20) = 14, and 20 with 30 % shrinkage", () => {
    expect(ccAgents(100, 180, 0.8, 20)).toBe(14);
    expect(ccAgents(100, 180, 0.8, 20, null, null, null)).toBe(14);
    expect(ccAgents(100, 180, 0.8, 20, null, null, 0.3)).toBe(20);
    expect(ccAgents(100, 180, 0.8, 20, "", "", 0.3)).toBe(20);
  });
  test("an occupancy cap of 70 % raises it to 15", () => {
    expect(ccAgents(100, 180, 0.8, 20, 1800, 0.7)).toBe(15);
  });
  test("SL 0.8883500, P(wait) 0.1741319, ASA 7.836 s at 14 agents; SL 0.6401580, P(wait) 0.4493882 at 12", () => {
    expect(Math.abs(ccServiceLevel(14, 100, 180, 20) - 0.88835)).toBeLessThan(5e-8);
    expect(Math.abs(ccErlangC(14, 10) - 0.1741319)).toBeLessThan(5e-8);
    expect(Math.abs(ccAsa(14, 100, 180) - 7.836)).toBeLessThan(5e-4);
    expect(ccOccupancy(14, 100, 180)).toBeCloseTo(10 / 14, 15);
    expect(Math.abs(ccServiceLevel(12, 100, 180, 20, null) - 0.640158)).toBeLessThan(5e-8);
    expect(Math.abs(ccErlangC(12, 10) - 0.4493882)).toBeLessThan(5e-8);
  });
  test("fractional agents lie between their neighbours", () => {
    const at = (n: number): number => ccServiceLevel(n, 100, 180, 20);
    expect(at(13.5)).toBeGreaterThan(at(13));
    expect(at(13.5)).toBeLessThan(at(14));
    expect(ccErlangB(14.5, 10)).toBeLessThan(ccErlangB(14, 10));
    expect(ccErlangB(14.5, 10)).toBeGreaterThan(ccErlangB(15, 10));
  });
  test("CC.SHRINKAGE compounds a range, blank cells counting 0", () => {
    expect(ccShrinkage([[0.1], [0.2]])).toBe(0.28);
    expect(ccShrinkage([[0.1, null, 0.2]])).toBe(0.28);
  });
  test("CC.ABANDON matches the mpmath birth–death reference", () => {
    for (const c of reference.erlangA) {
      const got = ccAbandon(c.agents, c.calls, c.ahtSeconds, c.patienceSeconds, c.intervalSeconds);
      expect(Math.abs(got - Number(c.probabilityOfAbandon))).toBeLessThan(1e-12);
    }
  });
});

describe("errors name the function and the argument", () => {
  test("overload is #NUM! with the reason, never a negative or infinite wait", () => {
    for (const run of [() => ccErlangC(10, 10), () => ccServiceLevel(9.5, 100, 180, 20), () => ccAsa(10, 100, 180), () => ccOccupancy(8, 100, 180)]) {
      const e = excelError(run);
      expect(e.code).toBe(NUM);
      expect(e.message).toMatch(/^CC\.\w+: agents must exceed the traffic of 10 Erlangs .*overloaded.* \| agents 必须大于话务量/);
    }
  });
  test("bad arguments", () => {
    expect(excelError(() => ccErlangTraffic("100 calls", 180))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.TRAFFIC: calls must be a number/) });
    expect(excelError(() => ccErlangTraffic(100, 0))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.TRAFFIC: ahtSeconds must be > 0/) });
    expect(excelError(() => ccErlangB(null, 10)).message).toMatch(/^CC\.ERLANGB: servers is required/);
    expect(excelError(() => ccAgents(100, 180, 1, 20))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.AGENTS: targetServiceLevel must be at least 0 % and below 100 % \(got 100 %\)/) });
    expect(excelError(() => ccAgents(100, 180, 0.8, 20, null, 0))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.AGENTS: maxOccupancy/) });
    expect(excelError(() => ccAgents(100, 180, 0.8, 20, null, null, 1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.AGENTS: shrinkage/) });
    expect(excelError(() => ccShrinkage([[0.1], ["x"]]))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.SHRINKAGE: components cell 2/) });
    expect(excelError(() => ccShrinkage([[0.1], [1]]))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.SHRINKAGE: components cell 2 must be at least 0 % and below 100 % \(got 100 %\)/) });
    expect(excelError(() => ccAbandon(14.5, 100, 180, 120))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.ABANDON: agents must be a whole number/) });
    expect(excelError(() => ccAbandon(14, 100, 180, 0))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.ABANDON: patienceSeconds must be > 0/) });
  });
});

/**
 * Golden values: the classic published Erlang C worked example quoted in issue 4 and in
 * shared/domain.md (the same numbers as Call Centre Helper's "Erlang C formula made simple"):
 * 100 calls per 30 minutes, AHT 180 s, 80 % answered within 20 s → A = 10 Erlangs, 14 agents,
 * SL 0.8883500, P(wait) 0.1741319, ASA 7.836 s; 20 scheduled with 30 % shrinkage;
 * at 12 agents P(wait) 0.4493882, SL 0.6401580. Published to 7 digits, so we compare to 5e-8.
 */
import {
  averageSpeedOfAnswer,
  compoundShrinkage,
  occupancy,
  probabilityOfWaiting,
  requiredAgents,
  scheduledAgents,
  serviceLevel,
  trafficErlangs,
} from "../../../src/core/staffing";
import { value } from "../../helpers/result";

const CALLS = 100;
const AHT = 180;
const INTERVAL = 1800;
const TARGET_SECONDS = 20;

describe("published Erlang C example", () => {
  it("offers 10 Erlangs", () => {
    expect(value(trafficErlangs(CALLS, AHT, INTERVAL))).toBe(10);
  });

  it("needs 14 agents for 80 % in 20 s, with SL 0.8883500, P(wait) 0.1741319, ASA 7.836 s", () => {
    const s = value(requiredAgents(CALLS, AHT, 0.8, TARGET_SECONDS, INTERVAL));
    expect(s.agents).toBe(14);
    expect(Math.abs(s.serviceLevel - 0.88835)).toBeLessThan(5e-8);
    expect(Math.abs(s.probabilityOfWaiting - 0.1741319)).toBeLessThan(5e-8);
    expect(Math.abs(s.averageSpeedOfAnswer - 7.836)).toBeLessThan(5e-4);
    expect(Math.abs(value(serviceLevel(14, CALLS, AHT, TARGET_SECONDS, INTERVAL)) - 0.88835)).toBeLessThan(5e-8);
    expect(Math.abs(value(averageSpeedOfAnswer(14, CALLS, AHT, INTERVAL)) - 7.836)).toBeLessThan(5e-4);
    expect(value(occupancy(14, CALLS, AHT, INTERVAL))).toBeCloseTo(10 / 14, 15);
  });

  it("at 12 agents: P(wait) 0.4493882, SL 0.6401580 (short of the target, so 12 is not enough)", () => {
    expect(Math.abs(value(probabilityOfWaiting(12, CALLS, AHT, INTERVAL)) - 0.4493882)).toBeLessThan(5e-8);
    expect(Math.abs(value(serviceLevel(12, CALLS, AHT, TARGET_SECONDS, INTERVAL)) - 0.640158)).toBeLessThan(5e-8);
  });

  it("schedules 20 agents with 30 % shrinkage", () => {
    expect(value(scheduledAgents(14, 0.3))).toBe(20);
  });
});

describe("shrinkage", () => {
  it("compounds independent components: 1 − (1 − 0.1)(1 − 0.2) = 0.28 exactly", () => {
    expect(value(compoundShrinkage([0.1, 0.2]))).toBe(0.28);
  });
  it("is 0 with no components and the component itself with one", () => {
    expect(value(compoundShrinkage([]))).toBe(0);
    expect(value(compoundShrinkage([0.35]))).toBe(0.35);
  });
  it("rounds scheduled agents up, exactly: 14 ÷ (1 − 0.28) = 19.44… → 20, 72 ÷ 0.72 = 100 stays 100", () => {
    expect(value(scheduledAgents(14, 0.28))).toBe(20);
    expect(value(scheduledAgents(72, 0.28))).toBe(100);
  });
  it("refuses a component of 1 or more, naming the cell", () => {
    const r = compoundShrinkage([0.1, 1]);
    expect(r).toMatchObject({ ok: false, error: { code: "outOfRange", arg: "components" } });
    expect(!r.ok && r.error.message.en).toMatch(/^cell 2 /);
  });
  it("refuses shrinkage of 1 (nobody would ever be available)", () => {
    expect(scheduledAgents(14, 1)).toMatchObject({ ok: false, error: { code: "outOfRange", arg: "shrinkage" } });
  });
});

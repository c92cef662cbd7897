/**
 * Issue 10 through the worksheet adapters: the hangs answer #NUM! at once with the reason and the
 * ceiling, every argument is checked before a search, near-overload figures keep 1e-12, zero
 * volume needs zero agents, and a missing required argument is #VALUE! naming it.
 */
import { ccNormAnswers, ccTalkMinutes, ccUtilization } from "../../src/functions/traffic";
import { ccPerAnswer, ccPerMinute, ccRecruitCost, ccUnitCost } from "../../src/functions/costplus";
import { ccPiecewise } from "../../src/functions/kpi";
import { ccTierFee } from "../../src/functions/outcome";
import { ccAbandon, ccAgents, ccAsa, ccServiceLevel, ccShrinkage } from "../../src/functions/staffing";
import { NUM, VALUE, excelError } from "./helpers";

const CEILING = "would need more than 10000000 agents, the ceiling of the staffing solver";

describe("CC.AGENTS never hangs", () => {
  test.each([
    [[1350, 630, 0.54, 63, null, 1e-300], "maxOccupancy", "1e-300"],
    [[1, 596.4, 0.4, 87, 3600, 5e-324], "maxOccupancy", "5e-324"],
    [[100, 180, 0.8, 20, null, 1e-15], "maxOccupancy", "1e-15"],
    [[1e9, 1800, 0.8, 20, 1800, 1e-7], "calls", "1000000000"],
  ] as const)("CC.AGENTS(%j) → #NUM! on %s with the ceiling", (args, arg, got) => {
    expect(excelError(() => ccAgents(...(args as unknown as Parameters<typeof ccAgents>)))).toEqual({
      code: NUM,
      message: `CC.AGENTS: ${arg} ${CEILING} (got ${got}) | ${arg} 需要超过 10000000 名座席，超出人力测算的上限（当前为 ${got}）`,
    });
  });
  test("an out-of-range shrinkage is reported before any search (it once hung on the cap of 5E-324)", () => {
    expect(excelError(() => ccAgents(2356, 811.7, 0.96, 117, null, 5e-324, 24))).toEqual({
      code: NUM,
      message: expect.stringMatching(/^CC\.AGENTS: shrinkage must be at least 0 % and below 100 % \(got 2400 %\)/),
    });
  });
  test("0 calls: 0 agents, with any target, cap and shrinkage; a trickle of calls: at least 1", () => {
    expect(ccAgents(0, 180, 0.8, 20)).toBe(0);
    expect(ccAgents(0, 180, 0.99, 0, 1800, 5e-324, 0.3)).toBe(0);
    expect(ccAgents(0.001, 180, 0.8, 20)).toBe(1);
  });
});

describe("near overload, within 1e-12 of the 50-digit reference", () => {
  // mpmath at 60 digits, A = calls × aht ÷ interval as an exact rational (scripts/erlang-reference.py).
  const rel = (got: number, want: string) => Math.abs(got - Number(want)) / Number(want);
  test("CC.SERVICELEVEL(19334, 47156, 738, 49) and CC.ASA(30850, 88003, 631)", () => {
    expect(rel(ccServiceLevel(19334, 47156, 738, 49), "0.003011158490920027583994905")).toBeLessThan(1e-12);
    expect(rel(ccAsa(30850, 88003, 631), "10610.45818217049657315304")).toBeLessThan(1e-12);
  });
});

describe("CC.ABANDON's worst case answers (or is refused), bounded by its 10⁶ waiting states", () => {
  test("just under the ceiling answers; just over it is #NUM! on patienceSeconds", () => {
    expect(ccAbandon(10, 1800, 180, 1e6)).toBeCloseTo(1 - 10 / 180, 12);
    expect(excelError(() => ccAbandon(10, 1800, 180, 1.1e6))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.ABANDON: patienceSeconds is too long for a queue this loaded \(more than 1000000 waiting states/) });
  });
});

describe("a missing required argument is #VALUE! naming it, whatever calls the function", () => {
  const required = (name: string, arg: string) => ({ code: VALUE, message: `CC.${name}: ${arg} is required | ${arg} 为必填项` });
  /* eslint-disable @typescript-eslint/no-unsafe-function-type -- calling adapters with too few arguments on purpose */
  const bare = (f: Function, ...args: unknown[]) => () => (f as (...a: unknown[]) => number)(...args);
  /* eslint-enable @typescript-eslint/no-unsafe-function-type */
  test.each([
    ["SHRINKAGE", bare(ccShrinkage), "components"],
    ["SHRINKAGE", bare(ccShrinkage, null), "components"],
    ["TALKMINUTES", bare(ccTalkMinutes), "answered"],
    ["TALKMINUTES", bare(ccTalkMinutes, [[1]]), "avgTalkSeconds"],
    ["UNITCOST", bare(ccUnitCost, 100, 1e15), "avgTalkSeconds"],
    ["UNITCOST", bare(ccUnitCost, 100), "answered"],
    ["NORMANSWERS", bare(ccNormAnswers, [[1]], ""), "avgTalkSeconds"],
    ["PERANSWER", bare(ccPerAnswer, 1, undefined, [[1]], 43), "answered"],
    ["PERMINUTE", bare(ccPerMinute, 1), "talkMinutes"],
    ["UTILIZATION", bare(ccUtilization), "talkMinutes"],
    ["PIECEWISE", bare(ccPiecewise, 1, [[1], [2]]), "ys"],
    ["TIERFEE", bare(ccTierFee, 120, [[0]]), "prices"],
    ["AGENTS", bare(ccAgents, 100, 180), "targetServiceLevel"],
    ["RECRUITCOST", bare(ccRecruitCost, 1), "feePerHire"],
  ])("CC.%s", (name, run, arg) => {
    expect(excelError(run)).toEqual(required(name, arg));
  });
  test("a blank cell inside a range still counts 0 (Excel passes [[null]])", () => {
    expect(ccShrinkage([[null]])).toBe(0);
    expect(ccTalkMinutes([[null]], [[null]])).toBe(0);
  });
});

/**
 * CC.NORMANSWERS, CC.TALKMINUTES, CC.PAIDMINUTES, CC.UTILIZATION — values from the seed's
 * worked example (domain.md §1, seeds/002: lines 2 and 3, standard talk 43 s), every error path.
 */
import fc from "fast-check";
import { ccNormAnswers, ccPaidMinutes, ccTalkMinutes, ccUtilization } from "../../src/functions/traffic";
import { DIV0, NUM, VALUE, excel, excelError } from "./helpers";

// Seed lines 2 and 3 as an analyst lays them out: one row per line.
const ANSWERED = [[164509], [2495951]];
const AVG_TALK = [[33], [120]];

describe("CC.NORMANSWERS", () => {
  test("seed lines: 164 509 × 33 ÷ 43 = 126 251.093… and 2 495 951 × 120 ÷ 43 = 6 965 444.651…", () => {
    expect(ccNormAnswers([[164509]], [[33]], 43)).toBe(5428797 / 43);
    expect(Math.trunc(ccNormAnswers([[164509]], [[33]], 43))).toBe(126251); // the page's figure
    expect(Math.trunc(ccNormAnswers([[2495951]], [[120]], 43))).toBe(6965444); // the page's figure (truncated)
    // Both lines at once: one division of the exact sum of products.
    expect(ccNormAnswers(ANSWERED, AVG_TALK, 43)).toBe((164509 * 33 + 2495951 * 120) / 43);
  });
  test("row, column and block layouts give the same result", () => {
    const col = ccNormAnswers(ANSWERED, AVG_TALK, 43);
    expect(ccNormAnswers([[164509, 2495951]], [[33, 120]], 43)).toBe(col);
    expect(ccNormAnswers([[164509, 2495951], [0, 0]], [[33, 120], [5, 6]], 43)).toBe(col);
  });
  test("blank pairs are skipped, a lone blank counts 0", () => {
    const col = ccNormAnswers(ANSWERED, AVG_TALK, 43);
    expect(ccNormAnswers([[164509], [null], [""], [2495951]], [[33], [""], [null], [120]], 43)).toBe(col);
    expect(ccNormAnswers([[164509], [null]], [[33], [99]], 43)).toBe(5428797 / 43);
  });
  test("errors", () => {
    expect(excelError(() => ccNormAnswers(ANSWERED, AVG_TALK, "43s"))).toEqual({
      code: VALUE,
      message: expect.stringMatching(/^CC\.NORMANSWERS: standardTalkSeconds must be a number/),
    });
    expect(excelError(() => ccNormAnswers([[1], ["x"]], AVG_TALK, 43)).message).toMatch(/^CC\.NORMANSWERS: answered cell 2 /);
    expect(excelError(() => ccNormAnswers(ANSWERED, [[33]], 43))).toEqual({
      code: VALUE,
      message: expect.stringMatching(/^CC\.NORMANSWERS: avgTalkSeconds must have as many cells as answered \(1 vs 2\)/),
    });
    expect(excelError(() => ccNormAnswers([[-1]], [[33]], 43))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.NORMANSWERS: answered /) });
    expect(excelError(() => ccNormAnswers([[1]], [[-33]], 43)).code).toBe(NUM);
    expect(excelError(() => ccNormAnswers([[1]], [[33]], -43)).code).toBe(NUM);
    expect(excelError(() => ccNormAnswers([[1]], [[33]], 0))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.NORMANSWERS: standardTalkSeconds/) });
    expect(excelError(() => ccNormAnswers([[1]], [[33]], null)).message).toMatch(/^CC\.NORMANSWERS: standardTalkSeconds is required/);
  });
  test("property: normalising to a line's own talk time returns its answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 1, max: 3600 }), (n, t) => ccNormAnswers([[n]], [[t]], t) === n),
    );
  });
});

describe("CC.TALKMINUTES", () => {
  test("seed line 2: 164 509 × 33 ÷ 60 = 90 479.95 (the page measured 87 746)", () => {
    expect(ccTalkMinutes([[164509]], [[33]])).toBe(5428797 / 60);
    expect(ccTalkMinutes(ANSWERED, AVG_TALK)).toBe((164509 * 33 + 2495951 * 120) / 60);
  });
  test("errors", () => {
    expect(excelError(() => ccTalkMinutes([[1, 2]], [[1]])).code).toBe(VALUE);
    expect(excelError(() => ccTalkMinutes([[1]], [[true]])).message).toMatch(/^CC\.TALKMINUTES: avgTalkSeconds cell 1 must be a number, got TRUE/);
    expect(excelError(() => ccTalkMinutes([[-5]], [[1]])).code).toBe(NUM);
  });
  test("all blank → 0 minutes (nothing to add, not an error)", () => {
    expect(ccTalkMinutes([[null, ""]], [["", null]])).toBe(0);
  });
});

describe("CC.PAIDMINUTES", () => {
  test("seed: 404 agents × 8 h × 21.75 days × 12 months × 60", () => {
    expect(ccPaidMinutes(404, 8, 21.75, 12)).toBe(404 * 8 * 21.75 * 12 * 60);
  });
  test("months defaults to 1 when omitted (null) or blank", () => {
    expect(ccPaidMinutes(404, 8, 21.75, null)).toBe(404 * 8 * 21.75 * 60);
    expect(ccPaidMinutes(404, 8, 21.75)).toBe(404 * 8 * 21.75 * 60);
    expect(ccPaidMinutes(404, 8, 21.75, "")).toBe(404 * 8 * 21.75 * 60);
  });
  test("errors", () => {
    expect(excelError(() => ccPaidMinutes("404", 8, 21.75))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.PAIDMINUTES: agents must be a number/) });
    expect(excelError(() => ccPaidMinutes(-1, 8, 21.75)).code).toBe(NUM);
    expect(excelError(() => ccPaidMinutes(1, 25, 21.75))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.PAIDMINUTES: hoursPerDay /) });
    expect(excelError(() => ccPaidMinutes(1, 8, 32)).code).toBe(NUM);
    expect(excelError(() => ccPaidMinutes(1, 8, 21.75, -2)).code).toBe(NUM);
    expect(excelError(() => ccPaidMinutes(1, null, 21.75)).message).toMatch(/hoursPerDay is required/);
  });
});

describe("CC.UTILIZATION", () => {
  test("seed lines 2+3 measured minutes over a year of 404 agents", () => {
    expect(ccUtilization([[87746], [5227716]], 404, 8, 21.75, 12)).toBe((87746 + 5227716) / (404 * 8 * 21.75 * 12 * 60));
  });
  test("months optional (null → 1); blank minute cells count 0", () => {
    expect(ccUtilization([[6000], [null], [""]], 1, 8, 25, null)).toBe(6000 / (8 * 25 * 60));
  });
  test("errors", () => {
    expect(excelError(() => ccUtilization([[1]], 0, 8, 21.75))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.UTILIZATION: agents × hoursPerDay/) });
    expect(excelError(() => ccUtilization([[-1]], 1, 8, 21.75))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.UTILIZATION: talkMinutes cell 1 must be ≥ 0/) });
    expect(excelError(() => ccUtilization([["n/a"]], 1, 8, 21.75)).code).toBe(VALUE);
    expect(excelError(() => ccUtilization([[1]], 1, "eight", 21.75)).message).toMatch(/^CC\.UTILIZATION: hoursPerDay must be a number/);
  });
  test("never NaN or Infinity, whatever the numbers", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (m, agents) => {
        const r = excel(() => ccUtilization([[m]], agents, 8, 21.75, 12));
        return typeof r === "number" ? Number.isFinite(r) : [VALUE, NUM, DIV0].includes(r.code);
      }),
    );
  });
});

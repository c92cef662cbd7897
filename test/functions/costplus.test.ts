/**
 * CC.RECRUITCOST, TRAININGCOST, MGMTCOST, WITHTAX, UNITCOST, PERANSWER, PERMINUTE — seed figures
 * from domain.md §1 (seeds/002): 419 hires × 400, 419 × 7 × 30, 9 × 4 500 × 12, 6 % VAT.
 */
import fc from "fast-check";
import {
  ccMgmtCost,
  ccPerAnswer,
  ccPerMinute,
  ccRecruitCost,
  ccTrainingCost,
  ccUnitCost,
  ccWithTax,
} from "../../src/functions/costplus";
import { DIV0, NUM, VALUE, excelError } from "./helpers";

const ANSWERED = [[164509], [2495951]];
const AVG_TALK = [[33], [120]];
const TALK_SECONDS = 164509 * 33 + 2495951 * 120; // exact in a double (3.05e8)
const COST = 12_345_678.9;

describe("cost lines", () => {
  test("seed figures", () => {
    expect(ccRecruitCost(419, 400)).toBe(167600);
    expect(ccTrainingCost(419, 7, 30)).toBe(87990);
    expect(ccMgmtCost(9, 4500, 12)).toBe(486000);
  });
  test("MGMTCOST months defaults to 12 (a year) when omitted", () => {
    expect(ccMgmtCost(9, 4500, null)).toBe(486000);
    expect(ccMgmtCost(9, 4500)).toBe(486000);
    expect(ccMgmtCost(9, 4500, 1)).toBe(40500);
  });
  test("WITHTAX: exact decimals, not doubles (0.1 × 1.06 = 0.106)", () => {
    expect(ccWithTax(1_000_000, 0.06)).toBe(1_060_000);
    expect(ccWithTax(0.1, 0.06)).toBe(0.106); // 0.1 * 1.06 in doubles is 0.10600000000000001
  });
  test("errors name function and argument", () => {
    expect(excelError(() => ccRecruitCost("419", 400))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.RECRUITCOST: hires must be a number/) });
    expect(excelError(() => ccRecruitCost(419, -1))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.RECRUITCOST: feePerHire must be ≥ 0/) });
    expect(excelError(() => ccTrainingCost(419, -7, 30))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.TRAININGCOST: trainingDays/) });
    expect(excelError(() => ccTrainingCost(419, 7, null)).message).toMatch(/^CC\.TRAININGCOST: dailyAllowance is required/);
    expect(excelError(() => ccMgmtCost(9, 4500, "12")).message).toMatch(/^CC\.MGMTCOST: months must be a number, got text "12" \(a number stored as text\?\)/);
    expect(excelError(() => ccMgmtCost(-9, 4500)).code).toBe(NUM);
    expect(excelError(() => ccWithTax(100, 1.06))).toEqual({ code: NUM, message: expect.stringMatching(/^CC\.WITHTAX: taxRate /) });
    expect(excelError(() => ccWithTax(-100, 0.06)).code).toBe(NUM);
    expect(excelError(() => ccWithTax(100, false)).message).toMatch(/^CC\.WITHTAX: taxRate must be a number, got FALSE/);
  });
});

describe("CC.UNITCOST", () => {
  test("basis answer (default) with a standard talk time = cost ÷ normalised answers", () => {
    const expected = (COST * 43) / TALK_SECONDS;
    expect(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, null)).toBeCloseTo(expected, 9);
    expect(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, "answer")).toBe(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, null));
    expect(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, "应答")).toBe(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, null));
    expect(ccUnitCost(COST, ANSWERED, AVG_TALK, 43)).toBe(ccPerAnswer(COST, ANSWERED, AVG_TALK, 43));
  });
  test("basis answer without a standard = cost ÷ Σ answered (no normalisation)", () => {
    expect(ccUnitCost(1_000_000, ANSWERED, AVG_TALK, null, null)).toBe(1_000_000 / (164509 + 2495951));
    expect(ccUnitCost(1_000_000, ANSWERED, AVG_TALK)).toBe(1_000_000 / (164509 + 2495951));
  });
  test("basis minute (or 分钟, any case) = cost ÷ talk minutes; the standard is not used", () => {
    const perMinute = ccUnitCost(1_000_000, ANSWERED, AVG_TALK, null, "minute");
    expect(perMinute).toBe(60_000_000 / TALK_SECONDS);
    expect(ccUnitCost(1_000_000, ANSWERED, AVG_TALK, 43, "分钟")).toBe(perMinute);
    expect(ccUnitCost(1_000_000, ANSWERED, AVG_TALK, null, " Minute ")).toBe(perMinute);
  });
  test("an unknown basis is #VALUE! listing the accepted words", () => {
    const e = excelError(() => ccUnitCost(1, ANSWERED, AVG_TALK, 43, "call"));
    expect(e.code).toBe(VALUE);
    expect(e.message).toMatch(/^CC\.UNITCOST: basis must be one of "answer", "应答", "minute", "分钟" \(got "call"\)/);
    expect(excelError(() => ccUnitCost(1, ANSWERED, AVG_TALK, 43, 1)).message).toContain('(got "1")');
  });
  test("zero answers or minutes → #DIV/0!", () => {
    expect(excelError(() => ccUnitCost(1, [[0]], [[33]], 43))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.UNITCOST: answered/) });
    expect(excelError(() => ccUnitCost(1, [[0]], [[33]])).code).toBe(DIV0);
    expect(excelError(() => ccUnitCost(1, [[10]], [[0]], null, "minute")).code).toBe(DIV0);
    expect(excelError(() => ccUnitCost(1, [[null]], [[null]])).code).toBe(DIV0);
  });
  test("other errors", () => {
    expect(excelError(() => ccUnitCost("lots", ANSWERED, AVG_TALK)).message).toMatch(/^CC\.UNITCOST: totalCost must be a number/);
    expect(excelError(() => ccUnitCost(-1, ANSWERED, AVG_TALK)).code).toBe(NUM);
    expect(excelError(() => ccUnitCost(1, ANSWERED, [[33]])).code).toBe(VALUE);
    // avgTalkSeconds is checked even when the answer basis divides by Σ answered alone.
    expect(excelError(() => ccUnitCost(1, [[5]], [[-33]])).code).toBe(NUM);
    expect(excelError(() => ccUnitCost(1, ANSWERED, AVG_TALK, 0)).code).toBe(DIV0);
    expect(excelError(() => ccUnitCost(1, ANSWERED, AVG_TALK, "43")).message).toMatch(/^CC\.UNITCOST: standardTalkSeconds must be a number/);
  });
  test("property: a per-answer cost times the normalised answers gives the cost back (within a double)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 600 })), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 600 }),
        (cost, lines, standard) => {
          const perAnswer = ccUnitCost(cost, lines.map(([n]) => [n]), lines.map(([, t]) => [t]), standard, "answer");
          const normalised = lines.reduce((s, [n, t]) => s + n * t, 0) / standard;
          return Math.abs(perAnswer * normalised - cost) <= 1e-9 * Math.max(1, cost);
        },
      ),
    );
  });
});

describe("CC.PERANSWER and CC.PERMINUTE", () => {
  test("PERANSWER = cost ÷ (Σ answered × avgTalk ÷ standard)", () => {
    expect(ccPerAnswer(COST, ANSWERED, AVG_TALK, 43)).toBeCloseTo((COST * 43) / TALK_SECONDS, 9);
  });
  test("PERMINUTE = cost ÷ Σ talk minutes (seed lines 2+3 measured minutes)", () => {
    expect(ccPerMinute(1_000_000, [[87746], [5227716]])).toBe(1_000_000 / (87746 + 5227716));
    expect(ccPerMinute(1_000_000, [[87746, null, 5227716]])).toBe(1_000_000 / (87746 + 5227716));
  });
  test("errors", () => {
    expect(excelError(() => ccPerAnswer(1, ANSWERED, AVG_TALK, null)).message).toMatch(/^CC\.PERANSWER: standardTalkSeconds is required/);
    expect(excelError(() => ccPerAnswer(1, [[0]], [[1]], 43))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.PERANSWER: answered × avgTalkSeconds/) });
    expect(excelError(() => ccPerAnswer(1, [[1, 2]], [[1]], 43)).code).toBe(VALUE);
    expect(excelError(() => ccPerMinute(1, [[0], [""]]))).toEqual({ code: DIV0, message: expect.stringMatching(/^CC\.PERMINUTE: talkMinutes/) });
    expect(excelError(() => ccPerMinute(1, [[-3]])).code).toBe(NUM);
    expect(excelError(() => ccPerMinute(1, [["3 min"]])).message).toMatch(/^CC\.PERMINUTE: talkMinutes cell 1 must be a number/);
  });
});

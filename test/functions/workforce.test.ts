/**
 * CC.STAFFPLAN, CC.FTE and CC.HIRES through the Excel adapters: the calls' shape in and out, blanks
 * as 0, CC.AGENTS's answer in every cell, and errors naming the function, the argument and the
 * interval or cell, in both languages.
 */
import { ccAgents, ccStaffPlan } from "../../src/functions/staffing";
import { ccFte, ccHires } from "../../src/functions/workforce";
import { DIV0, NUM, VALUE, excelError } from "./helpers";

describe("CC.STAFFPLAN", () => {
  test("a column of half hours: 14 for 100 calls, 0 for none or a blank, 45 for 400 (each CC.AGENTS's answer)", () => {
    expect(ccStaffPlan([[100], [0], [null], [""], [400]], 180, 0.8, 20)).toEqual([[14], [0], [0], [0], [45]]);
    expect(ccAgents(400, 180, 0.8, 20)).toBe(45);
  });

  test("keeps the shape of the range: a row, a block, a single cell", () => {
    expect(ccStaffPlan([[100, 0, 400]], 180, 0.8, 20)).toEqual([[14, 0, 45]]);
    expect(ccStaffPlan([[100, 400], [0, 100]], 180, 0.8, 20)).toEqual([[14, 45], [0, 14]]);
    expect(ccStaffPlan([[100]], 180, 0.8, 20)).toEqual([[14]]);
  });

  test("the optional arguments: interval, occupancy cap (Call Centre Helper → 68), patience (Erlang A → 12)", () => {
    expect(ccStaffPlan([[50]], 180, 0.8, 20, 900)).toEqual([[ccAgents(50, 180, 0.8, 20, 900)]]);
    expect(ccStaffPlan([[400]], 257, 0.8, 20, null, 0.85)).toEqual([[68]]);
    expect(ccStaffPlan([[100]], 180, 0.86, 20, null, null, 60)).toEqual([[12]]);
    expect(ccStaffPlan([[100]], 180, 0.86, 20, "", "", "")).toEqual([[ccAgents(100, 180, 0.86, 20)]]);
  });

  test("a bad interval: #NUM! naming calls and the interval, in both languages; nothing spills", () => {
    expect(excelError(() => ccStaffPlan([[100], [50], [-1]], 180, 0.8, 20))).toEqual({
      code: NUM,
      message: "CC.STAFFPLAN: calls (interval 3) must be ≥ 0 (got -1) | calls （第 3 个时段）不能为负数（当前为 -1）",
    });
  });

  test("text in a cell: #VALUE! naming calls and the cell; a missing range is required", () => {
    expect(excelError(() => ccStaffPlan([[100], ["many"]], 180, 0.8, 20))).toMatchObject({ code: VALUE, message: expect.stringMatching(/^CC\.STAFFPLAN: calls cell 2/) });
    expect(excelError(() => ccStaffPlan(null as unknown as unknown[][], 180, 0.8, 20))).toMatchObject({ code: VALUE, message: expect.stringMatching(/^CC\.STAFFPLAN: calls is required/) });
  });

  test.each([
    ["ahtSeconds", [0, 0.8, 20, null, null, null], NUM],
    ["targetServiceLevel", [180, 1, 20, null, null, null], NUM],
    ["targetSeconds", [180, 0.8, "soon", null, null, null], VALUE],
    ["intervalSeconds", [180, 0.8, 20, 0, null, null], NUM],
    ["maxOccupancy", [180, 0.8, 20, null, 1.2, null], NUM],
    ["patienceSeconds", [180, 0.8, 20, null, null, -5], NUM],
  ] as const)("a bad %s is named, even with no calls", (arg, rest, code) => {
    const [aht, sl, t, i, cap, p] = rest;
    const e = excelError(() => ccStaffPlan([[0]], aht, sl, t, i, cap, p));
    expect([e.code, e.message.startsWith(`CC.STAFFPLAN: ${arg} `)]).toEqual([code, true]);
  });
});

describe("CC.FTE and CC.HIRES", () => {
  test("CC.FTE(3480, 174, 20%) = 25; without shrinkage 100 ÷ 160 = 0.625", () => {
    expect(ccFte(3480, 174, 0.2)).toBe(25);
    expect(ccFte(100, 160)).toBe(0.625);
    expect(ccFte(100, 160, null)).toBe(0.625);
  });

  test("CC.FTE refuses 0 paid hours (#DIV/0!) and shrinkage of 100 % (#NUM!), naming them", () => {
    expect(excelError(() => ccFte(100, 0))).toMatchObject({ code: DIV0, message: expect.stringMatching(/^CC\.FTE: paidHoursPerFte /) });
    expect(excelError(() => ccFte(100, 160, 1))).toMatchObject({ code: NUM, message: expect.stringMatching(/^CC\.FTE: shrinkage /) });
  });

  test("CC.HIRES(30, 25, 6%) = 6.5 exactly; never below 0", () => {
    expect(ccHires(30, 25, 0.06)).toBe(6.5);
    expect(ccHires(20, 25, 0.06)).toBe(0);
  });

  test("CC.HIRES refuses attrition outside 0–1 and a missing headcount, naming them", () => {
    expect(excelError(() => ccHires(30, 25, 1.5))).toMatchObject({ code: NUM, message: expect.stringMatching(/^CC\.HIRES: attritionRate /) });
    expect(excelError(() => ccHires(null, 25, 0.06))).toMatchObject({ code: VALUE, message: expect.stringMatching(/^CC\.HIRES: headcount is required/) });
  });
});

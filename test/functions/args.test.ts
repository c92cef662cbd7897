import { D } from "../../src/core/decimal";
import { fail, ok } from "../../src/core/result";
import { cc, errorMessage, isBlank } from "../../src/functions/args";
import { DIV0, NUM, VALUE, excel, excelError } from "./helpers";

const asNumbers = (xs: { toNumber(): number }[]) => xs.map((x) => x.toNumber());

describe("cc(): the one exit to Excel", () => {
  test("returns the exact result converted once", () => {
    expect(cc("T", () => ok(D("0.1").plus("0.2")))).toBe(0.3);
    expect(cc("T", () => D(4840))).toBe(4840);
  });
  test.each([
    ["notNumber", VALUE],
    ["mismatch", VALUE],
    ["badChoice", VALUE],
    ["outOfRange", NUM],
    ["divByZero", DIV0],
  ] as const)("core %s → %s with 'CC.NAME: arg reason'", (code, excelCode) => {
    const e = excelError(() => cc("NAME", () => fail(code, "someArg", "is wrong", "错误")));
    expect(e.code).toBe(excelCode);
    expect(e.message).toBe("CC.NAME: someArg is wrong | someArg 错误");
  });
  test("an unexpected exception becomes #VALUE! with its reason", () => {
    const e = excelError(() =>
      cc("BOOM", () => {
        throw new RangeError("kaput");
      }),
    );
    expect(e).toEqual({ code: VALUE, message: expect.stringContaining("CC.BOOM: unexpected error (kaput)") });
  });
  test("a result beyond a double becomes #NUM!, never Infinity", () => {
    expect(excelError(() => cc("BIG", () => D("1e400"))).code).toBe(NUM);
  });
  test("errorMessage format", () => {
    expect(errorMessage("X", { code: "outOfRange", arg: "a", message: { en: "must be ≥ 0", zh: "不能为负数" } })).toBe(
      "CC.X: a must be ≥ 0 | a 不能为负数",
    );
  });
});

describe("argument readers", () => {
  const run = (f: Parameters<typeof cc>[1]) => excel(() => cc("F", f));

  test("num: numbers pass, blank is required, text and booleans are #VALUE! naming the argument", () => {
    expect(run((a) => a.num("x", 2.5))).toBe(2.5);
    for (const bad of [null, undefined, ""]) expect(run((a) => a.num("x", bad))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.F: x is required/) });
    expect(run((a) => a.num("x", "abc"))).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.F: x must be a number, got text "abc"/) });
    expect(run((a) => a.num("x", "12"))).toEqual({ code: VALUE, message: expect.stringContaining("number stored as text") });
    expect(run((a) => a.num("x", true))).toEqual({ code: VALUE, message: expect.stringContaining("got TRUE") });
    expect(run((a) => a.num("x", NaN))).toEqual({ code: VALUE, message: expect.stringContaining("CC.F: x") });
    expect(run((a) => a.num("x", [[1]]))).toEqual({ code: VALUE, message: expect.stringContaining("got a range") });
  });
  test("optNum / maybeNum: null, undefined and \"\" take the default", () => {
    for (const blank of [null, undefined, ""]) {
      expect(run((a) => a.optNum("x", blank, 22))).toBe(22);
      expect(run((a) => D(a.maybeNum("x", blank) === undefined ? 1 : 0))).toBe(1);
    }
    expect(run((a) => a.optNum("x", 0, 22))).toBe(0);
    expect(excelError(() => cc("F", (a) => a.optNum("x", "no", 22))).message).toContain("CC.F: x must be a number");
  });
  test("range: cell, row, column, block; blanks count as 0; text names the cell", () => {
    const r = (v: unknown) => {
      let got: number[] = [];
      cc("F", (a) => {
        got = asNumbers(a.range("xs", v));
        return D(0);
      });
      return got;
    };
    expect(r([[5]])).toEqual([5]);
    expect(r(5)).toEqual([5]);
    expect(r([[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(r([[1], [2], [3]])).toEqual([1, 2, 3]);
    expect(r([[1, 2], [3, 4]])).toEqual([1, 2, 3, 4]);
    expect(r([[1, null, ""]])).toEqual([1, 0, 0]);
    const e = excelError(() => cc("F", (a) => (a.range("xs", [[1, "x"]]), D(0))));
    expect(e).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.F: xs cell 2 must be a number, got text "x"/) });
  });
  test("pairs: same cell count else #VALUE!; both-blank pairs skipped; one blank counts 0", () => {
    let got: { a: number[]; b: number[] } = { a: [], b: [] };
    cc("F", (a) => {
      const p = a.pairs("n", [[1], [null], [""], [4]], "t", [[10], [""], [7], [null]]);
      got = { a: asNumbers(p.a), b: asNumbers(p.b) };
      return D(0);
    });
    expect(got).toEqual({ a: [1, 0, 4], b: [10, 7, 0] });
    const e = excelError(() => cc("F", (a) => (a.pairs("n", [[1, 2, 3]], "t", [[1], [2]]), D(0))));
    expect(e).toEqual({ code: VALUE, message: expect.stringMatching(/^CC\.F: t must have as many cells as n \(2 vs 3\)/) });
  });
  test("choice: case-insensitive words, default on blank, #VALUE! listing the words", () => {
    const words = { margin: "m", markup: "k", 毛利: "m" } as const;
    const pick = (v: unknown) => {
      let got = "";
      cc("F", (a) => ((got = a.choice("method", v, words, "m")), D(0)));
      return got;
    };
    expect(pick(null)).toBe("m");
    expect(pick(" MarkUp ")).toBe("k");
    expect(pick("毛利")).toBe("m");
    const e = excelError(() => cc("F", (a) => (a.choice("method", "cost", words, "m"), D(0))));
    expect(e.code).toBe(VALUE);
    expect(e.message).toMatch(/^CC\.F: method must be one of "margin", "markup", "毛利" \(got "cost"\)/);
  });
  test("flag: booleans, numbers, blank default; text is #VALUE!", () => {
    const f = (v: unknown) => {
      let got: boolean | undefined;
      cc("F", (a) => ((got = a.flag("kpiMet", v, false)), D(0)));
      return got;
    };
    expect([f(true), f(false), f(1), f(0), f(null), f("")]).toEqual([true, false, true, false, false, false]);
    expect(excelError(() => cc("F", (a) => (a.flag("kpiMet", "yes", false), D(0)))).message).toContain("kpiMet must be TRUE or FALSE");
  });
  test("isBlank", () => {
    expect([null, undefined, "", 0, " "].map(isBlank)).toEqual([true, true, true, false, false]);
  });
});

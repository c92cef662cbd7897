/**
 * Every reason an adapter gives, byte for byte in both languages: the wording lives in the
 * sentence book (src/core/sentences/functions.ts) and reaches Excel through the one exit `cc()`;
 * moving it there must not change a character of what a cell shows.
 */
import { D } from "../../src/core/decimal";
import { cc } from "../../src/functions/args";
import { ccPiecewise } from "../../src/functions/kpi";
import { ccHoldback, ccTierFee } from "../../src/functions/outcome";
import { ccBreakEven, ccPrice, ccSeatCost } from "../../src/functions/seat";
import { ccErlangC, ccShrinkage } from "../../src/functions/staffing";
import { ccNormAnswers, ccUtilization } from "../../src/functions/traffic";
import { ccPerAnswer, ccPerMinute, ccRecruitCost, ccUnitCost } from "../../src/functions/costplus";
import { excelError } from "./helpers";

const CASES: [label: string, call: () => number, code: string, message: string][] = [
  ["required", () => ccSeatCost(null), "#VALUE!", "CC.SEATCOST: dailyRate is required | dailyRate 为必填项"],
  ["text", () => ccSeatCost("abc"), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got text \"abc\" | dailyRate 必须是数值，当前为 文本 \"abc\""],
  ["long text", () => ccSeatCost("x".repeat(50)), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got text \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" | dailyRate 必须是数值，当前为 文本 \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\""],
  ["number as text", () => ccSeatCost(" 12 "), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got text \" 12 \" (a number stored as text?) | dailyRate 必须是数值，当前为文本 \" 12 \"（是否是以文本形式存储的数字？）"],
  ["boolean", () => ccSeatCost(true), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got TRUE | dailyRate 必须是数值，当前为 TRUE"],
  ["range for a number", () => ccSeatCost([[1]]), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got a range | dailyRate 必须是数值，当前为 区域"],
  ["NaN", () => ccSeatCost(NaN), "#VALUE!", "CC.SEATCOST: dailyRate must be a finite number | dailyRate 必须是有限数值"],
  ["Infinity", () => ccSeatCost(Infinity), "#VALUE!", "CC.SEATCOST: dailyRate must be a finite number | dailyRate 必须是有限数值"],
  ["undefined type", () => cc("F", (a) => a.num("x", Symbol("s"))), "#VALUE!", "CC.F: x must be a number, got symbol | x 必须是数值，当前为 symbol"],
  ["object", () => ccSeatCost({}), "#VALUE!", "CC.SEATCOST: dailyRate must be a number, got object | dailyRate 必须是数值，当前为 object"],
  ["negative", () => ccSeatCost(-1), "#NUM!", "CC.SEATCOST: dailyRate must be ≥ 0 (got -1) | dailyRate 不能为负数（当前为 -1）"],
  ["range cell text", () => ccShrinkage([[0.1, "x"]]), "#VALUE!", "CC.SHRINKAGE: components cell 2 must be a number, got text \"x\" | components 第 2 个单元格必须是数值，当前为 文本 \"x\""],
  ["range cell number as text", () => ccShrinkage([[0.1], ["0.2"]]), "#VALUE!", "CC.SHRINKAGE: components cell 2 must be a number, got text \"0.2\" (a number stored as text?) | components 第 2 个单元格必须是数值，当前为文本 \"0.2\"（是否是以文本形式存储的数字？）"],
  ["range cell boolean", () => ccShrinkage([[false]]), "#VALUE!", "CC.SHRINKAGE: components cell 1 must be a number, got FALSE | components 第 1 个单元格必须是数值，当前为 FALSE"],
  ["range cell NaN", () => ccShrinkage([[0.1, NaN]]), "#VALUE!", "CC.SHRINKAGE: components cell 2: must be a finite number | components 第 2 个单元格：必须是有限数值"],
  ["range cell nested range", () => ccShrinkage([[[1]]]), "#VALUE!", "CC.SHRINKAGE: components cell 1 must be a number, got a range | components 第 1 个单元格必须是数值，当前为 区域"],
  ["negative range cell", () => ccPerMinute(1, [[1], [-2]]), "#NUM!", "CC.PERMINUTE: talkMinutes cell 2 must be ≥ 0 (got -2) | talkMinutes 第 2 个单元格不能为负数（当前为 -2）"],
  ["pairs mismatch", () => ccNormAnswers([[1, 2]], [[3]], 43), "#VALUE!", "CC.NORMANSWERS: avgTalkSeconds must have as many cells as answered (1 vs 2) | avgTalkSeconds 的单元格数必须与 answered 相同（1 对 2）"],
  ["pairs cell text", () => ccNormAnswers([[1], [2]], [[3], ["y"]], 43), "#VALUE!", "CC.NORMANSWERS: avgTalkSeconds cell 2 must be a number, got text \"y\" | avgTalkSeconds 第 2 个单元格必须是数值，当前为 文本 \"y\""],
  ["choice text", () => ccUnitCost(1, [[1]], [[1]], null, "call"), "#VALUE!", "CC.UNITCOST: basis must be one of \"answer\", \"应答\", \"minute\", \"分钟\" (got \"call\") | basis 必须是 \"answer\", \"应答\", \"minute\", \"分钟\" 之一（当前为 \"call\"）"],
  ["choice number", () => ccPrice(1, 0.1, 3), "#VALUE!", "CC.PRICE: method must be one of \"margin\", \"毛利\", \"markup\", \"加成\" (got \"3\") | method 必须是 \"margin\", \"毛利\", \"markup\", \"加成\" 之一（当前为 \"3\"）"],
  ["choice boolean", () => ccPrice(1, 0.1, true), "#VALUE!", "CC.PRICE: method must be one of \"margin\", \"毛利\", \"markup\", \"加成\" (got \"TRUE\") | method 必须是 \"margin\", \"毛利\", \"markup\", \"加成\" 之一（当前为 \"TRUE\"）"],
  ["choice range", () => ccTierFee(1, [[0]], [[1]], [["a"]]), "#VALUE!", "CC.TIERFEE: mode must be one of \"graduated\", \"超额累进\", \"volume\", \"全额累进\" (got \"a range\") | mode 必须是 \"graduated\", \"超额累进\", \"volume\", \"全额累进\" 之一（当前为 \"a range\"）"],
  ["flag text", () => ccHoldback(1, 0.1, "yes"), "#VALUE!", "CC.HOLDBACK: kpiMet must be TRUE or FALSE, got text \"yes\" | kpiMet 必须是 TRUE 或 FALSE，当前为 文本 \"yes\""],
  ["flag range", () => ccHoldback(1, 0.1, [[true]]), "#VALUE!", "CC.HOLDBACK: kpiMet must be TRUE or FALSE, got a range | kpiMet 必须是 TRUE 或 FALSE，当前为 区域"],
  ["div by zero", () => ccBreakEven(1, 0), "#DIV/0!", "CC.BREAKEVEN: unitPrice is zero, so the division is undefined | unitPrice 为零，无法相除"],
  ["overloaded", () => ccErlangC(10, 10), "#NUM!", "CC.ERLANGC: agents must exceed the traffic of 10 Erlangs (got 10): the queue is overloaded and waits grow without bound | agents 必须大于话务量 10 爱尔兰（当前为 10）：队列过载，等待时间无限增长"],
  ["rename", () => ccPerAnswer(1, [[0]], [[0]], 43), "#DIV/0!", "CC.PERANSWER: answered × avgTalkSeconds ÷ standardTalkSeconds (normalised answers) is zero, so the division is undefined | answered × avgTalkSeconds ÷ standardTalkSeconds (normalised answers) 为零，无法相除"],
  ["rename utilization", () => ccUtilization([[1]], 0, 8, 21.75), "#DIV/0!", "CC.UTILIZATION: agents × hoursPerDay × paidDaysPerMonth × months (paid minutes) is zero, so the division is undefined | agents × hoursPerDay × paidDaysPerMonth × months (paid minutes) 为零，无法相除"],
  ["piecewise", () => ccPiecewise(1, [[1], [1]], [[1], [2]]), "#VALUE!", "CC.PIECEWISE: xs item 2: xs must be strictly ascending or strictly descending (got 1 after 1) | xs 第 2 项：xs 必须严格递增或严格递减（1 之后为 1）"],
  ["unexpected", () => cc("BOOM", () => { throw new RangeError("kaput"); }), "#VALUE!", "CC.BOOM: unexpected error (kaput) | 意外错误（kaput）"],
  ["unexpected non-error", () => cc("BOOM", () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a non-Error thrown value must still give a reason
    throw "str";
  }), "#VALUE!", "CC.BOOM: unexpected error (str) | 意外错误（str）"],
  ["too large", () => cc("BIG", () => D("1e400")), "#NUM!", "CC.BIG: result 1e+400 is too large for a spreadsheet number | 结果超出表格数值范围"],
  ["too large, from arguments", () => ccRecruitCost(1e308, 10), "#NUM!", "CC.RECRUITCOST: hires, feePerHire give a result too large for a spreadsheet number (1e+309) | hires, feePerHire 的计算结果超出表格数值范围（1e+309）"],
  ["too large, from one argument", () => cc("ONE", (a) => a.num("x", 1e308).times(10)), "#NUM!", "CC.ONE: x gives a result too large for a spreadsheet number (1e+309) | x 的计算结果超出表格数值范围（1e+309）"],
  ["required range", () => ccShrinkage(undefined as unknown as unknown[][]), "#VALUE!", "CC.SHRINKAGE: components is required | components 为必填项"],
];

test.each(CASES)("%s", (_label, call, code, message) => {
  expect(excelError(call)).toEqual({ code, message });
});

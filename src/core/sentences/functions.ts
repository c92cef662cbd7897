/**
 * What the CC.* worksheet functions say about the cells they are given (src/functions/readers.ts, args.ts).
 * Each reason follows the argument's name: "CC.NAME: <arg> <en> | <arg> <zh>". A cell prefix
 * ("cell 2 ", "第 2 个单元格") goes before a reason when the argument is a range.
 */
import { part } from "./book";

export const FUNCTIONS = part({
  fnRequired: { en: "is required", zh: "为必填项" },
  /** How a text cell is shown inside a reason (the text arrives already quoted and cut to 40 characters). */
  fnShownText: { en: (quoted: string) => `text ${quoted}`, zh: (quoted: string) => `文本 ${quoted}` },
  fnShownRange: { en: "a range", zh: "区域" },
  fnNotNumber: { en: (got: string) => `must be a number, got ${got}`, zh: (got: string) => `必须是数值，当前为 ${got}` },
  fnNumberAsText: {
    en: (got: string) => `must be a number, got ${got} (a number stored as text?)`,
    zh: (got: string) => `必须是数值，当前为${got}（是否是以文本形式存储的数字？）`,
  },
  /** Before a reason of the adapter's own ("cell 2 must be a number …"). */
  fnCell: { en: (n: number) => `cell ${n} `, zh: (n: number) => `第 ${n} 个单元格` },
  /** Before a validator's reason ("cell 2: must be a finite number"). */
  fnCellColon: { en: (n: number) => `cell ${n}: `, zh: (n: number) => `第 ${n} 个单元格：` },
  fnOneOf: {
    en: (list: string, got: string) => `must be one of ${list} (got ${got})`,
    zh: (list: string, got: string) => `必须是 ${list} 之一（当前为 ${got}）`,
  },
  fnSameCells: {
    en: (other: string, cells: number, otherCells: number) => `must have as many cells as ${other} (${cells} vs ${otherCells})`,
    zh: (other: string, cells: number, otherCells: number) => `的单元格数必须与 ${other} 相同（${cells} 对 ${otherCells}）`,
  },
  fnNotFlag: { en: (got: string) => `must be TRUE or FALSE, got ${got}`, zh: (got: string) => `必须是 TRUE 或 FALSE，当前为 ${got}` },
  fnUnexpected: { en: (reason: string) => `unexpected error (${reason})`, zh: (reason: string) => `意外错误（${reason}）` },
  /** After the arguments a too-large result came from: "hires, feePerHire give a result …". */
  fnTooLargeFrom: {
    en: (result: string, count: number) => `${count === 1 ? "gives" : "give"} a result too large for a spreadsheet number (${result})`,
    zh: (result: string, _count: number) => `的计算结果超出表格数值范围（${result}）`,
  },
  fnTooLarge: {
    en: (result: string) => `result ${result} is too large for a spreadsheet number`,
    zh: (_result: string) => "结果超出表格数值范围",
  },
});

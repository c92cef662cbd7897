/**
 * Adapter helpers shared by every CC.* worksheet function: turn what Excel passes into exact
 * decimals (once), run a core formula, and turn its Result into a number (once) or an Excel error.
 *
 * How a CC function is written (see seat.ts for real ones):
 *
 *   export function seatCostFn(dailyRate: unknown, workDays?: unknown): number {
 *     return cc("SEATCOST", (a) => seatCost(a.num("dailyRate", dailyRate), a.optNum("workDays", workDays, 22), …));
 *   }
 *
 * - `cc(NAME, body)` runs the body and is the only exit to Excel: a successful Result becomes
 *   a finite number; a failed Result or a bad argument becomes `CustomFunctions.Error` with the
 *   message "CC.NAME: <arg> <reason> | <中文原因>"; any unexpected exception becomes #VALUE!
 *   with its reason (never an uncaught throw, NaN or Infinity).
 * - Parameters are typed `unknown` (metadata type "any") on purpose: Excel then hands us text
 *   and booleans as they are, so we can say which argument was wrong instead of a bare #VALUE!.
 * - Excel passes `null` for an omitted optional argument, so defaults are applied here, never
 *   with TypeScript default parameters. The readers (readers.ts) refuse a missing required
 *   argument — null, undefined, "" or one not passed at all — with #VALUE! "is required".
 * - A result beyond a double is #NUM! naming the arguments read ("hires, feePerHire give a result
 *   too large…"), so every error a CC function gives names an argument.
 *
 * - Each family file (traffic.ts, seat.ts, …) declares its functions at top level with JSDoc:
 *   `@customfunction ID`, every `@param` described for an analyst (unit, default, example),
 *   `@helpurl https://localhost:3000/functions.html#cc-<id in lower case>`, `@returns`, and one
 *   `@example =CC.ID(args) → value` or more (the metadata ignores the tag; the reference prints
 *   it and test/built/functions-examples.test.ts runs it through dist/functions.js — the form is
 *   in scripts/functions-examples.ts). Chinese descriptions go in `src/functions/<family>.zh-CN.json`;
 *   every reason a reader gives is a sentence of src/core/sentences/functions.ts.
 *
 * Error mapping: notNumber / mismatch / badChoice → #VALUE!, outOfRange → #NUM!,
 * divByZero → #DIV/0!. (Excel keeps the custom message only on #VALUE! and #N/A; we pass it
 * on every code anyway — it costs nothing and other hosts may show it.)
 */
import { D, toNumber, type Dec } from "../core/decimal";
import type { CoreError, ErrorCode, LocalizedText, Result } from "../core/result";
import { FUNCTIONS as S } from "../core/sentences/functions";
import { ArgFailure, ARGS, argumentsRead, said, startReading, type Args } from "./readers";

export { isBlank, type Args } from "./readers";

/** Throw an Excel error. Its typings don't extend Error, but throwing it is how Excel's API works. */
function raise(e: CustomFunctions.Error): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel expects this exact object
  throw e;
}

/** Core error code → Excel error code (looked up at call time: the global comes from the host). */
export function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "outOfRange":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "divByZero":
      return CustomFunctions.ErrorCode.divisionByZero;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** "CC.NAME: english | 中文" — the frame of every message a CC function gives Excel. */
function framed(name: string, text: LocalizedText): string {
  return `CC.${name}: ${text.en} | ${text.zh}`;
}

/** "CC.NAME: arg reason | arg 中文原因" — the message every CC error carries. */
export function errorMessage(name: string, error: CoreError): string {
  return framed(name, { en: `${error.arg} ${error.message.en}`, zh: `${error.arg} ${error.message.zh}` });
}

/** The Excel error for a core error (exported for tests and for other adapters). */
export function toExcelError(name: string, error: CoreError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelCode(error.code), errorMessage(name, error));
}

/** #NUM! for a result beyond a double, naming the arguments it came from. */
function tooLarge(name: string, value: Dec): CustomFunctions.Error {
  const from = argumentsRead();
  const code = CustomFunctions.ErrorCode.invalidNumber;
  if (from.length === 0) return new CustomFunctions.Error(code, framed(name, said(S.fnTooLarge, value.toString())));
  return new CustomFunctions.Error(code, errorMessage(name, { code: "outOfRange", arg: from.join(", "), message: said(S.fnTooLargeFrom, value.toString(), from.length) }));
}

/** Unwrap a core Result inside a `cc` body (for intermediate steps); a failure stops the function. */
export function need<T>(r: Result<T>): T {
  if (!r.ok) throw new ArgFailure(r.error);
  return r.value;
}

/**
 * Run a CC function body and return its number to Excel, or throw the Excel error. `name` is the
 * function id without the namespace ("SEATCOST"). The body returns a core Result<Dec> (or a Dec).
 * `renames` maps a core argument name to the words shown instead, e.g.
 * `{ normalizedAnswers: "answered × avgTalkSeconds ÷ standardTalkSeconds" }`.
 */
export function cc(name: string, body: (a: Args) => Result<Dec> | Dec, renames?: Readonly<Record<string, string>>): number {
  const value = settled(name, (a) => body(a), renames);
  const n = toNumber(value);
  if (!Number.isFinite(n)) raise(tooLarge(name, value));
  // -0 would show as 0 anyway; normalise so tests and Excel agree.
  return n === 0 ? 0 : n;
}

/**
 * `cc` for a function whose answer is a range (it spills as a dynamic array): a matrix of finite
 * numbers, every cell computed, or one Excel error — never a half-filled range.
 */
export function ccMatrix(name: string, body: (a: Args) => Result<number[][]>): number[][] {
  const rows = settled(name, body);
  for (const row of rows) for (const x of row) if (!Number.isFinite(x)) raise(tooLarge(name, new D(String(x))));
  return rows;
}

/** Run a CC function body: its value, or the Excel error naming the argument (see `cc`). */
function settled<T>(name: string, body: (a: Args) => Result<T> | T, renames?: Readonly<Record<string, string>>): T {
  // A core step may name an intermediate ("normalizedAnswers"); say which cells it came from.
  const named = (error: CoreError): CoreError => {
    const shownArg = renames?.[error.arg];
    return shownArg === undefined ? error : { ...error, arg: shownArg };
  };
  startReading();
  try {
    const r = body(ARGS);
    if (!isResult(r)) return r;
    if (r.ok) return r.value;
    raise(toExcelError(name, named(r.error)));
  } catch (e) {
    if (e instanceof ArgFailure) raise(toExcelError(name, named(e.error)));
    if (e instanceof CustomFunctions.Error) raise(e);
    const reason = e instanceof Error ? e.message : String(e);
    raise(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, framed(name, said(S.fnUnexpected, reason))));
  }
}

function isResult<T>(r: Result<T> | T): r is Result<T> {
  return typeof r === "object" && r !== null && !D.isDecimal(r) && "ok" in r;
}

/**
 * `flat` — one answer per cell, row by row as the readers read a range — laid out in the shape of
 * the range `like` came in: rows of its rows' lengths (a lone value is a 1×1 range).
 */
export function inShapeOf(like: unknown, flat: readonly number[]): number[][] {
  if (!Array.isArray(like)) return [[flat[0] ?? 0]];
  let at = 0;
  return (like as unknown[]).map((row) => {
    const width = Array.isArray(row) ? row.length : 1;
    const out = flat.slice(at, at + width);
    at += width;
    return out;
  });
}

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
 *   with TypeScript default parameters.
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
import { VALIDATION } from "../core/sentences/validation";
import { fromNumber } from "../core/validators";

/** Thrown inside a `cc` body by the argument readers; `cc` turns it into an Excel error. */
class ArgFailure extends Error {
  constructor(readonly error: CoreError) {
    super(`${error.arg} ${error.message.en}`);
  }
}

/** Throw an Excel error. Its typings don't extend Error, but throwing it is how Excel's API works. */
function raise(e: CustomFunctions.Error): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel expects this exact object
  throw e;
}

function failArg(code: ErrorCode, arg: string, message: LocalizedText): never {
  throw new ArgFailure({ code, arg, message });
}

type Said<A extends unknown[]> = { readonly en: (...a: A) => string; readonly zh: (...a: A) => string };

/** A book sentence with its figures filled in, in both languages. */
function said<A extends unknown[]>(s: Said<A>, ...args: A): LocalizedText {
  return { en: s.en(...args), zh: s.zh(...args) };
}

/** A book sentence about a shown value, which itself reads differently in each language. */
function saidOf(s: Said<[string]>, got: LocalizedText): LocalizedText {
  return { en: s.en(got.en), zh: s.zh(got.zh) };
}

/** A prefix (which cell) and a reason, language by language. */
function joined(a: LocalizedText, b: LocalizedText): LocalizedText {
  return { en: a.en + b.en, zh: a.zh + b.zh };
}

/** Words that read the same in both languages (Excel's TRUE/FALSE, a JavaScript type name). */
const same = (w: string): LocalizedText => ({ en: w, zh: w });

const NOWHERE = same("");

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

/** A blank cell: Excel passes null (or undefined when a trailing argument is left out) or "". */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** How a non-number looks in a message: text quoted, booleans as Excel shows them. */
function shown(value: unknown): LocalizedText {
  if (typeof value === "string") return said(S.fnShownText, `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`);
  if (typeof value === "boolean") return same(value ? "TRUE" : "FALSE");
  if (Array.isArray(value)) return S.fnShownRange;
  return same(typeof value);
}

/** Why a cell value is not a number ("where" is nothing or which cell of a range). */
function notANumber(arg: string, value: unknown, where: LocalizedText): never {
  const asText = typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value));
  failArg("notNumber", arg, joined(where, saidOf(asText ? S.fnNumberAsText : S.fnNotNumber, shown(value))));
}

function decimalOf(arg: string, value: number, where: LocalizedText): Dec {
  const r = fromNumber(arg, value);
  if (!r.ok) failArg("notNumber", arg, joined(where, r.error.message));
  return r.value;
}

/** Flatten a range argument row by row; a lone value (not a matrix) counts as one cell. */
function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  const cells: unknown[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/** Lower-cased lookup tables per word list, built once (word lists are module constants). */
const lookups = new WeakMap<object, Map<string, unknown>>();

/** A choice word: trimmed, case-insensitive, looked up in `words`; lists the accepted words on error. */
function chooseWord<T>(arg: string, value: string, words: Readonly<Record<string, T>>): T {
  let table = lookups.get(words) as Map<string, T> | undefined;
  if (!table) {
    table = new Map(Object.entries(words).map(([w, meaning]) => [w.toLowerCase(), meaning]));
    lookups.set(words, table);
  }
  const key = value.trim().toLowerCase();
  if (table.has(key)) return table.get(key) as T;
  const got = `"${value}"`;
  const list = Object.keys(words)
    .map((w) => `"${w}"`)
    .join(", ");
  return failArg("badChoice", arg, said(S.fnOneOf, list, got));
}

/** One numeric cell of a range: blank → 0 (and reported blank), text/boolean → #VALUE! naming the cell. */
function rangeCell(arg: string, cell: unknown, index: number): Dec {
  if (isBlank(cell)) return ZERO_CELL;
  if (typeof cell === "number") return decimalOf(arg, cell, said(S.fnCellColon, index + 1));
  return notANumber(arg, cell, said(S.fnCell, index + 1));
}

const ZERO_CELL = new D(0);

/**
 * The argument readers handed to a `cc` body. Each converts an Excel value exactly once into a
 * Decimal (or a choice / flag) or stops the function with an error naming the argument.
 */
export interface Args {
  /** A required number. Blank/omitted → #VALUE! "is required"; text or TRUE/FALSE → #VALUE!. */
  num(arg: string, value: unknown): Dec;
  /** An optional number: null/omitted/"" → `fallback`. Text or TRUE/FALSE → #VALUE!. */
  optNum(arg: string, value: unknown, fallback: number): Dec;
  /** An optional number with no default: null/omitted/"" → undefined. */
  maybeNum(arg: string, value: unknown): Dec | undefined;
  /**
   * A range (single cell, row, column or block) of numbers, read row by row. Blank cells
   * (null or "") count as 0; text or booleans → #VALUE! naming the argument and the cell.
   */
  range(arg: string, value: unknown): Dec[];
  /** Like `range`, but a negative cell → #NUM! naming the argument and the cell (for counts and amounts). */
  nonNegRange(arg: string, value: unknown): Dec[];
  /**
   * Two ranges that pair cell by cell (read row by row). They must have the same number of
   * cells, else #VALUE!; a pair where both cells are blank is skipped; one blank cell counts as 0.
   */
  pairs(argA: string, a: unknown, argB: string, b: unknown): { a: Dec[]; b: Dec[] };
  /**
   * A word from a fixed list (trimmed, case-insensitive), mapped to its meaning:
   * `choice("basis", basis, { answer: "answer", 应答: "answer" }, "answer")`. null/omitted/"" →
   * `fallback`; anything else → #VALUE! listing the accepted words.
   */
  choice<T>(arg: string, value: unknown, words: Readonly<Record<string, T>>, fallback: T): T;
  /** An optional TRUE/FALSE: booleans as they are, numbers 0 → FALSE else TRUE, null → `fallback`; text → #VALUE!. */
  flag(arg: string, value: unknown, fallback: boolean): boolean;
}

const ARGS: Args = {
  num(arg, value) {
    if (typeof value === "number") return decimalOf(arg, value, NOWHERE);
    if (isBlank(value)) failArg("notNumber", arg, S.fnRequired);
    return notANumber(arg, value, NOWHERE);
  },
  optNum(arg, value, fallback) {
    return isBlank(value) ? new D(fallback) : ARGS.num(arg, value);
  },
  maybeNum(arg, value) {
    return isBlank(value) ? undefined : ARGS.num(arg, value);
  },
  range(arg, value) {
    const cells = cellsOf(value);
    const out: Dec[] = new Array<Dec>(cells.length);
    for (let i = 0; i < cells.length; i++) out[i] = rangeCell(arg, cells[i], i);
    return out;
  },
  nonNegRange(arg, value) {
    const cells = ARGS.range(arg, value);
    for (let i = 0; i < cells.length; i++) {
      const x = cells[i] as Dec;
      if (x.isNegative() && !x.isZero()) {
        failArg("outOfRange", arg, joined(said(S.fnCell, i + 1), said(VALIDATION.notNegative, x.toString())));
      }
    }
    return cells;
  },
  pairs(argA, a, argB, b) {
    const cellsA = cellsOf(a);
    const cellsB = cellsOf(b);
    if (cellsA.length !== cellsB.length) {
      failArg("mismatch", argB, said(S.fnSameCells, argA, cellsB.length, cellsA.length));
    }
    const outA: Dec[] = [];
    const outB: Dec[] = [];
    for (let i = 0; i < cellsA.length; i++) {
      const x = cellsA[i];
      const y = cellsB[i];
      if (isBlank(x) && isBlank(y)) continue;
      outA.push(rangeCell(argA, x, i));
      outB.push(rangeCell(argB, y, i));
    }
    return { a: outA, b: outB };
  },
  choice(arg, value, words, fallback) {
    if (isBlank(value)) return fallback;
    if (typeof value !== "string") {
      // A number or TRUE/FALSE is quoted as Excel shows it, the same in both languages.
      return chooseWord(arg, typeof value === "number" ? String(value) : shown(value).en, words);
    }
    return chooseWord(arg, value, words);
  },
  flag(arg, value, fallback) {
    if (isBlank(value)) return fallback;
    if (typeof value === "boolean") return value;
    if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
    return failArg("notNumber", arg, saidOf(S.fnNotFlag, shown(value)));
  },
};

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
  // A core step may name an intermediate ("normalizedAnswers"); say which cells it came from.
  const named = (error: CoreError): CoreError => {
    const shownArg = renames?.[error.arg];
    return shownArg === undefined ? error : { ...error, arg: shownArg };
  };
  let value: Dec;
  try {
    const r = body(ARGS);
    if (D.isDecimal(r)) value = r;
    else if (r.ok) value = r.value;
    else raise(toExcelError(name, named(r.error)));
  } catch (e) {
    if (e instanceof ArgFailure) raise(toExcelError(name, named(e.error)));
    if (e instanceof CustomFunctions.Error) raise(e);
    const reason = e instanceof Error ? e.message : String(e);
    raise(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, framed(name, said(S.fnUnexpected, reason))));
  }
  const n = toNumber(value);
  if (!Number.isFinite(n)) {
    raise(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, framed(name, said(S.fnTooLarge, value.toString()))));
  }
  // -0 would show as 0 anyway; normalise so tests and Excel agree.
  return n === 0 ? 0 : n;
}

/**
 * The argument readers of the CC.* worksheet functions (see args.ts for how a function is
 * written): each converts what Excel passes exactly once — into a Decimal, a list of them, a
 * choice or a flag — or stops the function with an error naming the argument. A required
 * argument that is missing (null, undefined, "", or not passed at all because the caller gave too
 * few) is #VALUE! "is required" in every reader, whoever calls the function.
 */
import { D, toNumber, type Dec } from "../core/decimal";
import type { CoreError, ErrorCode, LocalizedText } from "../core/result";
import { FUNCTIONS as S } from "../core/sentences/functions";
import { VALIDATION } from "../core/sentences/validation";
import { fromNumber } from "../core/validators";

/** Thrown inside a `cc` body by the argument readers; `cc` turns it into an Excel error. */
export class ArgFailure extends Error {
  constructor(readonly error: CoreError) {
    super(`${error.arg} ${error.message.en}`);
  }
}

export function failArg(code: ErrorCode, arg: string, message: LocalizedText): never {
  throw new ArgFailure({ code, arg, message });
}

type Said<A extends unknown[]> = { readonly en: (...a: A) => string; readonly zh: (...a: A) => string };

/** A book sentence with its figures filled in, in both languages. */
export function said<A extends unknown[]>(s: Said<A>, ...args: A): LocalizedText {
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

/**
 * The numeric arguments read by the `cc` call under way, in order — so that a result too large
 * for a double can say which arguments produced it. Reset by `cc` (calls do not nest).
 */
const readNames: string[] = [];

export function startReading(): void {
  readNames.length = 0;
}

export function argumentsRead(): readonly string[] {
  return readNames;
}

function noted(arg: string): void {
  if (!readNames.includes(arg)) readNames.push(arg);
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

/**
 * Flatten a range argument row by row; a lone value (not a matrix) counts as one cell. Excel hands
 * a blank cell as [[null]]: a bare null, undefined or "" is the argument missing — "is required".
 */
function cellsOf(arg: string, value: unknown): unknown[] {
  if (isBlank(value)) failArg("notNumber", arg, S.fnRequired);
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
   * (null or "") count as 0; text or booleans → #VALUE! naming the argument and the cell; the
   * argument itself missing (null, undefined, "") → #VALUE! "is required".
   */
  range(arg: string, value: unknown): Dec[];
  /**
   * Like `range`, read as doubles for the queueing maths (staffing runs in doubles): the same
   * cells, blanks and errors, without a Decimal per cell — a year of half hours is 17 520 cells.
   */
  doubles(arg: string, value: unknown): number[];
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

export const ARGS: Args = {
  num(arg, value) {
    noted(arg);
    if (typeof value === "number") return decimalOf(arg, value, NOWHERE);
    if (isBlank(value)) failArg("notNumber", arg, S.fnRequired);
    return notANumber(arg, value, NOWHERE);
  },
  optNum(arg, value, fallback) {
    noted(arg);
    return isBlank(value) ? new D(fallback) : ARGS.num(arg, value);
  },
  maybeNum(arg, value) {
    return isBlank(value) ? undefined : ARGS.num(arg, value);
  },
  range(arg, value) {
    noted(arg);
    const cells = cellsOf(arg, value);
    const out: Dec[] = new Array<Dec>(cells.length);
    for (let i = 0; i < cells.length; i++) out[i] = rangeCell(arg, cells[i], i);
    return out;
  },
  doubles(arg, value) {
    noted(arg);
    const cells = cellsOf(arg, value);
    const out: number[] = new Array<number>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      // Anything but a finite number or a blank: the Decimal reader refuses it, naming the cell.
      out[i] = typeof cell === "number" && Number.isFinite(cell) ? cell : toNumber(rangeCell(arg, cell, i));
    }
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
    noted(argA);
    noted(argB);
    const cellsA = cellsOf(argA, a);
    const cellsB = cellsOf(argB, b);
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

/**
 * The worked examples of the CC functions, in one form that the reference prints and a test runs
 * through the built bundle (test/built/functions-examples.test.ts). They are `@example` lines in
 * the JSDoc of src/functions/*.ts: custom-functions-metadata ignores that tag, so an example never
 * changes the published metadata (the descriptions keep their own prose examples, which the test
 * ties to these).
 *
 *   @example =CC.ID(arg, arg, …) → value (note)
 *
 * - arg: a number (220, -1, 0.85, 1e6); a percentage (20% is 0.2, read exactly as Excel does);
 *   text in double quotes ("minute", "分钟"; "" inside is one quote); TRUE or FALSE; nothing
 *   (an omitted argument, which Excel passes as null; trailing ones may be left out); or an array
 *   constant written as in Excel, {1,2;3,4} — "," between columns, ";" between rows, each item a
 *   number, percentage, text or TRUE/FALSE. A single value given for a range argument arrives as a
 *   1×1 range, as in Excel.
 * - value: a number without digit grouping — written without a decimal point it must be the
 *   result exactly; with one, the result rounded half up to that many decimals must equal it
 *   (0.0568 checks 4 decimals). Or an Excel error (#VALUE!, #NUM!, #DIV/0!, #N/A): the function
 *   must refuse with that code and a reason in both languages. Or, for a function that returns a
 *   range, an array constant of such numbers ({14;0;45}): the result must have its shape.
 * - note: optional text in parentheses, printed in the reference, not checked.
 */
import { Decimal } from "decimal.js";

/** What an example passes for one argument (an array constant is a matrix, rows of cells). */
export type ExampleCell = number | string | boolean;
export type ExampleArg = ExampleCell | ExampleCell[][] | null;

export type ExpectedNumber = { kind: "number"; value: number; written: string; decimals: number };
export type Expected = ExpectedNumber | { kind: "error"; code: string } | { kind: "array"; rows: ExpectedNumber[][] };

export interface Example {
  /** The line as written after the tag. */
  text: string;
  /** "=CC.SEATCOST(220, 22)" */
  formula: string;
  /** What the line says after the formula: "→ 5440 (12 months)". */
  claim: string;
  id: string;
  args: ExampleArg[];
  expected: Expected;
  note?: string;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ERROR = /^#(?:VALUE!|NUM!|DIV\/0!|N\/A|NULL!)$/;
const LINE = /^(=CC\.([A-Z0-9_.]+)\((.*)\))\s+→\s+(\S+)(?:\s+\((.+)\))?$/s;

/** Split at `sep` outside double quotes and braces. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted; // "" inside text toggles twice: still quoted
    else if (!quoted && c === "{") depth++;
    else if (!quoted && c === "}") depth--;
    else if (!quoted && depth === 0 && c === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quoted || depth !== 0) throw new Error(`unbalanced quotes or braces in ${text}`);
  parts.push(text.slice(start));
  return parts;
}

function cellOf(token: string): ExampleCell {
  const t = token.trim();
  if (/^"(?:[^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
  if (/^TRUE$/i.test(t)) return true;
  if (/^FALSE$/i.test(t)) return false;
  const pct = t.endsWith("%");
  const digits = pct ? t.slice(0, -1) : t;
  if (!NUMBER.test(digits)) throw new Error(`"${t}" is not a number, percentage, text or TRUE/FALSE`);
  return pct ? new Decimal(digits).div(100).toNumber() : Number(digits);
}

function argOf(token: string): ExampleArg {
  const t = token.trim();
  if (t === "") return null;
  if (!t.startsWith("{")) return cellOf(t);
  if (!t.endsWith("}")) throw new Error(`array constant ${t} does not end with }`);
  const rows = splitTop(t.slice(1, -1), ";").map((row) =>
    splitTop(row, ",").map((cell) => {
      if (cell.trim() === "") throw new Error(`array constant ${t} has an empty item`);
      return cellOf(cell);
    }),
  );
  if (rows.some((r) => r.length !== (rows[0] as ExampleCell[]).length)) throw new Error(`array constant ${t}: rows of different lengths`);
  return rows;
}

function numberOf(token: string): ExpectedNumber {
  if (!NUMBER.test(token) || /[eE]/.test(token)) throw new Error(`the value "${token}" is not a plain number or an Excel error`);
  return { kind: "number", value: Number(token), written: token, decimals: token.includes(".") ? token.length - token.indexOf(".") - 1 : -1 };
}

function expectedOf(token: string): Expected {
  if (ERROR.test(token)) return { kind: "error", code: token };
  if (!token.startsWith("{")) return numberOf(token);
  if (!token.endsWith("}")) throw new Error(`array constant ${token} does not end with }`);
  const rows = splitTop(token.slice(1, -1), ";").map((row) => splitTop(row, ",").map((cell) => numberOf(cell.trim())));
  if (rows.some((r) => r.length !== (rows[0] as ExpectedNumber[]).length)) throw new Error(`array constant ${token}: rows of different lengths`);
  return { kind: "array", rows };
}

/** Read one example line (the text after `@example`); throws saying what is not in the form. */
export function parseExample(text: string): Example {
  const line = text.replace(/\s+/g, " ").trim();
  const m = LINE.exec(line);
  if (!m) throw new Error(`example "${line}" is not of the form =CC.ID(args) → value (note)`);
  const [, formula, id, argText, value, note] = m as unknown as [string, string, string, string, string, string | undefined];
  const args = argText.trim() === "" ? [] : splitTop(argText, ",").map(argOf);
  const claim = line.slice(formula.length).trim();
  return { text: line, formula, claim, id, args, expected: expectedOf(value), ...(note === undefined ? {} : { note }) };
}

/** Whether a result agrees with the value written (see the rules above); errors are compared by the caller. */
export function agrees(expected: ExpectedNumber, result: number): boolean {
  if (expected.decimals < 0) return result === expected.value;
  return new Decimal(result).toDecimalPlaces(expected.decimals, Decimal.ROUND_HALF_UP).equals(new Decimal(expected.written));
}

/** The `@example` lines of each function (by id) in one source file's text, in order. */
export function examplesInSource(source: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /^\s*\*\s*@customfunction\s+([A-Za-z0-9._]+)/im.exec(block)?.[1];
    if (!id) continue;
    const lines = [...block.matchAll(/^\s*\*\s*@example\s+([\s\S]*?)(?=^\s*\*\s*@|\*\/)/gim)].map((e) =>
      (e[1] as string).replace(/^\s*\*\s?/gm, " ").replace(/\s+/g, " ").trim(),
    );
    out.set(id.toUpperCase(), lines);
  }
  return out;
}

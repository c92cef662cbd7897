/**
 * Number formatting and table layout for the quote CLI.
 *
 * Numbers are formatted from the exact decimal, never from a double: the value is rounded by
 * decimal.js (ROUND_HALF_UP, as analysts round by hand) and only the integer digits are passed,
 * as a string, to Intl.NumberFormat for the locale's grouping. So 0.125 shows as 0.13 and
 * 12 345 678 901 234 567.89 keeps every digit.
 */
import type { Dec } from "../core/decimal";
import { displayWidth, padEndDisplay, padStartDisplay } from "./width";

export type Lang = "en" | "zh";

export const LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", zh: "zh-CN" };

const integerFormats = new Map<Lang, Intl.NumberFormat>();
const separators = new Map<Lang, string>();

function integerFormat(lang: Lang): Intl.NumberFormat {
  let f = integerFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { useGrouping: true, maximumFractionDigits: 0 });
    integerFormats.set(lang, f);
  }
  return f;
}

function decimalSeparator(lang: Lang): string {
  let sep = separators.get(lang);
  if (sep === undefined) {
    sep = new Intl.NumberFormat(LOCALES[lang]).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
    separators.set(lang, sep);
  }
  return sep;
}

/** Group a plain decimal string ("-1234567.891") in the language's locale ("-1,234,567.891"). */
function groupPlain(plain: string, lang: Lang): string {
  const negative = plain.startsWith("-");
  const unsigned = negative ? plain.slice(1) : plain;
  const dot = unsigned.indexOf(".");
  const intPart = dot < 0 ? unsigned : unsigned.slice(0, dot);
  const fracPart = dot < 0 ? "" : unsigned.slice(dot + 1);
  // As a BigInt the integer digits reach Intl exactly, with no trip through a double.
  const grouped = integerFormat(lang).format(BigInt(intPart));
  return (negative ? "-" : "") + grouped + (fracPart ? decimalSeparator(lang) + fracPart : "");
}

/** Rounded to exactly `digits` decimals (ROUND_HALF_UP) and grouped: 167600 → "167,600.00". */
export function formatFixed(value: Dec, digits: number, lang: Lang): string {
  const rounded = value.toDecimalPlaces(digits);
  // A value that rounds to zero shows as 0.00, not -0.00.
  return groupPlain(rounded.isZero() ? rounded.abs().toFixed(digits) : rounded.toFixed(digits), lang);
}

/** Rounded to at most `digits` decimals, trailing zeros dropped: 126251.0930 → "126,251.09", 5 → "5". */
export function formatUpTo(value: Dec, digits: number, lang: Lang): string {
  const rounded = value.toDecimalPlaces(digits);
  return groupPlain(rounded.isZero() ? "0" : rounded.toFixed(), lang);
}

/** Every digit of the exact value, grouped: "126,251.0930232558139534883720930232558140". */
export function formatExact(value: Dec, lang: Lang): string {
  return groupPlain(value.isZero() ? "0" : value.toFixed(), lang);
}

/** A ratio as a percentage number with 2 decimals, without the sign: 0.68 → "68.00". */
export function formatPercent(ratio: Dec, lang: Lang, exact = false): string {
  const pct = ratio.times(100);
  return exact ? formatExact(pct, lang) : formatFixed(pct, 2, lang);
}

export type Align = "left" | "right" | "decimal";

/**
 * Right-align numbers so their decimal separators line up: the part from the separator on
 * ("decimal tail", including a trailing % sign) is padded to the longest tail in the column.
 */
function alignDecimals(cells: readonly string[], separator: string): string[] {
  const tails = cells.map((c) => {
    const i = c.indexOf(separator);
    return i < 0 ? "" : c.slice(i);
  });
  const tailWidth = Math.max(0, ...tails.map(displayWidth));
  return cells.map((c, i) => {
    const tail = tails[i] ?? "";
    return c + " ".repeat(tailWidth - displayWidth(tail));
  });
}

/**
 * Lay out rows as a plain-text table: columns two spaces apart, a rule under the header,
 * widths measured in terminal columns (so 汉字 count double). The last column is not padded,
 * and no line ends with spaces.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[], lang: Lang): string {
  const columns = header.length;
  const cells: string[][] = [header.slice(), ...rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ""))];
  for (let c = 0; c < columns; c++) {
    if (aligns[c] !== "decimal") continue;
    const body = alignDecimals(
      cells.slice(1).map((row) => row[c] ?? ""),
      decimalSeparator(lang),
    );
    body.forEach((v, r) => ((cells[r + 1] as string[])[c] = v));
  }
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((row) => displayWidth(row[c] ?? ""))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => {
        const w = widths[c] ?? 0;
        if (aligns[c] === "left" || aligns[c] === undefined) return c === columns - 1 ? cell : padEndDisplay(cell, w);
        return padStartDisplay(cell, w);
      })
      .join("  ")
      .trimEnd();
  const ruleWidth = widths.reduce((a, w) => a + w, 0) + 2 * (columns - 1);
  const out = [line(cells[0] as string[]), "-".repeat(ruleWidth), ...cells.slice(1).map(line)];
  return out.join("\n") + "\n";
}

/**
 * Numbers as analysts type them, and back: thousands separators and a leading "+" are fine, and
 * a rate (unit "ratio") may be typed as a percentage ("6%") or a fraction ("0.06").
 */
import { D, formatExact, sum, type Dec, type Lang, type Unit } from "../../core";

/** The typed number without separators ("1,234.5" → "1234.5"), or undefined when it is not one. */
function numberText(text: string): string | undefined {
  const t = text.trim().replace(/[,\s\u00a0\u202f\u2009_]/g, "").replace(/^\+/, "");
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? t : undefined;
}

/**
 * A typed number, tolerant of how spreadsheets show them: thousands separators (",", spaces,
 * the narrow no-break space) and a leading "+". undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const t = numberText(text);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** "6%" or "0.06" → 0.06; undefined when it is not a number. */
export function parseRate(text: string): number | undefined {
  const t = text.trim();
  if (!t.endsWith("%")) return parseNumber(t);
  const digits = numberText(t.slice(0, -1));
  // Divided as typed, not via a double of the percentage, so "6%" is exactly the 0.06 typed as "0.06".
  return digits === undefined ? undefined : parseNumber(new D(digits).div(100).toString());
}

/** 0.06 → "6%": exact via Decimal, so the text parses back to the same number. */
export function percentText(rate: number): string {
  return `${new D(String(rate)).times(100).toString()}%`;
}

/** A figure of `unit` as the wizard types it. */
export function figureText(value: number, unit: Unit): string {
  return unit === "ratio" ? percentText(value) : String(value);
}

/** A figure typed in a field of `unit`. */
export function parseFigure(text: string, unit: Unit): number | undefined {
  return unit === "ratio" ? parseRate(text) : parseNumber(text);
}

/** The items of a list of figures typed in one box: separated by commas, semicolons or spaces (、 and ， too). */
export function figureItems(text: string): string[] {
  return text.split(/[\s,;\u3001\uff0c\uff1b]+/).filter((item) => item !== "");
}

/** The exact total of a typed list of figures of `unit`; undefined while any item is not a number. */
export function figuresTotal(items: readonly string[], unit: Unit): Dec | undefined {
  const values = items.map((item) => parseFigure(item, unit));
  return values.every((v) => v !== undefined) ? sum(values.map((v) => new D(v))) : undefined;
}

/** A list of figures as the wizard types it: "70%, 80%, 110%". */
export function figuresText(values: readonly number[], unit: Unit): string {
  return values.map((v) => figureText(v, unit)).join(", ");
}

/**
 * A typed figure as it reads when not being edited: the integer digits grouped (17000000 →
 * "17,000,000", 21.75 stays, every typed decimal kept). Anything else — "6%", "1e6", a half-typed
 * "1.", text — is shown as typed. parseNumber reads the grouped form back to the same number.
 */
export function groupedText(text: string, lang: Lang): string {
  const m = /^([+-]?)(\d{4,})(\.\d+)?$/.exec(text.trim());
  if (!m) return text;
  const [, sign = "", digits = "", decimals = ""] = m;
  return `${sign}${formatExact(new D(digits), lang)}${decimals}`;
}

/**
 * Numbers as text, from the exact decimal, never from a double: the value is rounded by
 * decimal.js (ROUND_HALF_UP, as analysts round by hand) and only the integer digits reach
 * Intl.NumberFormat, as a BigInt, for the locale's grouping. So 0.125 shows as 0.13 and
 * 12 345 678 901 234 567.89 keeps every digit.
 */
import type { Dec } from "../decimal";
import { LANG_TAG, type Lang } from "../sentences/lang";
import { CURRENCY_SYMBOLS, UNITS, isMoney, type NumericUnit } from "./units";

const integerFormats = new Map<Lang, Intl.NumberFormat>();
const separators = new Map<Lang, string>();

function integerFormat(lang: Lang): Intl.NumberFormat {
  let f = integerFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LANG_TAG[lang], { useGrouping: true, maximumFractionDigits: 0 });
    integerFormats.set(lang, f);
  }
  return f;
}

export function decimalSeparator(lang: Lang): string {
  let sep = separators.get(lang);
  if (sep === undefined) {
    sep = new Intl.NumberFormat(LANG_TAG[lang]).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
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
  return exact ? formatExact(pct, lang) : formatFixed(pct, UNITS.ratio.decimals, lang);
}

/** A value in its unit's decimals, without the unit words: "24,566,590.00", "0.5150", "68.00". */
export function formatNumber(value: Dec, unit: NumericUnit, lang: Lang, exact = false): string {
  if (unit === "ratio") return formatPercent(value, lang, exact);
  if (exact) return formatExact(value, lang);
  const style = UNITS[unit];
  return style.fixed ? formatFixed(value, style.decimals, lang) : formatUpTo(value, style.decimals, lang);
}

/** Money with the currency's symbol (or its code): "¥1,234.56", "CHF 1,234.56". */
export function formatMoney(value: Dec, currency: string, lang: Lang, decimals = UNITS.money.decimals): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const digits = formatFixed(value, decimals, lang);
  return symbol === undefined ? `${currency} ${digits}` : `${symbol}${digits}`;
}

/** A value as people read it in prose: money with its symbol, a ratio with "%", else the number. */
export function formatValue(value: Dec, unit: NumericUnit, currency: string, lang: Lang): string {
  if (isMoney(unit)) return formatMoney(value, currency, lang, UNITS[unit].decimals);
  if (unit === "ratio") return `${formatPercent(value, lang)}%`;
  return formatNumber(value, unit, lang);
}

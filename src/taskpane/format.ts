/**
 * How the wizard shows numbers. Works on the core's Decimals directly (rounding half up, like
 * the core and like an analyst by hand), so a displayed figure never passes through a double.
 * The real-browser test formats the core's breakdown with these same functions.
 */
import type { BreakdownUnit, Dec } from "../core";

const SYMBOLS: Readonly<Record<string, string>> = { CNY: "¥", USD: "$", EUR: "€", GBP: "£", JPY: "¥", HKD: "HK$" };

/** Digits with thousands separators: 1234567.891 at 2 dp → "1,234,567.89". */
export function formatGrouped(value: Dec, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const unsigned = negative ? fixed.slice(1) : fixed;
  const [whole = "0", frac] = unsigned.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // toFixed keeps "-0.00" for tiny negatives; a sign on zero only confuses.
  const sign = negative && /[1-9]/.test(unsigned) ? "-" : "";
  return sign + grouped + (frac === undefined ? "" : `.${frac}`);
}

/** Money at 2 dp with the currency's symbol (or its code): "¥1,234.56", "CHF 1,234.56". */
export function formatMoney(value: Dec, currency: string): string {
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${currency} ${formatGrouped(value, 2)}` : `${symbol}${formatGrouped(value, 2)}`;
}

/** A ratio as a percentage at 2 dp: 0.68123 → "68.12%". */
export function formatPercent(ratio: Dec): string {
  return `${formatGrouped(ratio.times(100), 2)}%`;
}

/** One breakdown value as the review shows it. */
export function formatValue(value: Dec, unit: BreakdownUnit, currency: string): string {
  switch (unit) {
    case "money":
    case "moneyPerAnswer":
    case "moneyPerMinute":
      return formatMoney(value, currency);
    case "ratio":
      return formatPercent(value);
    case "count":
    case "minutes":
      return formatGrouped(value, 2);
  }
}

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

/** Money with the currency's symbol (or its code): "¥1,234.56", "CHF 1,234.56". */
export function formatMoney(value: Dec, currency: string, decimals = 2): string {
  const symbol = SYMBOLS[currency];
  return symbol === undefined ? `${currency} ${formatGrouped(value, decimals)}` : `${symbol}${formatGrouped(value, decimals)}`;
}

/** A ratio as a percentage at 2 dp: 0.68123 → "68.12%". */
export function formatPercent(ratio: Dec): string {
  return `${formatGrouped(ratio.times(100), 2)}%`;
}

/**
 * One breakdown value as the review shows it — the same precision as the workbook's number
 * formats: money 2 dp, unit costs 4 dp (a few yuan or less: 2 dp would hide the differences that
 * decide a price), answers whole, minutes 2 dp, ratios as % at 2 dp.
 */
export function formatValue(value: Dec, unit: BreakdownUnit, currency: string): string {
  switch (unit) {
    case "money":
      return formatMoney(value, currency);
    case "moneyPerAnswer":
    case "moneyPerMinute":
      return formatMoney(value, currency, 4);
    case "ratio":
      return formatPercent(value);
    case "count":
      return formatGrouped(value, 0);
    case "minutes":
      return formatGrouped(value, 2);
  }
}

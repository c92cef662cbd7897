/**
 * Units and how every surface shows them: decimals, unit words, currency symbols, the sheet's
 * number formats, and which breakdown lines make up the cost composition. The CLI, the wizard
 * and the sheet all read this one table, so a figure looks the same wherever the analyst meets it.
 */
import type { BreakdownKey } from "../breakdown.types";
import type { Lang } from "../sentences/lang";

/** The unit of a field or a breakdown line. */
export type Unit =
  | "count"
  | "people"
  | "seconds"
  | "minutes"
  | "hours"
  | "days"
  | "months"
  | "money"
  | "moneyPerAnswer"
  | "moneyPerMinute"
  | "moneyPerSeatMonth"
  | "moneyPerPersonDay"
  | "moneyPerHour"
  | "moneyPerCall"
  | "moneyPerOutcome"
  | "moneyPerMonth"
  | "ratio"
  | "text"
  | "currency";

export type NumericUnit = Exclude<Unit, "text" | "currency">;

interface UnitStyle {
  /** Decimals shown (a ratio: decimals of its percentage). */
  readonly decimals: number;
  /** true: exactly `decimals`; false: at most, trailing zeros dropped (Excel shows them fixed). */
  readonly fixed: boolean;
  /** Words after the number; money units put the currency code in `{c}`. */
  readonly words: Readonly<Record<Lang, string>>;
}

/**
 * Money to the fen; unit costs to 4 places, because per-call prices are quoted below the fen
 * (0.85 per call) and 0.5150 vs 0.5249 decides a bid; counts and minutes to at most 2 places
 * (normalised answers are fractional); a ratio as a percentage to 2 places.
 */
export const UNITS: Readonly<Record<NumericUnit, UnitStyle>> = {
  money: { decimals: 2, fixed: true, words: { en: "{c}", zh: "{c}" } },
  moneyPerAnswer: { decimals: 4, fixed: true, words: { en: "{c}/answer", zh: "{c}/通" } },
  moneyPerMinute: { decimals: 4, fixed: true, words: { en: "{c}/min", zh: "{c}/分钟" } },
  // The rate card's rates: time-based rates to the fen, per-call and per-outcome rates like unit costs.
  moneyPerSeatMonth: { decimals: 2, fixed: true, words: { en: "{c}/seat-month", zh: "{c}/座席/月" } },
  moneyPerPersonDay: { decimals: 2, fixed: true, words: { en: "{c}/person-day", zh: "{c}/人天" } },
  moneyPerHour: { decimals: 2, fixed: true, words: { en: "{c}/hour", zh: "{c}/小时" } },
  moneyPerCall: { decimals: 4, fixed: true, words: { en: "{c}/call", zh: "{c}/通" } },
  moneyPerOutcome: { decimals: 4, fixed: true, words: { en: "{c}/outcome", zh: "{c}/个" } },
  moneyPerMonth: { decimals: 2, fixed: true, words: { en: "{c}/month", zh: "{c}/月" } },
  count: { decimals: 2, fixed: false, words: { en: "answers", zh: "通" } },
  minutes: { decimals: 2, fixed: false, words: { en: "min", zh: "分钟" } },
  ratio: { decimals: 2, fixed: true, words: { en: "%", zh: "%" } },
  people: { decimals: 2, fixed: false, words: { en: "people", zh: "人" } },
  seconds: { decimals: 2, fixed: false, words: { en: "s", zh: "秒" } },
  hours: { decimals: 2, fixed: false, words: { en: "hours", zh: "小时" } },
  days: { decimals: 2, fixed: false, words: { en: "days", zh: "天" } },
  months: { decimals: 2, fixed: false, words: { en: "months", zh: "月" } },
};

export function isMoney(unit: Unit): boolean {
  return unit === "money" || unit.startsWith("moneyPer");
}

/** The words after a number in the unit column: "CNY/answer", "分钟", "%". */
export function unitWords(unit: NumericUnit, currency: string, lang: Lang): string {
  return UNITS[unit].words[lang].replace("{c}", currency);
}

/** The unit column beside a formatted sheet cell: empty where the number format shows the unit itself (a ratio's %). */
export function unitColumnWords(unit: NumericUnit, currency: string, lang: Lang): string {
  return unit === "ratio" ? "" : unitWords(unit, currency, lang);
}

/** Symbols people write before an amount; other currencies show their ISO code. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { CNY: "¥", USD: "$", EUR: "€", GBP: "£", JPY: "JP¥", HKD: "HK$" };

/** The currencies the wizard offers first (any ISO 4217 code may be typed). */
export const COMMON_CURRENCIES: readonly string[] = Object.keys(CURRENCY_SYMBOLS);

// ---------------------------------------------------------------- spreadsheet number formats

export const PERCENT_FORMAT = "0.00%";
export const COUNT_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.00";
/** For inputs that may be fractional: 2 to 6 decimals. */
export const INPUT_DECIMAL_FORMAT = "#,##0.00####";

/** Money format: "¥"#,##0.00 for CNY, else the symbol or the ISO code before the number. */
export function moneyFormat(currency: string, decimals = 2): string {
  const digits = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  const symbol = CURRENCY_SYMBOLS[currency];
  // Quoted literals: unambiguous in every locale and engine (a bare ¥ or a code letter may not be).
  return symbol !== undefined ? `"${symbol}"#,##0${digits}` : `"${currency} "#,##0${digits}`;
}

/** The sheet's format for a computed value of a unit. */
export function outputFormat(unit: NumericUnit, currency: string): string {
  if (isMoney(unit)) return moneyFormat(currency, UNITS[unit].decimals);
  if (unit === "ratio") return PERCENT_FORMAT;
  return DECIMAL_FORMAT;
}

/** The sheet's format for an input: money and ratios by unit; other figures by their value. */
export function inputFormat(unit: NumericUnit, currency: string, value: number): string {
  if (isMoney(unit)) return moneyFormat(currency, UNITS[unit].decimals);
  if (unit === "ratio") return PERCENT_FORMAT;
  return Number.isInteger(value) ? COUNT_FORMAT : INPUT_DECIMAL_FORMAT;
}

// ---------------------------------------------------------------- cost composition

/**
 * The parts of the cost composition (chart, shares): the five pre-tax cost items. Tax is left out
 * on purpose: it is the same fixed share of every part (the tax rate), not something the centre
 * spends, so with it in every share shrinks by the same factor and "labour is 97 % of our cost"
 * would read 91 %. Every surface shows these parts of totalCost.
 */
export const COMPOSITION_KEYS = ["laborCost", "recruitmentCost", "trainingCost", "managementCost", "otherCost"] as const satisfies readonly BreakdownKey[];

/**
 * The forecast section's cross-field rules (forecast.ts attaches them): counts that depend on
 * another field (a month's volume per month, a share per interval of the day), the sum of the
 * intraday profile, the interval length. Each stays quiet while a field it reads is outside its
 * own limits, so a file gets one message per mistake.
 */
import { filled } from "../sentences/book";
import { MAX_FIGURE } from "./limits";
import { FORECAST as S } from "../sentences/forecast";
import { within, type Rule } from "./rules";

/** The interval lengths a day divides into (minutes). */
export const INTERVAL_MINUTES = [15, 30, 60] as const;

/** The longest contract a forecast covers: ten years of months. */
export const MAX_FORECAST_MONTHS = 120;

/** How far the intraday shares may sum from 1: rounding in a pasted profile, never a lost interval. */
export const SHARES_SUM_TOLERANCE = 1e-9;

/** Intervals in a day of `minutes`-minute intervals: 24 × 60 ÷ minutes. */
export function intervalsPerDay(minutes: number): number {
  return (24 * 60) / minutes;
}

interface ForecastShape {
  readonly months: number;
  readonly callsPerMonth: readonly number[];
  readonly intervalMinutes: number;
  readonly intradayShares: readonly number[];
}

interface ServiceLevelShape {
  readonly target: number;
}

const wholeMonths = (m: number): boolean => within(m, 1, MAX_FORECAST_MONTHS) && Number.isInteger(m);
/** Whether a day divides into `m`-minute intervals: one of INTERVAL_MINUTES. */
export const validInterval = (m: number): boolean => (INTERVAL_MINUTES as readonly number[]).includes(m);
/** Every share a figure in [0, 1] (its own limits); otherwise that item's own message says it. */
const sharesInLimits = (shares: readonly number[]): boolean => shares.every((x) => within(x, 0, 1));

export const forecastRules: readonly Rule<ForecastShape>[] = [
  (f) => (within(f.months, 0, MAX_FORECAST_MONTHS) && f.months > 0 && !Number.isInteger(f.months) ? { at: "months", message: filled(S.forecastWholeMonths, String(f.months)) } : undefined),
  (f) =>
    wholeMonths(f.months) && f.callsPerMonth.length >= 1 && f.callsPerMonth.every((x) => within(x, 0, MAX_FIGURE)) && f.callsPerMonth.length !== f.months
      ? { at: "callsPerMonth", message: filled(S.forecastOnePerMonth, String(f.months), String(f.callsPerMonth.length)) }
      : undefined,
  (f) => (within(f.intervalMinutes, 15, 60) && !validInterval(f.intervalMinutes) ? { at: "intervalMinutes", message: filled(S.forecastIntervalChoice, String(f.intervalMinutes)) } : undefined),
  (f) => {
    if (!validInterval(f.intervalMinutes) || f.intradayShares.length < 1 || !sharesInLimits(f.intradayShares)) return undefined;
    const count = intervalsPerDay(f.intervalMinutes);
    if (f.intradayShares.length !== count) return { at: "intradayShares", message: filled(S.forecastOnePerInterval, String(count), String(f.intervalMinutes), String(f.intradayShares.length)) };
    const total = f.intradayShares.reduce((a, b) => a + b, 0);
    // Shown as the percentage people type, to 12 digits: 101%, not 1.0100000000000002.
    const shown = `${Number((total * 100).toPrecision(12))}%`;
    return Math.abs(total - 1) > SHARES_SUM_TOLERANCE ? { at: "intradayShares", message: filled(S.forecastSharesSum, shown) } : undefined;
  },
];

export const serviceLevelRules: readonly Rule<ServiceLevelShape>[] = [
  // The schema holds the target to [0, 1]; 1 itself would need infinitely many agents.
  (s) => (s.target === 1 ? { at: "target", message: filled(S.forecastTargetBelowOne, "100%") } : undefined),
];

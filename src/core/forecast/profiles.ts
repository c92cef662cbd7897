/**
 * Intraday profiles: the built-in shapes of a day's calls (presets) and a pasted column turned
 * into shares. Shares are rounded to SHARE_PLACES decimals by the largest-remainder method, so
 * they add up to exactly 1 as decimals (and so within the schema's tolerance as doubles) and read
 * as short percentages ("5.555556%").
 */
import { intervalsPerDay, SHARES_SUM_TOLERANCE } from "../catalogue/forecastRules";
import { D, sum, ZERO, type Dec } from "../decimal";

/** Decimals of a share: 8, i.e. a percentage to 6 decimals. */
export const SHARE_PLACES = 8;

export const INTRADAY_PRESETS = ["flat0918", "twoPeak", "allDay"] as const;
export type IntradayPreset = (typeof INTRADAY_PRESETS)[number];

/**
 * Relative calls in each hour of the day (00–01 … 23–24); a preset spreads an hour's weight evenly
 * over its intervals. Made-up but typical shapes, not measurements.
 */
const HOURLY: Readonly<Record<IntradayPreset, readonly number[]>> = {
  // Open 09:00–18:00, the same every hour.
  flat0918: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
  // Open 08:00–20:00: a late-morning peak, a lunch dip, a mid-afternoon peak, a tapering evening.
  twoPeak: [0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 9, 10, 7, 6, 8, 9, 8, 6, 4, 2, 0, 0, 0, 0],
  // Round the clock: nights at a fifth of the busiest hours.
  allDay: [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 4, 4, 5, 5, 5, 4, 4, 3, 3, 2, 2, 1],
};

/**
 * Non-negative weights as shares of their total, each to SHARE_PLACES decimals, adding up to 1
 * exactly: each share rounded down, then the units left over go to the largest remainders (the
 * earlier interval on a tie). undefined when the weights are all zero.
 */
export function sharesOfWeights(weights: readonly Dec[]): Dec[] | undefined {
  const total = sum(weights);
  if (total.lte(0)) return undefined;
  const unit = new D(10).pow(-SHARE_PLACES);
  const exact = weights.map((w) => w.div(total));
  const floors = exact.map((x) => x.toDecimalPlaces(SHARE_PLACES, D.ROUND_DOWN));
  const missing = new D(1).minus(sum(floors)).div(unit).round().toNumber();
  const byRemainder = exact.map((x, i) => ({ i, r: x.minus(floors[i] ?? ZERO) })).sort((a, b) => b.r.cmp(a.r) || a.i - b.i);
  const out = [...floors];
  for (const { i } of byRemainder.slice(0, missing)) out[i] = (out[i] ?? ZERO).plus(unit);
  return out;
}

/** A preset's shares for intervals of `intervalMinutes` (15, 30 or 60), from midnight. */
export function presetShares(preset: IntradayPreset, intervalMinutes: number): number[] {
  const perHour = 60 / intervalMinutes;
  const weights = Array.from({ length: intervalsPerDay(intervalMinutes) }, (_, i) => new D(HOURLY[preset][Math.floor(i / perHour)] ?? 0));
  // Every preset has open hours, so its weights never total 0.
  return (sharesOfWeights(weights) ?? []).map((x) => x.toNumber());
}

export interface PastedProfile {
  readonly shares: number[];
  /** The figures were calls (or shares not adding up to 1) and were divided by their total. */
  readonly normalised: boolean;
  readonly total: Dec;
}

/**
 * A pasted column as shares: kept as typed when it already adds up to 1 (within the schema's
 * tolerance), else divided by its total — a column of calls per interval, or of percentages.
 * undefined when there is nothing to divide (all zero, or a negative figure).
 */
export function profileFromColumn(values: readonly Dec[]): PastedProfile | undefined {
  if (values.length === 0 || values.some((v) => v.isNegative())) return undefined;
  const total = sum(values);
  if (total.minus(1).abs().lte(SHARES_SUM_TOLERANCE)) return { shares: values.map((v) => v.toNumber()), normalised: false, total };
  const shares = sharesOfWeights(values);
  return shares ? { shares: shares.map((x) => x.toNumber()), normalised: true, total } : undefined;
}

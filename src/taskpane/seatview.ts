/**
 * The review's two price views side by side: a seat price (day rate × working days + phone fee
 * per seat-month, seeds 000/001) against a per-minute price, and the talk time per seat-month at
 * which they bring in the same — the core's breakEvenUnits over its seatCost.
 */
import { D, breakEvenUnits, divide, negativeError, notFiniteError, seatCost, type Breakdown, type Dec, type Result, type Scenario } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import { parseNumber, type Issue } from "./draft";

/** The view's own inputs (not part of the scenario file). */
export interface SeatDraft {
  readonly dailyRate: string;
  readonly workDays: string;
  readonly phoneFee: string;
  /** Blank: the scenario's cost per talk minute with tax. */
  readonly perMinutePrice: string;
}

/** Seeds 000/001: 220 per agent-day, 22 working days, phone ~600 per agent-month. */
export const SEAT_DEFAULTS: SeatDraft = { dailyRate: "220", workDays: "22", phoneFee: "600", perMinutePrice: "" };

export interface SeatView {
  readonly seatMonthPrice: Dec;
  /** Seat price for the scenario's agents and months. */
  readonly seatTotal: Dec;
  readonly perMinutePrice: Dec;
  /** Per-minute price × the scenario's talk minutes. */
  readonly minuteTotal: Dec;
  /** Talk minutes per seat-month at which both bring in the same. */
  readonly breakEvenMinutes: Dec;
  /** The scenario's own talk minutes per seat-month. */
  readonly actualMinutesPerSeatMonth: Dec;
  readonly costPerSeatMonthWithTax: Dec;
  readonly better: "seat" | "minute" | "even";
}

function value(path: string, text: string, issues: Issue[]): Dec | undefined {
  const n = parseNumber(text);
  if (text.trim() === "") {
    issues.push({ path, message: TASKPANE.paneRequired });
    return undefined;
  }
  if (n === undefined) return take(notFiniteError(path), path, issues);
  return new D(String(n));
}

/** The view's field for a core argument name (seat.ts names its own arguments). */
const FIELD_OF_ARG: Readonly<Record<string, string>> = {
  dailyRate: "seat.dailyRate",
  workDays: "seat.workDays",
  phoneFeePerSeatMonth: "seat.phoneFee",
  unitPrice: "seat.perMinutePrice",
};

/** Unwrap a core result, recording its error under the view's field for the argument (else `path`). */
function take(r: Result<Dec>, path: string, issues: Issue[]): Dec | undefined {
  if (r.ok) return r.value;
  issues.push({ path: FIELD_OF_ARG[r.error.arg] ?? path, message: r.error.message });
  return undefined;
}

export function computeSeatView(draft: SeatDraft, scenario: Scenario, breakdown: Breakdown): { view?: SeatView; issues: Issue[] } {
  const issues: Issue[] = [];
  const rate = value("seat.dailyRate", draft.dailyRate, issues);
  const days = value("seat.workDays", draft.workDays, issues);
  const phone = value("seat.phoneFee", draft.phoneFee, issues);
  const perMinute = draft.perMinutePrice.trim() === "" ? breakdown.values.costPerMinuteWithTax : value("seat.perMinutePrice", draft.perMinutePrice, issues);
  if (rate === undefined || days === undefined || phone === undefined || perMinute === undefined) return { issues };

  const seats = new D(String(scenario.staffing.agents));
  const months = new D(String(scenario.staffing.months));
  const one = new D(1);
  const seatMonth = take(seatCost(rate, days, one, one, phone), "seat.dailyRate", issues);
  const seatTotal = take(seatCost(rate, days, months, seats, phone), "seat.dailyRate", issues);
  if (perMinute.isNegative()) take(negativeError("seat.perMinutePrice", perMinute), "seat.perMinutePrice", issues);
  if (seatMonth === undefined || seatTotal === undefined || issues.length > 0) return { issues };
  const breakEven = take(breakEvenUnits(seatMonth, perMinute), "seat.perMinutePrice", issues);
  const seatMonths = seats.times(months);
  const actual = take(divide(breakdown.values.talkMinutes, seatMonths, "staffing.agents"), "staffing.agents", issues);
  const costPerSeat = take(divide(breakdown.values.totalCostWithTax, seatMonths, "staffing.agents"), "staffing.agents", issues);
  if (breakEven === undefined || actual === undefined || costPerSeat === undefined) return { issues };
  const minuteTotal = perMinute.times(breakdown.values.talkMinutes);
  const cmp = minuteTotal.comparedTo(seatTotal);
  return {
    issues,
    view: {
      seatMonthPrice: seatMonth,
      seatTotal,
      perMinutePrice: perMinute,
      minuteTotal,
      breakEvenMinutes: breakEven,
      actualMinutesPerSeatMonth: actual,
      costPerSeatMonthWithTax: costPerSeat,
      better: cmp > 0 ? "minute" : cmp < 0 ? "seat" : "even",
    },
  };
}

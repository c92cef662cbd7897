/**
 * Traffic & time (话务与工时): talk-time normalisation, talk minutes, paid minutes, utilisation.
 *
 * Units: answers are calls (通), talk times are seconds per call, minutes are minutes.
 * Sums of products are exact (integers and short decimals multiply exactly at 40 digits);
 * each formula divides once, at the end, so rounding happens at most once per result.
 */
import { D, ZERO, type Dec } from "./decimal";
import { isNeg as negative, negativeError, rangeError, zeroError } from "./validators";
import { ok, type Result } from "./result";

const SIXTY = new D(60);

/** One traffic line (话务线路): answered calls and their average talk time. */
export interface TalkStream {
  /** Answered calls (应答量, 通). */
  readonly answered: Dec;
  /** Average talk time per answered call (通话均长), seconds. */
  readonly avgTalkSeconds: Dec;
  /** Measured talk minutes (通话总长); when given they win over answered × avgTalkSeconds ÷ 60. */
  readonly talkMinutes?: Dec | null;
}

/**
 * Normalised answers of one line (话务折算): answered × avgTalkSeconds ÷ standardTalkSeconds,
 * i.e. how many calls of the standard talk time carry the same talk time. Unit: calls.
 * Seed: 164 509 × 33 ÷ 43 = 126 251.093…
 */
export function streamNormalizedAnswers(answered: Dec, avgTalkSeconds: Dec, standardTalkSeconds: Dec): Result<Dec> {
  if (negative(answered)) return negativeError("answered", answered);
  if (negative(avgTalkSeconds)) return negativeError("avgTalkSeconds", avgTalkSeconds);
  if (negative(standardTalkSeconds)) return negativeError("standardTalkSeconds", standardTalkSeconds);
  if (standardTalkSeconds.isZero()) return zeroError("standardTalkSeconds");
  return ok(answered.times(avgTalkSeconds).div(standardTalkSeconds));
}

/**
 * Total talk seconds of a set of lines, Σ answeredᵢ × avgTalkSecondsᵢ (exact). A bad item is
 * reported with the argument name and "item N" (1-based) in the message.
 */
export function totalTalkSeconds(streams: readonly TalkStream[]): Result<Dec> {
  let total = ZERO;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i] as TalkStream;
    if (negative(s.answered)) return negativeError("answered", s.answered, i);
    if (negative(s.avgTalkSeconds)) return negativeError("avgTalkSeconds", s.avgTalkSeconds, i);
    total = total.plus(s.answered.times(s.avgTalkSeconds));
  }
  return ok(total);
}

/**
 * Normalised answers of several lines (折算应答量): Σ answeredᵢ × avgTalkSecondsᵢ ÷ standardTalkSeconds.
 * Unit: calls of the standard talk time. One division, so the sum is not rounded per line.
 */
export function normalizedAnswers(streams: readonly TalkStream[], standardTalkSeconds: Dec): Result<Dec> {
  if (negative(standardTalkSeconds)) return negativeError("standardTalkSeconds", standardTalkSeconds);
  const seconds = totalTalkSeconds(streams);
  if (!seconds.ok) return seconds;
  if (standardTalkSeconds.isZero()) return zeroError("standardTalkSeconds");
  return ok(seconds.value.div(standardTalkSeconds));
}

/** Talk minutes from answers (通话分钟): answered × avgTalkSeconds ÷ 60. Unit: minutes. */
export function talkMinutesFromAnswers(answered: Dec, avgTalkSeconds: Dec): Result<Dec> {
  if (negative(answered)) return negativeError("answered", answered);
  if (negative(avgTalkSeconds)) return negativeError("avgTalkSeconds", avgTalkSeconds);
  return ok(answered.times(avgTalkSeconds).div(SIXTY));
}

/**
 * Talk minutes of one line: the measured minutes (通话总长) when given, else answered ×
 * avgTalkSeconds ÷ 60. Unit: minutes.
 */
export function streamTalkMinutes(s: TalkStream): Result<Dec> {
  if (s.talkMinutes !== undefined && s.talkMinutes !== null) {
    // The answers are still checked: a negative count is wrong even when minutes were measured.
    if (negative(s.answered)) return negativeError("answered", s.answered);
    if (negative(s.avgTalkSeconds)) return negativeError("avgTalkSeconds", s.avgTalkSeconds);
    if (negative(s.talkMinutes)) return negativeError("talkMinutes", s.talkMinutes);
    return ok(s.talkMinutes);
  }
  return talkMinutesFromAnswers(s.answered, s.avgTalkSeconds);
}

/**
 * Total talk minutes of several lines (总通话时长): Σ of each line's measured-or-computed minutes.
 * Computed lines are summed in seconds and divided by 60 once, so no per-line rounding.
 */
export function totalTalkMinutes(streams: readonly TalkStream[]): Result<Dec> {
  let measured = ZERO;
  let seconds = ZERO;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i] as TalkStream;
    if (negative(s.answered)) return negativeError("answered", s.answered, i);
    if (negative(s.avgTalkSeconds)) return negativeError("avgTalkSeconds", s.avgTalkSeconds, i);
    if (s.talkMinutes !== undefined && s.talkMinutes !== null) {
      if (negative(s.talkMinutes)) return negativeError("talkMinutes", s.talkMinutes, i);
      measured = measured.plus(s.talkMinutes);
    } else {
      seconds = seconds.plus(s.answered.times(s.avgTalkSeconds));
    }
  }
  return ok(seconds.isZero() ? measured : measured.plus(seconds.div(SIXTY)));
}

/**
 * Paid minutes (计薪工时): agents × hoursPerDay × paidDaysPerMonth × months × 60. Unit: minutes.
 * paidDaysPerMonth is the statutory paid-day count (标准记薪天数, 21.75 in China).
 */
export function paidMinutes(agents: Dec, hoursPerDay: Dec, paidDaysPerMonth: Dec, months: Dec): Result<Dec> {
  if (negative(agents)) return negativeError("agents", agents);
  if (negative(hoursPerDay) || hoursPerDay.gt(24)) {
    return rangeError("hoursPerDay", hoursPerDay, "0", "24");
  }
  if (negative(paidDaysPerMonth) || paidDaysPerMonth.gt(31)) {
    return rangeError("paidDaysPerMonth", paidDaysPerMonth, "0", "31");
  }
  if (negative(months)) return negativeError("months", months);
  return ok(agents.times(hoursPerDay).times(paidDaysPerMonth).times(months).times(SIXTY));
}

/**
 * Utilisation (工时利用率): talkMinutes ÷ paidMinutes, a ratio (0.68 = 68 %). Values above 1
 * are returned as they are — they mean the inputs disagree, which the analyst should see.
 */
export function utilization(talkMinutes: Dec, paidMinutes: Dec): Result<Dec> {
  if (negative(talkMinutes)) return negativeError("talkMinutes", talkMinutes);
  if (negative(paidMinutes)) return negativeError("paidMinutes", paidMinutes);
  if (paidMinutes.isZero()) return zeroError("paidMinutes");
  return ok(talkMinutes.div(paidMinutes));
}

/**
 * The agents each interval of each month needs: a month's calls spread over the day's profile,
 * each interval sized on its own by the core's interval solver (staffing/intervals.ts: Erlang C,
 * or Erlang A with patience). Doubles, as all queueing in the core.
 */
import { fail, type CoreError, type Result } from "../result";
import type { Forecast } from "../scenario";
import { FORECAST as S } from "../sentences/forecast";
import { agentsPerInterval, type IntervalSizing } from "../staffing/intervals";
import { callsPerInterval } from "./intraday";

/** The solver's arguments under the bid's names for them. */
const FIELD_OF: Readonly<Record<string, string>> = {
  ahtSeconds: "forecast.ahtSeconds",
  intervalSeconds: "forecast.intervalMinutes",
  targetServiceLevel: "forecast.serviceLevel.target",
  targetSeconds: "forecast.serviceLevel.seconds",
  maxOccupancy: "forecast.maxOccupancy",
  patienceSeconds: "forecast.patienceSeconds",
};

function sizingOf(f: Forecast): IntervalSizing {
  const sizing = {
    ahtSeconds: f.ahtSeconds,
    intervalSeconds: f.intervalMinutes * 60,
    targetServiceLevel: f.serviceLevel.target,
    targetSeconds: f.serviceLevel.seconds,
    maxOccupancy: f.maxOccupancy,
  };
  return f.patienceSeconds === undefined ? sizing : { ...sizing, patienceSeconds: f.patienceSeconds };
}

/** A month's sizing error: the bid's field, and the month before the solver's interval and reason. */
function inMonth<T>(month: number, e: CoreError): Result<T> {
  const arg = e.arg === "calls" ? `forecast.callsPerMonth[${month - 1}]` : (FIELD_OF[e.arg] ?? e.arg);
  return fail(e.code, arg, S.forecastInMonth.en(month) + e.message.en, S.forecastInMonth.zh(month) + e.message.zh);
}

/** agents[k][i]: the least agents for interval i of every operating day of month k + 1. */
export function agentsByMonth(f: Forecast): Result<number[][]> {
  const sizing = sizingOf(f);
  const out: number[][] = [];
  for (const [k, calls] of f.callsPerMonth.entries()) {
    const r = agentsPerInterval(callsPerInterval(calls, f.operatingDaysPerMonth, f.intradayShares), sizing);
    if (!r.ok) return inMonth(k + 1, r.error);
    out.push(r.value);
  }
  return { ok: true, value: out };
}

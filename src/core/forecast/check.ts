/**
 * A bid is checked whole before anything is computed: the schema of the file (every field's
 * limits and the cross-field rules of catalogue/forecastRules.ts), so a typed bid built in code
 * is refused like a file, naming the field in both languages — and nothing is half-computed.
 */
import { BID_SCENARIO } from "../catalogue/forecast";
import { intervalsPerDay } from "../catalogue/forecastRules";
import { decimalsOf, type Decimals } from "../catalogue/decimals";
import { ok, type Result } from "../result";
import type { BidScenario } from "../scenario";
import { schemaIssues } from "../schemaIssues";
import { filled } from "../sentences/book";
import { FORECAST as S } from "../sentences/forecast";
import { VALIDATION as V } from "../sentences/validation";
import { refuse } from "../validators";

export type ExactBid = Decimals<BidScenario>;

/** The bid as exact decimals, or its first problem as an error naming its JSON path. */
export function checkedBid(bid: BidScenario): Result<ExactBid> {
  const parsed = BID_SCENARIO.schema.safeParse(bid);
  if (!parsed.success) {
    const first = schemaIssues(parsed.error, bid)[0];
    if (first !== undefined) return refuse("outOfRange", first.path, first.message);
  }
  return decimalsOf(BID_SCENARIO, bid);
}

/**
 * The agents of every interval of every month: one list per month, one whole number ≥ 0 per
 * interval of the day. Named `agents[k][i]` (0-based) when wrong.
 */
export function checkedAgents(agentsByMonth: readonly (readonly number[])[], months: number, intervalMinutes: number): Result<readonly (readonly number[])[]> {
  if (agentsByMonth.length !== months) return refuse("mismatch", "agents", filled(S.forecastOnePerMonth, String(months), String(agentsByMonth.length)));
  const intervals = intervalsPerDay(intervalMinutes);
  for (const [k, agents] of agentsByMonth.entries()) {
    if (agents.length !== intervals) return refuse("mismatch", `agents[${k}]`, filled(S.forecastOnePerInterval, String(intervals), String(intervalMinutes), String(agents.length)));
    const bad = agents.findIndex((n) => !Number.isInteger(n) || n < 0);
    if (bad >= 0) return refuse("outOfRange", `agents[${k}][${bad}]`, filled(V.notWhole, String(agents[bad])));
  }
  return ok(agentsByMonth);
}

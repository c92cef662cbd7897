/**
 * CC functions, staffing (人力测算): traffic, Erlang B and C, service level, ASA, occupancy,
 * required agents (one interval, or a whole forecast), shrinkage and abandonment (Erlang A). Thin adapters over src/core/staffing —
 * see args.ts for the conventions. The Erlang math runs in doubles (src/core/staffing/erlangB.ts
 * says why); arguments are still read by the shared readers and results leave through `cc`.
 */
import { D, toNumber, type Dec } from "../core/decimal";
import { map, type Result } from "../core/result";
import {
  abandonRate,
  agentsPerInterval,
  averageSpeedOfAnswer,
  compoundShrinkage,
  DEFAULT_INTERVAL_SECONDS,
  erlangB,
  erlangC,
  occupancy,
  requiredAgents,
  scheduledAgents,
  serviceLevel,
  shrinkageRate,
  trafficErlangs,
} from "../core/staffing";
import { cc, ccMatrix, inShapeOf, need, type Args } from "./args";

/** A required number as the double the Erlang core works in. */
function num(a: Args, arg: string, value: unknown): number {
  return toNumber(a.num(arg, value));
}

function optNum(a: Args, arg: string, value: unknown, fallback: number): number {
  return toNumber(a.optNum(arg, value, fallback));
}

/**
 * agents, calls and ahtSeconds: the queue every Erlang C and Erlang A measure starts from. A tuple
 * so a measure can spread it; read first and in cell order, so the first bad cell is the one named.
 */
function queue(a: Args, agents: unknown, calls: unknown, ahtSeconds: unknown): [agents: number, calls: number, ahtSeconds: number] {
  return [num(a, "agents", agents), num(a, "calls", calls), num(a, "ahtSeconds", ahtSeconds)];
}

/** The optional interval length every traffic-based function ends with. */
function interval(a: Args, intervalSeconds: unknown): number {
  return optNum(a, "intervalSeconds", intervalSeconds, DEFAULT_INTERVAL_SECONDS);
}

/** The core's double result as the Decimal `cc` hands back to Excel (exact: shortest round trip). */
function asDec(r: Result<number>): Result<Dec> {
  return map(r, (v) => new D(v));
}

/**
 * Traffic in Erlangs (话务量): calls × ahtSeconds ÷ intervalSeconds — the average number of calls
 * in progress.
 * Example: =CC.TRAFFIC(100, 180) → 10 (100 calls in half an hour, 3 minutes each).
 * @customfunction TRAFFIC
 * @helpurl https://localhost:3000/functions.html#cc-traffic
 * @param calls Calls offered in the interval (来电量, calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (平均处理时长, seconds, > 0): talk + hold + wrap-up. Example: 180.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800 = 30 minutes). Example: 3600.
 * @returns Offered traffic (Erlangs).
 * @example =CC.TRAFFIC(100, 180) → 10 (100 calls in half an hour, 3 minutes each)
 * @example =CC.TRAFFIC(100, 180, 3600) → 5
 */
export function ccErlangTraffic(calls: unknown, ahtSeconds: unknown, intervalSeconds?: unknown): number {
  return cc("TRAFFIC", (a) =>
    asDec(trafficErlangs(num(a, "calls", calls), num(a, "ahtSeconds", ahtSeconds), interval(a, intervalSeconds))),
  );
}

/**
 * Erlang B (爱尔兰 B，呼损率): probability that a call finds all servers busy when blocked calls are
 * lost (no queue). Servers may be fractional (continuous extension).
 * Example: =CC.ERLANGB(14, 10) → 0.0568.
 * @customfunction ERLANGB
 * @helpurl https://localhost:3000/functions.html#cc-erlangb
 * @param servers Number of servers / lines / agents (≥ 0, may be fractional). Example: 14.
 * @param trafficErlangs Offered traffic (Erlangs, ≥ 0), e.g. from CC.TRAFFIC. Example: 10.
 * @returns Blocking probability (0–1).
 * @example =CC.ERLANGB(14, 10) → 0.0568
 */
export function ccErlangB(servers: unknown, trafficErlangs: unknown): number {
  return cc("ERLANGB", (a) => asDec(erlangB(num(a, "servers", servers), num(a, "trafficErlangs", trafficErlangs))));
}

/**
 * Erlang C (爱尔兰 C，等待概率): probability that a call has to wait in queue. Agents may be
 * fractional but must exceed the traffic, otherwise the queue is overloaded (#NUM!).
 * Example: =CC.ERLANGC(14, 10) → 0.1741.
 * @customfunction ERLANGC
 * @helpurl https://localhost:3000/functions.html#cc-erlangc
 * @param agents Agents answering calls (> trafficErlangs, may be fractional). Example: 14.
 * @param trafficErlangs Offered traffic (Erlangs, ≥ 0), e.g. from CC.TRAFFIC. Example: 10.
 * @returns Probability of waiting (0–1).
 * @example =CC.ERLANGC(14, 10) → 0.1741
 * @example =CC.ERLANGC(10, 10) → #NUM! (overloaded)
 */
export function ccErlangC(agents: unknown, trafficErlangs: unknown): number {
  return cc("ERLANGC", (a) => asDec(erlangC(num(a, "agents", agents), num(a, "trafficErlangs", trafficErlangs))));
}

/**
 * Service level (服务水平): share of calls answered within targetSeconds, by Erlang C:
 * 1 − C·e^(−(agents − A)·targetSeconds ÷ ahtSeconds).
 * Example: =CC.SERVICELEVEL(14, 100, 180, 20) → 0.8884 (88.8 % within 20 s).
 * @customfunction SERVICELEVEL
 * @helpurl https://localhost:3000/functions.html#cc-servicelevel
 * @param agents Agents on the phones (> traffic, may be fractional). Example: 14.
 * @param calls Calls offered in the interval (calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param targetSeconds Answer-time target (seconds, ≥ 0), the T of "80 % within T". Example: 20.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800). Example: 3600.
 * @returns Service level (0–1).
 * @example =CC.SERVICELEVEL(14, 100, 180, 20) → 0.8884 (88.8 % within 20 s)
 */
export function ccServiceLevel(agents: unknown, calls: unknown, ahtSeconds: unknown, targetSeconds: unknown, intervalSeconds?: unknown): number {
  return cc("SERVICELEVEL", (a) =>
    asDec(serviceLevel(...queue(a, agents, calls, ahtSeconds), num(a, "targetSeconds", targetSeconds), interval(a, intervalSeconds))),
  );
}

/**
 * Average speed of answer (平均应答速度): mean wait in seconds over all calls, by Erlang C:
 * C × ahtSeconds ÷ (agents − A).
 * Example: =CC.ASA(14, 100, 180) → 7.84 seconds.
 * @customfunction ASA
 * @helpurl https://localhost:3000/functions.html#cc-asa
 * @param agents Agents on the phones (> traffic, may be fractional). Example: 14.
 * @param calls Calls offered in the interval (calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800). Example: 3600.
 * @returns Average speed of answer (seconds).
 * @example =CC.ASA(14, 100, 180) → 7.84 (seconds)
 */
export function ccAsa(agents: unknown, calls: unknown, ahtSeconds: unknown, intervalSeconds?: unknown): number {
  return cc("ASA", (a) =>
    asDec(averageSpeedOfAnswer(...queue(a, agents, calls, ahtSeconds), interval(a, intervalSeconds))),
  );
}

/**
 * Occupancy (座席占用率): share of agent time spent handling calls, traffic ÷ agents.
 * Example: =CC.OCCUPANCY(14, 100, 180) → 0.714.
 * @customfunction OCCUPANCY
 * @helpurl https://localhost:3000/functions.html#cc-occupancy
 * @param agents Agents on the phones (> traffic, may be fractional). Example: 14.
 * @param calls Calls offered in the interval (calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800). Example: 3600.
 * @returns Occupancy (0–1).
 * @example =CC.OCCUPANCY(14, 100, 180) → 0.714
 */
export function ccOccupancy(agents: unknown, calls: unknown, ahtSeconds: unknown, intervalSeconds?: unknown): number {
  return cc("OCCUPANCY", (a) =>
    asDec(occupancy(...queue(a, agents, calls, ahtSeconds), interval(a, intervalSeconds))),
  );
}

/**
 * Required agents (所需座席数): the least whole number of agents whose Erlang C service level
 * reaches targetServiceLevel within targetSeconds and whose occupancy stays ≤ maxOccupancy,
 * then scheduled for shrinkage: ⌈agents ÷ (1 − shrinkage)⌉.
 * Examples: =CC.AGENTS(100, 180, 80%, 20) → 14; =CC.AGENTS(100, 180, 80%, 20, , , 30%) → 20.
 * @customfunction AGENTS
 * @helpurl https://localhost:3000/functions.html#cc-agents
 * @param calls Calls offered in the interval (calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param targetServiceLevel Share of calls to answer within targetSeconds (0 ≤ target < 1). Example: 80%.
 * @param targetSeconds Answer-time target (seconds, ≥ 0). Example: 20.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800). Example: 3600.
 * @param [maxOccupancy] Highest acceptable occupancy (0 < cap ≤ 1, default 1 = no cap). Example: 85%.
 * @param [shrinkage] Share of paid time agents are unavailable (0 ≤ s < 1, default 0), e.g. from CC.SHRINKAGE. Example: 30%.
 * @returns Agents to schedule (whole number).
 * @example =CC.AGENTS(100, 180, 80%, 20) → 14
 * @example =CC.AGENTS(100, 180, 80%, 20, , , 30%) → 20
 */
export function ccAgents(
  calls: unknown,
  ahtSeconds: unknown,
  targetServiceLevel: unknown,
  targetSeconds: unknown,
  intervalSeconds?: unknown,
  maxOccupancy?: unknown,
  shrinkage?: unknown,
): number {
  return cc("AGENTS", (a) => {
    const c = num(a, "calls", calls);
    const h = num(a, "ahtSeconds", ahtSeconds);
    const sl = num(a, "targetServiceLevel", targetServiceLevel);
    const t = num(a, "targetSeconds", targetSeconds);
    const i = interval(a, intervalSeconds);
    const cap = optNum(a, "maxOccupancy", maxOccupancy, 1);
    const s = optNum(a, "shrinkage", shrinkage, 0);
    need(shrinkageRate("shrinkage", s)); // every argument is checked before the search starts
    const staffed = need(requiredAgents(c, h, sl, t, i, cap));
    return asDec(scheduledAgents(staffed.agents, s));
  });
}

/**
 * Compound shrinkage (综合缺勤率): 1 − Π(1 − sᵢ) over independent components (breaks, training,
 * leave, absence…), each a share of paid time.
 * Example: =CC.SHRINKAGE(B2:B3) with 10 % and 20 % → 0.28.
 * @customfunction SHRINKAGE
 * @helpurl https://localhost:3000/functions.html#cc-shrinkage
 * @param components Range of shrinkage components (each 0 ≤ s < 1). Blank cells count as 0. Example: B2:B5.
 * @returns Total shrinkage (0–1).
 * @example =CC.SHRINKAGE({10%;20%}) → 0.28
 */
export function ccShrinkage(components: unknown[][]): number {
  return cc("SHRINKAGE", (a) => asDec(compoundShrinkage(a.range("components", components).map(toNumber))));
}

/**
 * Abandonment rate (放弃率), Erlang A: share of callers who hang up before being answered when
 * callers wait patienceSeconds on average (exponential patience, exact birth–death model).
 * Works even when agents ≤ traffic, since abandonment keeps the queue finite.
 * Example: =CC.ABANDON(14, 100, 180, 120) → 0.0228.
 * @customfunction ABANDON
 * @helpurl https://localhost:3000/functions.html#cc-abandon
 * @param agents Agents on the phones (whole number ≥ 0). Example: 14.
 * @param calls Calls offered in the interval (calls, ≥ 0). Example: 100.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param patienceSeconds Mean time a caller waits before hanging up (seconds, > 0). Example: 120.
 * @param [intervalSeconds] Length of the interval (seconds, > 0, default 1800). Example: 3600.
 * @returns Probability of abandoning (0–1).
 * @example =CC.ABANDON(14, 100, 180, 120) → 0.0228
 */
export function ccAbandon(agents: unknown, calls: unknown, ahtSeconds: unknown, patienceSeconds: unknown, intervalSeconds?: unknown): number {
  return cc("ABANDON", (a) =>
    asDec(abandonRate(...queue(a, agents, calls, ahtSeconds), num(a, "patienceSeconds", patienceSeconds), interval(a, intervalSeconds))),
  );
}

/**
 * Staffing plan (排班人力): the least agents for each interval of a forecast — the rule of
 * CC.AGENTS (Erlang C, without shrinkage) applied to every cell of a range of calls, or, with
 * patienceSeconds, the least agents whose Erlang A service level (share of all callers answered
 * within targetSeconds; callers who hang up count as missed) meets the target. Returns a range of
 * the calls' shape (it spills); 0 for blank or 0 calls. Example: =CC.STAFFPLAN(B2:B49, 180, 80%, 20).
 * @customfunction STAFFPLAN
 * @helpurl https://localhost:3000/functions.html#cc-staffplan
 * @param calls Range of calls offered per interval (calls, each ≥ 0; blank = 0), e.g. a day of half hours. Example: B2:B49.
 * @param ahtSeconds Average handling time per call (seconds, > 0). Example: 180.
 * @param targetServiceLevel Share of calls to answer within targetSeconds (0 ≤ target < 1). Example: 80%.
 * @param targetSeconds Answer-time target (seconds, ≥ 0). Example: 20.
 * @param [intervalSeconds] Length of each interval (seconds, > 0, default 1800). Example: 900.
 * @param [maxOccupancy] Highest acceptable occupancy (0 < cap ≤ 1, default 1 = no cap). Example: 85%.
 * @param [patienceSeconds] Mean time a caller waits before hanging up (seconds, > 0); given, agents are sized by Erlang A. Example: 120.
 * @returns Agents on the phones per interval (whole numbers), in the shape of calls.
 * @example =CC.STAFFPLAN({100;0;400}, 180, 80%, 20) → {14;0;45}
 * @example =CC.STAFFPLAN({400}, 257, 80%, 20, , 85%) → {68} (Call Centre Helper's case: the occupancy cap binds)
 * @example =CC.STAFFPLAN({100,100}, 180, 86%, 20, , , 60) → {12,12} (Erlang A, patience 60 s)
 * @example =CC.STAFFPLAN({100;-1}, 180, 80%, 20) → #NUM!
 */
export function ccStaffPlan(
  calls: unknown[][],
  ahtSeconds: unknown,
  targetServiceLevel: unknown,
  targetSeconds: unknown,
  intervalSeconds?: unknown,
  maxOccupancy?: unknown,
  patienceSeconds?: unknown,
): number[][] {
  return ccMatrix("STAFFPLAN", (a) => {
    const volumes = a.doubles("calls", calls);
    const patience = a.maybeNum("patienceSeconds", patienceSeconds);
    const sizing = {
      ahtSeconds: num(a, "ahtSeconds", ahtSeconds),
      targetServiceLevel: num(a, "targetServiceLevel", targetServiceLevel),
      targetSeconds: num(a, "targetSeconds", targetSeconds),
      intervalSeconds: interval(a, intervalSeconds),
      maxOccupancy: optNum(a, "maxOccupancy", maxOccupancy, 1),
      ...(patience === undefined ? {} : { patienceSeconds: toNumber(patience) }),
    };
    return map(agentsPerInterval(volumes, sizing), (agents) => inShapeOf(calls, agents));
  });
}

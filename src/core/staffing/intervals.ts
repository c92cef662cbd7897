/**
 * Interval staffing: the least agents for every interval of a forecast (a day, a month, a year
 * of half hours), each sized on its own — rolling intervals up under-staffs the peaks.
 *
 * Without patience the answer is exactly `requiredAgents`'s (solver.ts) for every interval; with
 * patienceSeconds it is the least N ≥ 1 whose Erlang A service level (erlangA.ts: share of all
 * callers answered within T) meets the target and whose Erlang A occupancy is within the cap.
 *
 * Why it is fast. `requiredAgents` checks and converts every argument (exact traffic in Decimal,
 * ~9 µs) and walks up from ⌈A⌉. Here the sizing is checked once, the traffic is taken in doubles,
 * and each search starts where the answer probably is: A + β·√A (square-root staffing) with β
 * from the previous interval, whose load is similar. From there one Erlang B evaluation and a few
 * O(1) steps of its recurrence, down (1/B(N−1) = (1/B(N) − 1)·A/N) or up (1/B(N+1) = 1 +
 * 1/B(N)·(N+1)/A), find the least N.
 *
 * Why it is the least N, and the same N. Erlang C's SL(N) rises with N (more agents: C falls
 * and the e^(−(N−A)T/AHT) tail shrinks), so "SL(N) ≥ target" holds from some N on and fails
 * below it: stepping down while N − 1 meets, or up until N meets, stops at that least N whatever
 * the start. The doubles differ from `requiredAgents`'s evaluation (Decimal traffic and its
 * residual, a fresh 1/B) by far less than SURE in SL (A within an ulp or two, so N − A within
 * ~1e-13 relative for N − A ≥ 1e-3, and SL's slope in A is modest); so a decision further than
 * SURE from the target is the one `requiredAgents` makes too, whose own walk then stops at the
 * same N. Every decision closer than SURE — and every case whose least stable N or occupancy
 * floor hangs on the last bits of A (A within SURE of a whole number, A/N within SURE of the
 * cap) — is handed to `requiredAgents` itself. test/core/staffing/intervals.test.ts compares a
 * generated year of 17 520 intervals with `requiredAgents` one by one, and random ones besides.
 * Erlang A uses the same rule: a decision within SURE is re-made with `erlangA` on the exact traffic.
 */
import { fail, ok, type CoreError, type Result } from "../result";
import { FORMULAS as F } from "../sentences/formulas";
import { filled } from "../sentences/book";
import { aboveZero, atLeastZero, MAX_AGENTS, MAX_TRAFFIC_ERLANGS, refuse, shareAboveZero, targetBelowOne } from "../validators";
import { erlangA, erlangAMeasures, type ErlangAMeasures } from "./erlangA";
import { inverseErlangB } from "./erlangB";
import { serviceLevelFrom } from "./serviceLevel";
import { leastAgentsForOccupancy, requiredAgents } from "./solver";
import { trafficErlangs } from "./traffic";

export interface IntervalSizing {
  readonly ahtSeconds: number;
  readonly intervalSeconds: number;
  /** Share of calls to answer within targetSeconds, in [0, 1). */
  readonly targetServiceLevel: number;
  readonly targetSeconds: number;
  /** Highest occupancy, in (0, 1]; 1 is no cap. */
  readonly maxOccupancy: number;
  /** Mean patience before hanging up: present, Erlang A; absent, Erlang C. */
  readonly patienceSeconds?: number;
}

/** A decision this far (absolute in SL, relative in occupancy) from its threshold is certain in doubles. */
const SURE = 1e-9;
/** Steps down the inverse recurrence before its growing rounding is not worth trusting. */
const MAX_DOWN_STEPS = 64;
/** The doubles could not decide: ask the exact solver. */
const EXACT = -1;

/** The sizing, checked once, in the order `requiredAgents` checks it. */
function checked(s: IntervalSizing): Result<IntervalSizing> {
  const checks: Result<number>[] = [
    aboveZero("ahtSeconds", s.ahtSeconds),
    aboveZero("intervalSeconds", s.intervalSeconds),
    targetBelowOne("targetServiceLevel", s.targetServiceLevel),
    atLeastZero("targetSeconds", s.targetSeconds),
    shareAboveZero("maxOccupancy", s.maxOccupancy),
  ];
  if (s.patienceSeconds !== undefined) checks.push(aboveZero("patienceSeconds", s.patienceSeconds));
  for (const r of checks) if (!r.ok) return r;
  return ok(s);
}

/** An interval's error: the argument it names, then "(interval i)" (1-based). */
function inInterval<T>(index: number, e: CoreError): Result<T> {
  return fail(e.code, e.arg, F.intervalPrefix.en(index + 1) + e.message.en, F.intervalPrefix.zh(index + 1) + e.message.zh);
}

const near = (x: number, threshold: number): boolean => Math.abs(x - threshold) <= SURE * Math.max(1, Math.abs(threshold));

/** The least N above A and within the occupancy cap, or EXACT when that hangs on A's last bits. */
function lowestAgents(a: number, cap: number): number {
  if (near(a, Math.round(a))) return EXACT; // whole A: N > A hangs on the rounding residual's sign
  const stable = Math.ceil(a);
  if (cap === 1) return stable;
  const occ = leastAgentsForOccupancy(a, cap);
  if (near(a / occ, cap) || (occ > 1 && near(a / (occ - 1), cap))) return EXACT;
  return Math.max(stable, occ);
}

/** Erlang C's least N in doubles from a guess (see the header), or EXACT. */
function leastErlangC(a: number, s: IntervalSizing, guess: number): number {
  if (!(a >= 1e-6 && a <= MAX_TRAFFIC_ERLANGS / 2)) return EXACT;
  const lowest = lowestAgents(a, s.maxOccupancy);
  if (lowest === EXACT || lowest > MAX_AGENTS) return EXACT;
  const { ahtSeconds: aht, targetSeconds: t, targetServiceLevel: target } = s;
  const slAt = (n: number, inv: number): number => serviceLevelFrom(n, a, n - a, inv, aht, t);
  let n = Math.min(MAX_AGENTS, Math.max(lowest, guess));
  let inv = inverseErlangB(n, a);
  if (!(inv < 1e300)) return EXACT; // a guess far above the answer: B underflows and SL reads 1
  let sl = slAt(n, inv);
  if (sl >= target) {
    for (let steps = 0; n > lowest; steps++) {
      if (steps === MAX_DOWN_STEPS) return EXACT;
      const below = (inv - 1) * (a / n);
      const slBelow = slAt(n - 1, below);
      if (slBelow < target) {
        if (target - slBelow <= SURE) return EXACT;
        break;
      }
      n--;
      inv = below;
      sl = slBelow;
    }
  } else {
    while (sl < target) {
      if (target - sl <= SURE || n >= MAX_AGENTS) return EXACT;
      n++;
      inv = 1 + inv * (n / a);
      sl = slAt(n, inv);
    }
  }
  return sl - target <= SURE ? EXACT : n;
}

/** Erlang C for one interval: the fast search, or `requiredAgents` when it cannot decide. */
function erlangCInterval(calls: number, s: IntervalSizing, guess: number): Result<number> {
  const n = leastErlangC((calls * s.ahtSeconds) / s.intervalSeconds, s, guess);
  if (n !== EXACT) return ok(n);
  const r = requiredAgents(calls, s.ahtSeconds, s.targetServiceLevel, s.targetSeconds, s.intervalSeconds, s.maxOccupancy);
  return r.ok ? ok(r.value.agents) : r;
}

/** Erlang A for one interval: the least N ≥ 1 meeting the target and the cap, from a guess. */
function erlangAInterval(calls: number, s: IntervalSizing, patience: number, guess: number): Result<number> {
  const { ahtSeconds: aht, targetSeconds: t, targetServiceLevel: target, maxOccupancy: cap } = s;
  const a = (calls * aht) / s.intervalSeconds;
  if (!(a < MAX_TRAFFIC_ERLANGS)) {
    const tr = trafficErlangs(calls, aht, s.intervalSeconds);
    if (!tr.ok) return tr;
  }
  const lambda = calls / s.intervalSeconds;
  const exactly = (n: number): Result<ErlangAMeasures> => erlangA(n, calls, aht, patience, t, s.intervalSeconds);
  // Both measures move one way with N (SL up, occupancy down), so "meets" flips once.
  const meets = (n: number): Result<boolean> => {
    let m = erlangAMeasures(n, a, lambda, aht, patience, t);
    if (m.ok && (near(m.value.serviceLevel, target) || (cap < 1 && near(m.value.occupancy, cap)))) m = exactly(n);
    return m.ok ? ok(m.value.serviceLevel >= target && m.value.occupancy <= cap) : m;
  };
  return leastMeeting(meets, Math.min(MAX_AGENTS, Math.max(1, guess)), calls);
}

/**
 * The least n in [1, MAX_AGENTS] for which a monotone `meets` holds, from a guess: strides that
 * double away from the guess until `meets` flips, then halving between the last two — O(log d)
 * evaluations for a guess d away, two when it is right (n meets, n − 1 does not).
 */
function leastMeeting(meets: (n: number) => Result<boolean>, guess: number, calls: number): Result<number> {
  const start = meets(guess);
  if (!start.ok) return start;
  let lo: number; // fails (or 0: nothing below 1 is asked)
  let hi: number; // meets
  if (start.value) {
    hi = guess;
    lo = guess;
    for (let stride = 1; ; stride *= 2) {
      lo = Math.max(0, hi - stride);
      if (lo === 0) break;
      const m = meets(lo);
      if (!m.ok) return m;
      if (!m.value) break;
      hi = lo;
    }
  } else {
    lo = guess;
    hi = guess;
    for (let stride = 1; ; stride *= 2) {
      if (lo >= MAX_AGENTS) return refuse("outOfRange", "calls", filled(F.agentCeiling, String(MAX_AGENTS), String(calls)));
      hi = Math.min(MAX_AGENTS, lo + stride);
      const m = meets(hi);
      if (!m.ok) return m;
      if (m.value) break;
      lo = hi;
    }
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const m = meets(mid);
    if (!m.ok) return m;
    if (m.value) hi = mid;
    else lo = mid;
  }
  return ok(hi);
}

/**
 * The least agents for each interval's calls (0 for no calls), Erlang C or — with
 * patienceSeconds — Erlang A. One error, naming the argument and the interval, or every answer.
 */
export function agentsPerInterval(calls: readonly number[], sizing: IntervalSizing): Result<number[]> {
  const sr = checked(sizing);
  if (!sr.ok) return sr;
  const s = sr.value;
  const agents: number[] = new Array<number>(calls.length);
  // (N − A)/√A of the intervals sized so far, by load (eighths of a doubling) and the last one:
  // where to start the next search. A year revisits the same loads every day.
  const betaByLoad = new Map<number, number>();
  let beta = 1;
  let lastCalls = NaN;
  let last = 0;
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i] as number;
    const cr = atLeastZero("calls", c);
    if (!cr.ok) return inInterval(i, cr.error);
    if (c === 0 || c === lastCalls) {
      agents[i] = c === 0 ? 0 : last;
      continue;
    }
    const a = (c * s.ahtSeconds) / s.intervalSeconds;
    const load = Math.round(8 * Math.log2(a));
    const guess = Math.ceil(a + (betaByLoad.get(load) ?? beta) * Math.sqrt(a));
    const r = s.patienceSeconds === undefined ? erlangCInterval(c, s, guess) : erlangAInterval(c, s, s.patienceSeconds, guess);
    if (!r.ok) return inInterval(i, r.error);
    agents[i] = last = r.value;
    lastCalls = c;
    if (a > 0) {
      beta = (r.value - a) / Math.sqrt(a);
      betaByLoad.set(load, beta);
    }
  }
  return ok(agents);
}

/**
 * Staffing: time to size a queue (least agents for 80 % answered within 20 s, AHT 180 s,
 * 30-minute interval) at A = 10, 1 000, 10 000 and 100 000 Erlangs, three ways:
 *   1. our core solver (src/core/staffing/solver.ts),
 *   2. the same through the worksheet adapter CC.AGENTS (argument reading, Decimal in/out),
 *   3. the npm package erlang-c-js (baseline; decimal.js factorial sums, O(N) per candidate).
 * Timing is printed, never asserted. erlang-c-js is skipped at a size when its run time, predicted
 * from the two previous sizes, exceeds BASELINE_CAP_SECONDS (default 20 s); the output says so.
 *
 * Then CC.ABANDON (Erlang A): a plain queue as the baseline beside its worst cases — the most
 * waiting states it sums before answering (just under MAX_QUEUE_STATES), the refusal after
 * summing to the ceiling, a refusal the lower bound makes at once, and 10⁹ Erlangs (the largest
 * traffic, where Erlang B's climb is longest). test/core/staffing/bounds.test.ts pins the same
 * cases by the states they sum, not by time.
 */
import { createRequire } from "node:module";
import { erlangA, MAX_QUEUE_STATES, requiredAgents } from "../src/core/staffing";
import { ccAbandon, ccAgents } from "../src/functions/staffing";

type GetNumberOfAgents = (
  volume: number,
  intervalLength: number,
  aht: number,
  targetServiceLevel: number,
  targetTime: number,
  maxOccupancy: number,
  shrinkage: number,
) => number;
// erlang-c-js ships no types; this is its documented signature (node_modules/erlang-c-js/README.md).
const { getNumberOfAgents } = createRequire(__filename)("erlang-c-js") as { getNumberOfAgents: GetNumberOfAgents };

const AHT = 180;
const INTERVAL = 1800;
const TARGET = 0.8;
const TARGET_SECONDS = 20;
const SIZES = [10, 1000, 10000, 100000];
const CAP_SECONDS = Number(process.env.BASELINE_CAP_SECONDS ?? 20);
const MS = Number(process.env.BENCH_MS ?? 400);

const callsFor = (erlangs: number): number => (erlangs * INTERVAL) / AHT;

/** Mean milliseconds per call of `f` over about MS ms after a warm-up, best of 3 rounds. */
function meanMs(f: (i: number) => number): { ms: number; result: number } {
  let result = f(0);
  for (let i = 1; i < 50; i++) result = f(i);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const start = performance.now();
    let now = start;
    while (now - start < MS) {
      for (let j = 0; j < 20; j++) result = f(n++);
      now = performance.now();
    }
    best = Math.min(best, (now - start) / n);
  }
  return { ms: best, result };
}

function core(erlangs: number): (i: number) => number {
  const calls = callsFor(erlangs);
  return (i) => {
    // Nudge the volume by a millionth of a call so no engine can reuse a result.
    const r = requiredAgents(calls + (i & 7) * 1e-6, AHT, TARGET, TARGET_SECONDS, INTERVAL);
    return r.ok ? r.value.agents : NaN;
  };
}

function adapter(erlangs: number): (i: number) => number {
  const calls = callsFor(erlangs);
  return (i) => ccAgents(calls + (i & 7) * 1e-6, AHT, TARGET, TARGET_SECONDS, INTERVAL, null, null);
}

const fmtMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`).padStart(10);

console.log(`sizing a queue: least agents for ${TARGET * 100} % within ${TARGET_SECONDS} s, AHT ${AHT} s, interval ${INTERVAL} s`);
console.log(`${"Erlangs".padStart(8)} ${"agents".padStart(7)} ${"core".padStart(10)} ${"CC.AGENTS".padStart(10)} ${"erlang-c-js".padStart(11)} ${"agents".padStart(7)}  ratio (erlang-c-js ÷ CC.AGENTS)`);
const baselineTimes: { erlangs: number; ms: number }[] = [];
for (const erlangs of SIZES) {
  const ours = meanMs(core(erlangs));
  const viaAdapter = meanMs(adapter(erlangs));
  if (viaAdapter.result !== ours.result) throw new Error(`adapter and core disagree at ${erlangs} Erlangs`);

  // Predict erlang-c-js's time from its growth between the two previous sizes; until two sizes of
  // at least 1 000 Erlangs are known (small runs are JIT noise), assume √A candidates × O(A) each.
  let predicted = 0;
  const last = baselineTimes[baselineTimes.length - 1];
  const before = baselineTimes[baselineTimes.length - 2];
  if (last) {
    const exponent = before && before.erlangs >= 1000 ? Math.log(last.ms / before.ms) / Math.log(last.erlangs / before.erlangs) : 1.5;
    predicted = last.ms * Math.pow(erlangs / last.erlangs, Math.max(1, exponent));
  }
  let baselineCell = "skipped".padStart(11);
  let baselineAgents = "–";
  let ratio = `— erlang-c-js skipped: predicted ${fmtMs(predicted).trim()} per run > ${CAP_SECONDS} s cap`;
  if (predicted <= CAP_SECONDS * 1000) {
    // Two runs: the package caches factorials, so the second (warm) run is its best case.
    const calls = callsFor(erlangs);
    let t0 = performance.now();
    getNumberOfAgents(calls, INTERVAL, AHT, TARGET, TARGET_SECONDS, 0, 0);
    const cold = performance.now() - t0;
    t0 = performance.now();
    const theirs = getNumberOfAgents(calls, INTERVAL, AHT, TARGET, TARGET_SECONDS, 0, 0);
    const warm = performance.now() - t0;
    baselineTimes.push({ erlangs, ms: Math.max(cold, warm) });
    baselineCell = fmtMs(warm).padStart(11);
    baselineAgents = String(theirs);
    ratio = `${(warm / viaAdapter.ms).toFixed(0)}×  (cold first run ${fmtMs(cold).trim()})`;
  }
  console.log(
    `${String(erlangs).padStart(8)} ${String(ours.result).padStart(7)} ${fmtMs(ours.ms)} ${fmtMs(viaAdapter.ms)} ${baselineCell} ${baselineAgents.padStart(7)}  ${ratio}`,
  );
}
console.log("aim: 10 000 Erlangs in < 1 ms (CC.AGENTS column).");

// ---------------------------------------------------------------- CC.ABANDON worst case
const ABANDON_CASES: [label: string, agents: number, calls: number, aht: number, patience: number][] = [
  ["plain (baseline)", 14, 100, 180, 120],
  ["worst answered", 10, 1800, 180, 1e6],
  ["refused at the ceiling", 10, 1800, 180, 1.05e6],
  ["refused at once", 14, 139.9999999, 180, 1e15],
  ["10⁹ Erlangs", 1e9, 1e9, 1800, 1000],
];
console.log(`\nCC.ABANDON (Erlang A): at most ${MAX_QUEUE_STATES} waiting states summed, interval ${INTERVAL} s`);
console.log(`${"case".padEnd(24)} ${"agents".padStart(10)} ${"calls".padStart(12)} ${"patience".padStart(9)} ${"states".padStart(9)} ${"CC.ABANDON".padStart(10)}  answer`);
for (const [label, agents, calls, aht, patience] of ABANDON_CASES) {
  const m = erlangA(agents, calls, aht, patience, 0, INTERVAL);
  const states = m.ok ? String(m.value.statesSummed) : "–";
  const answer = m.ok ? m.value.probabilityOfAbandon.toPrecision(6) : `#NUM! (${m.error.arg})`;
  const timed = meanMs(() => {
    try {
      return ccAbandon(agents, calls, aht, patience, INTERVAL);
    } catch {
      return NaN; // a refusal: timed all the same
    }
  });
  console.log(`${label.padEnd(24)} ${String(agents).padStart(10)} ${String(calls).padStart(12)} ${String(patience).padStart(9)} ${states.padStart(9)} ${fmtMs(timed.ms)}  ${answer}`);
}

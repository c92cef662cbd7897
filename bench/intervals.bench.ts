/**
 * Interval staffing (issue 11): a year of half hours — 17 520 sizings, loads 0.5 to 2 000 Erlangs
 * (test/fixtures/forecastYear.ts, fixed seed), 80 % in 20 s, AHT 180 s — sized four ways:
 *   1. the core, agentsPerInterval (src/core/staffing/intervals.ts), Erlang C and Erlang A;
 *   2. the same through the worksheet adapter CC.STAFFPLAN (the year as one 17 520-row column);
 *   3. baselines from the same run: a loop of single requiredAgents and of CC.AGENTS calls over the
 *      whole year; for Erlang A, each interval sized on its own (no neighbour to start from) and,
 *      on a sample, the plain search (walk up from 1 agent with the core's erlangA);
 *   4. the npm package erlang-c-js on a sample of the same intervals.
 * Timing is printed, never asserted; every answer is checked against requiredAgents first.
 */
import { createRequire } from "node:module";
import { agentsPerInterval, erlangA, requiredAgents, type IntervalSizing } from "../src/core/staffing";
import { ccAgents, ccStaffPlan } from "../src/functions/staffing";
import { forecastYear, YEAR_AHT_SECONDS as AHT, YEAR_INTERVAL_SECONDS as INTERVAL } from "../test/fixtures/forecastYear";

type GetNumberOfAgents = (volume: number, intervalLength: number, aht: number, sl: number, targetTime: number, maxOccupancy: number, shrinkage: number) => number;
// erlang-c-js ships no types; this is its documented signature (node_modules/erlang-c-js/README.md).
const { getNumberOfAgents } = createRequire(__filename)("erlang-c-js") as { getNumberOfAgents: GetNumberOfAgents };

const TARGET = 0.8;
const TARGET_SECONDS = 20;
const PATIENCE = 120;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 48);

const year = forecastYear();
const erlangC: IntervalSizing = { ahtSeconds: AHT, intervalSeconds: INTERVAL, targetServiceLevel: TARGET, targetSeconds: TARGET_SECONDS, maxOccupancy: 1 };
const erlangAS: IntervalSizing = { ...erlangC, patienceSeconds: PATIENCE };
const column = year.map((c) => [c]);
/** Intervals spread over the year and over the day (k × 365 steps through every time of day). */
const sample = Array.from({ length: SAMPLE }, (_, k) => year[(k * 365 + 17) % year.length] as number);

/** Best wall time in ms of `f` over ROUNDS runs after one warm-up run; its last result. */
function best<T>(f: () => T, rounds = ROUNDS): { ms: number; result: T } {
  let result = f();
  let ms = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    result = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, result };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { arg: string; message: { en: string } } }): T {
  if (!r.ok) throw new Error(`${r.error.arg} ${r.error.message.en}`);
  return r.value;
}

const single = (c: number): number => unwrap(requiredAgents(c, AHT, TARGET, TARGET_SECONDS, INTERVAL)).agents;
const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);
const perInterval = (ms: number, n: number): string => `${((ms * 1000) / n).toFixed(2)} µs/interval`;

const loads = year.map((c) => (c * AHT) / INTERVAL);
console.log(`a year of half hours: ${year.length} intervals, ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(0)} Erlangs, ${TARGET * 100} % in ${TARGET_SECONDS} s, AHT ${AHT} s; best of ${ROUNDS}`);

// Erlang C: the core, the adapter, and single calls over the whole year.
const core = best(() => unwrap(agentsPerInterval(year, erlangC)));
const differing = core.result.filter((n, i) => n !== single(year[i] as number)).length;
if (differing > 0) throw new Error(`${differing} intervals differ from requiredAgents`);
const adapter = best(() => ccStaffPlan(column, AHT, TARGET, TARGET_SECONDS));
if (adapter.result.some((row, i) => row[0] !== core.result[i])) throw new Error("CC.STAFFPLAN and the core disagree");
const loop = best(() => year.map(single), 3);
const loopAdapter = best(() => year.map((c) => ccAgents(c, AHT, TARGET, TARGET_SECONDS, INTERVAL)), 3);
console.log("\nErlang C (identical to requiredAgents in all intervals: checked)");
console.log(`  agentsPerInterval (core)        ${fmt(core.ms).padStart(8)}  ${perInterval(core.ms, year.length)}`);
console.log(`  CC.STAFFPLAN (adapter)          ${fmt(adapter.ms).padStart(8)}  ${perInterval(adapter.ms, year.length)}`);
console.log(`  loop of requiredAgents          ${fmt(loop.ms).padStart(8)}  ${perInterval(loop.ms, year.length)}  → core ${(loop.ms / core.ms).toFixed(0)}× faster`);
console.log(`  loop of CC.AGENTS               ${fmt(loopAdapter.ms).padStart(8)}  ${perInterval(loopAdapter.ms, year.length)}  → CC.STAFFPLAN ${(loopAdapter.ms / adapter.ms).toFixed(0)}× faster`);

// erlang-c-js on a sample of the same intervals (it takes milliseconds per sizing).
const ours = best(() => unwrap(agentsPerInterval(sample, erlangC)));
const t0 = performance.now();
const theirs = sample.map((c) => getNumberOfAgents(c, INTERVAL, AHT, TARGET, TARGET_SECONDS, 0, 0));
const theirMs = performance.now() - t0;
const agree = theirs.filter((n, i) => n === ours.result[i]).length;
console.log(`  sample of ${SAMPLE} intervals: core ${fmt(ours.ms)} (${perInterval(ours.ms, SAMPLE)}), erlang-c-js ${fmt(theirMs)} (${perInterval(theirMs, SAMPLE)}) → ${(theirMs / ours.ms).toFixed(0)}×; same answer in ${agree} of ${SAMPLE}`);

// Erlang A: the core and the adapter over the year; each interval alone; the plain walk on a sample.
const coreA = best(() => unwrap(agentsPerInterval(year, erlangAS)), 3);
const adapterA = best(() => ccStaffPlan(column, AHT, TARGET, TARGET_SECONDS, null, null, PATIENCE), 3);
if (adapterA.result.some((row, i) => row[0] !== coreA.result[i])) throw new Error("CC.STAFFPLAN and the core disagree (Erlang A)");
const aloneA = best(() => year.map((c) => unwrap(agentsPerInterval([c], erlangAS))[0]), 1);
const meets = (n: number, c: number): boolean => unwrap(erlangA(n, c, AHT, PATIENCE, TARGET_SECONDS, INTERVAL)).serviceLevel >= TARGET;
const walk = (c: number): number => {
  let n = 1;
  while (!meets(n, c)) n++;
  return n;
};
const oursA = unwrap(agentsPerInterval(sample, erlangAS));
const t1 = performance.now();
const walked = sample.map(walk);
const walkMs = performance.now() - t1;
if (walked.some((n, i) => n !== oursA[i])) throw new Error("the plain Erlang A walk and the core disagree");
const sampleA = best(() => agentsPerInterval(sample, erlangAS));
console.log(`\nErlang A, patience ${PATIENCE} s (least N by the core's erlangA: the plain walk agrees on the sample)`);
console.log(`  agentsPerInterval (core)        ${fmt(coreA.ms).padStart(8)}  ${perInterval(coreA.ms, year.length)}`);
console.log(`  CC.STAFFPLAN (adapter)          ${fmt(adapterA.ms).padStart(8)}  ${perInterval(adapterA.ms, year.length)}`);
console.log(`  each interval alone (no neighbour) ${fmt(aloneA.ms).padStart(5)}  ${perInterval(aloneA.ms, year.length)}  → ${(aloneA.ms / coreA.ms).toFixed(1)}×`);
console.log(`  sample of ${SAMPLE}: core ${fmt(sampleA.ms)}, walk up from 1 agent ${fmt(walkMs)} → ${(walkMs / sampleA.ms).toFixed(0)}×`);
console.log("\naim: the whole year in ≤ 50 ms (≤ 3 µs an interval).");

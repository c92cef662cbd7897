/**
 * Fuzz of the BUILT add-in (issue 10): every function registered by dist/functions.js — the list
 * read from dist/functions.json, so a new function joins by itself — is called with hostile
 * argument lists (test/built/fuzz/hostile.ts): random ones, and ones near its published examples.
 * Every call must answer, under a 1 s watchdog (a hang guard, not a speed test), with a finite
 * number (or a matrix of finite numbers where the function returns one) or a CustomFunctions.Error
 * whose message starts with "CC.<NAME>: " and then names one of its arguments — never NaN, ±∞, a
 * thrown non-Excel exception, or a promise that never settles.
 *
 * The lists come from fast-check with a fixed seed (FUZZ_SEED replays another; FUZZ_RUNS sets the
 * lists per function, default 5 000) and run in a worker that the watchdog can stop
 * (fuzz/calls.ts). A failure is replayed here through fast-check, which shrinks it, and reported
 * with the seed and the run's path.
 */
import fc from "fast-check";
import { Script } from "node:vm";
import type { FunctionMeta, FunctionsMetadata } from "../../scripts/functions-meta";
import { examplesOf } from "../../scripts/functions-reference";
import { BareError, distFile, loadBundle, type Fn } from "./bundle";
import { CallWorker, type Outcome } from "./fuzz/calls";
import { argumentLists, argumentListsNear } from "./fuzz/hostile";

const SEED = Number(process.env.FUZZ_SEED ?? 20250610);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const WATCHDOG_MS = 1000;
const ERROR_CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

const metadata = JSON.parse(distFile("functions.json")) as FunctionsMetadata;
const examples = examplesOf();
const worker = new CallWorker(WATCHDOG_MS);
afterAll(() => worker.stop());

/** Why an outcome is not acceptable, or "" when it is. */
function verdict(f: FunctionMeta, o: Outcome): string {
  switch (o.t) {
    case "number":
      return Number.isFinite(o.v) ? "" : `answered ${o.v}`;
    case "array": {
      const finiteMatrix = Array.isArray(o.v) && o.v.every((row) => Array.isArray(row) && (row as unknown[]).every((x) => typeof x === "number" && Number.isFinite(x)));
      return f.result?.dimensionality === "matrix" && finiteMatrix ? "" : `answered an array: ${JSON.stringify(o.v)}`;
    }
    case "error": {
      if (typeof o.code !== "string" || !ERROR_CODES.has(o.code)) return `threw an unknown error code ${String(o.code)}`;
      const m = typeof o.message === "string" ? o.message : "";
      const prefix = `CC.${f.id}: `;
      if (!m.startsWith(prefix)) return `error message does not start with "${prefix}": ${m}`;
      const rest = m.slice(prefix.length);
      // The argument comes first: "calls must be ≥ 0", or a phrase of them "answered × avgTalkSeconds (…)".
      const names = f.parameters.map((p) => p.name);
      if (!names.some((n) => rest.startsWith(n) && /^[\s,:×÷(]/.test(rest.slice(n.length)))) return `error names no argument: ${m}`;
      return "";
    }
    case "threw":
      return `threw a non-Excel exception: ${o.text}`;
    case "other":
      return `answered ${o.text}`;
  }
}

/** The argument lists for a function: random ones, and (when it has examples) ones near them. */
function listsFor(f: FunctionMeta): fc.Arbitrary<unknown[]> {
  const matrixAt = (i: number): boolean => f.parameters[i]?.dimensionality === "matrix";
  const seeds = (examples.get(f.id) ?? []).map((e) => e.args.map((a, i) => (a !== null && matrixAt(i) && !Array.isArray(a) ? [[a]] : a)));
  const random = argumentLists(f.parameters);
  return seeds.length === 0 ? random : fc.oneof(random, fc.constantFrom(...seeds).chain((s) => argumentListsNear(f.parameters, s)));
}

const shown = (args: unknown[]): string =>
  JSON.stringify(args, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v === undefined ? "undefined" : Object.is(v, -0) ? "-0" : v));

/** In-process replay (for shrinking a failure), guarded by vm's own timeout. */
const { registered, context } = loadBundle();
const invoke = new Script("__fuzz.fn(...__fuzz.args)", { filename: "fuzz-call" });
function outcomeHere(fn: Fn, args: unknown[]): Outcome {
  (context as { __fuzz?: unknown }).__fuzz = { fn, args };
  try {
    const v: unknown = invoke.runInContext(context, { timeout: WATCHDOG_MS });
    if (typeof v === "number") return { t: "number", v };
    if (Array.isArray(v)) return { t: "array", v };
    return { t: "other", text: `${typeof v}: ${String(v)}` };
  } catch (e) {
    if (e instanceof BareError) return { t: "error", code: e.code, message: e.message };
    return { t: "threw", text: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function shrunk(f: FunctionMeta, lists: fc.Arbitrary<unknown[]>, index: number): string {
  const fn = registered.get(f.id) as Fn;
  try {
    fc.assert(
      fc.property(lists, (args) => {
        const why = verdict(f, outcomeHere(fn, args));
        if (why) throw new Error(`CC.${f.id}(${shown(args)}) ${why}`);
      }),
      { seed: SEED, numRuns: RUNS, path: String(index) },
    );
    return "(the failure did not reproduce in process)";
  } catch (e) {
    // fast-check keeps the check's own error as the cause (lib ES2020 does not type `cause`).
    const cause = (e as { cause?: unknown }).cause;
    const why = cause instanceof Error ? `\n${cause.message}` : "";
    return `${e instanceof Error ? e.message : String(e)}${why}`;
  }
}

describe(`fuzz of dist/functions.js: ${RUNS} hostile argument lists per function (seed ${SEED})`, () => {
  test("dist/functions.json lists every registered function", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...registered.keys()].sort());
  });

  test.each(metadata.functions.map((f) => [f.id, f] as const))("CC.%s", async (id, f) => {
    const lists = listsFor(f);
    const cases = fc.sample(lists, { seed: SEED, numRuns: RUNS });
    const replay = `seed ${SEED} (replay: FUZZ_SEED=${SEED} npx jest test/built/fuzz.test.ts -t CC.${id})`;
    const batch = await worker.run(id, cases);
    if ("hungAt" in batch) {
      const args = cases[batch.hungAt] as unknown[];
      throw new Error(`fuzz ${replay}, run ${batch.hungAt}: CC.${id}(${shown(args)}) did not answer within ${WATCHDOG_MS} ms`);
    }
    expect(batch.outcomes).toHaveLength(RUNS);
    const failing = batch.outcomes.findIndex((o) => verdict(f, o) !== "");
    if (failing >= 0) {
      const first = `CC.${id}(${shown(cases[failing] as unknown[])}) ${verdict(f, batch.outcomes[failing] as Outcome)}`;
      throw new Error(`fuzz ${replay}, run ${failing}: ${first}\nshrunk: ${shrunk(f, lists, failing)}`);
    }
  });
});

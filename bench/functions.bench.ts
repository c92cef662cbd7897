/**
 * CC function adapter cost: 10 000 calls of CC.UNITCOST with 3-stream ranges (the seed's three
 * lines) through the adapter — source module and the built dist/functions.js as Excel would
 * load it — against a plain-number baseline doing the same arithmetic in doubles. Also the size
 * of dist/functions.js, raw and gzip. Prints figures; asserts nothing about time.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { ccUnitCost } from "../src/functions/costplus";

// The adapters touch CustomFunctions only on an error (never at load); give them the host's shape anyway.
(globalThis as { CustomFunctions?: unknown }).CustomFunctions ??= {
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  associate() {},
};

const CALLS = 10_000;
const ROUNDS = 5;
const COST = 24_566_590;
const ANSWERED = [[1_234_567], [164_509], [2_495_951]];
const AVG_TALK = [[43], [33], [120]];

type UnitCost = (cost: unknown, answered: unknown[][], avgTalk: unknown[][], standard: unknown, basis: unknown) => unknown;

function baseline(cost: number, answered: number[][], avgTalk: number[][], standard: number): number {
  let seconds = 0;
  for (let i = 0; i < answered.length; i++) seconds += (answered[i]?.[0] ?? 0) * (avgTalk[i]?.[0] ?? 0);
  return cost / (seconds / standard);
}

/** Best of ROUNDS runs of CALLS calls (ns per call); varying the cost defeats constant folding. */
function time(f: (i: number) => unknown): { nsPerCall: number; sink: number } {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS; i++) sink += f(i) as number;
    best = Math.min(best, performance.now() - t0);
  }
  return { nsPerCall: (best * 1e6) / CALLS, sink };
}

const plain = time((i) => baseline(COST + i, ANSWERED, AVG_TALK, 43));
const adapter = time((i) => ccUnitCost(COST + i, ANSWERED, AVG_TALK, 43, "answer"));
const fmt = (ns: number) => `${ns.toFixed(0).padStart(7)} ns/call`;
console.log(`CC.UNITCOST, 3 streams, ${CALLS} calls (best of ${ROUNDS})`);
console.log(`  plain doubles (baseline)     ${fmt(plain.nsPerCall)}`);
console.log(`  adapter + exact core (src)   ${fmt(adapter.nsPerCall)}   ×${(adapter.nsPerCall / plain.nsPerCall).toFixed(1)} the baseline`);

const bundle = join(__dirname, "..", "dist", "functions.js");
if (existsSync(bundle)) {
  const registered = new Map<string, UnitCost>();
  const context = createContext({
    CustomFunctions: { ...(globalThis as unknown as { CustomFunctions: object }).CustomFunctions, associate: (id: string, fn: UnitCost) => registered.set(id, fn) },
  });
  const code = readFileSync(bundle);
  const t0 = performance.now();
  runInContext(code.toString("utf8"), context);
  const loadMs = performance.now() - t0;
  const built = registered.get("UNITCOST");
  if (built) {
    const b = time((i) => built(COST + i, ANSWERED, AVG_TALK, 43, "answer"));
    console.log(`  built dist/functions.js (vm) ${fmt(b.nsPerCall)}   ×${(b.nsPerCall / plain.nsPerCall).toFixed(1)} the baseline`);
  }
  console.log(`dist/functions.js: ${(code.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KiB gzip; evaluated and registered ${registered.size} functions in ${loadMs.toFixed(1)} ms`);
} else {
  console.log("dist/functions.js: not built (run `npm run build` for its size)");
}
// Results agree (so the baseline computes the same thing):
console.log(`check: adapter ${String(ccUnitCost(COST, ANSWERED, AVG_TALK, 43, null))} vs baseline ${baseline(COST, ANSWERED, AVG_TALK, 43)}`);

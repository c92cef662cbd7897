/**
 * Calls the built functions in a worker thread, so that a hang can be caught: the worker marks
 * each call it starts in shared memory, and if the mark stands still for the watchdog's time the
 * worker is terminated (which stops even a tight loop) and the call that hung is named. In
 * process, `vm`'s own timeout would do the same but costs ~0.1–0.5 ms a call (a watchdog thread
 * each time) — most of the fuzz's time.
 *
 * The worker is plain JavaScript (it runs without the TypeScript loader) and small: it evaluates
 * dist/functions.js in a bare context that has only a `CustomFunctions` global, as bundle.ts
 * does, and reports each outcome as data; judging them is the test's job.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DIST } from "../bundle";

/** What one call did, as the worker reports it. */
export type Outcome =
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "array"; readonly v: unknown }
  | { readonly t: "error"; readonly code: unknown; readonly message: unknown }
  | { readonly t: "threw"; readonly text: string }
  | { readonly t: "other"; readonly text: string };

const WORKER = String.raw`
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const vm = require("node:vm");
class BareError { constructor(code, message) { this.code = code; this.message = message; } }
const registered = new Map();
const CustomFunctions = {
  associate(id, fn) { registered.set(id, fn); },
  Error: BareError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
};
vm.runInContext(readFileSync(workerData.bundle, "utf8"), vm.createContext({ CustomFunctions }), { filename: "dist/functions.js" });
const started = new Int32Array(workerData.started);
const thrown = (e) => e instanceof BareError ? { t: "error", code: e.code, message: e.message }
  : { t: "threw", text: e instanceof Error ? e.name + ": " + e.message : typeof e + ": " + String(e) };
function valueOf(v) {
  if (typeof v === "number") return { t: "number", v };
  if (Array.isArray(v)) { try { return { t: "array", v: structuredClone(v) }; } catch { return { t: "other", text: "an array that cannot be copied" }; } }
  return { t: "other", text: typeof v + ": " + String(v) };
}
function settled(p, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("a promise that did not settle within " + ms + " ms")), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}
parentPort.on("message", async ({ id, cases }) => {
  const fn = registered.get(id);
  const out = [];
  for (let i = 0; i < cases.length; i++) {
    Atomics.store(started, 0, i + 1);
    let v;
    try { v = fn(...cases[i]); } catch (e) { out.push(thrown(e)); continue; }
    if (v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function") {
      try { v = await settled(v, workerData.watchdogMs); } catch (e) { out.push(thrown(e)); continue; }
    }
    out.push(valueOf(v));
  }
  Atomics.store(started, 0, 0);
  parentPort.postMessage(out);
});
parentPort.postMessage("ready");
`;

export type Batch = { readonly outcomes: readonly Outcome[] } | { readonly hungAt: number };

/** A worker that calls registered functions; `run` answers every outcome, or the index of a call that hung. */
export class CallWorker {
  private worker: Worker | undefined;
  private readonly started = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly watchdogMs: number) {}

  private async ready(): Promise<Worker> {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER, {
      eval: true,
      workerData: { bundle: join(DIST, "functions.js"), started: this.started.buffer, watchdogMs: this.watchdogMs },
    });
    await new Promise<void>((resolve, reject) => {
      w.once("message", () => resolve());
      w.once("error", reject);
    });
    this.worker = w;
    return w;
  }

  async run(id: string, cases: readonly unknown[][]): Promise<Batch> {
    const w = await this.ready();
    Atomics.store(this.started, 0, 0);
    return new Promise<Batch>((resolve, reject) => {
      let last = -1;
      let since = Date.now();
      const poll = setInterval(() => {
        const now = Atomics.load(this.started, 0);
        if (now !== last) {
          last = now;
          since = Date.now();
        } else if (now > 0 && Date.now() - since > this.watchdogMs) {
          clearInterval(poll);
          w.removeAllListeners();
          void w.terminate();
          this.worker = undefined;
          resolve({ hungAt: now - 1 });
        }
      }, 25);
      w.once("message", (outcomes: Outcome[]) => {
        clearInterval(poll);
        w.removeAllListeners("error");
        resolve({ outcomes });
      });
      w.once("error", (e) => {
        clearInterval(poll);
        this.worker = undefined;
        reject(e);
      });
      w.postMessage({ id, cases });
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

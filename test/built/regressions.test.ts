/**
 * Issue 10's findings, pinned through the BUILT dist/functions.js. Calls run in the fuzz's worker
 * (fuzz/calls.ts) under its 1 s watchdog, so a hang that came back fails in a second instead of
 * freezing the run; what is asserted is the answer, never a time.
 */
import type { FunctionsMetadata } from "../../scripts/functions-meta";
import { examplesOf } from "../../scripts/functions-reference";
import { distFile } from "./bundle";
import { CallWorker, type Outcome } from "./fuzz/calls";

const worker = new CallWorker(1000);
afterAll(() => worker.stop());
const metadata = JSON.parse(distFile("functions.json")) as FunctionsMetadata;

async function answers(id: string, cases: unknown[][]): Promise<readonly Outcome[]> {
  const batch = await worker.run(id, cases);
  if ("hungAt" in batch) throw new Error(`CC.${id}(${JSON.stringify(cases[batch.hungAt])}) did not answer within 1 s`);
  return batch.outcomes;
}
const one = async (id: string, ...args: unknown[]): Promise<Outcome> => (await answers(id, [args]))[0] as Outcome;
const error = (code: string, message: string | RegExp) => ({ t: "error", code, message: typeof message === "string" ? message : expect.stringMatching(message) });
const CEILING = /would need more than 10000000 agents, the ceiling of the staffing solver/;

test("CC.AGENTS answers the issue's hanging cases with #NUM! naming the argument and the ceiling", async () => {
  const cases = [
    [1350, 630, 0.54, 63, null, 1e-300, null],
    [1, 596.4, 0.4, 87, 3600, 5e-324, null],
    [100, 180, 0.8, 20, null, 1e-15, null],
    [1e9, 1800, 0.8, 20, 1800, 1e-7, null],
  ];
  expect(await answers("AGENTS", cases)).toEqual([
    error("#NUM!", new RegExp(`^CC\\.AGENTS: maxOccupancy ${CEILING.source} \\(got 1e-300\\)`)),
    error("#NUM!", new RegExp(`^CC\\.AGENTS: maxOccupancy ${CEILING.source} \\(got 5e-324\\)`)),
    error("#NUM!", new RegExp(`^CC\\.AGENTS: maxOccupancy ${CEILING.source} \\(got 1e-15\\)`)),
    error("#NUM!", new RegExp(`^CC\\.AGENTS: calls ${CEILING.source} \\(got 1000000000\\)`)),
  ]);
  expect(await one("AGENTS", 2356, 811.7, 0.96, 117, null, 5e-324, 24)).toEqual(error("#NUM!", /^CC\.AGENTS: shrinkage must be at least 0 % and below 100 % \(got 2400 %\)/));
});

test("CC.AGENTS with 0 calls needs 0 agents", async () => {
  expect(await one("AGENTS", 0, 180, 0.8, 20, null, null, null)).toEqual({ t: "number", v: 0 });
  expect(await one("AGENTS", 0, 180, 0.8, 20, null, null, 0.3)).toEqual({ t: "number", v: 0 });
});

test("CC.SERVICELEVEL and CC.ASA near overload within 1e-12 of the 50-digit reference", async () => {
  const rel = (o: Outcome, want: string) => (o.t === "number" ? Math.abs(o.v - Number(want)) / Number(want) : Infinity);
  expect(rel(await one("SERVICELEVEL", 19334, 47156, 738, 49, null), "0.003011158490920027583994905")).toBeLessThan(1e-12);
  expect(rel(await one("ASA", 30850, 88003, 631, null), "10610.45818217049657315304")).toBeLessThan(1e-12);
});

test("CC.SHRINKAGE(), CC.TALKMINUTES() and CC.UNITCOST(100, 1E15) are #VALUE! naming the missing argument", async () => {
  expect(await one("SHRINKAGE")).toEqual(error("#VALUE!", "CC.SHRINKAGE: components is required | components 为必填项"));
  expect(await one("TALKMINUTES")).toEqual(error("#VALUE!", "CC.TALKMINUTES: answered is required | answered 为必填项"));
  expect(await one("UNITCOST", 100, 1e15)).toEqual(error("#VALUE!", "CC.UNITCOST: avgTalkSeconds is required | avgTalkSeconds 为必填项"));
});

describe("every function, called with fewer arguments than it requires, names the first one missing", () => {
  const examples = examplesOf();
  test.each(metadata.functions.map((f) => [f.id, f] as const))("CC.%s", async (id, f) => {
    const example = examples.get(id)?.[0];
    if (!example) throw new Error(`CC.${id} has no example to start from`);
    const args = f.parameters.map((p, i) => {
      const a = example.args[i] ?? null;
      return p.dimensionality === "matrix" && a !== null && !Array.isArray(a) ? [[a]] : a;
    });
    const required = f.parameters.flatMap((p, i) => (p.optional ? [] : [[i, p.name] as const]));
    expect(required.length).toBeGreaterThan(0);
    const cut = required.map(([i]) => args.slice(0, i));
    expect(await answers(id, cut)).toEqual(required.map(([, name]) => error("#VALUE!", `CC.${id}: ${name} is required | ${name} 为必填项`)));
  });
});

/**
 * The generated function metadata: the public contract of names, argument order and optionality
 * (issue 3's catalogue), a snapshot of what the plugin generates, complete zh-CN strings, and
 * a committed reference that matches a fresh generation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { freshReference, DOCS_FILE } from "../../scripts/functions-docs";
import { anchorOf } from "../../scripts/functions-reference";
import {
  DEV_ORIGIN,
  FUNCTIONS_DIR,
  extraZh,
  functionSources,
  generateMetadata,
  localize,
  missingZh,
  readZhStrings,
  type FunctionsMetadata,
} from "../../scripts/functions-meta";

/** The catalogue as issues 3, 4, 9 and 11 publish it: name(arguments), [x] optional. Workbooks depend on it. */
const CATALOGUE = `
NORMANSWERS(answered, avgTalkSeconds, standardTalkSeconds)
TALKMINUTES(answered, avgTalkSeconds)
PAIDMINUTES(agents, hoursPerDay, paidDaysPerMonth, [months])
UTILIZATION(talkMinutes, agents, hoursPerDay, paidDaysPerMonth, [months])
RECRUITCOST(hires, feePerHire)
TRAININGCOST(hires, trainingDays, dailyAllowance)
MGMTCOST(managers, monthlySalary, [months])
WITHTAX(amount, taxRate)
UNITCOST(totalCost, answered, avgTalkSeconds, [standardTalkSeconds], [basis])
PERANSWER(totalCost, answered, avgTalkSeconds, standardTalkSeconds)
PERMINUTE(totalCost, talkMinutes)
SEATCOST(dailyRate, [workDays], [months], [seats], [phoneFeePerSeatMonth])
OVERTIME(dailyRate, hoursPerDay, overtimeHours, [multiplier])
PRICE(cost, rate, [method])
BREAKEVEN(fixedPrice, unitPrice)
OUTCOMEFEE(units, unitPrice, [bonus], [deductions])
CAPPEDPENALTY(count, amountPerItem, serviceFee, capRate)
HOLDBACK(fee, holdbackRate, [kpiMet])
TIERFEE(volume, thresholds, prices, [mode], [baseFee])
KPISCORE(actual, baseline, target, baselinePoints, targetPoints, [belowBaselinePoints])
PIECEWISE(x, xs, ys)
COSTPERLEAD(costPerDay, dialsPerDay, connectRate, successRate)
TRAFFIC(calls, ahtSeconds, [intervalSeconds])
ERLANGB(servers, trafficErlangs)
ERLANGC(agents, trafficErlangs)
SERVICELEVEL(agents, calls, ahtSeconds, targetSeconds, [intervalSeconds])
ASA(agents, calls, ahtSeconds, [intervalSeconds])
OCCUPANCY(agents, calls, ahtSeconds, [intervalSeconds])
AGENTS(calls, ahtSeconds, targetServiceLevel, targetSeconds, [intervalSeconds], [maxOccupancy], [shrinkage])
SHRINKAGE(components)
ABANDON(agents, calls, ahtSeconds, patienceSeconds, [intervalSeconds])
RATE(cost, units, [margin], [method])
MARGIN(revenue, cost)
PACKAGEFEE(volume, monthlyFee, includedVolume, overageRate)
MINCOMMIT(units, forecastUnits, commitShare, rate)
STAFFPLAN(calls, ahtSeconds, targetServiceLevel, targetSeconds, [intervalSeconds], [maxOccupancy], [patienceSeconds])
FTE(agentHours, paidHoursPerFte, [shrinkage])
HIRES(headcount, previousHeadcount, attritionRate)
`
  .trim()
  .split("\n");
/** Arguments the catalogue marks as ranges (matrices): by name, or ID.name where the name is a single value elsewhere. */
const RANGES = new Set(["answered", "avgTalkSeconds", "talkMinutes", "thresholds", "prices", "xs", "ys", "components", "STAFFPLAN.calls"]);
/** Functions whose answer is a range (a dynamic array). */
const RANGE_RESULTS = new Set(["STAFFPLAN"]);
/** Every family file of the catalogue. */
const OWN_FILES = ["traffic.ts", "costplus.ts", "seat.ts", "outcome.ts", "kpi.ts", "staffing.ts", "pricing.ts", "workforce.ts"].map((f) => join(FUNCTIONS_DIR, f));

let all: FunctionsMetadata;
beforeAll(async () => {
  all = await generateMetadata();
});

test("the catalogue: every name, argument order, optional flag and range shape", () => {
  for (const line of CATALOGUE) {
    const [, name, argList] = /^(\w+)\((.*)\)$/.exec(line) as RegExpExecArray;
    const f = all.functions.find((g) => g.id === name);
    expect(f).toBeDefined();
    if (!f) continue;
    expect(f.name).toBe(name);
    const args = (argList as string).split(", ").map((a) => ({ name: a.replace(/[[\]]/g, ""), optional: a.startsWith("[") }));
    expect(f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(args);
    for (const p of f.parameters) expect([f.id, p.name, p.dimensionality === "matrix"]).toEqual([f.id, p.name, RANGES.has(p.name) || RANGES.has(`${f.id}.${p.name}`)]);
    expect(f.result.type).toBe("number");
    expect([f.id, f.result.dimensionality === "matrix"]).toEqual([f.id, RANGE_RESULTS.has(f.id)]);
  }
});

test("every function and argument is described, with a help link to its reference anchor", () => {
  for (const f of all.functions) {
    expect(f.description?.length ?? 0).toBeGreaterThan(20);
    expect(f.helpUrl).toBe(`${DEV_ORIGIN}/functions.html#${anchorOf(f)}`);
    for (const p of f.parameters) expect([f.id, p.name, (p.description?.length ?? 0) > 10]).toEqual([f.id, p.name, true]);
  }
  expect(new Set(all.functions.map((f) => f.id)).size).toBe(all.functions.length);
});

test("only files with @customfunction are metadata inputs (helpers such as args.ts are not)", () => {
  const names = functionSources().map((f) => f.slice(f.lastIndexOf("/") + 1));
  expect(names).toEqual(expect.arrayContaining(["traffic.ts", "costplus.ts", "seat.ts", "outcome.ts", "kpi.ts", "staffing.ts", "pricing.ts", "workforce.ts"]));
  expect(names).not.toContain("args.ts");
});

test("snapshot of the metadata the plugin generates for every family", async () => {
  const r = await generateCustomFunctionsMetadata(OWN_FILES);
  expect(r.errors).toEqual([]);
  expect(JSON.parse(r.metadataJson)).toMatchSnapshot();
  expect(r.associate.map((a) => a.id).sort()).toEqual(CATALOGUE.map((l) => l.slice(0, l.indexOf("("))).sort());
});

test("every id and parameter has a zh-CN string, and none is stale", () => {
  const zh = readZhStrings();
  expect(missingZh(all, zh)).toEqual([]);
  expect(extraZh(all, zh)).toEqual([]);
  const localized = localize(all, zh);
  expect(localized.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
    all.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
  );
  for (const f of localized.functions) expect([f.id, /[\u4e00-\u9fff]/.test(f.description ?? "")]).toEqual([f.id, true]);
});

test("the zh-CN check itself catches a missing parameter string", () => {
  const zh = readZhStrings();
  const seat = zh.SEATCOST as (typeof zh)[string];
  const { workDays: _dropped, ...rest } = seat.parameters ?? {};
  expect(missingZh(all, { ...zh, SEATCOST: { ...seat, parameters: rest } })).toEqual(["SEATCOST.workDays"]);
  expect(() => localize(all, { ...zh, SEATCOST: { ...seat, parameters: rest } })).toThrow(/SEATCOST\.workDays/);
});

test("docs/functions.md matches a fresh generation (run `npm run docs:functions` if not)", async () => {
  const committed = readFileSync(DOCS_FILE, "utf8");
  const fresh = await freshReference();
  expect(committed === fresh ? "up to date" : "docs/functions.md is stale: run `npm run docs:functions`").toBe("up to date");
  for (const f of all.functions) expect(committed).toContain(`<a id="${anchorOf(f)}"></a>`);
});

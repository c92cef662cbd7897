/**
 * The rate card with its risk table for the worked example (examples/worked-example.json: six
 * models × seven volume ratios, revenue, margin and worst margin each), evaluations per second:
 *   1. the breakdown alone (computeBreakdown), as the CLI and the wizard compute it first,
 *   2. the breakdown and then the rate card with its risk table (computePricing),
 *   3. the rate card with its risk table alone, from its checked inputs (priceDeal),
 *   4. a plain JS-number implementation of 3 with the same checks (the baseline).
 * BENCH_MS sets the measuring time per form and round (default 700 ms, best of 3 rounds).
 * Timing is only printed, never asserted. The cost varies per evaluation so nothing is folded away.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeBreakdown } from "../src/core/breakdown";
import { computePricing, priceDeal, pricingInputs, type PricingInputs } from "../src/core/pricing";
import { parseScenario, type Scenario } from "../src/core/scenario";
import { opsPerSecond } from "./measure";

const parsed = parseScenario(readFileSync(join(__dirname, "../examples/worked-example.json"), "utf8"));
if (!parsed.ok) throw new Error("the worked example must parse");

const SETS = 64;
// The example with its labour cost a little different per set.
const scenarios: Scenario[] = Array.from({ length: SETS }, (_, i) => ({
  ...parsed.scenario,
  costs: { ...parsed.scenario.costs, other: [{ name: "bench", amount: i * 10.01 }] },
}));
const inputs: PricingInputs[] = scenarios.map((s) => {
  const b = computeBreakdown(s);
  if (!b.ok) throw new Error("the example must compute");
  const x = pricingInputs(s, b.value);
  if (!x.ok || !x.value) throw new Error("the example must be priced");
  return x.value;
});

/** 1. The breakdown alone. */
function breakdownOnly(i: number): number {
  const b = computeBreakdown(scenarios[i & (SETS - 1)] as Scenario);
  return b.ok ? (b.value.values.totalCost.d[0] ?? 0) : NaN;
}

/** 2. Breakdown, then the rate card with its risk table. */
function breakdownAndCard(i: number): number {
  const s = scenarios[i & (SETS - 1)] as Scenario;
  const b = computeBreakdown(s);
  if (!b.ok) return NaN;
  const p = computePricing(s, b.value);
  return p.ok && p.value ? (p.value.models[0]?.worstMargin[0]?.d[0] ?? 0) : NaN;
}

/** 3. The rate card with its risk table from its inputs. */
function cardOnly(i: number): number {
  const p = priceDeal(inputs[i & (SETS - 1)] as PricingInputs);
  return p.ok ? (p.value.models[0]?.worstMargin[0]?.d[0] ?? 0) : NaN;
}

/** The same inputs as plain numbers. */
const plainInputs = inputs.map((x) => ({
  cost: x.cost.toNumber(),
  tax: x.taxRate.toNumber(),
  months: x.months.toNumber(),
  margin: x.margin.toNumber(),
  units: [
    x.seats.times(x.months),
    x.seats.times(x.months).times(x.billingDaysPerMonth),
    x.seats.times(x.months).times(x.billingDaysPerMonth).times(x.hoursPerDay),
    x.talkMinutes,
    x.answered,
    x.normalizedAnswers,
  ].map((d) => d.toNumber()),
  volume: [false, false, false, true, true, true],
  commit: x.minCommitShare.toNumber(),
  kept: 1 - x.penaltyCapRate.toNumber() - x.holdbackRate.toNumber(),
  ratios: x.volumeRatios.map((d) => d.toNumber()),
}));

/** 4. Plain JS numbers, same checks (finite, in range, non-zero divisors), errors as values. */
function plain(i: number): number {
  const x = plainInputs[i & (SETS - 1)] as (typeof plainInputs)[number];
  if (!Number.isFinite(x.cost) || x.cost <= 0 || !(x.margin >= 0 && x.margin < 1) || !(x.tax >= 0 && x.tax <= 1) || !(x.months > 0)) return NaN;
  if (!(x.kept > 0) || x.ratios.length === 0) return NaN;
  const price = x.cost / (1 - x.margin);
  let sink = 0;
  for (let m = 0; m < x.units.length; m++) {
    const u = x.units[m] as number;
    if (!(u > 0)) return NaN;
    const rate = price / u;
    sink += rate * (1 + x.tax);
    for (const v of x.ratios) {
      if (!(v > 0)) return NaN;
      const revenue = x.volume[m] ? price * Math.max(v, x.commit) : price;
      sink += 1 - x.cost / revenue + (1 - x.cost / (revenue * x.kept));
    }
  }
  return sink;
}

const ms = Number(process.env.BENCH_MS ?? 700);
const fmt = (x: number): string => Math.round(x).toLocaleString("en-US").padStart(11);
const b = opsPerSecond(breakdownOnly, ms);
const bc = opsPerSecond(breakdownAndCard, ms);
const c = opsPerSecond(cardOnly, ms);
const p = opsPerSecond(plain, ms);
console.log("rate card with its risk table, the worked example (6 models × 7 volume ratios), evaluations per second:");
console.log(`  breakdown alone (exact core)              ${fmt(b.ops)} /s`);
console.log(`  breakdown + rate card and risk table      ${fmt(bc.ops)} /s   ${(b.ops / bc.ops).toFixed(1)}× the breakdown's time`);
console.log(`  rate card and risk table alone (exact)    ${fmt(c.ops)} /s   ${(p.ops / c.ops).toFixed(0)}× slower than plain`);
console.log(`  plain JS numbers, same table (baseline)   ${fmt(p.ops)} /s`);
// Touch the sinks so no engine can drop the work.
if (!Number.isFinite(b.sink + bc.sink + c.sink + p.sink)) console.log("(non-finite checksum)");

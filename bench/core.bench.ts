/**
 * Core throughput: cost per answer on a three-stream scenario (normalise three streams, divide
 * the total cost by the normalised answers), evaluations per second, in these forms:
 *   1. the exact core from Decimal inputs, costPerAnswerFromStreams (what the breakdown uses),
 *   1b. the same in two core calls, normalizedAnswers then costPerAnswer (two roundings),
 *   2. the exact core from JS numbers, conversion in and out included (a worksheet function),
 *   3. a plain JS-number implementation of the same formula with the same checks (the baseline).
 * BENCH_MS sets the measuring time per form and round (default 700 ms, best of 3 rounds).
 * Timing is only printed, never asserted. Inputs vary per evaluation so nothing is folded away.
 */
import { costPerAnswer, costPerAnswerFromStreams } from "../src/core/costplus";
import { type Dec } from "../src/core/decimal";
import { normalizedAnswers, type TalkStream } from "../src/core/traffic";
import { fromNumber } from "../src/core/validators";
import { opsPerSecond } from "./measure";

const SETS = 64;
interface NumInputs {
  answered: [number, number, number];
  avg: [number, number, number];
  standard: number;
  total: number;
}
// The worked example's three lines, varied a little per set.
const numInputs: NumInputs[] = Array.from({ length: SETS }, (_, i) => ({
  answered: [40606700 + i, 164509 + 3 * i, 2495951 + 7 * i],
  avg: [43, 33 + (i % 5) * 0.5, 120 - (i % 3)],
  standard: 43,
  total: 24566590 + i * 0.01,
}));

function dec(arg: string, x: number): Dec {
  const r = fromNumber(arg, x);
  if (!r.ok) throw new Error(arg);
  return r.value;
}
const decInputs = numInputs.map((n) => ({
  streams: n.answered.map((a, k) => ({ answered: dec("answered", a), avgTalkSeconds: dec("avgTalkSeconds", n.avg[k] as number) })),
  standard: dec("standardTalkSeconds", n.standard),
  total: dec("totalCost", n.total),
}));

/** 1. Exact core, Decimal inputs: the fused core function (one rounding). */
function coreFromDec(i: number): number {
  const x = decInputs[i & (SETS - 1)]!;
  const c = costPerAnswerFromStreams(x.total, x.streams, x.standard);
  // Read one digit word so the result is used without paying for a toNumber conversion.
  return c.ok ? (c.value.d[0] ?? 0) : NaN;
}

/** 1b. Exact core, Decimal inputs, in two steps: normalizedAnswers, then costPerAnswer. */
function coreTwoStep(i: number): number {
  const x = decInputs[i & (SETS - 1)]!;
  const n = normalizedAnswers(x.streams, x.standard);
  if (!n.ok) return NaN;
  const c = costPerAnswer(x.total, n.value);
  return c.ok ? (c.value.d[0] ?? 0) : NaN;
}

/** 2. Exact core from JS numbers: convert every input once, then as above. */
function coreFromNumbers(i: number): number {
  const x = numInputs[i & (SETS - 1)]!;
  const streams: TalkStream[] = [];
  for (let k = 0; k < 3; k++) {
    const a = fromNumber("answered", x.answered[k]!);
    const s = fromNumber("avgTalkSeconds", x.avg[k]!);
    if (!a.ok || !s.ok) return NaN;
    streams.push({ answered: a.value, avgTalkSeconds: s.value });
  }
  const std = fromNumber("standardTalkSeconds", x.standard);
  const total = fromNumber("totalCost", x.total);
  if (!std.ok || !total.ok) return NaN;
  const c = costPerAnswerFromStreams(total.value, streams, std.value);
  return c.ok ? c.value.toNumber() : NaN;
}

/** 2b. Only the boundary conversions of form 2 (fromNumber ×8, toNumber ×1), to show where its time goes. */
const someResult = decInputs[0]!.total;
function conversionsOnly(i: number): number {
  const x = numInputs[i & (SETS - 1)]!;
  let acc = 0;
  for (let k = 0; k < 3; k++) {
    const a = fromNumber("answered", x.answered[k]!);
    const s = fromNumber("avgTalkSeconds", x.avg[k]!);
    if (a.ok && s.ok) acc += a.value.e + s.value.e;
  }
  const std = fromNumber("standardTalkSeconds", x.standard);
  const total = fromNumber("totalCost", x.total);
  if (std.ok && total.ok) acc += std.value.e + total.value.e;
  return acc + someResult.toNumber();
}

/** 3. Plain JS numbers, same checks (finite, ≥ 0, non-zero divisor), errors as values. */
type Plain = { ok: true; value: number } | { ok: false; arg: string };
function plainCostPerAnswer(answered: readonly number[], avg: readonly number[], standard: number, total: number): Plain {
  let seconds = 0;
  for (let k = 0; k < answered.length; k++) {
    const a = answered[k]!;
    const s = avg[k]!;
    if (!Number.isFinite(a) || a < 0) return { ok: false, arg: "answered" };
    if (!Number.isFinite(s) || s < 0) return { ok: false, arg: "avgTalkSeconds" };
    seconds += a * s;
  }
  if (!Number.isFinite(standard) || standard < 0) return { ok: false, arg: "standardTalkSeconds" };
  if (standard === 0) return { ok: false, arg: "standardTalkSeconds" };
  if (!Number.isFinite(total) || total < 0) return { ok: false, arg: "totalCost" };
  const n = seconds / standard;
  if (n === 0) return { ok: false, arg: "normalizedAnswers" };
  return { ok: true, value: total / n };
}
function plain(i: number): number {
  const x = numInputs[i & (SETS - 1)]!;
  const r = plainCostPerAnswer(x.answered, x.avg, x.standard, x.total);
  return r.ok ? r.value : NaN;
}

const ms = Number(process.env.BENCH_MS ?? 700);
const fmt = (x: number): string => Math.round(x).toLocaleString("en-US").padStart(13);
const p = opsPerSecond(plain, ms);
const a = opsPerSecond(coreFromDec, ms);
const a2 = opsPerSecond(coreTwoStep, ms);
const b = opsPerSecond(coreFromNumbers, ms);
const c = opsPerSecond(conversionsOnly, ms);
console.log("cost per answer, three streams (normalise 3 + divide), evaluations per second:");
console.log(`  plain JS numbers (baseline)          ${fmt(p.ops)} /s`);
console.log(`  exact core, Decimal inputs           ${fmt(a.ops)} /s   ${(p.ops / a.ops).toFixed(1)}× slower than plain  (costPerAnswerFromStreams)`);
console.log(`  exact core, Decimal inputs, 2 steps  ${fmt(a2.ops)} /s   ${(p.ops / a2.ops).toFixed(1)}× slower than plain  (normalizedAnswers → costPerAnswer)`);
console.log(`  exact core, from numbers (+convert)  ${fmt(b.ops)} /s   ${(p.ops / b.ops).toFixed(1)}× slower than plain  (fromNumber ×8, fused, toNumber)`);
console.log(`    of which the conversions alone      ${fmt(c.ops)} /s   (fromNumber ×8 + toNumber, no arithmetic)`);
// Touch the sinks so no engine can drop the work.
if (!Number.isFinite(p.sink + a.sink + a2.sink + b.sink + c.sink)) console.log("(non-finite checksum)");

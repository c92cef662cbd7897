/**
 * Shrinkage: the share of paid time agents are not available for calls (breaks, training,
 * absence…). Independent components compound: s = 1 − Π(1 − sᵢ); agents to schedule so that
 * N remain on the phones: ⌈N ÷ (1 − s)⌉.
 *
 * Unlike the Erlang math these run in exact decimals: a ceiling sits right after them, and in
 * doubles 1 − 0.9 × 0.8 is 0.2799999999999999 — one ulp can add a whole agent.
 */
import { D, ONE, toNumber, type Dec } from "../decimal";
import { fail, ok, type Result } from "../result";
import { FORMULAS as F } from "../sentences/formulas";
import { belowOne, fromNumber, nonNegative } from "../validators";

/** A shrinkage share, checked: a finite number in [0, 1). */
export function shrinkageRate(arg: string, value: number): Result<Dec> {
  const d = fromNumber(arg, value);
  return d.ok ? belowOne(arg, d.value) : d;
}

/** Compound shrinkage s = 1 − Π(1 − sⱼ) over independent components already checked; 0 for none. */
export function totalShrinkage(components: readonly Dec[]): Dec {
  let available = ONE;
  for (const s of components) available = available.times(ONE.minus(s));
  return ONE.minus(available);
}

/** 1 − Π(1 − sᵢ) over the components (each in [0, 1)); 0 for no components. */
export function compoundShrinkage(components: readonly number[]): Result<number> {
  const checked: Dec[] = [];
  for (let i = 0; i < components.length; i++) {
    const s = shrinkageRate("components", components[i] as number);
    if (!s.ok) {
      const e = s.error;
      return fail(e.code, e.arg, F.cellPrefix.en(i + 1) + e.message.en, F.cellPrefix.zh(i + 1) + e.message.zh);
    }
    checked.push(s.value);
  }
  return ok(toNumber(totalShrinkage(checked)));
}

/** Agents to schedule so that `agents` remain after `shrinkage` (in [0, 1)): ⌈N ÷ (1 − s)⌉. */
export function scheduledAgents(agents: number, shrinkage: number): Result<number> {
  const n = fromNumber("agents", agents);
  if (!n.ok) return n;
  const nn = nonNegative("agents", n.value);
  if (!nn.ok) return nn;
  const s = shrinkageRate("shrinkage", shrinkage);
  if (!s.ok) return s;
  return ok(toNumber(nn.value.div(new D(1).minus(s.value)).ceil()));
}

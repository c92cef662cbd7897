/**
 * Scenario file format, version 1: the JSON analysts save and share.
 *
 * Validated with zod so that a bad file is reported with the JSON path of every problem.
 * Numbers stay JS numbers here; the breakdown converts each one to Decimal exactly once.
 */
import { z } from "zod";
import { fail, ok, type Result } from "./result";

/**
 * The largest figure a scenario may hold. Far above any centre's annual numbers, and small enough
 * that every product and quotient of the breakdown stays a finite double at the boundary.
 */
export const MAX_SCENARIO_NUMBER = 1e15;
const bounded = () => z.number().finite().max(MAX_SCENARIO_NUMBER, `must be at most ${MAX_SCENARIO_NUMBER.toExponential()}`);
const count = bounded().nonnegative();
const money = bounded().nonnegative();
const label = z.string().max(200);

export const streamSchema = z
  .object({
    name: label,
    answered: count,
    avgTalkSeconds: count,
    /** Measured talk minutes; when present they win over answered × avgTalkSeconds ÷ 60. */
    talkMinutes: count.optional(),
  })
  .strict();

export const costLineSchema = z.object({ name: label, amount: money }).strict();

export const scenarioSchema = z
  .object({
    version: z.literal(1),
    name: label.min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code such as CNY").default("CNY"),
    /** Free text: where the figures came from, what was assumed. */
    notes: z.string().max(5000).optional(),
    traffic: z
      .object({
        standardTalkSeconds: bounded().positive().optional(),
        streams: z.array(streamSchema).min(1, "needs at least one traffic stream"),
      })
      .strict(),
    staffing: z
      .object({
        agents: bounded().positive(),
        hoursPerDay: z.number().finite().positive().max(24),
        paidDaysPerMonth: z.number().finite().positive().max(31),
        months: bounded().positive().default(12),
      })
      .strict(),
    costs: z
      .object({
        labor: z.array(costLineSchema).default([]),
        recruitment: z.object({ hires: count, feePerHire: money }).strict().optional(),
        training: z.object({ hires: count, days: count, dailyAllowance: money }).strict().optional(),
        management: z.object({ managers: count, monthlySalary: money, months: count.default(12) }).strict().optional(),
        other: z.array(costLineSchema).default([]),
      })
      .strict(),
    taxRate: z.number().finite().min(0).max(1).default(0),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type TrafficStream = z.infer<typeof streamSchema>;
export type CostLine = z.infer<typeof costLineSchema>;

export interface ScenarioIssue {
  /** JSON path like `traffic.streams[0].answered` ("" for the whole file). */
  readonly path: string;
  readonly message: string;
}

function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), "");
}

/** Validate an already-parsed value as a version-1 scenario, listing every problem with its path. */
export function validateScenario(value: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  if (typeof value === "object" && value !== null && "version" in value && value.version !== 1) {
    return {
      ok: false,
      issues: [{ path: "version", message: `unsupported scenario version ${JSON.stringify(value.version)}; this tool reads version 1` }],
    };
  }
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}

/** Parse scenario JSON text (a file's contents); syntax errors are reported like schema errors. */
export function parseScenario(text: string): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: "", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateScenario(value);
}

/** A scenario's issues as one core error (first issue), for callers that speak Result. */
export function scenarioResult(value: unknown): Result<Scenario> {
  const v = validateScenario(value);
  if (v.ok) return ok(v.scenario);
  const first = v.issues[0] ?? { path: "", message: "invalid scenario" };
  return fail("notNumber", first.path || "scenario", first.message, first.message);
}

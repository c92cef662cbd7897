/**
 * Scenario file format, version 1: the JSON analysts save and share.
 *
 * Validated with zod so that a bad file is reported with the JSON path of every problem.
 * Numbers stay JS numbers here; the breakdown converts each one to Decimal exactly once.
 */
import { z } from "zod";
import { fail, ok, type Result } from "./result";
import { notJson, said, schemaIssues, type SchemaIssue } from "./schemaIssues";

/**
 * The largest figure a scenario may hold. Far above any centre's annual numbers, and small enough
 * that every product and quotient of the breakdown stays a finite double at the boundary.
 */
export const MAX_SCENARIO_NUMBER = 1e15;
const atMostLimit = said({
  en: `must be at most ${MAX_SCENARIO_NUMBER.toExponential()}`,
  zh: `不能超过 ${MAX_SCENARIO_NUMBER.toExponential()}（场景文件允许的最大数值）`,
});
const bounded = () => z.number().finite().max(MAX_SCENARIO_NUMBER, atMostLimit);
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
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, said({ en: "must be a 3-letter ISO 4217 code such as CNY", zh: "必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY" })).default("CNY"),
    /** Free text: where the figures came from, what was assumed. */
    notes: z.string().max(5000).optional(),
    traffic: z
      .object({
        standardTalkSeconds: bounded().positive().optional(),
        streams: z.array(streamSchema).min(1, said({ en: "needs at least one traffic stream", zh: "至少需要一条话务线路" })),
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

/** A problem in a scenario file: its JSON path and what is wrong, in English and Chinese. */
export type ScenarioIssue = SchemaIssue;

function unsupportedVersion(version: unknown): ScenarioIssue["message"] {
  const shown = JSON.stringify(version) ?? String(version);
  return { en: `unsupported scenario version ${shown}; this tool reads version 1`, zh: `不支持的场景文件版本 ${shown}；本工具只能读取第 1 版` };
}

/** Validate an already-parsed value as a version-1 scenario, listing every problem with its path. */
export function validateScenario(value: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  if (typeof value === "object" && value !== null && "version" in value && value.version !== 1) {
    return {
      ok: false,
      issues: [{ path: "version", message: unsupportedVersion(value.version) }],
    };
  }
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: schemaIssues(parsed.error, value) };
}

/** Parse scenario JSON text (a file's contents); syntax errors are reported like schema errors. */
export function parseScenario(text: string): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [notJson((e as Error).message)] };
  }
  return validateScenario(value);
}

/** A scenario's issues as one core error (first issue), for callers that speak Result. */
export function scenarioResult(value: unknown): Result<Scenario> {
  const v = validateScenario(value);
  if (v.ok) return ok(v.scenario);
  const first = v.issues[0] ?? { path: "", message: { en: "invalid scenario", zh: "场景无效" } };
  return fail("notNumber", first.path || "scenario", first.message.en, first.message.zh);
}

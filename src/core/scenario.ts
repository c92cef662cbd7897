/**
 * Scenario file format, versions 1 and 2: the JSON analysts save and share. Its fields, limits and
 * defaults are the catalogue's (catalogue/scenario.ts); this module reads files against it, so a
 * bad file is reported with the JSON path of every problem, in both languages.
 * Numbers stay JS numbers here; the breakdown converts each one to Decimal exactly once.
 * Version 2 adds `pricing`: a version 1 file is read as version 2 without it, and what is
 * written (wizard save, stored scenario, --xlsx) is the parsed scenario, version 2.
 *
 * Version 2 also adds the bid: a file with `forecast` (catalogue/forecast.ts) in place of
 * `traffic`, `staffing` and `costs`. `validateAnyScenario` reads either kind (the quote CLI);
 * `validateScenario` reads actuals, the kind the wizard and the sheet show, and says why it
 * refuses a bid. A file with both is refused by both, naming the clash.
 */
import type { z } from "zod";
import { BID_SCENARIO } from "./catalogue/forecast";
import { MAX_FIGURE, MAX_FILE_BYTES } from "./catalogue/limits";
import { SCENARIO } from "./catalogue/scenario";
import { readJson } from "./jsonText";
import { schemaIssues, shownAsJson, type SchemaIssue } from "./schemaIssues";
import { filled, SENTENCES } from "./sentences";

/** The largest figure a scenario may hold (see MAX_FIGURE). */
export const MAX_SCENARIO_NUMBER = MAX_FIGURE;

export const scenarioSchema = SCENARIO.schema;

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type TrafficStream = Scenario["traffic"]["streams"][number];
export type CostLine = Scenario["costs"]["labor"][number];

export const bidSchema = BID_SCENARIO.schema;

/** A bid from a forecast: the scenario's own fields with `forecast` in place of the actuals. */
export type BidScenario = z.infer<typeof bidSchema>;
export type Forecast = BidScenario["forecast"];

/** Either kind of scenario file. */
export type AnyScenario = Scenario | BidScenario;

export function isBid(s: AnyScenario): s is BidScenario {
  return "forecast" in s;
}

/** The version this build writes; it reads every version from 1 up to it. */
export const SCENARIO_VERSION = SCENARIO.children.version.value;

/** Version 1 is version 2 without `pricing`. */
const FIRST_VERSION = 1;

/** A problem in a scenario file: its JSON path and what is wrong, in English and Chinese. */
export type ScenarioIssue = SchemaIssue;

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };
export type AnyScenarioCheck = { ok: true; scenario: AnyScenario } | { ok: false; issues: ScenarioIssue[] };

type Checked<T> = { ok: true; scenario: T } | { ok: false; issues: ScenarioIssue[] };

/** The sections of an actuals scenario; a bid has `forecast` instead. */
const ACTUALS_KEYS = ["traffic", "staffing", "costs"] as const;

/** The problem of a file that is no readable kind before its fields are read: a version we do not know, actuals beside a forecast. */
function kindProblem(value: unknown): ScenarioIssue | undefined {
  if (!isObject(value)) return undefined;
  if ("version" in value && value.version !== SCENARIO_VERSION && value.version !== FIRST_VERSION) {
    return { path: "version", message: filled(SENTENCES.unsupportedVersion, shownAsJson(value.version), String(SCENARIO_VERSION)) };
  }
  const actuals = ACTUALS_KEYS.filter((k) => Object.prototype.hasOwnProperty.call(value, k));
  return isForecastFile(value) && actuals.length > 0 ? { path: "forecast", message: filled(SENTENCES.forecastClash, actuals.join(", ")) } : undefined;
}

/**
 * Read a file against one kind's schema: version 1 is version 2 without the sections version 2
 * added, so a version 1 file holding one of them is refused rather than read differently.
 */
function readAs<S extends z.ZodTypeAny>(schema: S, value: unknown): Checked<z.output<S>> {
  const problem = kindProblem(value);
  if (problem) return { ok: false, issues: [problem] };
  const first = isFirstVersion(value);
  const input = first ? { ...withoutVersion2(value), version: SCENARIO_VERSION } : value;
  const parsed = schema.safeParse(input);
  const tooNew: ScenarioIssue[] = first ? VERSION_2_SECTIONS.filter((s) => s.key in value).map((s) => ({ path: s.key, message: s.message })) : [];
  if (parsed.success && tooNew.length === 0) return { ok: true, scenario: parsed.data as z.output<S> };
  // A bid in version 1 is refused for its version alone: its forecast is not read against the actuals.
  if (first && isForecastFile(value)) return { ok: false, issues: tooNew };
  return { ok: false, issues: [...(parsed.success ? [] : schemaIssues(parsed.error, input)), ...tooNew] };
}

/**
 * Validate an already-parsed value as an actuals scenario (the kind the wizard and the sheet
 * show), listing every problem with its path. A bid is refused with one problem saying where it is read.
 */
export function validateScenario(value: unknown): ScenarioCheck {
  if (isObject(value) && isForecastFile(value) && !isFirstVersion(value) && kindProblem(value) === undefined) {
    return { ok: false, issues: [{ path: "forecast", message: SENTENCES.forecastNotHere }] };
  }
  return readAs(scenarioSchema, value);
}

/** Validate an already-parsed value as either kind: a bid when it has `forecast`, else actuals. */
export function validateAnyScenario(value: unknown): AnyScenarioCheck {
  return isObject(value) && isForecastFile(value) ? readAs(bidSchema, value) : readAs(scenarioSchema, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isForecastFile(value: Record<string, unknown>): boolean {
  return Object.prototype.hasOwnProperty.call(value, "forecast");
}

/** A version 1 file: read as version 2 (the same fields under the new number). */
function isFirstVersion(value: unknown): value is Record<string, unknown> {
  return isObject(value) && "version" in value && value.version === FIRST_VERSION;
}

/** What version 2 added, each refused in a version 1 file with its own sentence. */
const VERSION_2_SECTIONS = [
  { key: "pricing", message: SENTENCES.pricingNeedsVersion2 },
  { key: "forecast", message: SENTENCES.forecastNeedsVersion2 },
] as const;

/** The file's own keys but version 2's sections, copied as data (a "__proto__" key stays a key, refused as unknown). */
function withoutVersion2(value: Record<string, unknown>): Record<string, unknown> {
  const { pricing: _pricing, forecast: _forecast, ...rest } = value;
  return rest;
}

/**
 * Parse scenario JSON text (a file's contents); syntax errors, a file over MAX_FILE_BYTES
 * characters, nesting past MAX_DEPTH and a key given twice are reported like schema errors.
 */
export function parseScenario(text: string): ScenarioCheck {
  const json = readJson(text, MAX_FILE_BYTES);
  return json.ok ? validateScenario(json.value) : json;
}

/** Parse scenario JSON text of either kind (actuals or a bid), with the same reporting as parseScenario. */
export function parseAnyScenario(text: string): AnyScenarioCheck {
  const json = readJson(text, MAX_FILE_BYTES);
  return json.ok ? validateAnyScenario(json.value) : json;
}

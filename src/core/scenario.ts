/**
 * Scenario file format, versions 1 and 2: the JSON analysts save and share. Its fields, limits and
 * defaults are the catalogue's (catalogue/scenario.ts); this module reads files against it, so a
 * bad file is reported with the JSON path of every problem, in both languages.
 * Numbers stay JS numbers here; the breakdown converts each one to Decimal exactly once.
 * Version 2 adds `pricing`: a version 1 file is read as version 2 without it, and what is
 * written (wizard save, stored scenario, --xlsx) is the parsed scenario, version 2.
 */
import type { z } from "zod";
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

/** The version this build writes; it reads every version from 1 up to it. */
export const SCENARIO_VERSION = SCENARIO.children.version.value;

/** Version 1 is version 2 without `pricing`. */
const FIRST_VERSION = 1;

/** A problem in a scenario file: its JSON path and what is wrong, in English and Chinese. */
export type ScenarioIssue = SchemaIssue;

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validate an already-parsed value as a scenario, listing every problem with its path. */
export function validateScenario(value: unknown): ScenarioCheck {
  if (typeof value === "object" && value !== null && "version" in value && value.version !== SCENARIO_VERSION && value.version !== FIRST_VERSION) {
    const shown = shownAsJson(value.version);
    return { ok: false, issues: [{ path: "version", message: filled(SENTENCES.unsupportedVersion, shown, String(SCENARIO_VERSION)) }] };
  }
  const first = isFirstVersion(value);
  const input = first ? { ...withoutPricing(value), version: SCENARIO_VERSION } : value;
  const parsed = scenarioSchema.safeParse(input);
  // `pricing` came with version 2: a version 1 file that has it is refused rather than read differently.
  const tooNew: ScenarioIssue[] = first && "pricing" in value ? [{ path: "pricing", message: SENTENCES.pricingNeedsVersion2 }] : [];
  if (parsed.success && tooNew.length === 0) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: [...(parsed.success ? [] : schemaIssues(parsed.error, input)), ...tooNew] };
}

/** A version 1 file: read as version 2 (the same fields under the new number). */
function isFirstVersion(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "version" in value && value.version === FIRST_VERSION;
}

/** The file's own keys but `pricing`, copied as data (a "__proto__" key stays a key, refused as unknown). */
function withoutPricing(value: Record<string, unknown>): Record<string, unknown> {
  const { pricing: _pricing, ...rest } = value;
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

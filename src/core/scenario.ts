/**
 * Scenario file format, version 1: the JSON analysts save and share. Its fields, limits and
 * defaults are the catalogue's (catalogue/scenario.ts); this module reads files against it, so a
 * bad file is reported with the JSON path of every problem, in both languages.
 * Numbers stay JS numbers here; the breakdown converts each one to Decimal exactly once.
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

/** The scenario versions this build reads. */
const SCENARIO_VERSION = SCENARIO.children.version.value;

/** A problem in a scenario file: its JSON path and what is wrong, in English and Chinese. */
export type ScenarioIssue = SchemaIssue;

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validate an already-parsed value as a scenario, listing every problem with its path. */
export function validateScenario(value: unknown): ScenarioCheck {
  if (typeof value === "object" && value !== null && "version" in value && value.version !== SCENARIO_VERSION) {
    const shown = shownAsJson(value.version);
    return { ok: false, issues: [{ path: "version", message: filled(SENTENCES.unsupportedVersion, shown, String(SCENARIO_VERSION)) }] };
  }
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return { ok: false, issues: schemaIssues(parsed.error, value) };
}

/**
 * Parse scenario JSON text (a file's contents); syntax errors, a file over MAX_FILE_BYTES
 * characters, nesting past MAX_DEPTH and a key given twice are reported like schema errors.
 */
export function parseScenario(text: string): ScenarioCheck {
  const json = readJson(text, MAX_FILE_BYTES);
  return json.ok ? validateScenario(json.value) : json;
}

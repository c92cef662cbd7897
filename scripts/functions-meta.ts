/**
 * One source for everything derived from the CC functions' JSDoc: the list of function files,
 * the en metadata (same generator the webpack plugin runs), the zh-CN metadata built from the
 * reviewed strings file; the reference pages made from them are in functions-reference.ts.
 * Used by webpack.config.js (through tsx), scripts/functions-docs.ts and the tests, so the
 * three can never disagree.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

export const ROOT = resolve(__dirname, "..");
export const FUNCTIONS_DIR = join(ROOT, "src", "functions");
/**
 * The reviewed zh-CN strings: every `src/functions/*.zh-CN.json` (one per author, e.g.
 * functions.zh-CN.json and staffing.zh-CN.json), merged.
 */
export function zhStringsFiles(dir = FUNCTIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".zh-CN.json"))
    .sort()
    .map((f) => join(dir, f));
}
/** The origin the sources and manifest use; a production build swaps it for ADDIN_URL. */
export const DEV_ORIGIN = "https://localhost:3000";
export const NAMESPACE = "CC";

export interface ParamMeta {
  name: string;
  description?: string;
  type: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}
export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
}
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}
/** zh-CN strings: per function id, its description and one string per parameter name. */
/** Read from reviewed JSON files: an entry may lack its parameters until someone writes them. */
export type ZhStrings = Record<string, { description: string; parameters?: Record<string, string> }>;

/** A JSDoc line starting with the tag (mentions of it in prose, as in args.ts, don't count). */
const CUSTOM_FUNCTION_TAG = /^\s*\*\s*@customfunction\b/im;

/**
 * The .ts files in src/functions that declare custom functions (helpers such as args.ts have no
 * `@customfunction` tag and are left out), sorted so the metadata order is stable.
 */
export function functionSources(dir = FUNCTIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(dir, f))
    .filter((file) => CUSTOM_FUNCTION_TAG.test(readFileSync(file, "utf8")));
}

/** The en metadata as the webpack plugin generates it; throws with the generator's errors. */
export async function generateMetadata(files = functionSources()): Promise<FunctionsMetadata> {
  const r = await generateCustomFunctionsMetadata(files);
  if (r.errors.length > 0) throw new Error(`custom function metadata errors:\n${r.errors.join("\n")}`);
  return JSON.parse(r.metadataJson) as FunctionsMetadata;
}

export function readZhStrings(files = zhStringsFiles()): ZhStrings {
  const all: ZhStrings = {};
  for (const file of files) {
    for (const [id, s] of Object.entries(JSON.parse(readFileSync(file, "utf8")) as ZhStrings)) {
      if (id in all) throw new Error(`${file}: zh-CN strings for ${id} are defined twice`);
      all[id] = s;
    }
  }
  return all;
}

/** Every function id and parameter of `en` that has no zh string ("ID" or "ID.param"). */
export function missingZh(en: FunctionsMetadata, zh: ZhStrings): string[] {
  const missing: string[] = [];
  for (const f of en.functions) {
    const s = zh[f.id];
    if (!s || !s.description) missing.push(f.id);
    for (const p of f.parameters) if (!s?.parameters?.[p.name]) missing.push(`${f.id}.${p.name}`);
  }
  return missing;
}

/** zh strings for ids or parameters that no longer exist (stale entries to delete). */
export function extraZh(en: FunctionsMetadata, zh: ZhStrings): string[] {
  const extra: string[] = [];
  for (const [id, s] of Object.entries(zh)) {
    const f = en.functions.find((g) => g.id === id);
    if (!f) {
      extra.push(id);
      continue;
    }
    for (const p of Object.keys(s.parameters ?? {})) if (!f.parameters.some((q) => q.name === p)) extra.push(`${id}.${p}`);
  }
  return extra;
}

/**
 * The zh-CN metadata: the en metadata with every description replaced by its zh string. Ids,
 * names, types and helpUrls stay identical (workbooks store the id). A missing string falls back
 * to English and is listed in `problems` (the build warns, test/functions/metadata.test.ts fails).
 */
export function localizeWithProblems(en: FunctionsMetadata, zh: ZhStrings): { metadata: FunctionsMetadata; problems: string[] } {
  const problems = [...missingZh(en, zh).map((m) => `missing zh-CN string: ${m}`), ...extraZh(en, zh).map((m) => `stale zh-CN string: ${m}`)];
  const metadata = {
    ...en,
    functions: en.functions.map((f) => {
      const s = zh[f.id];
      return {
        ...f,
        description: s?.description || f.description,
        parameters: f.parameters.map((p) => ({ ...p, description: s?.parameters?.[p.name] || p.description })),
      };
    }),
  };
  return { metadata, problems };
}

/** `localizeWithProblems`, throwing when any zh string is missing or stale (docs generation). */
export function localize(en: FunctionsMetadata, zh: ZhStrings): FunctionsMetadata {
  const r = localizeWithProblems(en, zh);
  if (r.problems.length > 0) throw new Error(`src/functions/*.zh-CN.json:\n${r.problems.join("\n")}`);
  return r.metadata;
}

/** Swap the dev origin for a production one in any text (manifest, metadata, pages). */
export function withOrigin(text: string, addinUrl: string | undefined): string {
  if (!addinUrl) return text;
  const base = addinUrl.replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/\S*)?$/.test(base)) throw new Error(`ADDIN_URL must be an https URL, got "${addinUrl}"`);
  return text.split(DEV_ORIGIN).join(base);
}

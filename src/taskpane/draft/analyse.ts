/**
 * Everything the wizard needs from a draft: the scenario (when every field is valid), its
 * breakdown (when the core can compute it) and every problem under its draft path, in the order
 * of the fields. Problems are keyed by JSON path over the draft; those equal the scenario's own
 * paths except in lists whose blank rows are left out (cost lines), which are mapped back.
 */
import { costScenario, nodeAt, validateAnyScenario, type AnyScenario, type Breakdown, type ForecastResult, type LocalizedText } from "../../core";
import { VALIDATION } from "../../core/sentences/validation";
import { DRAFT_ROOT, type Draft, type Issue } from "./model";
import { fieldPaths } from "./paths";
import { readDraft } from "./read";

export interface Analysis {
  /** Of the draft's kind: actuals, or a bid (core isBid tells them apart). */
  readonly scenario: AnyScenario | undefined;
  readonly breakdown: Breakdown | undefined;
  /** A bid's staffing and monthly table (with the breakdown). */
  readonly forecast?: ForecastResult;
  /** Field and schema problems (the scenario cannot be built while there are any). */
  readonly issues: readonly Issue[];
}

/** A scenario path (`costs.labor[2].amount`) at the draft row each item came from (`costs.labor[5].amount`). */
export function toDraftPath(path: string, rowOf: ReadonlyMap<string, readonly number[]>): string {
  let out = "";
  let rest = path;
  for (let m = /\[(\d+)\]/.exec(rest); m; m = /\[(\d+)\]/.exec(rest)) {
    const list = out + rest.slice(0, m.index);
    out = `${list}[${rowOf.get(list)?.[Number(m[1])] ?? m[1]}]`;
    rest = rest.slice(m.index + m[0].length);
  }
  return out + rest;
}

/** An item of a list of figures has no input of its own: its problem shows at the list's box, "item 3: …". */
function atFigures(path: string, message: LocalizedText): Issue {
  const m = /^(.*)\[(\d+)\]$/.exec(path);
  if (!m || nodeAt(DRAFT_ROOT, m[1] ?? "")?.kind !== "figures") return { path, message };
  const n = Number(m[2]) + 1;
  return { path: m[1] ?? "", message: { en: VALIDATION.itemPrefix.en(n) + message.en, zh: VALIDATION.itemPrefix.zh(n) + message.zh } };
}

/** Problems in the order of the fields they are at; a list's or group's own problem goes before its first field. */
function inFieldOrder(issues: readonly Issue[], fields: readonly string[]): Issue[] {
  const rank = (path: string): number => {
    if (path === "") return -1;
    const at = fields.findIndex((f) => f === path || f.startsWith(`${path}.`) || f.startsWith(`${path}[`));
    return at < 0 ? fields.length : at;
  };
  return issues.map((issue, i) => ({ issue, i, r: rank(issue.path) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.issue);
}

export function analyse(draft: Draft): Analysis {
  const read = readDraft(draft);
  const v = validateAnyScenario(read.input);
  // A field the reader refused was left out of the input; the schema's "is required" there is not news.
  const reported = new Set(read.issues.map((i) => i.path));
  const fromSchema = v.ok ? [] : v.issues.map((i) => atFigures(toDraftPath(i.path, read.rowOf), i.message)).filter((i) => !reported.has(i.path));
  const issues = inFieldOrder([...read.issues, ...fromSchema], fieldPaths(draft));
  if (!v.ok || issues.length > 0) return { scenario: undefined, breakdown: undefined, issues };
  const b = costScenario(v.scenario);
  if (!b.ok) {
    return { scenario: v.scenario, breakdown: undefined, issues: [{ path: toDraftPath(b.error.arg, read.rowOf), message: b.error.message }] };
  }
  return { scenario: v.scenario, breakdown: b.value.breakdown, ...(b.value.forecast ? { forecast: b.value.forecast } : {}), issues: [] };
}

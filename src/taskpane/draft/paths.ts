/**
 * Paths over the draft — the JSON paths of the scenario, with list rows at their draft index
 * (`costs.labor[3].amount`) — and the wizard's steps: which step shows which part of the catalogue.
 */
import { FORECAST_SECTION, SCENARIO, type Children, type LocalizedText } from "../../core";
import { TASKPANE } from "../../core/sentences/taskpane";
import { isLoose, join, rootOf, rowsOf, type Draft, type DraftKind, type Loose } from "./model";

/** "costs.labor[3].amount" → ["costs", "labor", 3, "amount"]. */
export function tokens(path: string): (string | number)[] {
  return Array.from(path.matchAll(/([^.[\]]+)|\[(\d+)\]/g), (m) => (m[2] === undefined ? (m[1] ?? "") : Number(m[2])));
}

/** The text typed at a path ("" when the path leads nowhere). */
export function textAt(draft: Draft, path: string): string {
  let v: unknown = draft;
  for (const key of tokens(path)) v = typeof key === "number" ? (Array.isArray(v) ? (v as unknown[])[key] : undefined) : isLoose(v) ? v[key] : undefined;
  return typeof v === "string" ? v : "";
}

function replaced(node: unknown, keys: readonly (string | number)[], value: string): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (typeof key === "number") {
    const rows = Array.isArray(node) ? (node as unknown[]) : [];
    return rows.map((row, i) => (i === key ? replaced(row, rest, value) : row));
  }
  const group = isLoose(node) ? node : {};
  return { ...group, [key]: replaced(group[key], rest, value) };
}

/** The draft with the text at `path` replaced (every other object shared). */
export function withText(draft: Draft, path: string, value: string): Draft {
  return replaced(draft, tokens(path), value) as Draft;
}

/** Every input the draft shows for its kind, in the catalogue's order (a preset row's fixed name is not an input). */
export function fieldPaths(draft: Draft): string[] {
  const out: string[] = [];
  const visit = (children: Children, value: Loose, path: string): void => {
    for (const [key, node] of Object.entries(children)) {
      const p = join(path, key);
      if (node.kind === "number" || node.kind === "text" || node.kind === "figures") {
        if (!(key === "name" && value.preset !== undefined)) out.push(p);
      } else if (node.kind === "group") {
        const group = value[key];
        visit(node.children, isLoose(group) ? group : {}, p);
      }
      else if (node.kind === "list") rowsOf(value[key]).forEach((row, i) => visit(node.item, row, `${p}[${i}]`));
    }
  };
  visit(rootOf(draft).children, draft, "");
  return out;
}

// ---------------------------------------------------------------- steps

export const STEP_COUNT = 6;
export const REVIEW = 4;
/** The pricing step, after the review of the cost (the quote is built on the reviewed breakdown). */
export const PRICE = 5;

type TopKey = Exclude<keyof typeof SCENARIO.children, "version">;

/** The step of each top-level field of the catalogue: a new one fails the type check until it has a step. */
const STEP_OF: Readonly<Record<TopKey, number>> = { name: 0, currency: 0, notes: 0, traffic: 1, staffing: 2, costs: 3, taxRate: 3, pricing: PRICE };

type ForecastKey = keyof typeof FORECAST_SECTION.children;

/**
 * A bid's forecast over the same three steps: the volumes and their spread over the day; the
 * service target and what turns agents into headcount; the costs. A new field fails the type
 * check until it has a step.
 */
const FORECAST_STEP_OF: Readonly<Record<ForecastKey, number>> = {
  months: 1,
  callsPerMonth: 1,
  ahtSeconds: 1,
  operatingDaysPerMonth: 1,
  intervalMinutes: 1,
  intradayShares: 1,
  serviceLevel: 2,
  maxOccupancy: 2,
  patienceSeconds: 2,
  shrinkage: 2,
  paidHoursPerFteMonth: 2,
  wage: 3,
  attritionPerMonth: 3,
  recruitment: 3,
  training: 3,
  management: 3,
  perSeatMonth: 3,
  setupCost: 3,
};

/** The forecast's fields on a step, in the catalogue's order. */
export function forecastKeysOn(step: number): ForecastKey[] {
  return (Object.keys(FORECAST_SECTION.children) as ForecastKey[]).filter((k) => FORECAST_STEP_OF[k] === step);
}

const C = SCENARIO.children;
/** Steps 1–4 and 6 are named by the catalogue's groups; the review is the pane's own. */
const STEP_NAMES: readonly LocalizedText[] = [SCENARIO.spec.label, C.traffic.spec.label, C.staffing.spec.label, C.costs.spec.label, TASKPANE.paneReview, C.pricing.spec.label];
/** A bid's steps 2 and 3 are the pane's own words; its costs are costs. */
const BID_STEP_NAMES: readonly LocalizedText[] = [SCENARIO.spec.label, TASKPANE.paneBidVolumes, TASKPANE.paneBidService, C.costs.spec.label, TASKPANE.paneReview, C.pricing.spec.label];

export function stepName(step: number, kind: DraftKind = "actuals"): LocalizedText {
  return (kind === "bid" ? BID_STEP_NAMES : STEP_NAMES)[step] ?? TASKPANE.paneReview;
}

/** Which wizard step (0-based) a path belongs to; paths outside the scenario (the seat view's) are 0. */
export function stepOfPath(path: string): number {
  const [top, key] = tokens(path);
  if (top === "forecast") return typeof key === "string" && key in FORECAST_STEP_OF ? FORECAST_STEP_OF[key as ForecastKey] : 1;
  return typeof top === "string" && top in STEP_OF ? STEP_OF[top as TopKey] : 0;
}

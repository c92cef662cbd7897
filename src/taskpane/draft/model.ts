/**
 * The scenario being edited, as the user typed it: the catalogue's tree with every figure and text
 * a string (so "1." or "" survive between keystrokes and steps) and every list row keyed by an id.
 * Its shape, its fresh values and its reading of a scenario all come from the catalogue
 * (core/catalogue/scenario.ts, forecast.ts), so a field added there is in the draft without a change here.
 *
 * A draft holds both kinds at once — the actuals' traffic, staffing and costs and a bid's
 * forecast — and `kind` says which one is the scenario: switching back and forth loses nothing.
 */
import { BID_SCENARIO, FORECAST_SECTION, group, isBid, SCENARIO, type AnyScenario, type Children, type FiguresNode, type GroupNode, type ListNode, type LiteralNode, type LocalizedText, type NumberNode, type TextNode } from "../../core";
import { figuresText, figureText } from "./numbers";
import { LABOR_PRESETS, PRESET_LIST, presetNamed, type LaborPreset, type LaborPresetKey } from "./presets";

type Fields<C extends Children> = { readonly [K in keyof C as C[K] extends LiteralNode ? never : K]: DraftOf<C[K]> };
type DraftOf<N> = N extends GroupNode<infer C> ? Fields<C> : N extends ListNode<infer C> ? readonly Row<C>[] : string;

/** A list row: its fields, an id that keeps React keys and focus stable, and the preset it stands for. */
export type Row<C extends Children> = Fields<C> & { readonly id: string; readonly preset?: LaborPresetKey };

/** Actuals (traffic, staffing, costs) or a bid from a forecast. */
export type DraftKind = "actuals" | "bid";

/** Every field the draft holds: the scenario's and the forecast section; paths over the draft walk it. */
export const DRAFT_ROOT = group(SCENARIO.spec, { ...SCENARIO.children, forecast: FORECAST_SECTION });

export type Draft = Fields<typeof DRAFT_ROOT.children> & { readonly kind: DraftKind };

/** The catalogue of the scenario the draft stands for: the one read, validated and saved. */
export function rootOf(draft: Pick<Draft, "kind">): GroupNode {
  return draft.kind === "bid" ? BID_SCENARIO : SCENARIO;
}
export type StreamRow = Draft["traffic"]["streams"][number];
export type CostRow = Draft["costs"]["labor"][number];
export type SeatCostRow = Draft["forecast"]["perSeatMonth"][number];

export interface Issue {
  /** JSON path over the draft ("" for the whole scenario). */
  readonly path: string;
  readonly message: LocalizedText;
}

/** The draft seen without its static type, for the walks over the catalogue. */
export type Loose = { readonly [key: string]: unknown };

export function isLoose(v: unknown): v is Loose {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function rowsOf(v: unknown): Loose[] {
  return Array.isArray(v) ? v.filter(isLoose) : [];
}

export function join(base: string, key: string): string {
  return base === "" ? key : `${base}.${key}`;
}

let nextId = 0;
/** Row ids keep React keys and focus stable while rows are added and removed. */
export function newId(prefix: string): string {
  nextId += 1;
  return `${prefix}${nextId}`;
}

/** What a fresh draft holds for a field: the catalogue's suggested value, else its default, else blank. */
export function prefill(node: NumberNode | TextNode | FiguresNode): string {
  if (node.kind === "text") return node.spec.suggested ?? node.spec.default ?? "";
  if (node.kind === "figures") return node.spec.default === undefined ? "" : figuresText(node.spec.default, node.spec.unit);
  const v = node.spec.suggested ?? node.spec.default;
  return v === undefined ? "" : figureText(v, node.spec.unit);
}

/**
 * An optional group that any of its fields makes present (no presentWhen) starts blank: a
 * pre-filled default would make it present in every scenario. Its defaults show as placeholders.
 */
function startsBlank(group: GroupNode): boolean {
  return group.spec.optional === true && group.spec.presentWhen === undefined;
}

function emptyGroup(children: Children, path: string, blank = false): Loose {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(children)) {
    const p = join(path, key);
    if (node.kind === "number" || node.kind === "text" || node.kind === "figures") out[key] = blank ? "" : prefill(node);
    else if (node.kind === "group") out[key] = emptyGroup(node.children, p, blank || startsBlank(node));
    else if (node.kind === "list") out[key] = p === PRESET_LIST ? presetRows(node) : Array.from({ length: node.spec.minItems ?? 0 }, () => emptyRow(node));
  }
  return out;
}

function emptyRow(list: ListNode): Loose {
  return { id: newId("r"), ...emptyGroup(list.item, "") };
}

function presetRow(list: ListNode, preset: LaborPreset): Loose {
  return { ...emptyRow(list), preset: preset.key, name: preset.zh };
}

function presetRows(list: ListNode): Loose[] {
  return LABOR_PRESETS.map((p) => presetRow(list, p));
}

const STREAMS = SCENARIO.children.traffic.children.streams;
const LABOR = SCENARIO.children.costs.children.labor;

// The walks build exactly the row types above from the same catalogue nodes.
export const emptyStream = (): StreamRow => emptyRow(STREAMS) as unknown as StreamRow;
export const emptyCost = (): CostRow => emptyRow(LABOR) as unknown as CostRow;
export const emptySeatCost = (): SeatCostRow => emptyRow(FORECAST_SECTION.children.perSeatMonth) as unknown as SeatCostRow;

/** A fresh scenario: the catalogue's suggested values (China's usual hours), everything scenario-specific blank. */
export function emptyDraft(name: string, kind: DraftKind = "actuals"): Draft {
  return { ...(emptyGroup(DRAFT_ROOT.children, "") as unknown as Draft), name, kind };
}

// ---------------------------------------------------------------- scenario → draft

function fromGroup(children: Children, value: Loose, path: string): Loose {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(children)) {
    const v = value[key];
    const p = join(path, key);
    if (node.kind === "number") out[key] = typeof v === "number" ? figureText(v, node.spec.unit) : "";
    else if (node.kind === "text") out[key] = typeof v === "string" ? v : "";
    else if (node.kind === "figures") out[key] = Array.isArray(v) ? figuresText(v.filter((x): x is number => typeof x === "number"), node.spec.unit) : "";
    // An absent group shows as in a fresh draft (management's months pre-filled).
    else if (node.kind === "group") out[key] = isLoose(v) ? fromGroup(node.children, v, p) : emptyGroup(node.children, p, startsBlank(node));
    else if (node.kind === "list") out[key] = p === PRESET_LIST ? laborRows(node, rowsOf(v)) : rowsOf(v).map((r) => ({ id: newId("r"), ...fromGroup(node.item, r, "") }));
  }
  return out;
}

/** Labour lines in the file's order (recognised presets keep their fixed name), then the missing presets. */
function laborRows(list: ListNode, lines: readonly Loose[]): Loose[] {
  const used = new Set<LaborPresetKey>();
  const rows = lines.map((line) => {
    const row = { id: newId("r"), ...fromGroup(list.item, line, "") };
    const preset = presetNamed(typeof line.name === "string" ? line.name : "");
    if (preset === undefined || used.has(preset)) return row;
    used.add(preset);
    return { ...row, preset };
  });
  return [...rows, ...LABOR_PRESETS.filter((p) => !used.has(p.key)).map((p) => presetRow(list, p))];
}

/** A scenario of either kind as a draft; the other kind's fields start as in a fresh draft. */
export function draftFromScenario(s: AnyScenario): Draft {
  return { ...(fromGroup(DRAFT_ROOT.children, s, "") as unknown as Draft), kind: isBid(s) ? "bid" : "actuals" };
}

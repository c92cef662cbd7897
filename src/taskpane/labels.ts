/**
 * The field a problem's path points at, in words, for lists of problems away from the field:
 * the catalogue's labels, with the row's name for a list row and the group's for a field of an
 * optional group ("Training · Training days"). The seat view's own fields are the pane's words.
 */
import { pick, SCENARIO, type CatalogueNode, type Lang, type ListNode } from "../core";
import { DRAFT_ROOT, presetOf, textAt, tokens, type Draft } from "./draft";
import type { Words } from "./words";

const SEAT: Readonly<Record<string, (t: Words) => string>> = {
  "seat.dailyRate": (t) => t.paneDailyRate,
  "seat.workDays": (t) => t.paneWorkDays,
  "seat.phoneFee": (t) => t.panePhoneFee,
  "seat.perMinutePrice": (t) => t.panePerMinutePrice,
};

/** A list row by its name: a preset's in the user's language, else the name typed, else "Line 2" / "Item 2". */
export function rowTitle(listPath: string, index: number, draft: Draft, t: Words, lang: Lang): string {
  const row = `${listPath}[${index}]`;
  const preset = listPath === "costs.labor" ? presetOf(draft.costs.labor[index]?.preset) : undefined;
  if (preset) return lang === "zh" ? preset.zh : preset.en;
  const typed = textAt(draft, `${row}.name`).trim();
  if (typed !== "") return typed;
  if (listPath === "traffic.streams") return t.paneLineN(index + 1);
  return `${pick(SCENARIO.children.costs.children.labor.item.name.spec.label, lang)} ${index + 1}`;
}

/** A list that must have rows reads "row · field" (话务2 · 应答量); one that may be empty reads "list · row" (人工成本项 · 工资). */
function rowLabel(list: ListNode, listPath: string, index: number, field: CatalogueNode | undefined, draft: Draft, t: Words, lang: Lang): string {
  const title = rowTitle(listPath, index, draft, t, lang);
  if ((list.spec.minItems ?? 0) === 0) return `${pick(list.spec.label, lang)} · ${title}`;
  return field && field.kind !== "literal" ? `${title} · ${pick(field.spec.label, lang)}` : title;
}

export function labelOfPath(path: string, draft: Draft, t: Words, lang: Lang): string {
  const seat = SEAT[path];
  if (seat) return seat(t);
  let node: CatalogueNode = DRAFT_ROOT;
  let at = "";
  /** The optional group the path went through, which names the field's context. */
  let context: string | undefined;
  const keys = tokens(path);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (node.kind === "list" && typeof key === "number") {
      const next = keys[k + 1];
      const field = typeof next === "string" ? node.item[next] : undefined;
      return rowLabel(node, at, key, field, draft, t, lang);
    }
    const child: CatalogueNode | undefined = node.kind === "group" && typeof key === "string" ? node.children[key] : undefined;
    if (child === undefined) return path;
    if (node.kind === "group" && node !== DRAFT_ROOT && node.spec.optional === true) context = pick(node.spec.label, lang);
    node = child;
    at = at === "" ? String(key) : `${at}.${String(key)}`;
  }
  if (node.kind === "literal") return path;
  const label = pick(node.spec.label, lang);
  return context === undefined ? label : `${context} · ${label}`;
}

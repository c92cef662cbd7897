/**
 * Draft → scenario input. The reader says only what the schema cannot: a required field left
 * blank, text that is not a number, and — in percent, as typed — a rate out of its range
 * (asTyped.ts). Every other limit (ranges, lengths, the currency code) is the schema's, built
 * from the catalogue: the input goes to validateScenario (analyse.ts), whose problems, in both
 * languages, are mapped back to the draft's paths.
 */
import { fromNumber, rangeError, type Children, type FiguresNode, type GroupNode, type LeafNode, type ListNode, type NumberNode, type NumberSpec, type TextNode } from "../../core";
import { TASKPANE } from "../../core/sentences/taskpane";
import { forItem, notANumber, rateOutOfRange } from "./asTyped";
import { isLoose, join, rootOf, rowsOf, type Draft, type Issue, type Loose } from "./model";
import { figureItems, parseFigure } from "./numbers";

/** Required: neither optional nor defaulted (and, for text, not allowed empty). */
export function isRequired(node: LeafNode): boolean {
  if (node.kind === "literal" || node.spec.optional === true || node.spec.default !== undefined) return false;
  return node.kind === "number" || node.kind === "figures" || (node.spec.minLength ?? 0) > 0;
}

const blank = (v: unknown): boolean => typeof v !== "string" || v.trim() === "";

/** An optional group counts once one of its deciding fields (spec.presentWhen, else all, its groups too) is filled. */
function present(group: GroupNode, value: Loose): boolean {
  return (group.spec.presentWhen ?? Object.keys(group.children)).some((key) => {
    const child = group.children[key];
    const v = value[key];
    return child?.kind === "group" ? isLoose(v) && present(child, v) : !blank(v);
  });
}

/** In a list that may be empty (cost lines), a row whose required figures are all blank is left out. */
function unused(list: ListNode, row: Loose): boolean {
  if ((list.spec.minItems ?? 0) > 0) return false;
  const required = Object.entries(list.item).filter(([, n]) => n.kind === "number" && isRequired(n));
  return required.length > 0 && required.every(([key]) => blank(row[key]));
}

/**
 * A figure out of its catalogue range, refused here when the pane words it better than the
 * schema: a rate in percent; another figure with an inclusive range as "between lo and hi".
 */
function outOfRange(spec: NumberSpec, path: string, n: number): Issue | undefined {
  if (spec.unit === "ratio") {
    const message = rateOutOfRange(spec, n);
    return message && { path, message };
  }
  if (spec.max === undefined || spec.above !== undefined) return undefined;
  const lo = spec.min ?? 0;
  if (n >= lo && n <= spec.max) return undefined;
  const x = fromNumber(path, n);
  const r = x.ok ? rangeError(path, x.value, String(lo), String(spec.max)) : x;
  return r.ok ? undefined : { path, message: r.error.message };
}

export interface Read {
  /** The file as far as the draft could be read (fields with problems left out). */
  readonly input: Loose;
  readonly issues: readonly Issue[];
  /** Per list (by draft path): the draft row of each item that went into the input. */
  readonly rowOf: ReadonlyMap<string, readonly number[]>;
}

class Reader {
  readonly issues: Issue[] = [];
  readonly rowOf = new Map<string, number[]>();

  group(children: Children, value: Loose, path: string): Loose {
    const out: Record<string, unknown> = {};
    for (const [key, node] of Object.entries(children)) {
      const p = join(path, key);
      const v = value[key];
      let read: unknown;
      if (node.kind === "literal") read = node.value;
      else if (node.kind === "number") read = this.number(node, typeof v === "string" ? v : "", p);
      else if (node.kind === "text") read = this.text(node, typeof v === "string" ? v : "", p);
      else if (node.kind === "figures") read = this.figures(node, typeof v === "string" ? v : "", p);
      else if (node.kind === "group") {
        const g = isLoose(v) ? v : {};
        read = node.spec.optional === true && !present(node, g) ? undefined : this.group(node.children, g, p);
      } else read = this.list(node, rowsOf(v), p);
      if (read !== undefined) out[key] = read;
    }
    return out;
  }

  list(node: ListNode, rows: readonly Loose[], path: string): Loose[] {
    const kept: number[] = [];
    const out: Loose[] = [];
    rows.forEach((row, i) => {
      if (unused(node, row)) return;
      kept.push(i);
      out.push(this.group(node.item, row, `${path}[${i}]`));
    });
    this.rowOf.set(path, kept);
    return out;
  }

  number(node: NumberNode, text: string, path: string): number | undefined {
    if (text.trim() === "") {
      if (isRequired(node)) this.issues.push({ path, message: TASKPANE.paneRequired });
      return undefined;
    }
    const n = parseFigure(text, node.spec.unit);
    const x = n === undefined ? undefined : fromNumber(path, n);
    if (!x?.ok) {
      this.issues.push({ path, message: notANumber(text) });
      return undefined;
    }
    const range = outOfRange(node.spec, path, x.value.toNumber());
    if (range) this.issues.push(range);
    return range ? undefined : n;
  }

  /** A list of figures typed in one box, "70%, 80%, 1.1"; blank leaves it out (its default). */
  figures(node: FiguresNode, text: string, path: string): number[] | undefined {
    const items = figureItems(text);
    if (items.length === 0) {
      if (isRequired(node)) this.issues.push({ path, message: TASKPANE.paneRequired });
      return undefined;
    }
    const out: number[] = [];
    for (const [i, item] of items.entries()) {
      const n = parseFigure(item, node.spec.unit);
      // A rate's range is worded in percent here; the schema words the other figures' ranges.
      const problem = n === undefined ? notANumber(item) : node.spec.unit === "ratio" ? rateOutOfRange(node.spec, n) : undefined;
      if (problem) {
        this.issues.push({ path, message: forItem(i, problem) });
        return undefined;
      }
      if (n !== undefined) out.push(n);
    }
    return out;
  }

  text(node: TextNode, text: string, path: string): string | undefined {
    // Long text is kept as typed; a name or code loses its stray spaces.
    const value = node.spec.multiline === true ? text : text.trim();
    if (value.trim() !== "") return value;
    if (isRequired(node)) {
      this.issues.push({ path, message: TASKPANE.paneRequired });
      return undefined;
    }
    // Blank optional or defaulted text is left out (the schema fills a default in).
    return node.spec.optional === true || node.spec.default !== undefined ? undefined : "";
  }
}

/** The draft's scenario of its kind (a bid's input has `forecast`, which is how the core tells them apart). */
export function readDraft(draft: Draft): Read {
  const reader = new Reader();
  const input = reader.group(rootOf(draft).children, draft, "");
  // Shaped by the catalogue the schema is built from; validateScenario checks it all.
  return { input, issues: reader.issues, rowOf: reader.rowOf };
}

/**
 * Walking a catalogue: its fields as a flat list of paths, the node behind any concrete path,
 * and a scenario's figures as exact decimals. List items are written `[]` in catalogue paths
 * (`traffic.streams[].answered`) and `[n]` in the paths of a file (`traffic.streams[1].answered`).
 */
import type { CatalogueNode, GroupNode, LeafNode, ListNode } from "./nodes";

export interface FieldEntry {
  /** Catalogue path, e.g. "costs.training.hires" or "traffic.streams[].answered". */
  readonly path: string;
  readonly node: LeafNode;
  /** The groups and lists it sits in, outermost first. */
  readonly within: readonly (GroupNode | ListNode)[];
}

export interface NodeEntry {
  readonly path: string;
  readonly node: CatalogueNode;
}

function join(base: string, key: string): string {
  return base === "" ? key : `${base}.${key}`;
}

/** Every node below the root (groups, lists and leaves), depth first, in declaration order. */
export function nodes(root: GroupNode): NodeEntry[] {
  const out: NodeEntry[] = [];
  const visit = (children: Readonly<Record<string, CatalogueNode>>, base: string): void => {
    for (const [key, node] of Object.entries(children)) {
      const path = join(base, key);
      out.push({ path, node });
      if (node.kind === "group") visit(node.children, path);
      if (node.kind === "list") visit(node.item, `${path}[]`);
    }
  };
  visit(root.children, "");
  return out;
}

/** Every leaf field, in declaration order, with the groups and lists it sits in. */
export function fields(root: GroupNode): FieldEntry[] {
  const out: FieldEntry[] = [];
  const visit = (children: Readonly<Record<string, CatalogueNode>>, base: string, within: readonly (GroupNode | ListNode)[]): void => {
    for (const [key, node] of Object.entries(children)) {
      const path = join(base, key);
      if (node.kind === "group") visit(node.children, path, [...within, node]);
      else if (node.kind === "list") visit(node.item, `${path}[]`, [...within, node]);
      else out.push({ path, node, within });
    }
  };
  visit(root.children, "", []);
  return out;
}

/** A file's path in catalogue form: "traffic.streams[2].answered" → "traffic.streams[].answered". */
export function cataloguePath(path: string): string {
  return path.replace(/\[\d+\]/g, "[]");
}

/** The node a path (catalogue or concrete) points at, or undefined. */
export function nodeAt(root: GroupNode, path: string): CatalogueNode | undefined {
  const wanted = cataloguePath(path);
  return nodes(root).find((e) => e.path === wanted)?.node;
}

/**
 * The value at a file path ("costs.training.hires", "traffic.streams[1].answered") in a parsed
 * file, or undefined when a step is absent (an optional group left out, a list too short). A
 * catalogue path with `[]` names no single value: undefined.
 */
export function valueAt(root: unknown, path: string): unknown {
  if (path.includes("[]")) return undefined;
  let at: unknown = root;
  for (const step of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (typeof at !== "object" || at === null) return undefined;
    const index = step.startsWith("[") ? Number(step.slice(1, -1)) : undefined;
    // Own properties only: a path is data (from a file), never a way into the prototype chain.
    if (index !== undefined) at = Array.isArray(at) && index < at.length ? (at as unknown[])[index] : undefined;
    else at = !Array.isArray(at) && Object.prototype.hasOwnProperty.call(at, step) ? (at as Record<string, unknown>)[step] : undefined;
  }
  return at;
}

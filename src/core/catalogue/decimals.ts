/**
 * A file's figures as exact decimals, each converted once. Figures are never negative in any
 * file kind, so that is checked here too: core math can then take a typed scenario built in code
 * (never validated) and refuse a bad figure with its JSON path. The full limits are the schema's;
 * the formulas' own checks (a zero divisor, a rate above 1) stay with the formulas.
 */
import type { Dec } from "../decimal";
import { ok, type Result } from "../result";
import { fromNumber, isNeg, negativeError } from "../validators";
import type { CatalogueNode, Children, GroupNode } from "./nodes";

/** The same shape with every number an exact decimal. */
export type Decimals<T> = T extends number
  ? Dec
  : T extends readonly (infer U)[]
    ? Decimals<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Decimals<T[K]> }
      : T;

function convertChildren(children: Children, value: Record<string, unknown>, base: string): Result<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(children)) {
    const r = convert(node, value[key], base === "" ? key : `${base}.${key}`);
    if (!r.ok) return r;
    if (r.value !== undefined) out[key] = r.value;
  }
  return ok(out);
}

function convert(node: CatalogueNode, value: unknown, path: string): Result<unknown> {
  if (value === undefined || value === null) return ok(node.kind === "list" ? [] : undefined);
  switch (node.kind) {
    case "number": {
      const d = fromNumber(path, value as number);
      return d.ok && isNeg(d.value) ? negativeError(path, d.value) : d;
    }
    case "figures": {
      const items: unknown[] = [];
      for (const [i, x] of (value as readonly number[]).entries()) {
        const d = fromNumber(`${path}[${i}]`, x);
        if (!d.ok) return d;
        if (isNeg(d.value)) return negativeError(`${path}[${i}]`, d.value);
        items.push(d.value);
      }
      return ok(items);
    }
    case "group":
      return convertChildren(node.children, value as Record<string, unknown>, path);
    case "list": {
      const items: unknown[] = [];
      for (const [i, item] of (value as readonly Record<string, unknown>[]).entries()) {
        const r = convertChildren(node.item, item, `${path}[${i}]`);
        if (!r.ok) return r;
        items.push(r.value);
      }
      return ok(items);
    }
    default:
      return ok(value);
  }
}

/** Every figure of `value` (shaped by `root`) as a decimal, or the first one out of its limits. */
export function decimalsOf<T extends object>(root: GroupNode, value: T): Result<Decimals<T>> {
  return convertChildren(root.children, value as Record<string, unknown>, "") as Result<Decimals<T>>;
}

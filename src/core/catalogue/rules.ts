/**
 * Cross-field rules of a group: checks that need two fields at once (a sum below 1, a field that
 * needs another). Each rule reports at one field of the group, with a sentence of the book, so
 * the file's reader, the wizard and the CLI show it under that field's path in both languages.
 */
import type { z } from "zod";
import type { LocalizedText } from "../result";
import { said } from "../schemaIssues";
import type { Children, GroupNode } from "./nodes";

/** Where a broken rule is reported (a key of the group) and why. */
/** A finite number in [lo, hi]: the precondition of a cross-field rule (otherwise the field's own limit speaks). */
export const within = (x: unknown, lo: number, hi: number): x is number => typeof x === "number" && Number.isFinite(x) && x >= lo && x <= hi;

export interface Broken {
  readonly at: string;
  readonly message: LocalizedText;
}

export type Rule<V> = (value: V) => Broken | undefined;

/**
 * The group with its rules added to its schema. zod runs them only once every field has its
 * type; a rule should stay quiet while a field it reads is out of its own limits (that field's
 * message says it already).
 */
export function ruled<C extends Children, S extends z.ZodTypeAny>(node: GroupNode<C, S>, ...rules: readonly Rule<NonNullable<z.output<S>>>[]): GroupNode<C, z.ZodEffects<S>> {
  const check = (value: z.output<S>, ctx: z.RefinementCtx): void => {
    // An optional group left out has nothing to check.
    if (value === undefined || value === null) return;
    for (const rule of rules) {
      const broken = rule(value);
      if (broken) ctx.addIssue({ code: "custom", path: [broken.at], message: said(broken.message) });
    }
  };
  // zod types a refinement's schema loosely (ZodEffects<S, any, any>); its output is S's.
  const schema = node.schema.superRefine(check) as z.ZodEffects<S>;
  return { ...node, schema };
}

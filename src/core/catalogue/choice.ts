/**
 * A text field that takes one word of a fixed list (`"method": "margin" | "markup"`). It is a text
 * node to every surface (the wizard types it, the stored scenario keeps it); only its schema is
 * an enum, so a file with another word is refused with the words it accepts.
 */
import { z } from "zod";
import type { LocalizedText } from "../result";
import type { TextNode } from "./nodes";

export interface ChoiceSpec<V extends string> {
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  /** The accepted words, in the order a message lists them. */
  readonly choices: readonly [V, ...V[]];
  /** What the wizard shows for each word, in both languages. */
  readonly words: { readonly [K in V]: LocalizedText };
  readonly default: V;
}

/** The text spec every surface reads, plus the accepted words. */
export type ChoiceTextSpec<V extends string> = ChoiceSpec<V> & {
  readonly unit: "text";
  readonly options: readonly [V, ...V[]];
  readonly optionWords: { readonly [K in V]: LocalizedText };
};

export function choice<const V extends string>(spec: ChoiceSpec<V>): TextNode<z.ZodDefault<z.ZodEnum<[V, ...V[]]>>> & { readonly spec: ChoiceTextSpec<V> } {
  const words = [...spec.choices] as [V, ...V[]];
  return { kind: "text", spec: { ...spec, unit: "text", options: spec.choices, optionWords: spec.words }, schema: z.enum(words).default(spec.default) };
}

/**
 * A field that is a plain list of figures (`"volumeRatios": [0.7, 0.8, 1]`): every item has the
 * same unit and limits. The catalogue's lists hold rows of named fields; this leaf keeps a file
 * the bare JSON array an analyst writes by hand.
 */
import { z } from "zod";
import type { NumericUnit } from "../formats/units";
import type { LocalizedText } from "../result";
import { said } from "../schemaIssues";
import { SENTENCES } from "../sentences";
import { MAX_FIGURE, MAX_ITEMS } from "./limits";
import { lengthFirst, type Bounded } from "./nodes";

export interface FiguresSpec {
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly unit: NumericUnit;
  /** Inclusive lower bound of every item (default 0). */
  readonly min?: number;
  /** Exclusive lower bound of every item, when it must be strictly above it. */
  readonly above?: number;
  /** Inclusive upper bound of every item (default MAX_FIGURE). */
  readonly max?: number;
  /** Exclusive upper bound of every item, when it must stay strictly below it (a shrinkage: 1 would leave no one). */
  readonly below?: number;
  readonly minItems?: number;
  /** The most entries allowed (default MAX_ITEMS, as for every list); refused before the entries are read. */
  readonly maxItems?: number;
  /** Filled in by the schema when absent. */
  readonly default?: readonly number[];
  readonly optional?: boolean;
}

export interface FiguresNode<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "figures";
  readonly spec: FiguresSpec;
  readonly schema: S;
}

type Items = Bounded<z.ZodArray<z.ZodNumber>>;
type Present<P> = P extends { readonly default: unknown } ? z.ZodDefault<Items> : P extends { readonly optional: true } ? z.ZodOptional<Items> : Items;

export function figures<const S extends FiguresSpec>(spec: S): FiguresNode<Present<S>> {
  let item = z.number().finite();
  item = spec.above !== undefined ? item.gt(spec.above) : item.min(spec.min ?? 0);
  if (spec.below !== undefined) item = item.lt(spec.below);
  else item = spec.max === undefined ? item.max(MAX_FIGURE, said(SENTENCES.figureTooLarge)) : item.max(spec.max);
  let list = z.array(item);
  if (spec.minItems !== undefined) list = list.min(spec.minItems);
  const maxItems = spec.maxItems ?? MAX_ITEMS;
  const bounded = lengthFirst(list.max(maxItems), maxItems);
  const fallback = spec.default;
  // A fresh copy per file, so that no parsed scenario shares (and could change) the catalogue's list.
  const schema = fallback !== undefined ? bounded.default(() => [...fallback]) : spec.optional === true ? bounded.optional() : bounded;
  return { kind: "figures", spec, schema: schema as Present<S> };
}

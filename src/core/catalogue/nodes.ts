/**
 * The building blocks of a field catalogue: each node says once what a file field is — its kind,
 * limits, default, unit, labels and help — and carries the zod schema made from exactly that.
 * Groups and lists nest nodes, so a whole file format is one typed tree whose `schema` is the
 * validator and whose leaves are walked by every surface (wizard, sheet, CLI, stored scenario).
 */
import { z } from "zod";
import type { Unit } from "../formats/units";
import type { LocalizedText } from "../result";
import { said } from "../schemaIssues";
import { SENTENCES } from "../sentences";
import type { FiguresNode } from "./figures";
import { MAX_FIGURE, MAX_ITEMS } from "./limits";

// The bounds live in limits.ts; the catalogue's users have always found MAX_FIGURE here.
export * from "./limits";

interface Described {
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
}

interface Presence {
  /** Absent is allowed (and stays absent). */
  readonly optional?: boolean;
}

export interface NumberSpec extends Described, Presence {
  readonly unit: Unit;
  /**
   * Inclusive lower bound (default 0: figures are never negative). `-Infinity` when the file
   * format leaves the range to the core, which then names the field itself (the seat file).
   */
  readonly min?: number;
  /** Exclusive lower bound, when the value must be strictly above it (a divisor). */
  readonly above?: number;
  /** Inclusive upper bound (default MAX_FIGURE). */
  readonly max?: number;
  /** What exceeding MAX_FIGURE is called, when the file kind words it its own way. */
  readonly tooLarge?: LocalizedText;
  /** Filled in by the schema when absent. */
  readonly default?: number;
  /** What the wizard pre-fills in a new scenario (a common value, not a default). */
  readonly suggested?: number;
  /** The defined name of this input's cell on the breakdown sheet (a public contract). */
  readonly sheetName?: string;
}

export interface TextSpec extends Described, Presence {
  readonly unit: "text" | "currency";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: { readonly regex: RegExp; readonly message: LocalizedText };
  /** The only values allowed (a choice such as a pricing method); length and pattern then do not apply. */
  readonly options?: readonly [string, ...string[]];
  /** What a surface offering the options shows for each (the file keeps the word itself). */
  readonly optionWords?: Readonly<Record<string, LocalizedText>>;
  readonly default?: string;
  readonly suggested?: string;
  /** Long free text (a multi-line box in the wizard). */
  readonly multiline?: boolean;
}

export interface GroupSpec extends Described, Presence {
  /** Fields whose being blank alone does not make the group present (pre-filled ones). */
  readonly presentWhen?: readonly string[];
  /** The sheet keeps this group only in the stored scenario: no input cells (the deal's terms). */
  readonly storedOnly?: boolean;
}

export interface ListSpec extends Described {
  readonly minItems?: number;
  readonly minMessage?: LocalizedText;
  /** The most entries allowed (default MAX_ITEMS); a longer list is refused before its entries are read. */
  readonly maxItems?: number;
  /** Absent means an empty list. */
  readonly emptyByDefault?: boolean;
}

export type Children = Readonly<Record<string, CatalogueNode>>;

export interface NumberNode<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "number";
  readonly spec: NumberSpec;
  readonly schema: S;
}
export interface TextNode<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "text";
  readonly spec: TextSpec;
  readonly schema: S;
}
export interface LiteralNode<S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "literal";
  readonly value: number | string;
  readonly schema: S;
}
export interface GroupNode<C extends Children = Children, S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "group";
  readonly spec: GroupSpec;
  readonly children: C;
  readonly schema: S;
}
export interface ListNode<C extends Children = Children, S extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly kind: "list";
  readonly spec: ListSpec;
  readonly item: C;
  readonly schema: S;
}

/** A list of bare figures (figures.ts) is a leaf too: one field, one input. */
export type LeafNode = NumberNode | TextNode | LiteralNode | FiguresNode;
export type CatalogueNode = LeafNode | GroupNode | ListNode;

type Present<P, T extends z.ZodTypeAny> = P extends { readonly default: unknown } ? z.ZodDefault<T> : P extends { readonly optional: true } ? z.ZodOptional<T> : T;
type Shape<C extends Children> = { -readonly [K in keyof C]: C[K]["schema"] };

function presence<T extends z.ZodTypeAny>(spec: Presence & { readonly default?: unknown }, schema: T): z.ZodTypeAny {
  if (spec.default !== undefined) return schema.default(spec.default);
  return spec.optional === true ? schema.optional() : schema;
}

export function num<const S extends NumberSpec>(spec: S): NumberNode<Present<S, z.ZodNumber>> {
  let schema = z.number().finite();
  if (spec.above !== undefined) schema = schema.gt(spec.above);
  else if (spec.min !== -Infinity) schema = schema.min(spec.min ?? 0);
  schema = spec.max === undefined ? schema.max(MAX_FIGURE, said(spec.tooLarge ?? SENTENCES.figureTooLarge)) : schema.max(spec.max);
  return { kind: "number", spec, schema: presence(spec, schema) as Present<S, z.ZodNumber> };
}

type TextSchema<S> = S extends { readonly options: readonly [infer H extends string, ...infer R extends string[]] } ? z.ZodEnum<[H, ...R]> : z.ZodString;

export function text<const S extends TextSpec>(spec: S): TextNode<Present<S, TextSchema<S>>> {
  if (spec.options) return { kind: "text", spec, schema: presence(spec, z.enum(spec.options)) as Present<S, TextSchema<S>> };
  let schema = z.string();
  if (spec.maxLength !== undefined) schema = schema.max(spec.maxLength);
  if (spec.minLength !== undefined) schema = schema.min(spec.minLength);
  if (spec.pattern) schema = schema.regex(spec.pattern.regex, said(spec.pattern.message));
  return { kind: "text", spec, schema: presence(spec, schema) as Present<S, TextSchema<S>> };
}

export function literal<const V extends number | string>(value: V): LiteralNode<z.ZodLiteral<V>> {
  return { kind: "literal", value, schema: z.literal(value) };
}

export function group<const S extends GroupSpec, const C extends Children>(spec: S, children: C): GroupNode<C, Present<S, z.ZodObject<Shape<C>, "strict">>> {
  const shape = Object.fromEntries(Object.entries(children).map(([k, n]) => [k, n.schema]));
  return { kind: "group", spec, children, schema: presence(spec, z.object(shape).strict()) as Present<S, z.ZodObject<Shape<C>, "strict">> };
}

/** A list's schema: its length checked first, then its entries. */
export type Bounded<A extends z.ZodTypeAny> = z.ZodEffects<A, z.output<A>, z.input<A>>;
type ItemArray<C extends Children> = z.ZodArray<z.ZodObject<Shape<C>, "strict">>;
type ListSchema<S, C extends Children> = S extends { readonly emptyByDefault: true } ? z.ZodDefault<Bounded<ItemArray<C>>> : Bounded<ItemArray<C>>;

/** The issue a too-long list raises (worded by schemaIssues from these params). */
export interface TooManyItems {
  readonly tooManyItems: number;
  readonly count: number;
}

/**
 * zod checks an array's length but then reads every entry anyway, one problem each: three
 * million numbers were three million problems. A fatal issue before the array stops it there.
 */
export function lengthFirst<A extends z.ZodTypeAny>(array: A, maxItems: number): Bounded<A> {
  // preprocess types its input `unknown`; the declared input is what the array accepts.
  return z.preprocess((value, ctx) => {
    if (Array.isArray(value) && value.length > maxItems) {
      const params: TooManyItems = { tooManyItems: maxItems, count: value.length };
      ctx.addIssue({ code: z.ZodIssueCode.custom, fatal: true, params });
    }
    return value;
  }, array);
}

export function list<const S extends ListSpec, const C extends Children>(spec: S, item: C): ListNode<C, ListSchema<S, C>> {
  const shape = Object.fromEntries(Object.entries(item).map(([k, n]) => [k, n.schema]));
  const maxItems = spec.maxItems ?? MAX_ITEMS;
  let array = z.array(z.object(shape).strict()).max(maxItems);
  if (spec.minItems !== undefined) array = array.min(spec.minItems, spec.minMessage ? said(spec.minMessage) : undefined);
  const schema = lengthFirst(array, maxItems);
  const withDefault = spec.emptyByDefault === true ? schema.default([]) : schema;
  return { kind: "list", spec, item, schema: withDefault as ListSchema<S, C> };
}

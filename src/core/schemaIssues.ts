/**
 * Schema problems in both languages. zod's own messages are English only, so each issue is
 * reworded from its code and parameters (expected/received type, bounds, keys); a rule that
 * needs its own sentence registers it with `said`, giving the English text zod carries and the
 * Chinese one shown beside it.
 */
import type { z } from "zod";
import type { LocalizedText } from "./result";
import { filled } from "./sentences/book";
import { SCHEMA as S } from "./sentences/schema";
import { VALIDATION as V } from "./sentences/validation";

export interface SchemaIssue {
  /** JSON path like `traffic.streams[0].answered` ("" for the whole file). */
  readonly path: string;
  readonly message: LocalizedText;
}

/** Specific sentences, by the English text zod carries in the issue. Filled once, when schemas are defined. */
const SPECIFIC = new Map<string, LocalizedText>();

/** A rule's own message: returns the English for zod and remembers the Chinese for `issueText`. */
export function said(text: LocalizedText): string {
  SPECIFIC.set(text.en, text);
  return text.en;
}

/** `["traffic", "streams", 0, "answered"]` → "traffic.streams[0].answered". */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), "");
}

/** A JSON syntax error as an issue of the whole file. */
export function notJson(detail: string): SchemaIssue {
  return { path: "", message: filled(S.schemaNotJson, detail) };
}

/** A sentence whose arguments are themselves worded per language (a "(got …)" tail, quoted keys). */
function worded<A extends string[]>(
  s: { readonly en: (...a: A) => string; readonly zh: (...a: A) => string },
  ...args: { readonly [K in keyof A]: string | LocalizedText }
): LocalizedText {
  const inLang = (lang: "en" | "zh"): A => args.map((a) => (typeof a === "string" ? a : a[lang])) as A;
  return { en: s.en(...inLang("en")), zh: s.zh(...inLang("zh")) };
}

/** zod's type names in words; the rest (null, bigint …) are shown as zod names them. */
const TYPE_WORDS: Readonly<Record<string, LocalizedText>> = {
  number: S.schemaTypeNumber,
  integer: S.schemaTypeInteger,
  nan: { en: "NaN", zh: "NaN" },
  string: S.schemaTypeText,
  boolean: S.schemaTypeBoolean,
  object: S.schemaTypeObject,
  array: S.schemaTypeList,
};

function typeWord(name: string): LocalizedText {
  return TYPE_WORDS[name] ?? { en: name, zh: name };
}

/** A number as people read it; very large or small ones in exponent form, as JSON would hold them. */
function shown(n: number | bigint): string {
  if (typeof n === "bigint") return n.toString();
  return n !== 0 && (Math.abs(n) >= 1e15 || Math.abs(n) < 1e-6) ? n.toExponential() : String(n);
}

/** The value found at a path in the input, if the path leads anywhere. */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const NOTHING: LocalizedText = { en: "", zh: "" };

/** " (got -5)" / "（当前为 -5）" when the offending value is a number, else nothing. */
function got(value: unknown): LocalizedText {
  return typeof value === "number" ? filled(S.schemaGot, shown(value)) : NOTHING;
}

/** The longest value quoted in a message; a file's 10 MB string is shown by its start. */
const SHOWN_CHARS = 60;
/** The most keys or options one message lists; the rest are counted. */
const SHOWN_KEYS = 10;

/**
 * A value as JSON writes it, cut to its first characters; what JSON cannot hold (a function, a
 * symbol) by its kind, and what it cannot write (nesting past the stack, a cycle) by its type.
 */
export function shownAsJson(value: unknown): string {
  if (typeof value === "string" && value.length > SHOWN_CHARS) return JSON.stringify(`${value.slice(0, SHOWN_CHARS)}…`);
  let text: string;
  try {
    // JSON.stringify gives undefined for a function or a symbol, whatever its typing says.
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) return typeof value;
    text = json;
  } catch {
    text = Array.isArray(value) ? "[…]" : "{…}";
  }
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

function quoted(values: readonly unknown[]): LocalizedText {
  const list = values.slice(0, SHOWN_KEYS).map(shownAsJson);
  const rest = values.length - list.length;
  const more = rest > 0 ? filled(S.schemaMoreListed, String(rest)) : NOTHING;
  return { en: list.join(S.schemaListSeparator.en) + more.en, zh: list.join(S.schemaListSeparator.zh) + more.zh };
}

/** A too-long list's issue (see the catalogue's `list`): its limit and how many entries it has. */
function tooManyItems(issue: z.ZodIssue): LocalizedText | undefined {
  if (issue.code !== "custom") return undefined;
  const { tooManyItems: max, count } = (issue.params ?? {}) as Partial<Record<"tooManyItems" | "count", unknown>>;
  return typeof max === "number" && typeof count === "number" ? filled(S.schemaTooManyItems, String(max), String(count)) : undefined;
}

function tooSmall(issue: z.ZodTooSmallIssue, value: unknown): LocalizedText {
  const n = shown(issue.minimum);
  const count = Number(issue.minimum);
  switch (issue.type) {
    case "number":
    case "bigint": {
      const g = got(value);
      if (count === 0 && issue.inclusive) return worded(S.schemaNotNegative, g);
      return worded(issue.inclusive ? S.schemaAtLeast : S.schemaAbove, n, g);
    }
    case "string":
      return count <= 1 ? S.schemaNotEmpty : filled(S.schemaMinChars, n);
    case "array":
    case "set":
      return count === 1 ? S.schemaOneEntry : filled(S.schemaMinEntries, n);
    default:
      return filled(S.schemaTooSmall, n);
  }
}

function tooBig(issue: z.ZodTooBigIssue, value: unknown): LocalizedText {
  const n = shown(issue.maximum);
  switch (issue.type) {
    case "number":
    case "bigint":
      return worded(issue.inclusive ? S.schemaAtMost : S.schemaBelow, n, got(value));
    case "string":
      return filled(S.schemaMaxChars, n);
    case "array":
    case "set":
      return Number(issue.maximum) === 1 ? S.schemaAtMostOneEntry : filled(S.schemaMaxEntries, n);
    default:
      return filled(S.schemaTooLarge, n);
  }
}

/** What is wrong, in both languages. `input` is what was validated, to quote an offending number. */
function issueText(issue: z.ZodIssue, input?: unknown): LocalizedText {
  const specific = SPECIFIC.get(issue.message);
  if (specific) return specific;
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.received === "undefined") return S.schemaRequired;
      return worded(S.schemaWrongType, typeWord(issue.expected), typeWord(issue.received));
    case "invalid_literal": {
      const want = shownAsJson(issue.expected);
      if (issue.received === undefined) return filled(S.schemaRequiredLiteral, want);
      return filled(S.schemaWrongLiteral, want, shownAsJson(issue.received));
    }
    case "unrecognized_keys":
      return worded(issue.keys.length === 1 ? S.schemaUnknownField : S.schemaUnknownFields, quoted(issue.keys));
    case "invalid_enum_value":
      return worded(S.schemaNotOneOf, quoted(issue.options), shownAsJson(issue.received));
    case "invalid_union_discriminator":
      return worded(S.schemaOneOf, quoted(issue.options));
    case "invalid_union":
      return S.schemaNoForm;
    case "invalid_string": {
      const g = typeof value === "string" ? filled(S.schemaGot, shownAsJson(value)) : NOTHING;
      return worded(S.schemaWrongFormat, g);
    }
    case "too_small":
      return tooSmall(issue, value);
    case "too_big":
      return tooBig(issue, value);
    case "not_finite":
      return V.notFinite;
    case "not_multiple_of":
      return filled(S.schemaMultipleOf, shown(issue.multipleOf));
    default:
      // A rule without its own sentence (a custom refinement, a kind of value JSON cannot hold).
      return tooManyItems(issue) ?? filled(S.schemaInvalid, issue.message);
  }
}

/** Every problem zod found, each with its JSON path and both languages. */
export function schemaIssues(error: z.ZodError, input?: unknown): SchemaIssue[] {
  return error.issues.map((i) => ({ path: jsonPath(i.path), message: issueText(i, input) }));
}

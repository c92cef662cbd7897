/**
 * Schema problems in both languages. zod's own messages are English only, so each issue is
 * reworded from its code and parameters (expected/received type, bounds, keys); a rule that
 * needs its own sentence registers it with `said`, giving the English text zod carries and the
 * Chinese one shown beside it.
 */
import type { z } from "zod";
import type { LocalizedText } from "./result";

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

export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), "");
}

/** A JSON syntax error as an issue of the whole file. */
export function notJson(detail: string): SchemaIssue {
  return { path: "", message: { en: `not valid JSON: ${detail}`, zh: `不是有效的 JSON：${detail}` } };
}

const TYPE_EN: Readonly<Record<string, string>> = {
  number: "a number",
  integer: "a whole number",
  nan: "NaN",
  string: "text",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};
const TYPE_ZH: Readonly<Record<string, string>> = {
  number: "数字",
  integer: "整数",
  nan: "NaN",
  string: "文本",
  boolean: "true 或 false",
  object: "对象",
  array: "列表",
  null: "null",
};

/** A Latin word after Chinese text gets a space before it: "当前为 null", but "当前为文本". */
function spaced(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
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

/** " (got -5)" / "（当前为 -5）" when the offending value is a number, else nothing. */
function got(value: unknown): LocalizedText {
  return typeof value === "number" ? { en: ` (got ${shown(value)})`, zh: `（当前为 ${shown(value)}）` } : { en: "", zh: "" };
}

/** A value as JSON writes it; what JSON cannot hold (a function, a symbol) by its kind. */
function json(value: unknown): string {
  return JSON.stringify(value) ?? typeof value;
}

function quoted(values: readonly unknown[], zhSeparator: string): LocalizedText {
  const list = values.map(json);
  return { en: list.join(", "), zh: list.join(zhSeparator) };
}

function tooSmall(issue: z.ZodTooSmallIssue, value: unknown): LocalizedText {
  const n = shown(issue.minimum);
  const count = Number(issue.minimum);
  switch (issue.type) {
    case "number":
    case "bigint": {
      const g = got(value);
      if (count === 0 && issue.inclusive) return { en: `must be ≥ 0${g.en}`, zh: `不能为负数${g.zh}` };
      return issue.inclusive ? { en: `must be ≥ ${n}${g.en}`, zh: `不能小于 ${n}${g.zh}` } : { en: `must be > ${n}${g.en}`, zh: `必须大于 ${n}${g.zh}` };
    }
    case "string":
      return count <= 1 ? { en: "must not be empty", zh: "不能为空" } : { en: `must be at least ${n} characters long`, zh: `至少需要 ${n} 个字符` };
    case "array":
    case "set":
      return count === 1 ? { en: "needs at least one entry", zh: "至少需要一项" } : { en: `needs at least ${n} entries`, zh: `至少需要 ${n} 项` };
    default:
      return { en: `is too early or too small (minimum ${n})`, zh: `过小（最小为 ${n}）` };
  }
}

function tooBig(issue: z.ZodTooBigIssue, value: unknown): LocalizedText {
  const n = shown(issue.maximum);
  switch (issue.type) {
    case "number":
    case "bigint": {
      const g = got(value);
      return issue.inclusive ? { en: `must be at most ${n}${g.en}`, zh: `不能大于 ${n}${g.zh}` } : { en: `must be < ${n}${g.en}`, zh: `必须小于 ${n}${g.zh}` };
    }
    case "string":
      return { en: `must be at most ${n} characters long`, zh: `最多 ${n} 个字符` };
    case "array":
    case "set":
      return Number(issue.maximum) === 1 ? { en: "must have at most one entry", zh: "最多 1 项" } : { en: `must have at most ${n} entries`, zh: `最多 ${n} 项` };
    default:
      return { en: `is too late or too large (maximum ${n})`, zh: `过大（最大为 ${n}）` };
  }
}

/** What is wrong, in both languages. `input` is what was validated, to quote an offending number. */
export function issueText(issue: z.ZodIssue, input?: unknown): LocalizedText {
  const specific = SPECIFIC.get(issue.message);
  if (specific) return specific;
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      if (issue.received === "undefined") return { en: "is required", zh: "必填" };
      const want = { en: TYPE_EN[issue.expected] ?? issue.expected, zh: TYPE_ZH[issue.expected] ?? issue.expected };
      const have = { en: TYPE_EN[issue.received] ?? issue.received, zh: TYPE_ZH[issue.received] ?? issue.received };
      return { en: `must be ${want.en} (got ${have.en})`, zh: `必须是${spaced(want.zh)}（当前为${spaced(have.zh)}）` };
    }
    case "invalid_literal": {
      const want = json(issue.expected);
      if (issue.received === undefined) return { en: `is required (must be ${want})`, zh: `必填（应为 ${want}）` };
      const have = json(issue.received);
      return { en: `must be ${want} (got ${have})`, zh: `必须为 ${want}（当前为 ${have}）` };
    }
    case "unrecognized_keys": {
      const keys = quoted(issue.keys, "、");
      return issue.keys.length === 1
        ? { en: `has an unknown field ${keys.en} (check the spelling)`, zh: `含有未知字段 ${keys.zh}（请检查拼写）` }
        : { en: `has unknown fields ${keys.en} (check the spelling)`, zh: `含有未知字段 ${keys.zh}（请检查拼写）` };
    }
    case "invalid_enum_value": {
      const options = quoted(issue.options, "、");
      const have = json(issue.received);
      return { en: `must be one of ${options.en} (got ${have})`, zh: `必须是 ${options.zh} 之一（当前为 ${have}）` };
    }
    case "invalid_union_discriminator": {
      const options = quoted(issue.options, "、");
      return { en: `must be one of ${options.en}`, zh: `必须是 ${options.zh} 之一` };
    }
    case "invalid_union":
      return { en: "does not match any of the allowed forms", zh: "不符合任何一种允许的格式" };
    case "invalid_string": {
      const have = typeof value === "string" ? JSON.stringify(value) : undefined;
      const g = have === undefined ? { en: "", zh: "" } : { en: ` (got ${have})`, zh: `（当前为 ${have}）` };
      return { en: `has the wrong format${g.en}`, zh: `格式不正确${g.zh}` };
    }
    case "too_small":
      return tooSmall(issue, value);
    case "too_big":
      return tooBig(issue, value);
    case "not_finite":
      return { en: "must be a finite number", zh: "必须是有限数值" };
    case "not_multiple_of":
      return { en: `must be a multiple of ${shown(issue.multipleOf)}`, zh: `必须是 ${shown(issue.multipleOf)} 的倍数` };
    default:
      // A rule without its own sentence (a custom refinement, a kind of value JSON cannot hold):
      // zod's English, and in Chinese a plain "invalid" with that English for detail.
      return { en: issue.message, zh: `取值无效（${issue.message}）` };
  }
}

/** Every problem zod found, each with its JSON path and both languages. */
export function schemaIssues(error: z.ZodError, input?: unknown): SchemaIssue[] {
  return error.issues.map((i) => ({ path: jsonPath(i.path), message: issueText(i, input) }));
}

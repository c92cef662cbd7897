/**
 * How a scenario or seat-quote file's problems are worded (schemaIssues.ts rewords zod's issues
 * with these). Fragments such as `schemaGot` are glued after a sentence, so they carry their own
 * leading space or full-width bracket.
 */
import { part } from "./book";

/** A Latin word after Chinese text gets a space before it: "当前为 null", but "当前为文本". */
function spaced(text: string): string {
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
}

export const SCHEMA = part({
  schemaNotJson: { en: (detail: string) => `not valid JSON: ${detail}`, zh: (detail: string) => `不是有效的 JSON：${detail}` },
  schemaTypeNumber: { en: "a number", zh: "数字" },
  schemaTypeInteger: { en: "a whole number", zh: "整数" },
  schemaTypeText: { en: "text", zh: "文本" },
  schemaTypeBoolean: { en: "true or false", zh: "true 或 false" },
  schemaTypeObject: { en: "an object", zh: "对象" },
  schemaTypeList: { en: "a list", zh: "列表" },
  /** Between quoted keys or options. */
  schemaListSeparator: { en: ", ", zh: "、" },
  schemaGot: { en: (shown: string) => ` (got ${shown})`, zh: (shown: string) => `（当前为 ${shown}）` },
  schemaNotNegative: { en: (got: string) => `must be ≥ 0${got}`, zh: (got: string) => `不能为负数${got}` },
  schemaAtLeast: { en: (n: string, got: string) => `must be ≥ ${n}${got}`, zh: (n: string, got: string) => `不能小于 ${n}${got}` },
  schemaAbove: { en: (n: string, got: string) => `must be > ${n}${got}`, zh: (n: string, got: string) => `必须大于 ${n}${got}` },
  schemaAtMost: { en: (n: string, got: string) => `must be at most ${n}${got}`, zh: (n: string, got: string) => `不能大于 ${n}${got}` },
  schemaBelow: { en: (n: string, got: string) => `must be < ${n}${got}`, zh: (n: string, got: string) => `必须小于 ${n}${got}` },
  schemaNotEmpty: { en: "must not be empty", zh: "不能为空" },
  schemaMinChars: { en: (n: string) => `must be at least ${n} characters long`, zh: (n: string) => `至少需要 ${n} 个字符` },
  schemaMaxChars: { en: (n: string) => `must be at most ${n} characters long`, zh: (n: string) => `最多 ${n} 个字符` },
  schemaOneEntry: { en: "needs at least one entry", zh: "至少需要一项" },
  schemaMinEntries: { en: (n: string) => `needs at least ${n} entries`, zh: (n: string) => `至少需要 ${n} 项` },
  schemaAtMostOneEntry: { en: "must have at most one entry", zh: "最多 1 项" },
  schemaMaxEntries: { en: (n: string) => `must have at most ${n} entries`, zh: (n: string) => `最多 ${n} 项` },
  schemaTooSmall: { en: (n: string) => `is too early or too small (minimum ${n})`, zh: (n: string) => `过小（最小为 ${n}）` },
  schemaTooLarge: { en: (n: string) => `is too late or too large (maximum ${n})`, zh: (n: string) => `过大（最大为 ${n}）` },
  schemaRequired: { en: "is required", zh: "必填" },
  schemaWrongType: {
    en: (want: string, have: string) => `must be ${want} (got ${have})`,
    zh: (want: string, have: string) => `必须是${spaced(want)}（当前为${spaced(have)}）`,
  },
  schemaRequiredLiteral: { en: (want: string) => `is required (must be ${want})`, zh: (want: string) => `必填（应为 ${want}）` },
  schemaWrongLiteral: {
    en: (want: string, have: string) => `must be ${want} (got ${have})`,
    zh: (want: string, have: string) => `必须为 ${want}（当前为 ${have}）`,
  },
  schemaUnknownField: {
    en: (keys: string) => `has an unknown field ${keys} (check the spelling)`,
    zh: (keys: string) => `含有未知字段 ${keys}（请检查拼写）`,
  },
  schemaUnknownFields: {
    en: (keys: string) => `has unknown fields ${keys} (check the spelling)`,
    zh: (keys: string) => `含有未知字段 ${keys}（请检查拼写）`,
  },
  schemaNotOneOf: {
    en: (options: string, have: string) => `must be one of ${options} (got ${have})`,
    zh: (options: string, have: string) => `必须是 ${options} 之一（当前为 ${have}）`,
  },
  schemaOneOf: { en: (options: string) => `must be one of ${options}`, zh: (options: string) => `必须是 ${options} 之一` },
  schemaNoForm: { en: "does not match any of the allowed forms", zh: "不符合任何一种允许的格式" },
  schemaWrongFormat: { en: (got: string) => `has the wrong format${got}`, zh: (got: string) => `格式不正确${got}` },
  schemaMultipleOf: { en: (n: string) => `must be a multiple of ${n}`, zh: (n: string) => `必须是 ${n} 的倍数` },
  /** A list longer than the catalogue allows (its entries are not read). */
  schemaTooManyItems: {
    en: (max: string, count: string) => `must have at most ${max} entries (has ${count})`,
    zh: (max: string, count: string) => `最多 ${max} 项（当前为 ${count} 项）`,
  },
  /** After a capped list of keys or options: how many more there are. */
  schemaMoreListed: { en: (n: string) => `, … (${n} more)`, zh: (n: string) => `……（另有 ${n} 个）` },
  schemaDuplicateKey: {
    en: "is given more than once (JSON readers keep only the last, so the file says two things)",
    zh: "重复给出（JSON 读取时只保留最后一个，文件前后矛盾）",
  },
  schemaTooDeep: {
    en: (max: string) => `nests deeper than ${max} levels, which no file of this kind does`,
    zh: (max: string) => `嵌套超过 ${max} 层，不是此类文件`,
  },
  schemaTooLong: {
    en: (count: string, max: string) => `holds ${count} characters; at most ${max} are read`,
    zh: (count: string, max: string) => `共 ${count} 个字符，最多读取 ${max} 个`,
  },
  /** A rule without its own sentence: zod's English, and in Chinese "invalid" with that English for detail. */
  schemaInvalid: { en: (detail: string) => detail, zh: (detail: string) => `取值无效（${detail}）` },
});

/**
 * Scenario file problems in both languages: each bad file names the JSON path at fault and says
 * what is wrong in English and in Chinese, worded from zod's issue codes (never zod's own text).
 */
import fc from "fast-check";
import { z } from "zod";
import { MAX_SCENARIO_NUMBER, parseScenario, validateScenario, type ScenarioIssue } from "../../src/core/scenario";
import { schemaIssues } from "../../src/core/schemaIssues";
import { workedExampleText } from "../fixtures/examples";

type Json = Record<string, unknown>;

/** The worked example with one edit, as plain JSON so an edit can break the types. */
function broken(edit: (s: Json & { staffing: Json; traffic: { streams: Json[] } & Json; costs: Json }) => void): unknown {
  const s = JSON.parse(workedExampleText) as Json & { staffing: Json; traffic: { streams: Json[] } & Json; costs: Json };
  edit(s);
  return s;
}

function issuesOf(value: unknown): ScenarioIssue[] {
  const v = validateScenario(value);
  if (v.ok) throw new Error("expected the file to be refused");
  return v.issues;
}

// [case, file, path, English, Chinese]
const cases: [string, unknown, string, string, string][] = [
  ["missing field", broken((s) => delete (s as Json).staffing), "staffing", "is required", "必填"],
  ["missing nested field", broken((s) => delete s.staffing.agents), "staffing.agents", "is required", "必填"],
  ["text where a number belongs", broken((s) => (s.staffing.agents = "404")), "staffing.agents", "must be a number (got text)", "必须是数字（当前为文本）"],
  ["null where an object belongs", broken((s) => ((s as Json).traffic = null)), "traffic", "must be an object (got null)", "必须是对象（当前为 null）"],
  ["a number where a list belongs", broken((s) => (s.costs.labor = 5)), "costs.labor", "must be a list (got a number)", "必须是列表（当前为数字）"],
  ["negative count", broken((s) => ((s.traffic.streams[1] as Json).answered = -5)), "traffic.streams[1].answered", "must be ≥ 0 (got -5)", "不能为负数（当前为 -5）"],
  ["zero agents", broken((s) => (s.staffing.agents = 0)), "staffing.agents", "must be > 0 (got 0)", "必须大于 0（当前为 0）"],
  ["hours above 24", broken((s) => (s.staffing.hoursPerDay = 25)), "staffing.hoursPerDay", "must be at most 24 (got 25)", "不能大于 24（当前为 25）"],
  ["tax rate above 1", broken((s) => (s.taxRate = 6)), "taxRate", "must be at most 1 (got 6)", "不能大于 1（当前为 6）"],
  [
    "too large (> 1e15)",
    broken((s) => ((s.traffic.streams[0] as Json).answered = 2e15)),
    "traffic.streams[0].answered",
    "must be at most 1e+15",
    "不能超过 1e+15（场景文件允许的最大数值）",
  ],
  [
    "unknown key",
    broken((s) => (s.staffing.agnets = 1)),
    "staffing",
    'has an unknown field "agnets" (check the spelling)',
    '含有未知字段 "agnets"（请检查拼写）',
  ],
  [
    "two unknown keys",
    broken((s) => Object.assign(s, { colour: 1, size: 2 })),
    "",
    'has unknown fields "colour", "size" (check the spelling)',
    '含有未知字段 "colour"、"size"（请检查拼写）',
  ],
  ["wrong version", broken((s) => (s.version = 3)), "version", "unsupported scenario version 3; this tool reads versions 1 to 2", "不支持的场景文件版本 3；本工具只能读取第 1 至 2 版"],
  ["version as text", broken((s) => (s.version = "1")), "version", 'unsupported scenario version "1"; this tool reads versions 1 to 2', '不支持的场景文件版本 "1"；本工具只能读取第 1 至 2 版'],
  ["missing version", broken((s) => delete s.version), "version", "is required (must be 2)", "必填（应为 2）"],
  [
    "pricing in a version 1 file",
    broken((s) => (s.version = 1)),
    "pricing",
    'is a version 2 field: set "version": 2 to price the scenario',
    '是第 2 版的字段：请将 "version" 设为 2 后再填写报价',
  ],
  [
    "a margin of 100 %",
    broken((s) => ((s.pricing as Json).margin = 1)),
    "pricing.margin",
    'must be below 100% with method "margin" (use "markup" for a share of the cost)',
    '定价方式为 "margin" 时必须小于 100%（按成本加成请用 "markup"）',
  ],
  ["an unknown method", broken((s) => ((s.pricing as Json).method = "discount")), "pricing.method", 'must be one of "margin", "markup" (got "discount")', '必须是 "margin"、"markup" 之一（当前为 "discount"）'],
  [
    "a base share without outcomes",
    broken((s) => ((s.pricing as Json).baseShare = 0.3)),
    "pricing.baseShare",
    "needs pricing.outcomes: the commission is paid per forecast outcome",
    "需要填写 pricing.outcomes：提成按预计效果量计算",
  ],
  [
    "deductions cap + holdback of 100 %",
    broken((s) => (((s.pricing as Json).terms as Json).holdbackRate = 0.95)),
    "pricing.terms.penaltyCapRate",
    "plus pricing.terms.holdbackRate must be below 100%, or the whole fee is at risk",
    "与 pricing.terms.holdbackRate 之和必须小于 100%，否则全部服务费都有风险",
  ],
  ["a volume ratio of 0", broken((s) => ((s.pricing as Json).volumeRatios = [0.5, 0, 1])), "pricing.volumeRatios[1]", "must be > 0 (got 0)", "必须大于 0（当前为 0）"],
  ["no volume ratios", broken((s) => ((s.pricing as Json).volumeRatios = [])), "pricing.volumeRatios", "needs at least one entry", "至少需要一项"],
  ["bad currency", broken((s) => (s.currency = "rmb")), "currency", "must be a 3-letter ISO 4217 code such as CNY", "必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY"],
  ["empty name", broken((s) => (s.name = "")), "name", "must not be empty", "不能为空"],
  ["name too long", broken((s) => (s.name = "x".repeat(201))), "name", "must be at most 200 characters long", "最多 200 个字符"],
  ["no streams", broken((s) => (s.traffic.streams = [])), "traffic.streams", "needs at least one traffic stream", "至少需要一条话务线路"],
];

describe.each(["en", "zh"] as const)("scenario issues in %s", (lang) => {
  it.each(cases)("%s", (_name, file, path, en, zh) => {
    const issues = issuesOf(file);
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]?.message[lang]).toBe(lang === "en" ? en : zh);
  });
});

describe("versions: a version 1 file is read as version 2 without pricing", () => {
  const v1 = broken((s) => {
    s.version = 1;
    delete s.pricing;
  });
  it("reads it, as version 2, every other field unchanged", () => {
    const read = validateScenario(v1);
    const v2 = validateScenario(broken((s) => delete s.pricing));
    expect(read.ok && read.scenario.version).toBe(2);
    expect(read).toEqual(v2);
    expect(read.ok && read.scenario.pricing).toBeUndefined();
  });

  it("reports a v1 file's own problems and its pricing, each at its path", () => {
    const issues = issuesOf(broken((s) => ((s.version = 1), (s.staffing.agents = -1))));
    expect(issues.map((i) => i.path)).toEqual(["staffing.agents", "pricing"]);
  });

  it("keeps a __proto__ key a key (refused as unknown), not a prototype", () => {
    const issues = issuesOf(JSON.parse(`{"__proto__":{"polluted":true},${workedExampleText.trim().slice(1).replace('"version": 2', '"version": 1')}`));
    expect(issues.map((i) => i.path)).toEqual(["", "pricing"]);
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe("scenario issues: the whole file", () => {
  it("a JSON syntax error is an issue of the whole file, in both languages", () => {
    const v = parseScenario("{ version: 1,");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues).toHaveLength(1);
    expect(v.issues[0]?.path).toBe("");
    expect(v.issues[0]?.message.en).toMatch(/^not valid JSON: \S/);
    expect(v.issues[0]?.message.zh).toMatch(/^不是有效的 JSON：\S/);
  });

  it("every problem is listed, each in both languages", () => {
    const issues = issuesOf(
      broken((s) => {
        (s.traffic.streams[0] as Json).answered = -1;
        s.staffing.hoursPerDay = "8";
        delete s.name;
      }),
    );
    expect(issues).toEqual([
      { path: "name", message: { en: "is required", zh: "必填" } },
      { path: "traffic.streams[0].answered", message: { en: "must be ≥ 0 (got -1)", zh: "不能为负数（当前为 -1）" } },
      { path: "staffing.hoursPerDay", message: { en: "must be a number (got text)", zh: "必须是数字（当前为文本）" } },
    ]);
  });

  it("the limit in the message is the format's limit", () => {
    expect(MAX_SCENARIO_NUMBER.toExponential()).toBe("1e+15");
  });
});

describe("issue wording for rules the scenario does not use", () => {
  const schema = z.object({ method: z.enum(["margin", "markup"]), n: z.number().int(), tags: z.array(z.string()).max(1), odd: z.number().refine((x) => x % 2 === 1, "must be odd") }).strict();
  it("enums list their options; a custom rule keeps its English and says 'invalid' in Chinese", () => {
    const input = { method: "discount", n: 1, tags: ["a", "b"], odd: 2 };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(schemaIssues(parsed.error, input)).toEqual([
      { path: "method", message: { en: 'must be one of "margin", "markup" (got "discount")', zh: '必须是 "margin"、"markup" 之一（当前为 "discount"）' } },
      { path: "tags", message: { en: "must have at most one entry", zh: "最多 1 项" } },
      { path: "odd", message: { en: "must be odd", zh: "取值无效（must be odd）" } },
    ]);
  });
});

describe("property: any single bad value is reported at its path, in both languages", () => {
  /** Paths to number fields of the worked example, and the object holding each. */
  const numberFields: [string, (s: Json & { staffing: Json; traffic: { streams: Json[] } & Json; costs: Json }) => Json, string][] = [
    ["staffing.agents", (s) => s.staffing, "agents"],
    ["staffing.hoursPerDay", (s) => s.staffing, "hoursPerDay"],
    ["traffic.streams[0].answered", (s) => s.traffic.streams[0] as Json, "answered"],
    ["traffic.streams[1].avgTalkSeconds", (s) => s.traffic.streams[1] as Json, "avgTalkSeconds"],
    ["taxRate", (s) => s, "taxRate"],
  ];
  const badValue = fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
    fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }),
    fc.double({ min: 1e16, max: 1e300, noNaN: true }),
  );

  it("one issue, at that path, with Chinese text that is not the English", () => {
    fc.assert(
      fc.property(fc.constantFrom(...numberFields), badValue, ([path, holder, key], value) => {
        const issues = issuesOf(broken((s) => (holder(s)[key] = value)));
        expect(issues).toHaveLength(1);
        const [issue] = issues;
        expect(issue?.path).toBe(path);
        expect(issue?.message.en).toMatch(/^(must|is required)/);
        expect(issue?.message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(issue?.message.zh).not.toBe(issue?.message.en);
        // What zod itself would say never reaches the user.
        expect(issue?.message.en).not.toMatch(/Expected|received|Number must|Required/);
      }),
    );
  });
});

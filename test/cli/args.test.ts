import { langFromEnv, langFromTag, parseArgs, type OptionSpec } from "../../src/cli/args";

const specs: OptionSpec[] = [
  { name: "lang", kind: "string" },
  { name: "json", kind: "flag" },
  { name: "help", kind: "flag", short: "h" },
];

describe("parseArgs", () => {
  it("takes flags, values (spaced or inline) and positionals in any order", () => {
    const r = parseArgs(["a.json", "--lang", "zh", "--json"], specs);
    expect(r.ok && [...r.args.flags]).toEqual(["json"]);
    expect(r.ok && r.args.values.get("lang")).toBe("zh");
    expect(r.ok && r.args.positionals).toEqual(["a.json"]);
    const inline = parseArgs(["--lang=en", "-h", "b.json"], specs);
    expect(inline.ok && inline.args.values.get("lang")).toBe("en");
    expect(inline.ok && inline.args.flags.has("help")).toBe(true);
  });

  it("treats everything after -- as positional", () => {
    const r = parseArgs(["--", "--json", "-x"], specs);
    expect(r.ok && r.args.positionals).toEqual(["--json", "-x"]);
    expect(r.ok && r.args.flags.size).toBe(0);
  });

  it.each([
    [["--jsn"], { kind: "unknown", option: "--jsn" }],
    [["-x"], { kind: "unknown", option: "-x" }],
    [["--json=yes"], { kind: "noValueAllowed", option: "--json" }],
    [["--lang"], { kind: "missingValue", option: "--lang" }],
    [["--lang", "--json"], { kind: "missingValue", option: "--lang" }],
    [["--lang="], { kind: "missingValue", option: "--lang" }],
    [["--json", "--json"], { kind: "repeated", option: "--json" }],
  ])("refuses %p", (argv, problem) => {
    expect(parseArgs(argv, specs)).toEqual({ ok: false, problem });
  });
});

describe("language choice", () => {
  it.each([
    ["zh", "zh"],
    ["zh-CN", "zh"],
    ["ZH_cn", "zh"],
    ["en", "en"],
    ["en-US", "en"],
    ["fr", undefined],
    ["zhx", undefined],
  ])("--lang %p → %p", (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });

  it("defaults from LC_ALL, then LC_MESSAGES, then LANG; Chinese only when it starts with zh", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LANG: "zh_TW.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(langFromEnv({ LANG: "C.UTF-8" })).toBe("en");
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh");
  });
});

/** The quote CLI's refusals: bad files (the JSON path on stderr, exit 1) and command-line mistakes (exit 2), nothing on stdout. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QUOTE_OPTIONS } from "../../src/cli/run";
import type { ScenarioInput } from "../../src/core/scenario";
import { run, workedExampleJson, WORKED_EXAMPLE_PATH, type Run } from "./fake-io";

function expectSuccess(r: Run): void {
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdoutWrites).toBe(1);
}
describe("quote: bad files — message with the JSON path on stderr, exit 1, nothing on stdout", () => {
  /** The example with one edit; `loose` lets an edit put a wrong type where the schema wants another. */
  function broken(edit: (s: ScenarioInput) => void): string {
    const s = workedExampleJson() as unknown as ScenarioInput;
    edit(s);
    return JSON.stringify(s);
  }
  const loose = (o: object): Record<string, unknown> => o as Record<string, unknown>;
  const stream = (s: ScenarioInput, i: number) => s.traffic.streams[i] as ScenarioInput["traffic"]["streams"][number];

  const cases: [string, string, RegExp][] = [
    ["missing file", "ENOENT", /^quote: error: bad\.json: file not found$/m],
    ["a directory", "EISDIR", /bad\.json: is a directory/],
    ["unreadable", "EACCES", /bad\.json: cannot be read \(permission denied\)/],
    ["not JSON", "{ version: 1,", /bad\.json is not a valid scenario:\n {2}\(whole file\): not valid JSON/],
    ["empty", "", /\(whole file\): not valid JSON/],
    ["wrong version", broken((s) => (loose(s).version = 3)), /^ {2}version: unsupported scenario version 3; this tool reads versions 1 to 2$/m],
    ["missing field", broken((s) => delete loose(s).staffing), /^ {2}staffing: is required$/m],
    ["not a number", broken((s) => (loose(s.staffing).agents = "404")), /^ {2}staffing\.agents: must be a number \(got text\)$/m],
    ["negative count", broken((s) => (stream(s, 1).answered = -5)), /^ {2}traffic\.streams\[1\]\.answered: must be ≥ 0 \(got -5\)$/m],
    ["negative cost", broken((s) => ((s.costs.labor ?? [])[0] = { name: "工资", amount: -1 })), /^ {2}costs\.labor\[0\]\.amount: /m],
    ["tax rate above 1", broken((s) => (s.taxRate = 6)), /^ {2}taxRate: /m],
    ["unknown field", broken((s) => (loose(s.staffing).agnets = 1)), /^ {2}staffing: has an unknown field "agnets" \(check the spelling\)$/m],
    ["no streams", broken((s) => (s.traffic.streams = [])), /^ {2}traffic\.streams: needs at least one traffic stream$/m],
    [
      "zero volumes (divByZero)",
      broken((s) => {
        for (const st of s.traffic.streams) {
          st.answered = 0;
          st.talkMinutes = 0;
        }
      }),
      /^quote: error: bad\.json cannot be quoted:\n {2}traffic\.streams: .*cost per answer is undefined/m,
    ],
    ["zero standard talk time", broken((s) => {
        stream(s, 0).avgTalkSeconds = 0;
        delete s.traffic.standardTalkSeconds;
      }), /traffic\.streams\[0\]\.avgTalkSeconds/],
  ];

  it.each(cases)("%s", async (_name, content, message) => {
    const r = await run(["bad.json", "--lang", "en"], { "bad.json": content });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stdoutWrites).toBe(0);
    expect(r.stderrWrites).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it("refuses a figure beyond the format's limit (1e15) with its JSON path", async () => {
    const huge = broken((s) => {
      stream(s, 0).answered = 1e308;
    });
    const r = await run(["bad.json", "--json", "--lang", "en"], { "bad.json": huge });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ {2}traffic\.streams\[0\]\.answered: must be at most 1e\+15$/m);
  });

  it("refuses --json when a result is beyond a double's range, rather than printing null; --exact still works", async () => {
    // Tiny volumes: 1e-200 calls × 1e-200 s leave 1e-400 normalised answers, so the cost per
    // answer (≈ 2.46e7 ÷ 1e-400 · 43) is past Number.MAX_VALUE (≈ 1.8e308) though every input is legal.
    const tiny = broken((s) => {
      s.traffic.streams = [{ name: "t", answered: 1e-200, avgTalkSeconds: 1e-200, talkMinutes: 1 }];
      s.traffic.standardTalkSeconds = 43;
    });
    const r = await run(["bad.json", "--json", "--lang", "en"], { "bad.json": tiny });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^ {2}costPerAnswer = \S+: is too large for a JSON number; use --json --exact/m);
    const exact = await run(["bad.json", "--json", "--exact"], { "bad.json": tiny });
    expect(exact.code).toBe(0);
    // 24 566 590 × 43 ÷ 1e-400 = 1.05636337e409, written out in full.
    expect((JSON.parse(exact.stdout) as { breakdown: Record<string, string> }).breakdown.costPerAnswer).toMatch(/^105636337\d{401}$/);
  });

    it("lists every schema problem, not only the first", async () => {
    const content = broken((s) => {
      stream(s, 0).answered = -1;
      loose(s.staffing).hoursPerDay = "8";
      delete loose(s).name;
    });
    const r = await run(["bad.json", "--lang", "en"], { "bad.json": content });
    expect(r.stderr).toMatch(/traffic\.streams\[0\]\.answered/);
    expect(r.stderr).toMatch(/staffing\.hoursPerDay/);
    expect(r.stderr).toMatch(/^ {2}name: is required$/m);
  });

  it("speaks Chinese with --lang zh (core errors in Chinese too)", async () => {
    const missing = await run(["bad.json", "--lang", "zh"]);
    expect(missing.stderr).toBe("quote 错误：bad.json: 文件不存在\n");
    const zero = await run(["bad.json", "--lang", "zh"], {
      "bad.json": broken((s) => {
        for (const st of s.traffic.streams) {
          st.answered = 0;
          st.talkMinutes = 0;
        }
      }),
    });
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/^quote 错误：bad\.json 无法测算：\n {2}traffic\.streams: .*无法计算/m);
  });

  it("gives schema problems in Chinese with --lang zh, each under its JSON path", async () => {
    const content = broken((s) => {
      stream(s, 1).answered = -5;
      loose(s.staffing).agents = "404";
      loose(s.staffing).agnets = 1;
      s.currency = "rmb";
    });
    const r = await run(["bad.json", "--lang", "zh"], { "bad.json": content });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        "quote 错误：bad.json 不是有效的场景文件：",
        "  currency: 必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY",
        "  traffic.streams[1].answered: 不能为负数（当前为 -5）",
        "  staffing.agents: 必须是数字（当前为文本）",
        '  staffing: 含有未知字段 "agnets"（请检查拼写）',
        "",
      ].join("\n"),
    );
    // The locale chooses Chinese too, and the unsupported version keeps its own sentence.
    const version = await run(["bad.json"], { "bad.json": broken((s) => (loose(s).version = 3)) }, { LANG: "zh_CN.UTF-8" });
    expect(version.stderr).toMatch(/^ {2}version: 不支持的场景文件版本 3；本工具只能读取第 1 至 2 版$/m);
    expect((await run(["bad.json", "--lang", "zh"], { "bad.json": "{" })).stderr).toMatch(/^ {2}（整个文件）: 不是有效的 JSON：/m);
  });
});

describe("quote: command-line mistakes — exit 2, nothing on stdout", () => {
  it.each([
    [[WORKED_EXAMPLE_PATH, "--jsonn"], /unknown option --jsonn/],
    [[WORKED_EXAMPLE_PATH, "-j"], /unknown option -j/],
    [[WORKED_EXAMPLE_PATH, "--json=1"], /option --json takes no value/],
    [[WORKED_EXAMPLE_PATH, "--lang"], /option --lang needs a value/],
    [[WORKED_EXAMPLE_PATH, "--lang", "fr"], /--lang must be zh or en; got "fr"/],
    [[], /no scenario file given/],
    [[WORKED_EXAMPLE_PATH, "other.json"], /only one file .*: other\.json/],
    [[WORKED_EXAMPLE_PATH, "--margin", "0.1"], /--margin is a seat option/],
  ])("%p", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/run with --help for usage\n$/);
  });

  it("complains in the language asked for, even when the rest of the line is wrong", async () => {
    const r = await run(["--lang", "zh", WORKED_EXAMPLE_PATH, "--jsn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("quote 错误：未知选项 --jsn\n使用 --help 查看用法\n");
    expect((await run(["--lang=en", "--jsn"], {}, { LANG: "zh_CN.UTF-8" })).stderr).toMatch(/^quote: error: unknown option --jsn$/m);
  });

    it("prints help with --help / -h in the chosen language and exits 0", async () => {
    const en = await run(["--help", "--lang", "en"]);
    expectSuccess(en);
    expect(en.stdout).toMatch(/^Usage: npm run quote -- <scenario\.json>/);
    expect(en.stdout).toContain("--json");
    expect((await run(["-h", "--lang", "zh"])).stdout).toMatch(/^用法：/);
    expect((await run(["-h"], {}, { LANG: "zh_CN.UTF-8" })).stdout).toMatch(/^用法：/);
  });

  describe("the help lists every option the command line accepts, in both languages", () => {
    const accepted = QUOTE_OPTIONS.map((o) => o.name);
    it("the list is the parser's, not empty", () => {
      expect(accepted).toEqual(expect.arrayContaining(["lang", "json", "help", "daily-rate", "currency", "xlsx", "xlsx-formulas"]));
    });
    const docs = readFileSync(join(__dirname, "../../docs/quote.md"), "utf8");
    it.each(["en", "zh"] as const)("%s", async (lang) => {
      const help = (await run(["--help", "--lang", lang])).stdout;
      // Each option at the start of a help line ("  --xlsx FILE  …"), not only mentioned in passing.
      for (const name of accepted) expect({ name, listed: new RegExp(`^ {2}(-\\w, )?--${name}(?![\\w-])`, "m").test(help) }).toEqual({ name, listed: true });
      expect(help).toMatch(/^ {2}-h, --help/m);
      expect(help).toMatch(/--xlsx-formulas native\|cc/);
    });
    it("docs/quote.md", () => {
      for (const name of accepted) expect({ name, documented: docs.includes(`\`--${name}`) }).toEqual({ name, documented: true });
    });
  });
});

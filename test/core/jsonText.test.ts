/**
 * The bounded JSON reader every file reader uses: size and depth before parsing, a key given
 * twice refused at its path (JSON.parse would keep the last one silently).
 */
import fc from "fast-check";
import { MAX_DEPTH } from "../../src/core/catalogue/limits";
import { readJson, repeatedKeys } from "../../src/core/jsonText";
import { parseScenario } from "../../src/core/scenario";
import { workedExampleText } from "../fixtures/examples";

const SEED = 20261002;
const paths = (text: string): string[] => repeatedKeys(text).map((i) => i.path);

describe("repeated keys", () => {
  it.each([
    ['{"a":1,"a":2}', ["a"]],
    ['{"a":1,"b":{"a":2}}', []],
    ['{"a":{"b":1,"b":2}}', ["a.b"]],
    ['{"l":[{"x":1},{"x":1,"x":2}]}', ["l[1].x"]],
    ['{"l":[[1,2],{"k":0,"k":0}]}', ["l[1].k"]],
    ['[{"a":1},[{"a":1,"a":1}]]', ["[1][0].a"]],
    ['{"a":1,"\\u0061":2}', ["a"]],
    ['{"a\\"b":1,"a\\"b":2}', ['a"b']],
    ['{"s":"{\\"x\\":1,\\"x\\":2}","t":"a,b"}', []],
    ['{"\\\\":1,"\\\\":2}', ["\\"]],
    ['{"":1,"":2}', [""]],
    ['{"a":1,"a":2,"a":3}', ["a", "a"]],
  ])("%s → %p", (text, expected) => {
    expect(paths(text)).toEqual(expected);
  });

  it("shows a long key by its start", () => {
    const key = "k".repeat(1000);
    expect(paths(`{"${key}":1,"${key}":2}`)).toEqual([`${"k".repeat(40)}…`]);
  });

  it("none in what JSON.stringify writes; the one added is found at its path (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.string({ maxLength: 5 }), (value, key) => {
        const text = JSON.stringify({ wrap: value });
        expect(repeatedKeys(text)).toEqual([]);
        expect(paths(JSON.stringify({ wrap: value, [key]: 1 }).replace(/^\{/, `{${JSON.stringify(key)}:0,`))).toEqual(key === "wrap" ? ["wrap"] : [key === "" ? "" : key.slice(0, 40)]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("readJson", () => {
  it("drops one byte-order mark, refuses text over its limit and nesting past MAX_DEPTH", () => {
    expect(readJson('\uFEFF{"a":1}', 100)).toEqual({ ok: true, value: { a: 1 } });
    expect(readJson("\uFEFF\uFEFF{}", 100).ok).toBe(false);
    const long = readJson(" ".repeat(101), 100);
    expect(!long.ok && long.issues[0]?.message.en).toBe("holds 101 characters; at most 100 are read");
    expect(readJson(`${"[".repeat(MAX_DEPTH)}${"]".repeat(MAX_DEPTH)}`, 1000).ok).toBe(true);
    const deep = readJson(`${"[".repeat(MAX_DEPTH + 1)}${"]".repeat(MAX_DEPTH + 1)}`, 1000);
    expect(!deep.ok && deep.issues).toEqual([{ path: "", message: { en: `nests deeper than ${MAX_DEPTH} levels, which no file of this kind does`, zh: `嵌套超过 ${MAX_DEPTH} 层，不是此类文件` } }]);
    // Brackets inside strings are text, not nesting.
    expect(readJson(JSON.stringify({ s: "[".repeat(1000) }), 10_000).ok).toBe(true);
  });

  it("keeps JSON.parse's words for a syntax error", () => {
    const r = readJson("{", 10);
    expect(!r.ok && r.syntax).toMatch(/JSON/);
    expect(!r.ok && r.issues[0]?.message.en).toMatch(/^not valid JSON: /);
  });

  it("parseScenario refuses a repeated key in both languages, at its path", () => {
    const twice = workedExampleText.replace('"taxRate": 0.06', '"taxRate": 0.06, "taxRate": 0');
    const r = parseScenario(twice);
    expect(r.ok ? [] : r.issues).toEqual([
      { path: "taxRate", message: { en: "is given more than once (JSON readers keep only the last, so the file says two things)", zh: "重复给出（JSON 读取时只保留最后一个，文件前后矛盾）" } },
    ]);
  });
});

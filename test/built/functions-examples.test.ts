/**
 * Examples that run: every `@example` of every CC function (read from the sources by the same
 * code that prints them in docs/functions.md) is called through the BUILT dist/functions.js and
 * must give the value it states — a number (exact when written without decimals, else to the
 * decimals written), a range of such numbers in the shape written, or an Excel error with a
 * reason in both languages. The prose examples of the
 * published descriptions (en JSDoc and zh-CN strings, which must not change) are tied to them:
 * every figure a description claims is the value of one of the function's run examples.
 */
import { readFileSync } from "node:fs";
import { agrees, type Example, type ExampleArg } from "../../scripts/functions-examples";
import { DOCS_FILE } from "../../scripts/functions-docs";
import { localize, readZhStrings, type FunctionMeta, type FunctionsMetadata } from "../../scripts/functions-meta";
import { examplesOf } from "../../scripts/functions-reference";
import { call, distFile, loadBundle } from "./bundle";

const { registered } = loadBundle();
const metadata = JSON.parse(distFile("functions.json")) as FunctionsMetadata;
const examples = examplesOf();
const all: [string, Example][] = [...examples.values()].flatMap((list) => list.map((e): [string, Example] => [e.text, e]));

const metaOf = (id: string): FunctionMeta => {
  const f = metadata.functions.find((g) => g.id === id);
  if (!f) throw new Error(`CC.${id} is not in dist/functions.json`);
  return f;
};

/** The arguments as Excel passes them: omitted ones null, a single value for a range as a 1×1 range. */
function excelArgs(e: Example): unknown[] {
  const params = metaOf(e.id).parameters;
  if (e.args.length > params.length) throw new Error(`${e.text}: ${e.args.length} arguments, CC.${e.id} takes ${params.length}`);
  return params.map((p, i) => {
    const a: ExampleArg = e.args[i] ?? null;
    if (a === null) return null;
    if (p.dimensionality === "matrix") return Array.isArray(a) ? a : [[a]];
    if (Array.isArray(a)) throw new Error(`${e.text}: an array constant for the single value ${p.name}`);
    return a;
  });
}

test("every function has at least one example, and every example names a registered function", () => {
  expect(metadata.functions.filter((f) => (examples.get(f.id) ?? []).length === 0).map((f) => f.id)).toEqual([]);
  expect([...examples.keys()].filter((id) => !registered.has(id))).toEqual([]);
  expect(all.length).toBeGreaterThanOrEqual(metadata.functions.length);
});

test.each(all)("%s", (_text, e) => {
  const got = call(registered, e.id, ...excelArgs(e));
  if (e.expected.kind === "number") {
    expect(typeof got).toBe("number");
    expect([got, agrees(e.expected, got as number)]).toEqual([got, true]);
  } else if (e.expected.kind === "array") {
    const rows = e.expected.rows;
    const matches = Array.isArray(got) && got.length === rows.length && rows.every((row, i) => {
      const cells: unknown = got[i];
      return Array.isArray(cells) && cells.length === row.length && row.every((x, j) => typeof cells[j] === "number" && agrees(x, cells[j]));
    });
    expect([got, matches]).toEqual([got, true]);
  } else {
    // An error is a value with a reason: the code written, and "CC.ID: <en> | <zh>".
    expect(got).toEqual({ code: e.expected.code, message: expect.stringMatching(new RegExp(`^CC\\.${e.id}: \\S.* \\| .*[\\u4e00-\\u9fff]`)) });
  }
});

/** "→ 7 091 695.74" in prose: the figure without its digit grouping. */
const CLAIM = /→\s*(-?\d+(?:[ \u00a0\u202f]\d{3})*(?:\.\d+)?)/g;
/** "=CC.SEATCOST(220) → 4 840": a formula straight before its figure. */
const STATED = /(=CC\.[A-Z]+\([^)]*\))\s*→\s*(-?\d+(?:[ \u00a0\u202f]\d{3})*(?:\.\d+)?)/g;
const ungrouped = (figure: string): string => figure.replace(/[ \u00a0\u202f]/g, "");

test("every figure a description claims (en and zh-CN) is the value of a run example of that function", () => {
  const zh = localize(metadata, readZhStrings());
  const uncovered: string[] = [];
  let claims = 0;
  for (const m of [...metadata.functions, ...zh.functions]) {
    const run = (examples.get(m.id) ?? []).flatMap((e) => (e.expected.kind === "number" ? [{ formula: e.formula, written: e.expected.written }] : []));
    const text = m.description ?? "";
    for (const [, figure] of text.matchAll(CLAIM)) {
      claims++;
      if (!run.some((e) => e.written === ungrouped(figure as string))) uncovered.push(`${m.id}: → ${figure}`);
    }
    for (const [, formula, figure] of text.matchAll(STATED)) {
      const f = (formula as string).replace(/\s+/g, " ");
      if (!run.some((e) => e.formula === f && e.written === ungrouped(figure as string))) uncovered.push(`${m.id}: ${f} → ${figure}`);
    }
  }
  expect(uncovered).toEqual([]);
  expect(claims).toBeGreaterThan(50);
});

test("docs/functions.md lists exactly these examples under each function", () => {
  const docs = readFileSync(DOCS_FILE, "utf8");
  for (const f of metadata.functions) {
    const section = docs.split(`### CC.${f.name}\n`)[1]?.split("\n### ")[0] ?? "";
    const listed = (section.split("**Examples · 示例**:\n\n")[1] ?? "").split("\n\n")[0]?.split("\n") ?? [];
    expect([f.id, listed]).toEqual([f.id, (examples.get(f.id) ?? []).map((e) => `- \`${e.formula}\` ${e.claim}`)]);
  }
});

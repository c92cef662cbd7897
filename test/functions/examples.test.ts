/** The one form of a CC function example (scripts/functions-examples.ts): what parses, what is refused, how values agree. */
import { agrees, examplesInSource, parseExample } from "../../scripts/functions-examples";

test("arguments: numbers, percentages, text, booleans, omitted, array constants", () => {
  const e = parseExample('=CC.X(220, -1.5, 15.5%, "a ""b""", TRUE, , {1,2;3,4}, {10%;"分钟"}) → 5440 (a note)');
  expect(e).toMatchObject({ id: "X", formula: '=CC.X(220, -1.5, 15.5%, "a ""b""", TRUE, , {1,2;3,4}, {10%;"分钟"})', claim: "→ 5440 (a note)", note: "a note" });
  expect(e.args).toEqual([220, -1.5, 0.155, 'a "b"', true, null, [[1, 2], [3, 4]], [[0.1], ["分钟"]]]);
  expect(parseExample("=CC.Y() → 1").args).toEqual([]);
  expect(parseExample("=CC.Y(58.76%) → 1").args).toEqual([0.5876]);
});

test("values: exact integers, decimals as written, Excel errors", () => {
  const value = (text: string) => parseExample(`=CC.X(1) → ${text}`).expected;
  expect(value("5440")).toEqual({ kind: "number", value: 5440, written: "5440", decimals: -1 });
  expect(value("0.0568")).toMatchObject({ decimals: 4 });
  expect(value("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
  const cell = (written: string, decimals = -1) => ({ kind: "number", value: Number(written), written, decimals });
  expect(value("{14;0;45}")).toEqual({ kind: "array", rows: [[cell("14")], [cell("0")], [cell("45")]] });
  expect(value("{12,0.50}")).toEqual({ kind: "array", rows: [[cell("12"), cell("0.50", 2)]] });
  const n = (text: string) => {
    const v = value(text);
    if (v.kind !== "number") throw new Error("not a number");
    return v;
  };
  expect([agrees(n("5440"), 5440), agrees(n("5440"), 5440.0000001), agrees(n("10"), 10)]).toEqual([true, false, true]);
  expect([agrees(n("0.0568"), 0.056819), agrees(n("0.0568"), 0.05685), agrees(n("0.0568"), 0.05675), agrees(n("0.0568"), 0.0567)]).toEqual([true, false, true, false]);
  expect([agrees(n("0.1410"), 0.14100999), agrees(n("0.28"), 0.28000000000000003)]).toEqual([true, true]);
});

test("what is not in the form is refused with a reason", () => {
  for (const bad of ["CC.X(1) → 1", "=CC.X(1) = 1", "=CC.X(1) → 4 840", "=CC.X(1) → 1e3", "=CC.X(1) → about 3", "=CC.X(B2:B4) → 1", '=CC.X("open) → 1', "=CC.X({1,2;3}) → 1", "=CC.X({1,,2}) → 1", "=CC.X(1) → {1,2;3}", "=CC.X(1) → {1;#NUM!}", "=CC.X(1) → {1;2"]) {
    expect(() => parseExample(bad)).toThrow(/./);
  }
});

test("examples are read per function from JSDoc @example tags, across lines", () => {
  const source = `/**
 * A. Example in prose: =CC.A(1) → 2 (not read).
 * @customfunction A
 * @returns x
 * @example =CC.A(1) → 2
 * @example =CC.A(1,
 *   2) → 3
 */
function a() {}
/** not a function */
/**
 * @customfunction B
 */
function b() {}`;
  expect([...examplesInSource(source)]).toEqual([
    ["A", ["=CC.A(1) → 2", "=CC.A(1, 2) → 3"]],
    ["B", []],
  ]);
});

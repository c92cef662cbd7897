/**
 * A generated set of hostile scenario and seat-quote files (issue 10): wrong types and missing
 * fields at every catalogue path, 10 MB strings, deep nesting, repeated and `__proto__` keys,
 * byte-order marks, invalid UTF-8, huge arrays and numbers JSON cannot hold. Each case says what
 * the CLI must answer: `valid` (exit 0) or `invalid` (exit 1, with a line matching `says`).
 */
import { fields, type FieldEntry } from "../../src/core/catalogue/walk";
import { MAX_DEPTH, MAX_FILE_BYTES, MAX_ITEMS } from "../../src/core/catalogue/limits";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { SEAT_QUOTE } from "../../src/core/catalogue/seatQuote";
import { exampleText, SEAT_EXAMPLE_PATH, WORKED_EXAMPLE_PATH } from "./fake-io";

export interface HostileFile {
  readonly name: string;
  /** "scenario" quotes the file, "seat" runs `quote seat` on it. */
  readonly kind: "scenario" | "seat";
  readonly content: string | Uint8Array;
  readonly expect: "valid" | "invalid";
  /** A line of stderr that must be there (invalid files). */
  readonly says?: RegExp;
}

type Json = Record<string, unknown>;

export const scenarioJson = (): Json => JSON.parse(exampleText(WORKED_EXAMPLE_PATH)) as Json;
export const seatJson = (): Json => JSON.parse(exampleText(SEAT_EXAMPLE_PATH)) as Json;

/** Path steps of a catalogue path, list items at index 0: "traffic.streams[].name" → traffic, streams, 0, name. */
function steps(path: string): (string | number)[] {
  return path.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), 0] : [part]));
}

/** A copy of `root` with the value at a catalogue path replaced (or removed, for undefined); missing groups are made. */
export function withValue(root: Json, path: string, value: unknown): Json {
  const copy = structuredClone(root);
  const keys = steps(path);
  let node = copy as Record<string | number, unknown>;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = typeof keys[i + 1] === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = keys[keys.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const concrete = (path: string): string => path.replace(/\[\]/g, "[0]");
const escaped = (path: string): string => concrete(path).replace(/[.[\]]/g, (c) => `\\${c}`);

/** A value of the wrong kind for a leaf: text for a number, a number for text, and the kinds no leaf takes. */
function wrongValues(f: FieldEntry): [string, unknown][] {
  // A list of figures takes a list, so its wrong list is one of text.
  if (f.node.kind === "figures") return [["text", "12"], ["a list of text", ["x"]], ["null", null], ["true", true], ["an object", { a: 1 }]];
  const own: [string, unknown][] = f.node.kind === "number" ? [["text", "12"]] : f.node.kind === "text" ? [["a number", 12]] : [["a string", "x"]];
  return [...own, ["null", null], ["true", true], ["a list", [1]], ["an object", { a: 1 }]];
}

/** Whether a leaf must be given (no default, not optional, not inside an optional group). */
function required(f: FieldEntry): boolean {
  if (f.node.kind === "literal") return true;
  if (f.node.spec.optional === true || f.node.spec.default !== undefined) return false;
  return f.within.every((g) => g.kind === "list" || (g.spec.optional !== true && !("default" in g.spec)));
}

function perField(kind: "scenario" | "seat", root: () => Json): HostileFile[] {
  const catalogue = kind === "scenario" ? SCENARIO : SEAT_QUOTE;
  return fields(catalogue).flatMap((f) => [
    ...wrongValues(f).map(([what, v]): HostileFile => ({
      name: `${kind}: ${what} at ${f.path}`,
      kind,
      content: JSON.stringify(withValue(root(), f.path, v)),
      expect: "invalid",
      // A wrong item of a list of figures is named by its index.
      says: new RegExp(`^ {2}${escaped(f.path)}${f.node.kind === "figures" ? "(\\[\\d+\\])?" : ""}: `, "m"),
    })),
    ...(required(f)
      ? [{ name: `${kind}: ${f.path} missing`, kind, content: JSON.stringify(withValue(root(), f.path, undefined)), expect: "invalid", says: new RegExp(`^ {2}${escaped(f.path)}: is required`, "m") } as const]
      : []),
  ]);
}

/** The JSON text of `root` with the value at `path` written as a raw token (1e309, which JSON.stringify cannot write). */
function withRaw(root: Json, path: string, token: string): string {
  return JSON.stringify(withValue(root, path, "@@raw@@")).replace('"@@raw@@"', token);
}

/** Bytes: a UTF-8 text with `bytes` spliced in place of the marker. */
function withBytes(text: string, marker: string, bytes: readonly number[]): Uint8Array {
  const [before, after] = text.split(marker) as [string, string];
  return Buffer.concat([Buffer.from(before, "utf8"), Buffer.from(bytes), Buffer.from(after, "utf8")]);
}

const MB10 = "x".repeat(10 * 1024 * 1024);
const nested = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);

function structural(kind: "scenario" | "seat", root: () => Json): HostileFile[] {
  const text = JSON.stringify(root());
  // A string this long brings the file to 100 bytes under the limit.
  const room = MAX_FILE_BYTES - Buffer.byteLength(text) - 100;
  /** The file with notes long enough to make it exactly `bytes` bytes. */
  const sized = (bytes: number): string => {
    const base = JSON.stringify({ ...root(), notes: "" });
    return JSON.stringify({ ...root(), notes: "n".repeat(bytes - Buffer.byteLength(base)) });
  };
  const nameField = "name";
  const figure = kind === "scenario" ? "staffing.agents" : "dailyRate";
  const list = kind === "scenario" ? "traffic.streams" : undefined;
  const invalid = (name: string, content: string | Uint8Array, says?: RegExp): HostileFile => ({ name: `${kind}: ${name}`, kind, content, expect: "invalid", says });
  const cases: HostileFile[] = [
    invalid("empty file", "", /not valid JSON/),
    invalid("only spaces", "   \n\t ", /not valid JSON/),
    ...["null", "[]", "0", '""', "true", "{}"].map((t) => invalid(`the file is ${t}`, t)),
    invalid("NUL bytes", new Uint8Array(64), /not valid JSON/),
    invalid("a 10 MB name", JSON.stringify({ ...root(), name: MB10 }), /is larger than 1,048,576 bytes/),
    invalid("a name just under the file limit", JSON.stringify({ ...root(), name: "x".repeat(room) }), /^ {2}name: must be at most 200 characters long$/m),
    invalid("a currency just under the file limit", JSON.stringify({ ...root(), currency: "Q".repeat(room) }), /^ {2}currency: must be a 3-letter ISO 4217 code/m),
    invalid("a file of exactly the limit is read", sized(MAX_FILE_BYTES), /^ {2}notes: must be at most 5000 characters long$/m),
    invalid("a file one byte over the limit is not", sized(MAX_FILE_BYTES + 1), /^quote: error: f\.json: is larger than 1,048,576 bytes \(1 MiB\)/),
    invalid("an unknown key of half a megabyte", JSON.stringify({ ...root(), ["k".repeat(500_000)]: 1 }), /has an unknown field "k{60}…" \(check the spelling\)$/m),
    invalid("50 000 unknown keys", JSON.stringify({ ...root(), ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 0])) }), /has unknown fields "k0", "k1", .*"k9", … \(49990 more\)/),
    invalid("100 000 nested arrays as the file", nested(100_000), new RegExp(`nests deeper than ${MAX_DEPTH} levels`)),
    invalid("100 000 nested arrays as the name", withRaw(root(), nameField, nested(100_000)), /nests deeper than/),
    invalid("100 000 nested objects", '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000), /nests deeper than/),
    invalid("nesting one past the limit", withRaw(root(), nameField, nested(MAX_DEPTH)), /nests deeper than/),
    invalid("nesting within the limit but the wrong type", withRaw(root(), nameField, nested(MAX_DEPTH - 2)), /^ {2}name: must be text \(got a list\)$/m),
    invalid("a repeated key", text.replace(/^\{/, `{"${nameField}":"first",`), new RegExp(`^ {2}${nameField}: is given more than once`, "m")),
    invalid("a repeated key spelt with an escape", text.replace(/^\{/, `{"\\u006eame":"first",`), /^ {2}name: is given more than once/m),
    invalid("a repeated key deep in the file", withRaw(root(), figure, `1, "${figure.split(".").pop() ?? ""}": 2`), new RegExp(`^ {2}${figure.replace(/\./g, "\\.")}: is given more than once`, "m")),
    invalid("a __proto__ key", text.replace(/^\{/, '{"__proto__":{"polluted":true},'), /has an unknown field "__proto__"/),
    invalid("a constructor key", text.replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},'), /has an unknown field "constructor"/),
    invalid("a prototype key", text.replace(/^\{/, '{"prototype":1,'), /has an unknown field "prototype"/),
    invalid("1e309 (beyond a double)", withRaw(root(), figure, "1e309"), new RegExp(`^ {2}${figure.replace(/\./g, "\\.")}: `, "m")),
    invalid("-1e309", withRaw(root(), figure, "-1e309"), new RegExp(`^ {2}${figure.replace(/\./g, "\\.")}: `, "m")),
    invalid("a figure just above the largest", withRaw(root(), figure, "1.0000000000000002e15"), /must be at most 1e\+15/),
    invalid("a byte-order mark before bad JSON", "\uFEFF{", /not valid JSON/),
    invalid("two byte-order marks", `\uFEFF\uFEFF${text}`, /not valid JSON/),
    invalid("UTF-16 with its byte-order mark", Buffer.from(`\uFEFF${text}`, "utf16le"), /is not UTF-8 text/),
    invalid("a 0xFF byte in a name", withBytes(text.replace('"name":"', '"name":"@@b@@'), "@@b@@", [0xff]), /is not UTF-8 text/),
    invalid("an overlong encoding of /", withBytes(text.replace('"name":"', '"name":"@@b@@'), "@@b@@", [0xc0, 0xaf]), /is not UTF-8 text/),
    invalid("a UTF-8-encoded surrogate", withBytes(text.replace('"name":"', '"name":"@@b@@'), "@@b@@", [0xed, 0xa0, 0x80]), /is not UTF-8 text/),
    invalid("a truncated sequence at the end", withBytes(`${text}@@b@@`, "@@b@@", [0xe4, 0xb8]), /is not UTF-8 text/),
    invalid("3 million numbers (9 MB)", `[${Array.from({ length: 3_000_000 }, (_, i) => i % 100).join(",")}]`, /is larger than/),
  ];
  if (list) {
    const line = (root().traffic as { streams: unknown[] }).streams[0];
    cases.push(
      invalid("400 000 numbers as the traffic lines", withRaw(root(), list, `[${Array(400_000).fill(7).join(",")}]`), /^ {2}traffic\.streams: must have at most 1000 entries \(has 400000\)$/m),
      invalid(`${MAX_ITEMS + 1} traffic lines`, JSON.stringify(withValue(root(), list, Array(MAX_ITEMS + 1).fill(line))), /must have at most 1000 entries \(has 1001\)/),
      invalid(
        "3 000 problems",
        JSON.stringify(withValue(root(), list, Array(MAX_ITEMS).fill({ name: 1, answered: "x", avgTalkSeconds: null }))),
        /^ {2}… and 2,980 more problems$/m,
      ),
      { name: `scenario: exactly ${MAX_ITEMS} traffic lines`, kind, content: JSON.stringify(withValue(root(), list, Array(MAX_ITEMS).fill(line))), expect: "valid" },
      { name: "scenario: 1e-400 (rounds to 0) as a count", kind, content: withRaw(root(), "traffic.streams[].talkMinutes", "1e-400"), expect: "valid" },
    );
  }
  cases.push(
    { name: `${kind}: a UTF-8 byte-order mark (Notepad)`, kind, content: `\uFEFF${text}`, expect: "valid" },
    { name: `${kind}: the largest figure`, kind, content: withRaw(root(), figure, "1e15"), expect: "valid" },
  );
  return cases;
}

/** Every hostile file, scenario and seat. */
export function hostileFiles(): HostileFile[] {
  return [
    ...perField("scenario", scenarioJson),
    ...structural("scenario", scenarioJson),
    ...perField("seat", seatJson),
    ...structural("seat", seatJson),
    { name: "seat: dailyRate 1e16 (issue 10)", kind: "seat", content: JSON.stringify({ ...seatJson(), dailyRate: 1e16 }), expect: "invalid", says: /^ {2}dailyRate: must be at most 1e\+15/m },
    { name: "seat: a 1e16 markup rate", kind: "seat", content: JSON.stringify({ ...seatJson(), pricing: { method: "markup", rate: 1e16 } }), expect: "invalid", says: /^ {2}pricing\.rate: must be at most 1e\+15/m },
    { name: "seat: a negative seat count is the core's to name", kind: "seat", content: JSON.stringify({ ...seatJson(), seats: -2 }), expect: "invalid", says: /^ {2}f\.json: seats: must be ≥ 0/m },
  ];
}

/**
 * The scenario catalogue is the file format: walking it proves the schema made from it checks
 * every field's limits, requires what has no default, fills each default, and that the core
 * reads every figure. A field added to the catalogue is covered here without another line.
 */
import { SCENARIO, decimalsOf, fields, nodeAt, validateScenario, valueAt, type FieldEntry, type FiguresSpec, type NumberSpec } from "../../src/core";
import example from "../../examples/worked-example.json";
import { PRICING_IN_FULL } from "../fixtures/examples";

type Json = Record<string, unknown>;

/** The example with every optional part present, so every catalogue path exists in it. */
function full(): Json {
  const s = structuredClone(example) as Json;
  (s.costs as Json).other = [{ name: "系统", amount: 1000 }];
  s.pricing = structuredClone(PRICING_IN_FULL);
  return s;
}

/** Optional fields another field needs (a cross-field rule): left out together with them. */
const NEEDED_BY: Readonly<Record<string, readonly string[]>> = { "pricing.outcomes": ["pricing.baseShare"] };

/** Path segments of a catalogue path with list items at index 0. */
function segments(path: string): (string | number)[] {
  return path.split(".").flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), 0] : [part]));
}

function setAt<T extends object>(root: T, path: string, value: unknown): T {
  const keys = segments(path);
  let node = root as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = keys[keys.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

const concrete = (path: string): string => path.replace(/\[\]/g, "[0]");
const numberLeaves = fields(SCENARIO).filter((f): f is FieldEntry & { node: { kind: "number"; spec: NumberSpec } } => f.node.kind === "number");
const figuresLeaves = fields(SCENARIO).filter((f): f is FieldEntry & { node: { kind: "figures"; spec: FiguresSpec } } => f.node.kind === "figures");

describe("every catalogue field is checked by the schema made from it", () => {
  it("the full example is valid and every leaf path exists in it", () => {
    expect(validateScenario(full()).ok).toBe(true);
    expect(fields(SCENARIO).length).toBeGreaterThanOrEqual(25);
    for (const f of fields(SCENARIO)) expect(nodeAt(SCENARIO, concrete(f.path))).toBe(f.node);
  });

  it.each(numberLeaves.map((f) => [f.path, f] as const))("%s: its lower and upper limits", (_path, f) => {
    const spec = f.node.spec;
    const below = spec.above !== undefined ? spec.above : (spec.min ?? 0) - 1;
    const low = validateScenario(setAt(full(), f.path, below));
    expect(low.ok ? [] : low.issues.map((i) => i.path)).toEqual([concrete(f.path)]);
    const above = (spec.max ?? 1e15) * 2;
    const high = validateScenario(setAt(full(), f.path, above));
    expect(high.ok ? [] : high.issues.map((i) => i.path)).toEqual([concrete(f.path)]);
    const text = validateScenario(setAt(full(), f.path, "12"));
    expect(text.ok ? [] : text.issues.map((i) => i.message.en)).toEqual(["must be a number (got text)"]);
  });

  it.each(figuresLeaves.map((f) => [f.path, f] as const))("%s: every item's limits, and the number of items", (_path, f) => {
    const spec = f.node.spec;
    const below = spec.above !== undefined ? spec.above : (spec.min ?? 0) - 1;
    const low = validateScenario(setAt(full(), f.path, [1, below]));
    expect(low.ok ? [] : low.issues.map((i) => i.path)).toEqual([`${concrete(f.path)}[1]`]);
    const high = validateScenario(setAt(full(), f.path, [(spec.max ?? 1e15) * 2]));
    expect(high.ok ? [] : high.issues.map((i) => i.path)).toEqual([`${concrete(f.path)}[0]`]);
    const text = validateScenario(setAt(full(), f.path, [1, "12"]));
    expect(text.ok ? [] : text.issues.map((i) => [i.path, i.message.en])).toEqual([[`${concrete(f.path)}[1]`, "must be a number (got text)"]]);
    const few = validateScenario(setAt(full(), f.path, Array.from({ length: (spec.minItems ?? 1) - 1 }, () => 1)));
    expect(few.ok ? [] : few.issues.map((i) => i.path)).toEqual(spec.minItems === undefined ? [] : [concrete(f.path)]);
    const many = validateScenario(setAt(full(), f.path, Array.from({ length: (spec.maxItems ?? 1000) + 1 }, () => 1)));
    expect(many.ok ? [] : many.issues.map((i) => i.path)).toEqual(spec.maxItems === undefined ? [] : [concrete(f.path)]);
  });

  it("a field another needs is reported at the one that needs it when left out alone", () => {
    for (const [needed, by] of Object.entries(NEEDED_BY)) {
      const r = validateScenario(setAt(full(), needed, undefined));
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(by.map(concrete));
    }
  });

  it.each(fields(SCENARIO).map((f) => [f.path, f] as const))("%s: required unless optional or defaulted; defaults are filled", (_path, f) => {
    const spec = f.node.kind === "literal" ? {} : f.node.spec;
    const without = setAt(full(), f.path, undefined);
    for (const other of NEEDED_BY[f.path] ?? []) setAt(without, other, undefined);
    const r = validateScenario(without);
    const optional = "optional" in spec && spec.optional === true;
    const fallback = "default" in spec ? spec.default : undefined;
    if (optional || fallback !== undefined) {
      expect(r.ok).toBe(true);
      if (r.ok && fallback !== undefined) {
        // A list default is a fresh copy per file: equal, not the same array.
        if (typeof fallback === "object") expect(valueAt(r.scenario, concrete(f.path))).toEqual(fallback);
        else expect(valueAt(r.scenario, concrete(f.path))).toBe(fallback);
      }
    } else {
      expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en])).toEqual([[concrete(f.path), expect.stringMatching(/^is required/)]]);
    }
  });
});

describe("the core reads every figure the catalogue declares", () => {
  it("decimalsOf converts each number leaf once, exactly, and names a negative one by its path", () => {
    const v = validateScenario(full());
    if (!v.ok) throw new Error("the full example must be valid");
    const d = decimalsOf(SCENARIO, v.scenario);
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    for (const f of numberLeaves) {
      const raw = valueAt(v.scenario, concrete(f.path));
      const exact = valueAt(d.value, concrete(f.path)) as { toString(): string } | undefined;
      expect(exact?.toString()).toBe(String(raw));
      const bad = setAt(structuredClone(v.scenario), f.path, -1);
      const refused = decimalsOf(SCENARIO, bad);
      expect(refused.ok ? "" : refused.error.arg).toBe(concrete(f.path));
    }
    for (const f of figuresLeaves) {
      const raw = valueAt(v.scenario, concrete(f.path)) as number[];
      const exact = valueAt(d.value, concrete(f.path)) as { toString(): string }[];
      expect(exact.map(String)).toEqual(raw.map(String));
      const bad = setAt(structuredClone(v.scenario), f.path, [1, -1]);
      const refused = decimalsOf(SCENARIO, bad);
      expect(refused.ok ? "" : refused.error.arg).toBe(`${concrete(f.path)}[1]`);
    }
    expect(figuresLeaves.length).toBeGreaterThan(0);
  });
});

/**
 * The scenario catalogue is the file format: walking it proves the schema made from it checks
 * every field's limits, requires what has no default, fills each default, and that the core
 * reads every figure. A field added to the catalogue is covered here without another line.
 * Both kinds of file are walked: actuals (SCENARIO) and a bid's forecast (BID_SCENARIO; its other
 * fields are SCENARIO's own nodes, walked with actuals).
 */
import { SCENARIO, decimalsOf, fields, nodeAt, validateAnyScenario, validateScenario, valueAt, type FieldEntry, type FiguresSpec, type GroupNode, type NumberSpec } from "../../src/core";
import { BID_SCENARIO } from "../../src/core/catalogue/forecast";
import example from "../../examples/worked-example.json";
import { bidForecastJson, PRICING_IN_FULL } from "../fixtures/examples";

type Json = Record<string, unknown>;

/** The example with every optional part present, so every catalogue path exists in it. */
function fullActuals(): Json {
  const s = structuredClone(example) as Json;
  (s.costs as Json).other = [{ name: "系统", amount: 1000 }];
  s.pricing = structuredClone(PRICING_IN_FULL);
  return s;
}

/** The bid example: every optional forecast field is set in it (patience, shrinkage, per-seat costs). */
function fullBid(): Json {
  return structuredClone(bidForecastJson);
}

const isForecast = (path: string): boolean => path.startsWith("forecast.");

/** The complete file a field's checks start from: the bid for a forecast field, else the actuals. */
function full(path = ""): Json {
  return isForecast(path) ? fullBid() : fullActuals();
}

/** The reader of the field's kind: a bid is read by the reader of either kind. */
function validate(path: string, value: unknown) {
  return isForecast(path) ? validateAnyScenario(value) : validateScenario(value);
}

const rootOf = (path: string): GroupNode => (isForecast(path) ? BID_SCENARIO : SCENARIO);

/** Every leaf walked here: the actuals' fields and the bid's forecast fields. */
const LEAVES: FieldEntry[] = [...fields(SCENARIO), ...fields(BID_SCENARIO).filter((f) => isForecast(f.path))];

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
const numberLeaves = LEAVES.filter((f): f is FieldEntry & { node: { kind: "number"; spec: NumberSpec } } => f.node.kind === "number");
const figuresLeaves = LEAVES.filter((f): f is FieldEntry & { node: { kind: "figures"; spec: FiguresSpec } } => f.node.kind === "figures");

describe("every catalogue field is checked by the schema made from it", () => {
  it("the full example is valid and every leaf path exists in it", () => {
    expect(validateScenario(full()).ok).toBe(true);
    expect(validateAnyScenario(fullBid()).ok).toBe(true);
    expect(fields(SCENARIO).length).toBeGreaterThanOrEqual(25);
    expect(LEAVES.filter((f) => isForecast(f.path)).length).toBeGreaterThanOrEqual(20);
    for (const f of LEAVES) {
      expect(nodeAt(rootOf(f.path), concrete(f.path))).toBe(f.node);
      expect([f.path, valueAt(full(f.path), concrete(f.path)) !== undefined]).toEqual([f.path, true]);
    }
  });

  it.each(numberLeaves.map((f) => [f.path, f] as const))("%s: its lower and upper limits", (_path, f) => {
    const spec = f.node.spec;
    const below = spec.above !== undefined ? spec.above : (spec.min ?? 0) - 1;
    const low = validate(f.path, setAt(full(f.path), f.path, below));
    expect(low.ok ? [] : low.issues.map((i) => i.path)).toEqual([concrete(f.path)]);
    const above = (spec.max ?? 1e15) * 2;
    const high = validate(f.path, setAt(full(f.path), f.path, above));
    expect(high.ok ? [] : high.issues.map((i) => i.path)).toEqual([concrete(f.path)]);
    const text = validate(f.path, setAt(full(f.path), f.path, "12"));
    expect(text.ok ? [] : text.issues.map((i) => i.message.en)).toEqual(["must be a number (got text)"]);
  });

  it.each(figuresLeaves.map((f) => [f.path, f] as const))("%s: every item's limits, and the number of items", (_path, f) => {
    const spec = f.node.spec;
    const below = spec.above !== undefined ? spec.above : (spec.min ?? 0) - 1;
    // An item within the limits (1, unless the items must stay below 1: a shrinkage).
    const inside = spec.below !== undefined && spec.below <= 1 ? spec.below / 2 : 1;
    const low = validate(f.path, setAt(full(f.path), f.path, [inside, below]));
    expect(low.ok ? [] : low.issues.map((i) => i.path)).toEqual([`${concrete(f.path)}[1]`]);
    const high = validate(f.path, setAt(full(f.path), f.path, [(spec.max ?? 1e15) * 2]));
    expect(high.ok ? [] : high.issues.map((i) => i.path)).toEqual([`${concrete(f.path)}[0]`]);
    const text = validate(f.path, setAt(full(f.path), f.path, [inside, "12"]));
    expect(text.ok ? [] : text.issues.map((i) => [i.path, i.message.en])).toEqual([[`${concrete(f.path)}[1]`, "must be a number (got text)"]]);
    const few = validate(f.path, setAt(full(f.path), f.path, Array.from({ length: (spec.minItems ?? 1) - 1 }, () => inside)));
    expect(few.ok ? [] : few.issues.map((i) => i.path)).toEqual(spec.minItems === undefined ? [] : [concrete(f.path)]);
    const many = validate(f.path, setAt(full(f.path), f.path, Array.from({ length: (spec.maxItems ?? 1000) + 1 }, () => inside)));
    expect(many.ok ? [] : many.issues.map((i) => i.path)).toEqual(spec.maxItems === undefined ? [] : [concrete(f.path)]);
  });

  it("a field another needs is reported at the one that needs it when left out alone", () => {
    for (const [needed, by] of Object.entries(NEEDED_BY)) {
      const r = validateScenario(setAt(full(), needed, undefined));
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(by.map(concrete));
    }
  });

  it.each(LEAVES.map((f) => [f.path, f] as const))("%s: required unless optional or defaulted; defaults are filled", (_path, f) => {
    const spec = f.node.kind === "literal" ? {} : f.node.spec;
    const without = setAt(full(f.path), f.path, undefined);
    for (const other of NEEDED_BY[f.path] ?? []) setAt(without, other, undefined);
    const r = validate(f.path, without);
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
  it.each([["actuals", ""] as const, ["a bid", "forecast."] as const])("decimalsOf converts each number leaf of %s once, exactly, and names a negative one by its path", (_kind, prefix) => {
    const v = validate(prefix, full(prefix));
    if (!v.ok) throw new Error("the full example must be valid");
    const root = rootOf(prefix);
    const d = decimalsOf(root, v.scenario);
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    const mine = (f: FieldEntry): boolean => isForecast(f.path) === isForecast(prefix);
    for (const f of numberLeaves.filter(mine)) {
      const raw = valueAt(v.scenario, concrete(f.path));
      const exact = valueAt(d.value, concrete(f.path)) as { toString(): string } | undefined;
      expect(exact?.toString()).toBe(String(raw));
      const bad = setAt(structuredClone(v.scenario), f.path, -1);
      const refused = decimalsOf(root, bad);
      expect(refused.ok ? "" : refused.error.arg).toBe(concrete(f.path));
    }
    for (const f of figuresLeaves.filter(mine)) {
      const raw = valueAt(v.scenario, concrete(f.path)) as number[];
      const exact = valueAt(d.value, concrete(f.path)) as { toString(): string }[];
      expect(exact.map(String)).toEqual(raw.map(String));
      const bad = setAt(structuredClone(v.scenario), f.path, [1, -1]);
      const refused = decimalsOf(root, bad);
      expect(refused.ok ? "" : refused.error.arg).toBe(`${concrete(f.path)}[1]`);
    }
    expect(figuresLeaves.filter(mine).length).toBeGreaterThan(0);
  });
});

/** valueAt: a file's value by path, own properties only, undefined for anything absent. */
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { fields, valueAt } from "../../src/core/catalogue/walk";
import { PRICING_IN_FULL, workedExample } from "../fixtures/examples";

describe("valueAt", () => {
  it("reads groups, list items and leaves by their file path", () => {
    expect(valueAt(workedExample, "costs.training.hires")).toBe(419);
    expect(valueAt(workedExample, "traffic.streams[1].answered")).toBe(164509);
    expect(valueAt(workedExample, "traffic.streams[2]")).toEqual(workedExample.traffic.streams[2]);
    expect(valueAt(workedExample, "name")).toBe(workedExample.name);
  });

  it("is undefined for an absent group, a short list, a catalogue path, or the prototype chain", () => {
    const bare = { ...workedExample, costs: { labor: [], other: [] } };
    expect(valueAt(bare, "costs.training.hires")).toBeUndefined();
    expect(valueAt(workedExample, "traffic.streams[3].answered")).toBeUndefined();
    expect(valueAt(workedExample, "traffic.streams[].answered")).toBeUndefined();
    expect(valueAt(workedExample, "name.length")).toBeUndefined();
    expect(valueAt(workedExample, "constructor")).toBeUndefined();
    expect(valueAt(workedExample, "traffic.streams.length")).toBeUndefined();
    expect(valueAt(null, "name")).toBeUndefined();
  });

  it("finds every non-list leaf of the worked example the catalogue names (its pricing in full)", () => {
    const leaves = fields(SCENARIO).filter((e) => !e.path.includes("[]"));
    const full = { ...workedExample, pricing: PRICING_IN_FULL };
    expect(leaves.filter((e) => valueAt(full, e.path) === undefined).map((e) => e.path)).toEqual([]);
  });
});

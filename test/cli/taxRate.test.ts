/**
 * `taxRate` is optional with a default of 0 (the schema's default is the contract: version-1
 * files without it load). A file without it quotes with no tax: tax 0, the with-tax lines equal
 * the pre-tax ones. README.md (scenario files) and docs/quote.md say so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { validateScenario } from "../../src/core/scenario";
import { ROOT, run, workedExampleJson } from "./fake-io";

type Breakdown = Record<string, number>;

async function breakdown(file: Record<string, unknown>): Promise<Breakdown> {
  const r = await run(["f.json", "--json"], { "f.json": JSON.stringify(file) });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  return (JSON.parse(r.stdout) as { breakdown: Breakdown }).breakdown;
}

describe("a scenario without taxRate", () => {
  const { taxRate: _dropped, ...untaxed } = workedExampleJson();

  it("is valid, and the schema fills taxRate with 0 (the catalogue's default)", () => {
    expect(SCENARIO.children.taxRate.spec.default).toBe(0);
    const v = validateScenario(untaxed);
    expect(v.ok && v.scenario.taxRate).toBe(0);
  });

  it("quotes at 0 %: no tax, the with-tax lines equal the pre-tax ones, the same as an explicit 0", async () => {
    const b = await breakdown(untaxed);
    expect(b.tax).toBe(0);
    expect(b.totalCostWithTax).toBe(b.totalCost);
    expect(b.costPerAnswerWithTax).toBe(b.costPerAnswer);
    expect(b.costPerMinuteWithTax).toBe(b.costPerMinute);
    expect(b.totalCost).toBe(24566590);
    expect(await breakdown({ ...untaxed, taxRate: 0 })).toEqual(b);
  });

  it("is documented as optional, 0 by default, in the README and docs/quote.md", () => {
    for (const doc of ["README.md", "docs/quote.md"]) {
      const text = readFileSync(join(ROOT, doc), "utf8");
      expect({ doc, says: /`taxRate`[^.\n]*optional[^.\n]*0 %|`taxRate`[^.\n]*0 % when absent/.test(text) }).toEqual({ doc, says: true });
    }
  });
});

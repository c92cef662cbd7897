/**
 * Whatever a scenario file holds, the CLI answers: exit 0 with a whole table / JSON on stdout and
 * nothing on stderr, or exit 1 with a reason on stderr and nothing on stdout — never a throw.
 */
import fc from "fast-check";
import { breakdownNumbers, computeBreakdown } from "../../src/core/breakdown";
import { computePricing } from "../../src/core/pricing";
import { validateScenario } from "../../src/core/scenario";
import { pricingValue } from "../../src/cli/pricingOutput";
import { run, workedExampleJson, type Run } from "./fake-io";

/** Paths of the numeric fields of the worked example that a user might get wrong. */
const FIELDS: readonly (readonly (string | number)[])[] = [
  ["traffic", "standardTalkSeconds"],
  ["traffic", "streams", 0, "answered"],
  ["traffic", "streams", 0, "avgTalkSeconds"],
  ["traffic", "streams", 0, "talkMinutes"],
  ["traffic", "streams", 1, "answered"],
  ["traffic", "streams", 2, "talkMinutes"],
  ["staffing", "agents"],
  ["staffing", "hoursPerDay"],
  ["staffing", "paidDaysPerMonth"],
  ["staffing", "months"],
  ["costs", "labor", 0, "amount"],
  ["costs", "recruitment", "hires"],
  ["costs", "training", "days"],
  ["costs", "management", "monthlySalary"],
  ["taxRate"],
  ["version"],
  ["pricing", "margin"],
  ["pricing", "minSeats"],
  ["pricing", "terms", "holdbackRate"],
  ["pricing", "terms", "penaltyCapRate"],
];

const value = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, 1e300, -0, "12", null, true, [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -10, max: 10 ** 9 }),
  fc.constant(undefined), // the field removed
);

function setPath(root: Record<string, unknown>, path: readonly (string | number)[], v: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (v === undefined) delete node[last];
  else node[last] = v;
}

describe("the quote CLI on mutated scenarios (property)", () => {
  it("either prints the core's numbers whole, or fails cleanly with exit 1", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...FIELDS), value), { minLength: 1, maxLength: 4 }), fc.constantFrom("en", "zh"), async (edits, lang) => {
        const s = workedExampleJson();
        for (const [path, v] of edits) setPath(s, path, v);
        const text = JSON.stringify(s);
        const json = await run(["f.json", "--json", "--lang", lang], { "f.json": text });
        const table = await run(["f.json", "--lang", lang], { "f.json": text });
        const valid = validateScenario(JSON.parse(text));
        const b = valid.ok ? computeBreakdown(valid.scenario) : undefined;
        const priced = valid.ok && b?.ok ? computePricing(valid.scenario, b.value) : undefined;
        const clean = (r: Run): void => {
          expect(r.code).toBe(1);
          expect(r.stdout).toBe("");
          expect(r.stderr).toMatch(/^quote[^\n]+f\.json[^\n]+\n {2}\S/);
        };
        if (!b?.ok || !priced?.ok) {
          clean(json);
          clean(table);
          return;
        }
        expect(table.code).toBe(0);
        expect(table.stderr).toBe("");
        // The breakdown whole (title, blank line, header, rule, 16 lines), then the rate card when priced.
        const [title = "", breakdown = "", ...card] = table.stdout.split("\n\n");
        expect([title, ...breakdown.trimEnd().split("\n")]).toHaveLength(1 + 2 + 16);
        expect(card.length > 0).toBe(priced.value !== undefined);
        const numbers = breakdownNumbers(b.value);
        const pricing = priced.value && pricingValue(priced.value, false);
        if (Object.values(numbers).every(Number.isFinite) && pricing?.ok !== false) {
          expect(json.code).toBe(0);
          expect(json.stderr).toBe("");
          const printed = JSON.parse(json.stdout) as { breakdown: unknown; pricing?: unknown };
          expect(printed.breakdown).toEqual(numbers);
          expect(printed.pricing).toEqual(pricing?.value);
        } else {
          // Beyond a double's range: refused rather than written as null.
          clean(json);
          expect(json.stderr).toMatch(/--exact/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The pricing section in the wizard's draft: it starts blank (a scenario is priced only once
 * something is typed there), a field typed makes it present with the catalogue's defaults, volume
 * ratios are typed in one box, the core's and the schema's problems show under the field, and a
 * version 1 file opened and saved comes back as version 2.
 */
import { validateScenario, type Scenario } from "../../src/core";
import { analyse, draftFromScenario, emptyDraft, PRICE, stepName, stepOfPath, withText, type Draft } from "../../src/taskpane/draft";
import { workedExample, workedExampleJson } from "../fixtures/examples";

function scenarioOf(value: unknown): Scenario {
  const v = validateScenario(value);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

const { pricing: _pricing, ...unpriced } = workedExample;
const blank = draftFromScenario(unpriced);
const typed = (d: Draft, edits: Record<string, string>): Draft => Object.entries(edits).reduce((x, [path, text]) => withText(x, path, text), d);

describe("the pricing section of the draft", () => {
  it("starts blank, in a new scenario and in one without pricing; left blank, the scenario has none", () => {
    for (const d of [emptyDraft("x"), blank]) {
      expect(d.pricing.margin).toBe("");
      expect(d.pricing.volumeRatios).toBe("");
      expect(d.pricing.terms.validityDays).toBe("");
    }
    expect(analyse(blank).scenario).toEqual(unpriced);
  });

  it("is on the step after the review, named by the catalogue", () => {
    expect(stepOfPath("pricing.terms.holdbackRate")).toBe(PRICE);
    expect(stepName(PRICE)).toEqual({ en: "Pricing", zh: "报价" });
  });

  it("a margin typed alone prices the scenario with every other default", () => {
    const a = analyse(typed(blank, { "pricing.margin": "15%" }));
    expect(a.issues).toEqual([]);
    expect(a.scenario?.pricing).toEqual({ margin: 0.15, method: "margin", billingDaysPerMonth: 22, minSeats: 1, minMonths: 1, volumeRatios: [0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3] });
  });

  it("a term typed alone makes the pricing and its terms present", () => {
    const a = analyse(typed(blank, { "pricing.terms.holdbackRate": "10%" }));
    expect(a.scenario?.pricing?.terms).toEqual({ minCommitShare: 0, penaltyCapRate: 0, holdbackRate: 0.1, prepayMonths: 0, validityDays: 30 });
    expect(a.scenario?.pricing?.margin).toBe(0);
  });

  it("volume ratios are typed in one box: percentages or fractions, commas, spaces or 、", () => {
    const a = analyse(typed(blank, { "pricing.margin": "10%", "pricing.volumeRatios": "70%, 1  1.3、150%" }));
    expect(a.scenario?.pricing?.volumeRatios).toEqual([0.7, 1, 1.3, 1.5]);
    expect(draftFromScenario(a.scenario as Scenario).pricing.volumeRatios).toBe("70%, 100%, 130%, 150%");
  });

  it("a bad ratio is shown at the box with its item, in both languages", () => {
    const notNumber = analyse(typed(blank, { "pricing.volumeRatios": "70%, lots" }));
    expect(notNumber.issues).toEqual([{ path: "pricing.volumeRatios", message: { en: 'item 2: must be a number (got text "lots")', zh: "第 2 项：必须是数字（当前为文本“lots”）" } }]);
    // A rate's bounds in percent, as the ratios are typed.
    const zero = analyse(typed(blank, { "pricing.volumeRatios": "70%, 0" }));
    expect(zero.issues).toEqual([{ path: "pricing.volumeRatios", message: { en: "item 2: must be > 0 % (got 0 %)", zh: "第 2 项：必须大于 0%（当前为 0%）" } }]);
    const huge = analyse(typed(blank, { "pricing.volumeRatios": "70%, 20000%" }));
    expect(huge.issues).toEqual([{ path: "pricing.volumeRatios", message: { en: "item 2: must be at most 10,000 % (got 20,000 %)", zh: "第 2 项：不能大于 10,000%（当前为 20,000%）" } }]);
    const margin = analyse(typed(blank, { "pricing.margin": "1200%" }));
    expect(margin.issues).toEqual([{ path: "pricing.margin", message: { en: "must be between 0 % and 1,000 % (got 1,200 %)", zh: "必须在 0% 到 1,000% 之间（当前为 1,200%）" } }]);
  });

  it("the cross-field rules show at the field they name", () => {
    const base = analyse(typed(blank, { "pricing.baseShare": "40%" }));
    expect(base.issues.map((i) => i.path)).toEqual(["pricing.baseShare"]);
    const terms = analyse(typed(blank, { "pricing.terms.penaltyCapRate": "50%", "pricing.terms.holdbackRate": "50%" }));
    expect(terms.issues.map((i) => [i.path, i.message.en])).toEqual([["pricing.terms.penaltyCapRate", "plus pricing.terms.holdbackRate must be below 100%, or the whole fee is at risk"]]);
    const margin = analyse(typed(blank, { "pricing.margin": "100%" }));
    expect(margin.issues.map((i) => i.path)).toEqual(["pricing.margin"]);
    expect(analyse(typed(blank, { "pricing.margin": "100%", "pricing.method": "markup" })).issues).toEqual([]);
  });

  it("the worked example's pricing survives the wizard unchanged", () => {
    expect(analyse(draftFromScenario(workedExample)).scenario).toEqual(workedExample);
  });

  it("a version 1 file opened and saved is version 2, its figures unchanged", () => {
    const { pricing: _p, ...v1 } = workedExampleJson;
    const opened = scenarioOf({ ...v1, version: 1 });
    const saved = analyse(draftFromScenario(opened)).scenario;
    expect(saved?.version).toBe(2);
    expect(saved).toEqual({ ...opened, version: 2 });
    expect(JSON.stringify(saved)).toMatch(/^\{"version":2,/);
  });
});

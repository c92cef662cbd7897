/**
 * @jest-environment jsdom
 *
 * The wizard's bid path covers the bid catalogue: every leaf of fields(BID_SCENARIO) has an input
 * on its step, labelled and hinted with the catalogue's words in both languages, and the inputs
 * shown are exactly the draft's fieldPaths(). A forecast field added without wiring fails here.
 */
import { BID_SCENARIO, cataloguePath, fields, nodeAt, validateAnyScenario, type AnyScenario, type Lang } from "../../src/core";
import example from "../../examples/bid-forecast.json";
import { draftFromScenario, fieldPaths, REVIEW, STEP_COUNT, stepOfPath } from "../../src/taskpane/draft";
import { fieldId } from "../../src/taskpane/fields";
import { click, mount, unmount } from "../taskpane/pane";

afterEach(unmount);

const bidForecast = ((): AnyScenario => {
  const v = validateAnyScenario(example);
  if (!v.ok) throw new Error("bid example invalid");
  return v.scenario;
})();

const FIELD_STEPS = Array.from({ length: STEP_COUNT }, (_, i) => i).filter((i) => i !== REVIEW);

/** The bid example loaded; every input the steps show, by path, with the step it is on. */
async function openBid(lang: Lang): Promise<Map<string, number>> {
  await mount(lang === "zh" ? "zh-CN" : "en-US");
  await click('[data-testid="load-bid-example"]');
  const shown = new Map<string, number>();
  for (const step of FIELD_STEPS) {
    await click(`[data-testid="nav-${step}"]`);
    document.querySelectorAll("[data-path]").forEach((el) => shown.set(el.getAttribute("data-path") ?? "", step));
  }
  return shown;
}

test("every leaf of the bid catalogue has an input on its step; the inputs are the draft's field paths", async () => {
  const shown = await openBid("en");
  const leaves = fields(BID_SCENARIO).filter((e) => e.node.kind !== "literal");
  expect(leaves.length).toBeGreaterThan(25);
  for (const leaf of leaves) {
    const paths = [...shown.keys()].filter((p) => cataloguePath(p) === leaf.path);
    expect({ leaf: leaf.path, inputs: paths.length > 0 }).toEqual({ leaf: leaf.path, inputs: true });
    for (const p of paths) expect({ path: p, step: shown.get(p) }).toEqual({ path: p, step: stepOfPath(p) });
  }
  expect([...shown.keys()].sort()).toEqual(fieldPaths(draftFromScenario(bidForecast)).sort());
});

test.each(["en", "zh"] as const)("labels and hints are the catalogue's (%s)", async (lang) => {
  await openBid(lang);
  let checked = 0;
  for (const step of FIELD_STEPS) {
    await click(`[data-testid="nav-${step}"]`);
    for (const el of Array.from(document.querySelectorAll("[data-path]"))) {
      const path = el.getAttribute("data-path") ?? "";
      const node = nodeAt(BID_SCENARIO, path);
      if (node?.kind !== "number" && node?.kind !== "text" && node?.kind !== "figures") throw new Error(`no catalogue field at ${path}`);
      const label = document.querySelector(`label[for="${fieldId(path)}"]`)?.textContent ?? "";
      expect({ path, label }).toEqual({ path, label: expect.stringContaining(node.spec.label[lang]) });
      if (node.spec.help && !/\[[1-9]\d*\]/.test(path)) expect(el.closest(".fui-Field")?.textContent).toContain(node.spec.help[lang]);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(25);
});

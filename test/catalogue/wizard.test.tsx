/**
 * @jest-environment jsdom
 *
 * The wizard covers the catalogue: every leaf of fields(SCENARIO) has an input on its step,
 * labelled (and hinted) with the catalogue's own words, and the inputs rendered are exactly the
 * draft's fieldPaths(). A field added to the catalogue without wizard wiring fails here.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { cataloguePath, fields, nodeAt, SCENARIO, validateScenario, type Lang } from "../../src/core";
import example from "../../examples/worked-example.json";
import { App } from "../../src/taskpane/App";
import { draftFromScenario, emptyCost, fieldPaths, REVIEW, STEP_COUNT, stepOfPath, type Draft } from "../../src/taskpane/draft";
import { fieldId } from "../../src/taskpane/fields";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

afterEach(() => {
  if (root) act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
});

async function mount(initialLanguage: string): Promise<void> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  root = createRoot(el);
  const port = { xlsx: jest.fn(), insert: jest.fn(), readStored: jest.fn() };
  await act(async () => {
    root?.render(<App detect={() => Promise.resolve({ kind: "standalone" })} port={port} initialLanguage={initialLanguage} />);
    await new Promise((r) => setTimeout(r, 0));
  });
}

async function click(target: Element | null): Promise<void> {
  if (!(target instanceof HTMLElement)) throw new Error("nothing to click");
  await act(async () => {
    target.click();
    await Promise.resolve();
  });
}

const byTestId = (id: string): Element | null => document.querySelector(`[data-testid="${id}"]`);

/** The steps that show scenario fields: every step but the review. */
const FIELD_STEPS = Array.from({ length: STEP_COUNT }, (_, i) => i).filter((i) => i !== REVIEW);

/** The worked example with one row the user typed in each cost list (the presets have no name input). */
async function openExampleWithCustomRows(lang: Lang): Promise<Map<string, number>> {
  await mount(lang === "zh" ? "zh-CN" : "en-US");
  await click(byTestId("load-example"));
  await click(byTestId("nav-3"));
  const add = Array.from(document.querySelectorAll("button")).filter((b) => b.textContent === `+ ${lang === "zh" ? "添加项目" : "Add item"}`);
  expect(add).toHaveLength(2);
  for (const b of add) await click(b);
  // Every input the steps show, by path, with the step it is on.
  const shown = new Map<string, number>();
  for (const step of FIELD_STEPS) {
    await click(byTestId(`nav-${step}`));
    document.querySelectorAll("[data-path]").forEach((el) => shown.set(el.getAttribute("data-path") ?? "", step));
  }
  return shown;
}

function expectedDraft(): Draft {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("example invalid");
  const d = draftFromScenario(v.scenario);
  return { ...d, costs: { ...d.costs, labor: [...d.costs.labor, emptyCost()], other: [emptyCost()] } };
}

test("every catalogue leaf has an input in the wizard, on its step", async () => {
  const shown = await openExampleWithCustomRows("en");
  const leaves = fields(SCENARIO).filter((e) => e.node.kind !== "literal");
  expect(leaves.length).toBeGreaterThan(20);
  for (const leaf of leaves) {
    const paths = [...shown.keys()].filter((p) => cataloguePath(p) === leaf.path);
    expect({ leaf: leaf.path, inputs: paths.length > 0 }).toEqual({ leaf: leaf.path, inputs: true });
    for (const p of paths) expect({ path: p, step: shown.get(p) }).toEqual({ path: p, step: stepOfPath(p) });
  }
});

test("the inputs shown are exactly the draft's field paths", async () => {
  const shown = await openExampleWithCustomRows("en");
  expect([...shown.keys()].sort()).toEqual(fieldPaths(expectedDraft()).sort());
});

test.each(["en", "zh"] as const)("labels and hints are the catalogue's (%s)", async (lang) => {
  await openExampleWithCustomRows(lang);
  let checked = 0;
  for (const step of FIELD_STEPS) {
    await click(byTestId(`nav-${step}`));
    for (const el of Array.from(document.querySelectorAll("[data-path]"))) {
      const path = el.getAttribute("data-path") ?? "";
      const node = nodeAt(SCENARIO, path);
      if (node?.kind !== "number" && node?.kind !== "text" && node?.kind !== "figures") throw new Error(`no catalogue field at ${path}`);
      // A preset labour item is labelled by its own name.
      if (/^costs\.labor\[\d+\]\.amount$/.test(path) && !document.querySelector(`[id="${fieldId(path.replace("amount", "name"))}"]`)) continue;
      const label = document.querySelector(`label[for="${fieldId(path)}"]`)?.textContent ?? "";
      expect({ path, label }).toEqual({ path, label: expect.stringContaining(node.spec.label[lang]) });
      const first = !/\[[1-9]\d*\]/.test(path);
      if (node.spec.help && first) expect(el.closest(".fui-Field")?.textContent).toContain(node.spec.help[lang]);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(20);
});

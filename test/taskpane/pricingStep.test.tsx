/**
 * @jest-environment jsdom
 *
 * Step 6 rendered in jsdom with a stand-in workbook: the rate card follows the core as the margin
 * is typed, the verdict sentence, and the workbook button and messages that name the quote sheet
 * when (and only when) the scenario is priced. The chart itself is drawn in the browser tests
 * (test/e2e/pricing.e2e.test.ts): jsdom has no SVG text metrics, so the step leaves it out here.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { computeBreakdown, computePricing, formatNumber, MODELS, validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { fileNameFor, type InsertOutcome, type WorkbookPort } from "../../src/taskpane/workbookPort";
import { value } from "../helpers/result";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The fixtures module reads files through the CLI's reader, which needs Node's TextDecoder (not jsdom's globals).
const workedExample = ((): Scenario => {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("examples/worked-example.json is invalid");
  return v.scenario;
})();
const { pricing: _pricing, ...unpriced } = workedExample;

let root: Root | undefined;

afterEach(() => {
  if (root) act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
});

/** The pane on a host at step 6: in Excel the given scenario restored from the "workbook", in a browser the example loaded. */
async function openStep6(scenario: Scenario, host: HostInfo, inserted: InsertOutcome = { written: true, sheetName: "S" }, lang = "en-US"): Promise<jest.Mocked<WorkbookPort>> {
  const port: jest.Mocked<WorkbookPort> = {
    xlsx: jest.fn<ReturnType<WorkbookPort["xlsx"]>, Parameters<WorkbookPort["xlsx"]>>(() => Promise.resolve(new Uint8Array([80, 75, 3, 4]))),
    insert: jest.fn<ReturnType<WorkbookPort["insert"]>, Parameters<WorkbookPort["insert"]>>(() => Promise.resolve(inserted)),
    readStored: jest.fn<ReturnType<WorkbookPort["readStored"]>, []>(() => Promise.resolve({ kind: "ok", scenario, warnings: [] })),
  };
  const el = document.body.appendChild(document.createElement("div"));
  root = createRoot(el);
  await act(async () => {
    root?.render(<App detect={() => Promise.resolve(host)} port={port} initialLanguage={lang} />);
    await new Promise((r) => setTimeout(r, 0));
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  if (host.kind !== "excel") await click('[data-testid="load-example"]');
  await click('[data-testid="nav-5"]');
  return port;
}

async function click(sel: string): Promise<void> {
  const target = document.querySelector<HTMLElement>(sel);
  if (!target) throw new Error(`no element ${sel}`);
  await act(async () => {
    target.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

const text = (sel: string): string => (document.querySelector(sel)?.textContent ?? "").trim();

function rateOf(scenario: Scenario, key: "seatMonth" | "personDay"): string {
  const p = value(computePricing(scenario, value(computeBreakdown(scenario))));
  const m = p?.models.find((x) => x.key === key);
  if (!m) throw new Error(`no ${key} rate`);
  return formatNumber(m.rate, MODELS[key].unit, "en");
}

const standalone: HostInfo = { kind: "standalone" };

test("the rate card follows the margin as it is typed; the verdict is the table's", async () => {
  await openStep6(workedExample, standalone);
  expect(text('[data-rate="seatMonth"]')).toBe("5,961.61");
  expect(text('[data-rate="personDay"]')).toBe("270.98");
  expect(text('[data-testid="risk-verdict"]')).toMatch(/^If volume falls to 70%, billing per seat-month, per person-day or per hour keeps the most margin \(15\.00%, against -21\.43% /);
  expect(document.querySelectorAll('[data-testid="risk-table"] tbody tr')).toHaveLength(8);

  const margin = document.querySelector<HTMLInputElement>('[data-path="pricing.margin"]');
  if (!margin) throw new Error("no margin input");
  // The native setter: React tracks the value property, so only this looks like user input.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  await act(async () => {
    setter?.call(margin, "20%");
    margin.dispatchEvent(new Event("input", { bubbles: true }));
    await Promise.resolve();
  });
  const at20 = { ...workedExample, pricing: { ...workedExample.pricing, margin: 0.2 } } as Scenario;
  // 28,901,870.59 × 0.85 ÷ 0.80 ÷ 4,848 seat-months = 6,334.21.
  expect(text('[data-rate="seatMonth"]')).toBe(rateOf(at20, "seatMonth"));
  expect(text('[data-rate="seatMonth"]')).toBe("6,334.21");
});

test("margin or markup is chosen from the reader's words; markup prices on the cost", async () => {
  await openStep6(workedExample, standalone, undefined, "zh-CN");
  const method = document.querySelector<HTMLSelectElement>('select[data-path="pricing.method"]');
  if (!method) throw new Error("no method select");
  expect(Array.from(method.options).map((o) => [o.value, o.text])).toEqual([
    ["margin", "毛利率"],
    ["markup", "加成率"],
  ]);
  expect(method.value).toBe("margin");
  await act(async () => {
    method.value = "markup";
    method.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  const markup = { ...workedExample, pricing: { ...workedExample.pricing, method: "markup" } } as Scenario;
  // 24,566,590 × 1.15 = 28,251,578.50; ÷ 4,848 seat-months = 5,827.47 (a 15 % markup is a 13.04 % margin).
  expect(text('[data-rate="seatMonth"]')).toBe(rateOf(markup, "seatMonth"));
  expect(text('[data-rate="seatMonth"]')).toBe("5,827.47");
});

test("in a browser, a priced scenario downloads with its quote sheet, and the button and message say so", async () => {
  // jsdom has no blob URLs; the download itself is the browser test's.
  Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
  const port = await openStep6(workedExample, standalone);
  expect(text('[data-testid="download-xlsx"]')).toBe("Download workbook with quote (.xlsx)");
  await click('[data-testid="download-xlsx"]');
  expect(port.xlsx).toHaveBeenCalledWith(workedExample, { lang: "en", formulas: "native" });
  expect(text('[data-testid="status"]')).toBe(`Downloaded ${fileNameFor(workedExample.name, "xlsx")}: the breakdown sheet and the quote sheet.`);
});

test("an unpriced scenario: step 6 says how to start, and the workbook words are the breakdown's alone", async () => {
  const port = await openStep6(unpriced, { kind: "excel", displayLanguage: "en-US" }, { written: true, sheetName: "S" });
  expect(document.querySelector('[data-testid="not-priced"]')).not.toBeNull();
  expect(document.querySelector('[data-testid="rate-card"]')).toBeNull();
  expect(text('[data-testid="insert-breakdown"]')).toBe("Insert breakdown");
  await click('[data-testid="insert-breakdown"]');
  expect(port.insert).toHaveBeenCalled();
  expect(text('[data-testid="status"]')).toBe('Wrote the breakdown to sheet "S".');
});

test("in Excel, in Chinese: the button names the quote, and the message names both sheets", async () => {
  const excel: HostInfo = { kind: "excel", displayLanguage: "zh-CN" };
  const port = await openStep6(workedExample, excel, { written: true, sheetName: "人工成本测算", quoteSheetName: "人工成本测算 报价单" }, "zh-CN");
  expect(text('[data-testid="insert-breakdown"]')).toBe("插入成本测算和报价单");
  await click('[data-testid="insert-breakdown"]');
  expect(port.insert).toHaveBeenCalled();
  expect(text('[data-testid="status"]')).toBe("已将成本测算写入工作表“人工成本测算”。 报价单写入了工作表“人工成本测算 报价单”。");
});

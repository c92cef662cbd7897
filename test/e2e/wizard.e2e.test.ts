/**
 * The standalone task pane in a real browser (Debian's chromium, headless, via playwright-core):
 * load the built page from a local server, walk the wizard with the worked example, check the
 * review against the core, download the workbook and open it with exceljs, save and reopen the
 * scenario file, switch language. Screenshots of every step go to test-artifacts/.
 *
 * Needs the build (`npm test` builds first) and chromium; without them it fails saying so.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { breakdownNumbers, computeBreakdown, formatValue, validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { buildPlan } from "../../src/workbook/plan";
import { customXmlParts } from "../../src/workbook/exceljsWriter";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { ARTIFACTS, launchChromium, localContext, requireBuildAndBrowser, serveTaskpane, type StaticServer } from "./harness";

const worked = ((): Scenario => {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("examples/worked-example.json is invalid");
  return v.scenario;
})();

const core = ((): ReturnType<typeof computeBreakdown> & { ok: true } => {
  const b = computeBreakdown(worked);
  if (!b.ok) throw new Error("the core refuses the worked example");
  return b;
})();

/** The review's figures as the core computes them, formatted the way the wizard formats them. */
const expectedText: Record<string, string> = Object.fromEntries(core.value.lines.map((l) => [l.key, formatValue(l.value, l.unit, worked.currency, "en")]));

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
/** Console errors and failed requests to our server (a missing favicon is one). */
const consoleErrors: string[] = [];

beforeAll(async () => {
  requireBuildAndBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveTaskpane();
  browser = await launchChromium();
  // The task pane's width; en-US so the page starts in English (it follows navigator.language).
  context = await localContext(browser, server.origin, { locale: "en-US", viewport: { width: 320, height: 720 } });
  page = await context.newPage();
  // Generous: the machine is shared with other test suites; waits end as soon as the state is there.
  page.setDefaultTimeout(60_000);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(ARTIFACTS, `wizard-${name}.png`), fullPage: true });
const heading = (): Promise<string> => page.locator("#cc-step-h").innerText();

async function reviewTexts(): Promise<Record<string, string>> {
  return page.$$eval("[data-key]", (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute("data-key") ?? "", (c.textContent ?? "").trim()])));
}

test("the page renders step 1 standalone (no Excel), in the browser's language", async () => {
  await page.goto(`${server.origin}/taskpane.html`);
  await page.locator("#cc-step-h").waitFor();
  expect(await heading()).toContain("Scenario");
  expect(await page.locator("html").getAttribute("lang")).toBe("en-US");
  // office.js (served locally) reports no host here, so the pane settles in standalone mode.
  await page.getByTestId("nav-4").click();
  await page.getByText("Running in a browser").waitFor();
  expect(await page.getByTestId("insert-breakdown").count()).toBe(0);
  await page.getByTestId("nav-0").click();
  await shot("1-scenario-empty");
});

test("walking the wizard with the example: every step, then the review equals the core's breakdown", async () => {
  await page.getByTestId("load-example").click();
  expect(await page.locator("#f-name").inputValue()).toBe(worked.name);
  await shot("1-scenario");

  await page.getByTestId("next").click();
  expect(await heading()).toContain("Traffic");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("cc-step-h");
  // Grouped away from the keyboard (2,495,951), as typed while being edited.
  const answered = page.locator("#f-traffic-streams-2-answered");
  expect(await answered.inputValue()).toBe(new Intl.NumberFormat("en-US").format(worked.traffic.streams[2]?.answered ?? Number.NaN));
  await answered.focus();
  expect(await answered.inputValue()).toBe(String(worked.traffic.streams[2]?.answered));
  // Tabbing into a grouped figure selects it all, so typing replaces it.
  await page.locator("#f-traffic-streams-2-name").focus();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-traffic-streams-2-answered");
  await page.keyboard.type("7");
  expect(await answered.inputValue()).toBe("7");
  await answered.fill(String(worked.traffic.streams[2]?.answered));
  await page.locator("#cc-step-h").focus();
  await shot("2-traffic");

  await page.getByTestId("next").click();
  expect(await heading()).toContain("Staffing");
  expect(await page.locator("#f-staffing-agents").inputValue()).toBe(String(worked.staffing.agents));
  await shot("3-staffing");

  await page.getByTestId("next").click();
  expect(await heading()).toContain("Costs");
  expect(await page.locator("#f-taxRate").inputValue()).toBe("6%");
  await shot("4-costs");

  await page.getByTestId("next").click();
  expect(await heading()).toContain("Review");
  await page.getByTestId("breakdown").waitFor();
  expect(await reviewTexts()).toEqual(expectedText);
  // Labels are the core's own.
  for (const line of core.value.lines) {
    expect(await page.locator(`[data-label-key="${line.key}"]`).innerText()).toContain(line.label.en);
  }
  expect(await page.getByTestId("composition-chart").getAttribute("role")).toBe("img");
  await page.getByTestId("break-even-minutes").waitFor();
  await shot("5-review");
});

test("the downloaded workbook is a valid xlsx holding the breakdown and the scenario", async () => {
  const button = page.getByTestId("download-xlsx");
  await page.locator('[data-testid="download-xlsx"]:not([disabled])').waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = join(ARTIFACTS, "wizard-download.xlsx");
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const plan = buildPlan(worked, { lang: "en" });
  const sheet = wb.getWorksheet(plan.sheetName);
  expect(sheet).toBeDefined();
  const numbers = breakdownNumbers(core.value);
  // exceljs's reader drops a cached <v>0</v>; read the cached values from the sheet's XML itself.
  const sheetXml = await JSZip.loadAsync(bytes).then((zip) => zip.file(`xl/worksheets/sheet${wb.worksheets.indexOf(sheet as ExcelJS.Worksheet) + 1}.xml`)?.async("string"));
  for (const line of core.value.lines) {
    const address = plan.breakdown[line.key].address;
    const value = sheet?.getCell(address).value as { formula?: string } | undefined;
    // A live formula, with the core's number as its cached result (relative 1e-9).
    expect(typeof value?.formula).toBe("string");
    const cached = new RegExp(`<c r="${address}"[^>]*>(?:(?!</c>).)*?<v>([^<]*)</v>`).exec(sheetXml ?? "")?.[1];
    const want = numbers[line.key];
    expect(Math.abs(Number(cached) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
  }
  const stored = (await customXmlParts(new Uint8Array(bytes))).map(readStoredScenario).find((r) => r.ok);
  expect(stored?.ok && stored.scenario).toEqual(worked);
  await page.getByTestId("status").filter({ hasText: "Downloaded" }).waitFor();
});

test("Save scenario downloads the scenario file; opening a bad file lists its problems as text", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-scenario").click()]);
  const saved = join(ARTIFACTS, "wizard-scenario.json");
  await download.saveAs(saved);
  const v = validateScenario(JSON.parse(readFileSync(saved, "utf8")));
  expect(v.ok && v.scenario).toEqual(worked);

  const hostile = '<img src=x onerror="window.__pwned=1">';
  const bad = join(ARTIFACTS, "wizard-bad-scenario.json");
  writeFileSync(bad, JSON.stringify({ ...example, name: hostile, staffing: { ...example.staffing, agents: -1 } }));
  await page.getByTestId("open-file").setInputFiles(bad);
  await page.getByTestId("status").filter({ hasText: "staffing.agents" }).waitFor();
  expect(await page.getByTestId("status").innerText()).toContain("not a valid scenario");
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The draft was not touched by the refused file.
  expect(await reviewTexts()).toEqual(expectedText);
});

test("switching to Chinese relabels the wizard; the numbers stay the core's", async () => {
  await page.getByTestId("lang-select").selectOption("zh");
  expect(await heading()).toContain("结果");
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  expect(await page.getByTestId("next").innerText()).toBe("下一步");
  for (const line of core.value.lines) {
    expect(await page.locator(`[data-label-key="${line.key}"]`).innerText()).toContain(line.label.zh);
  }
  expect(await reviewTexts()).toEqual(expectedText);
  await shot("5-review-zh");
  await page.getByTestId("nav-1").click();
  expect(await heading()).toContain("话务");
  await shot("2-traffic-zh");
});

test("a wrong value is flagged at its field with the core's message, in Chinese", async () => {
  await page.getByTestId("nav-2").click();
  const agents = page.locator("#f-staffing-agents");
  await agents.fill("-5");
  await agents.blur();
  expect(await agents.getAttribute("aria-invalid")).toBe("true");
  await page.getByRole("alert").filter({ hasText: "必须大于 0（当前为 -5）" }).waitFor();
  await shot("3-staffing-error-zh");
});

test("no uncaught errors in the page, nothing in its console, no request refused", () => {
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

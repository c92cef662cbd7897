/**
 * The bid path in a real browser (Debian's chromium, headless) at 400 px (the task pane) and
 * 1280 px, in English, and at 400 px in Chinese: step 1's choice, the bid example walked through
 * the forecast's steps, the review's figures equal to the core's (computeForecast: the breakdown,
 * every cell of the monthly table, the staffing curve's sentence), both charts drawn with their
 * accessible names, step 6's rates equal to priceScenario's, nothing scrolling sideways, and the
 * workbook downloaded holding the bid sheet. Screenshots of the two charts and of each step go
 * to test-artifacts/bid-*.png.
 *
 * Needs the build (`npm test` builds first) and chromium; without them it fails saying so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { computeForecast, formatFixed, formatNumber, formatValue, intervalStartText, MODELS, MONTH_COLUMN_SPEC, priceScenario, UNITS, type Dec, type Lang, type MonthColumn, type Pricing } from "../../src/core";
import { buildPlan } from "../../src/workbook/plan";
import { bidForecast as bid } from "../fixtures/examples";
import { value } from "../helpers/result";
import { PANE_MONTH_COLUMNS } from "../../src/taskpane/bid/MonthlyTable";
import { ARTIFACTS, type OpenPane, openPane, paneSuite } from "./harness";

const result = value(computeForecast(bid));
const priced = ((): Pricing => {
  const p = value(priceScenario(bid, { breakdown: result.breakdown, forecast: result }));
  if (!p) throw new Error("the bid example is priced");
  return p;
})();

const suite = paneSuite();

const open = (lang: Lang, width: number): Promise<OpenPane> => openPane(suite.browser, suite.origin, lang, width);

const texts = (page: Page, attribute: string): Promise<Record<string, string>> =>
  page.$$eval(`[${attribute}]`, (cells, a) => Object.fromEntries(cells.map((c) => [c.getAttribute(a) ?? "", (c.textContent ?? "").trim()])), attribute);

function shown(c: MonthColumn, d: Dec, lang: Lang): string {
  const { unit, fixed } = MONTH_COLUMN_SPEC[c];
  return fixed === true ? formatFixed(d, UNITS[unit].decimals, lang) : formatNumber(d, unit, lang);
}

const noSidewaysScroll = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

/** Step 1's choice, then the bid example: steps 2–4 are the forecast's, then the review. */
async function walkToReview(page: Page, lang: Lang, width: number): Promise<void> {
  await page.getByTestId("kind-bid").check();
  await page.getByTestId("load-bid-example").click();
  expect(await page.getByTestId("kind-bid").isChecked()).toBe(true);
  for (const step of [1, 2, 3]) {
    await page.getByTestId("next").click();
    await page.getByTestId(`step-${step}`).waitFor();
    expect(await page.locator(`[data-path^="forecast."]`).count()).toBeGreaterThan(0);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: join(ARTIFACTS, `bid-${width}-${lang}-step${step + 1}.png`), fullPage: true });
  }
  await page.getByTestId("next").click();
  await page.getByTestId("bid-review").waitFor();
  await page.locator('[data-testid="staffing-chart"] svg').waitFor();
  await page.locator('[data-testid="monthly-chart"] svg').waitFor();
}

describe.each([400, 1280])("the bid path at %i px (English)", (width) => {
  test("the review and the price are the core's; both charts are drawn and named; the workbook holds the bid sheet", async () => {
    const { page, errors, close } = await open("en", width);
    try {
      await walkToReview(page, "en", width);
      const values = await texts(page, "data-key");
      for (const l of result.breakdown.lines) expect({ key: l.key, shown: values[l.key] }).toEqual({ key: l.key, shown: formatValue(l.value, l.unit, bid.currency, "en") });
      const cells = await texts(page, "data-month-cell");
      for (const row of result.months) for (const c of PANE_MONTH_COLUMNS) expect({ cell: `${row.month}.${c}`, shown: cells[`${row.month}.${c}`] }).toEqual({ cell: `${row.month}.${c}`, shown: shown(c, row[c], "en") });

      // The curve: the peak month, its peak and its staffed hours (08:00–22:00 in the example).
      const peaks = result.months.map((m) => m.peakAgents.toNumber());
      const month = peaks.indexOf(Math.max(...peaks)) + 1;
      const agents = result.agents[month - 1] ?? [];
      const most = Math.max(...agents);
      const at = (i: number): string => intervalStartText(i, bid.forecast.intervalMinutes);
      expect(await page.getByTestId("curve-text").innerText()).toBe(`Month ${month} needs at most ${most} agents logged in, at ${at(agents.indexOf(most))}; agents are needed from 08:00 to 22:00.`);
      // One bar per staffed interval and one either side (07:30 … 22:00); one bar per month.
      const staffed = agents.filter((n) => n > 0).length;
      expect(await page.getByTestId("staffing-chart").getAttribute("data-bars")).toBe(String(staffed + 2));
      expect(await page.getByTestId("monthly-chart").getAttribute("data-bars")).toBe(String(bid.forecast.months));
      expect(await page.locator('[data-testid="staffing-chart"] [role="region"]').getAttribute("aria-label")).toContain(`agents needed in each interval of month ${month}`);
      expect(await page.locator('[data-testid="monthly-chart"] [role="region"]').getAttribute("aria-label")).toContain("cost per month (bars, left axis) and headcount");
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `bid-${width}-en-review.png`), fullPage: true });
      await page.getByTestId("staffing-curve").screenshot({ path: join(ARTIFACTS, `bid-${width}-en-curve.png`) });
      await page.getByTestId("monthly").screenshot({ path: join(ARTIFACTS, `bid-${width}-en-monthly.png`) });

      // The workbook: the bid sheet (and the quote sheet, the bid being priced).
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
      const file = join(ARTIFACTS, `bid-${width}-download.xlsx`);
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const plan = buildPlan(bid, { lang: "en" });
      expect(wb.worksheets.map((s) => s.name)).toEqual([plan.sheetName, plan.quote?.sheetName]);

      // Step 6 prices the bid as the core does.
      await page.getByTestId("nav-5").click();
      await page.getByTestId("rate-card").waitFor();
      const rates = await texts(page, "data-rate");
      for (const m of priced.models) expect({ model: m.key, rate: rates[m.key] }).toEqual({ model: m.key, rate: formatNumber(m.rate, MODELS[m.key].unit, "en") });
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `bid-${width}-en-price.png`), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

test("the bid path at 400 px in Chinese: the same figures, the sentences in Chinese", async () => {
  const { page, errors, close } = await open("zh", 400);
  try {
    await walkToReview(page, "zh", 400);
    const cells = await texts(page, "data-month-cell");
    for (const row of result.months) expect(cells[`${row.month}.total`]).toBe(shown("total", row.total, "zh"));
    expect(await page.getByTestId("curve-text").innerText()).toMatch(/^第 \d+ 月最多需要 \d+ 名座席同时在线（\d\d:\d\d）；08:00 至 22:00 需要座席。$/);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(ARTIFACTS, "bid-400-zh-review.png"), fullPage: true });
    await page.getByTestId("staffing-curve").screenshot({ path: join(ARTIFACTS, "bid-400-zh-curve.png") });
    await page.getByTestId("monthly").screenshot({ path: join(ARTIFACTS, "bid-400-zh-monthly.png") });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

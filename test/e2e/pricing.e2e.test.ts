/**
 * Step 6, Price · 报价, in a real browser (Debian's chromium, headless): the worked example at
 * 400 px (the task pane) and 1280 px (a browser window), in English and at 400 px in Chinese.
 * The rate card's figures equal the core's (and the README's: 5,961.61 per seat-month, 270.98
 * per person-day), the chart is there with one solid and one dashed line per model, the verdict
 * sentence is the hand-worked one, nothing scrolls sideways, and the workbook downloaded from
 * this step holds the quote sheet. Screenshots go to test-artifacts/pricing-*.png.
 *
 * Needs the build (`npm test` builds first) and chromium; without them it fails saying so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { computeBreakdown, computePricing, formatNumber, formatValue, MODELS, type Lang, type Pricing } from "../../src/core";
import { buildPlan } from "../../src/workbook/plan";
import { workedExample } from "../fixtures/examples";
import { value } from "../helpers/result";
import { ARTIFACTS, type OpenPane, openPane, paneSuite } from "./harness";

const pricing = ((): Pricing => {
  const p = value(computePricing(workedExample, value(computeBreakdown(workedExample))));
  if (!p) throw new Error("the worked example is priced");
  return p;
})();

/** The verdict, worked by hand from the example's risk table (docs/wizard.md): 1 − 0.85 ÷ 0.7 = −21.43 %, 1 − 0.85 ÷ 1.3 = 34.62 %. */
const VERDICT: Readonly<Record<Lang, string>> = {
  en:
    "If volume falls to 70%, billing per seat-month, per person-day or per hour keeps the most margin (15.00%, against -21.43% per talk minute, per answered call or per standard call); " +
    "if volume rises to 130%, billing per talk minute, per answered call or per standard call earns the most margin (34.62%, against 15.00% per seat-month, per person-day or per hour).",
  zh:
    "业务量降至 70% 时，按座席月、按人天或按小时保住的毛利率最高（15.00%；按通话分钟、按应答量（每通）或按折算应答量（每通）为 -21.43%）；" +
    "业务量升至 130% 时，按通话分钟、按应答量（每通）或按折算应答量（每通）的毛利率最高（34.62%；按座席月、按人天或按小时为 15.00%）。",
};

const suite = paneSuite();

/** The example loaded and step 6 open, the chart drawn; errors of the page collected. */
async function openStep6(lang: Lang, width: number): Promise<OpenPane> {
  const pane = await openPane(suite.browser, suite.origin, lang, width);
  await pane.page.getByTestId("load-example").click();
  await pane.page.getByTestId("nav-5").click();
  await pane.page.locator('[data-testid="risk-chart"] svg').waitFor();
  return pane;
}

const texts = (page: Page, attribute: string): Promise<Record<string, string>> =>
  page.$$eval(`[${attribute}]`, (cells, a) => Object.fromEntries(cells.map((c) => [c.getAttribute(a) ?? "", (c.textContent ?? "").trim()])), attribute);

describe.each([400, 1280])("step 6 at %i px (English)", (width) => {
  test("the rate card, totals, chart and verdict are the core's; nothing scrolls sideways; the workbook holds the quote sheet", async () => {
    const { page, errors, close } = await openStep6("en", width);
    try {
      const rates = await texts(page, "data-rate");
      const withTax = await texts(page, "data-rate-with-tax");
      const tax = pricing.inputs.taxRate.plus(1);
      for (const m of pricing.models) {
        expect({ model: m.key, rate: rates[m.key] }).toEqual({ model: m.key, rate: formatNumber(m.rate, MODELS[m.key].unit, "en") });
        expect({ model: m.key, rate: withTax[m.key] }).toEqual({ model: m.key, rate: formatNumber(m.rate.times(tax), MODELS[m.key].unit, "en") });
      }
      // The README's rate card (README.md, "The rate card"), typed here by hand.
      expect([rates.seatMonth, rates.personDay, rates.hour, rates.talkMinute, withTax.seatMonth]).toEqual(["5,961.61", "270.98", "33.87", "0.8398", "6,319.30"]);
      const totals = await texts(page, "data-total");
      expect(totals).toEqual({
        price: formatValue(pricing.price, "money", "CNY", "en"),
        priceWithTax: formatValue(pricing.priceWithTax, "money", "CNY", "en"),
        minimumFee: formatValue(pricing.minimumFee, "money", "CNY", "en"),
        prepayment: formatValue(pricing.prepayment, "money", "CNY", "en"),
      });
      expect(totals.price).toBe("¥28,901,870.59");
      expect(totals.minimumFee).toBe("¥11,923.21");

      // One solid and one dashed line per model (the example has deductions and a holdback).
      const chart = page.getByTestId("risk-chart");
      expect(await chart.getAttribute("data-lines")).toBe(String(2 * pricing.models.length));
      // Each line is a list of its points for screen readers; it is drawn as segments `lineID…_<line>_<segment>`.
      expect(await chart.locator('svg g[role="listbox"]').count()).toBe(2 * pricing.models.length);
      const dashed = await chart.locator('svg line[id^="lineID"]').evaluateAll((ls) => new Set(ls.filter((l) => l.getAttribute("stroke-dasharray") === "6 4").map((l) => l.id.split("_")[1])).size);
      expect(dashed).toBe(pricing.models.length);
      expect(await page.locator('[data-testid="risk-chart"] [role="region"]').getAttribute("aria-label")).toContain("one line per billing model");
      expect(await page.getByTestId("risk-verdict").innerText()).toBe(VERDICT.en);
      expect(await page.$$eval("[data-testid=risk-table] thead [data-group]", (ths) => ths.map((t) => t.getAttribute("data-group")))).toEqual([
        "seatMonth personDay hour",
        "talkMinute answeredCall standardCall",
      ]);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(ARTIFACTS, `pricing-${width}-en.png`), fullPage: true });
      // The README's picture (docs/img/step6-400-en.png): the rate card and the volume risk.
      await page.getByTestId("pricing-results").screenshot({ path: join(ARTIFACTS, `pricing-${width}-en-results.png`) });

      // The workbook from this step: the breakdown and, the scenario being priced, the quote sheet.
      const button = page.getByTestId("download-xlsx");
      expect(await button.innerText()).toBe("Download workbook with quote (.xlsx)");
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const file = join(ARTIFACTS, `pricing-${width}-download.xlsx`);
      await download.saveAs(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const plan = buildPlan(workedExample, { lang: "en" });
      expect(wb.worksheets.map((s) => s.name)).toEqual([plan.sheetName, plan.quote?.sheetName]);
      const quote = wb.worksheets[1];
      const words: string[] = [];
      quote?.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && words.push(c.value)));
      expect(words).toEqual(expect.arrayContaining(["Rate card", "Per seat-month", "Per person-day"]));
      await page.getByTestId("status").filter({ hasText: "the breakdown sheet and the quote sheet" }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

test("step 6 at 400 px in Chinese: the verdict in Chinese, the same figures", async () => {
  const { page, errors, close } = await openStep6("zh", 400);
  try {
    expect(await page.getByTestId("risk-verdict").innerText()).toBe(VERDICT.zh);
    const rates = await texts(page, "data-rate");
    expect([rates.seatMonth, rates.personDay]).toEqual(["5,961.61", "270.98"]);
    expect(await page.getByTestId("download-xlsx").innerText()).toBe("下载工作簿（含报价单，.xlsx）");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.screenshot({ path: join(ARTIFACTS, "pricing-400-zh.png"), fullPage: true });
    await page.getByTestId("pricing-results").screenshot({ path: join(ARTIFACTS, "pricing-400-zh-results.png") });
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

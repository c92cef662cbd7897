/**
 * The prerendered page (src/taskpane/prerender.tsx) in Debian's chromium: taskpane.html itself
 * shows step 1 in the language the wizard starts in, looks exactly as the live wizard does, and
 * stays inert until taskpane.js has taken it over; then it answers, with nothing in the console.
 *
 * Needs the build (`npm test` builds first) and chromium; without them it fails saying so.
 */
import type { Page } from "playwright-core";
import { localContext, paneSuite } from "./harness";

const suite = paneSuite();

/** A page at the task pane's width in `locale`; `withScript` false: taskpane.js never arrives. */
async function open(locale: string, withScript: boolean, errors: string[]): Promise<Page> {
  const context = await localContext(suite.browser, suite.origin, { locale, viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !(withScript === false && /taskpane\.js/.test(m.text() + m.location().url))) errors.push(m.text());
  });
  if (!withScript) await page.route("**/taskpane.js", (route) => route.abort());
  await page.goto(`${suite.origin}/taskpane.html`);
  return page;
}

const state = (page: Page): Promise<{ heading: string; htmlLang: string; dataLang: string | null; inert: boolean }> =>
  page.evaluate(() => ({
    heading: document.getElementById("cc-step-h")?.textContent ?? "",
    htmlLang: document.documentElement.lang,
    dataLang: document.querySelector("#root [data-lang]")?.getAttribute("data-lang") ?? null,
    inert: document.getElementById("root")?.hasAttribute("inert") ?? false,
  }));

describe.each([
  ["en-US", "en", "Step 1 of 6: Scenario"],
  ["zh-CN", "zh", "第 1 步，共 6 步: 方案"],
])("locale %s", (locale, lang, heading) => {
  test("without any of our JavaScript, the page shows step 1 in its language, inert", async () => {
    const errors: string[] = [];
    const page = await open(locale, false, errors);
    try {
      await page.locator("#cc-step-h").waitFor();
      expect(await state(page)).toEqual({ heading, htmlLang: locale, dataLang: lang, inert: true });
      await page.waitForFunction(() => performance.getEntriesByName("cc-wizard-visible").length > 0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test("taskpane.js takes it over: the same pixels, then live", async () => {
    const errors: string[] = [];
    const before = await open(locale, false, errors);
    const after = await open(locale, true, errors);
    try {
      await before.locator("#cc-step-h").waitFor();
      const painted = await before.screenshot({ fullPage: true });
      await after.waitForFunction(() => performance.getEntriesByName("cc-wizard-interactive").length > 0);
      expect(await state(after)).toEqual({ heading, htmlLang: locale, dataLang: lang, inert: false });
      expect((await after.screenshot({ fullPage: true })).equals(painted)).toBe(true);
      // Live: the example loads and the next step opens.
      await after.getByTestId("load-example").click();
      await after.getByTestId("next").click();
      await after.locator('[data-testid="step-1"]').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await before.context().close();
      await after.context().close();
    }
  });
});

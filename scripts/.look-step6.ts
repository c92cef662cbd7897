// Temporary: screenshots of step 6 (deleted before commit).
import { launchChromium, localContext, serveTaskpane } from "../test/e2e/harness";
(async () => {
  const server = await serveTaskpane();
  const browser = await launchChromium();
  const widths = (process.env.WIDTHS ?? "320,400,450,1280").split(",").map(Number);
  for (const lang of ["en", "zh"]) {
    const context = await localContext(browser, server.origin, { locale: lang === "zh" ? "zh-CN" : "en-US", viewport: { width: 400, height: 900 } });
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
    page.on("pageerror", (e) => console.log("pageerror:", e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.click('[data-testid="load-example"]');
    await page.click('[data-testid="nav-5"]');
    await page.waitForSelector('[data-testid="risk-chart"] svg', { timeout: 20000 });
    for (const w of widths) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.waitForTimeout(400);
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(lang, w, "scrollWidth", sw);
      await page.screenshot({ path: `/tmp/step6-shots/${lang}-${w}.png`, fullPage: true });
      if (process.env.PARTS) {
        await page.getByTestId("pricing-results").screenshot({ path: `/tmp/step6-shots/${lang}-${w}-results.png` });
        await page.locator(".cc-groups").screenshot({ path: `/tmp/step6-shots/${lang}-${w}-form.png` });
      }
    }
    await context.close();
  }
  await browser.close();
  await server.close();
})().catch((e) => { console.error(e); process.exit(1); });

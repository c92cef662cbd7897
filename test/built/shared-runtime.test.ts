/**
 * The shared-runtime page in a real browser (Debian's chromium): dist/taskpane.html must load
 * office.js, then dist/functions.js, which registers every CC function with office.js's own
 * CustomFunctions — both when Microsoft's CDN answers and, offline, through the page's fallback
 * to the copy `npm start` serves under /office-js/.
 */
import type { Browser, Page } from "playwright-core";
import type { FunctionsMetadata } from "../../scripts/functions-meta";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, launchChromium, localContext, requireBuildAndBrowser, serveTaskpane, type StaticServer } from "../e2e/harness";

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  requireBuildAndBrowser();
  server = await serveTaskpane();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ids = (): string[] => (JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as FunctionsMetadata).functions.map((f) => f.id);

/** The ids office.js holds after the page loaded, and a call through its mapping. */
async function registered(page: Page): Promise<{ ids: string[]; seatCost: unknown; officeSrc: string[] }> {
  await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "load" });
  return page.evaluate(() => {
    const cf = (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> } } }).CustomFunctions;
    const mappings = cf._association.mappings;
    const officeSrc = Array.from(document.scripts)
      .map((s) => s.src)
      .filter((s) => s.endsWith("office.js"));
    return { ids: Object.keys(mappings), seatCost: mappings.SEATCOST?.(220, null, null, null, null), officeSrc };
  });
}

test("with office.js from the CDN, the page registers every function", async () => {
  const context = await localContext(browser, server.origin);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const r = await registered(page);
    expect(r.ids.sort()).toEqual(ids().sort());
    expect(r.seatCost).toBe(4840);
    expect(errors.filter((e) => /functions\.js|CustomFunctions/.test(e))).toEqual([]);
  } finally {
    await context.close();
  }
});

test("offline, the page falls back to /office-js/office.js and still registers every function", async () => {
  const context = await browser.newContext();
  await context.route("**/*", (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort("internetdisconnected")));
  try {
    const page = await context.newPage();
    const r = await registered(page);
    expect(r.officeSrc.some((s) => s.startsWith(`${server.origin}/office-js/`))).toBe(true);
    expect(r.ids.sort()).toEqual(ids().sort());
    expect(r.seatCost).toBe(4840);
  } finally {
    await context.close();
  }
});

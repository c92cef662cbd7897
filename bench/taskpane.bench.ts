/**
 * Time to first render of the task pane in headless chromium: navigation start → the wizard's
 * first step on screen (the page's own performance mark "cc-wizard-visible", set when step 1
 * has been committed), beside two plain baselines served the same way in the same run:
 *   - static: an HTML page with the same heading and nothing else;
 *   - static + office.js: the same page with the task pane's office.js loading (the CDN URL
 *     answered from the npm package, as in the e2e test), to separate office.js from our bundle.
 * Every load uses a fresh browser context (cold cache). Needs `npm run build` and chromium.
 * BENCH_BEFORE=<a copy of an earlier dist/> adds that build as a fourth case, measured in the same
 * run, so a change is compared under the same conditions of the shared machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { DIST, launchChromium, localContext, OFFICE_JS, requireBuildAndBrowser, serveStatic } from "../test/e2e/harness";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BEFORE = process.env.BENCH_BEFORE;
const OFFICE_CDN_SCRIPT = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

function page(withOffice: boolean): string {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>CC Pricing</title>${
    withOffice ? OFFICE_CDN_SCRIPT : ""
  }</head><body><main><h2 id="cc-step-h">Scenario</h2></main><script>performance.mark("cc-wizard-visible")</script></body></html>`;
}

interface Sample {
  readonly visible: number;
  readonly fcp: number;
}

async function load(browser: Browser, origin: string, path: string): Promise<Sample> {
  const context = await localContext(browser, origin, { locale: "en-US", viewport: { width: 320, height: 720 } });
  try {
    const p = await context.newPage();
    await p.goto(`${origin}${path}`);
    await p.locator("#cc-step-h").waitFor();
    // First contentful paint is reported just after the frame; wait for the entry, not a fixed time.
    await p.waitForFunction(() => performance.getEntriesByName("cc-wizard-visible").length > 0 && performance.getEntriesByName("first-contentful-paint").length > 0);
    return await p.evaluate(() => ({
      visible: performance.getEntriesByName("cc-wizard-visible")[0]?.startTime ?? Number.NaN,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    }));
  } finally {
    await context.close();
  }
}

function stats(xs: readonly number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(0).padStart(5)} ms   min ${at(0).toFixed(0).padStart(5)}   p90 ${at(0.9).toFixed(0).padStart(5)}`;
}

async function main(): Promise<void> {
  requireBuildAndBrowser();
  const baseDir = mkdtempSync(join(tmpdir(), "cc-bench-"));
  writeFileSync(join(baseDir, "static.html"), page(false));
  writeFileSync(join(baseDir, "static-office.html"), page(true));
  const server = await serveStatic([
    { prefix: "/office-js/", dir: OFFICE_JS },
    { prefix: "/baseline/", dir: baseDir },
    ...(BEFORE ? [{ prefix: "/before/", dir: BEFORE }] : []),
    { prefix: "/", dir: DIST },
  ]);
  const browser = await launchChromium();
  const cases = [
    { name: "static page (baseline)", path: "/baseline/static.html" },
    { name: "static page + office.js (baseline)", path: "/baseline/static-office.html" },
    { name: "task pane wizard (ours)", path: "/taskpane.html" },
    ...(BEFORE ? [{ name: "task pane wizard (BENCH_BEFORE)", path: "/before/taskpane.html" }] : []),
  ];
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
  try {
    // One warm-up of each (disk cache of the OS, chromium's first start), then interleaved runs
    // so a slow moment of the shared machine hits every case alike.
    for (const c of cases) await load(browser, server.origin, c.path);
    for (let i = 0; i < RUNS; i++) {
      for (const c of cases) samples.get(c.name)?.push(await load(browser, server.origin, c.path));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(baseDir, { recursive: true, force: true });
  }
  console.log(`task pane first render, headless chromium, 320×720, cold context, ${RUNS} runs each`);
  console.log("navigation start → step 1 visible (performance mark):");
  for (const c of cases) console.log(`  ${c.name.padEnd(36)} ${stats((samples.get(c.name) ?? []).map((x) => x.visible))}`);
  console.log("navigation start → first contentful paint:");
  for (const c of cases) console.log(`  ${c.name.padEnd(36)} ${stats((samples.get(c.name) ?? []).map((x) => x.fcp))}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

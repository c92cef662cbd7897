/**
 * Time to first render of the task pane in headless chromium, beside two plain baselines served
 * the same way in the same run:
 *   - static: an HTML page with the same heading and nothing else;
 *   - static + office.js: the same page with the task pane's office.js loading (the CDN URL
 *     answered from the npm package, as in the e2e test), to separate office.js from our bundle;
 *   - step 1 as plain HTML: step 1's English words and controls with office.js and nothing else
 *     (no style, no script of ours) — the least any page showing this step 1 costs here;
 *   - step 1 styled, without our scripts: the built page minus functions.js and taskpane.js —
 *     what the prerendered markup and its styles cost before any of our JavaScript runs.
 * Three figures per page, each from navigation start:
 *   - step 1 on screen: the page's performance mark "cc-wizard-visible", set once the browser
 *     reports the first contentful paint — on this page, step 1 (src/taskpane/paintMark.ts);
 *   - step 1 interactive: the mark "cc-wizard-interactive", set by the wizard's first effect, once
 *     React has taken the page over (hydrated the prerendered step 1) and answers input. A build
 *     from before the prerendered page has only the first mark, set at that same moment: it is
 *     read for both;
 *   - first contentful paint, as the browser reports it.
 * The breakdown line says where the wizard's time goes (resource timing and the same marks).
 * Every load uses a fresh browser context (cold cache). Needs `npm run build` and chromium.
 * BENCH_BEFORE=<a copy of an earlier dist/> adds that build as one more case, measured in the same
 * run, so a change is compared under the same conditions of the shared machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  }</head><body><main><h2 id="cc-step-h">Scenario</h2></main><script>performance.mark("cc-wizard-visible");performance.mark("cc-wizard-interactive")</script></body></html>`;
}

/** The built page without our two scripts: office.js, the prerendered step 1 and its styles stay. */
function withoutScripts(built: string): string {
  const stripped = built.replace(/<script defer src="(functions|taskpane)\.js"><\/script>/g, "");
  if (stripped === built) throw new Error("bench: taskpane.html no longer loads functions.js and taskpane.js as deferred scripts; update withoutScripts");
  return stripped;
}

/**
 * Step 1's English markup as a plain page: the built head up to its first style sheet (title,
 * icon, office.js), then the markup itself in the body — no style, no template, no script of ours.
 */
function plainStepOne(built: string): string {
  const markup = /<template id="cc-pane-en">([\s\S]*?)<\/template>/.exec(built)?.[1];
  const headEnd = built.indexOf("<style");
  if (markup === undefined || headEnd < 0) throw new Error("bench: taskpane.html has no prerendered English step 1; update plainStepOne");
  return `${built.slice(0, headEnd)}</head><body><div id="root">${markup.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "")}</div></body></html>`;
}

interface Sample {
  readonly visible: number;
  readonly interactive: number;
  readonly fcp: number;
  /** For the breakdown: when the last of our two scripts (functions.js, taskpane.js) had arrived. */
  readonly scriptsFetched: number;
}

/** `scripted`: the page runs our scripts and so will mark "interactive"; the floor pages never do. */
async function load(browser: Browser, origin: string, path: string, scripted: boolean): Promise<Sample> {
  const context = await localContext(browser, origin, { locale: "en-US", viewport: { width: 320, height: 720 } });
  try {
    const p = await context.newPage();
    await p.goto(`${origin}${path}`);
    await p.locator("#cc-step-h").waitFor();
    // First contentful paint is reported just after the frame; wait for the entries, not a fixed time.
    // (No named helpers inside these callbacks: they run in the page, where tsx's name-keeping
    // helper does not exist.)
    const marks = ["cc-wizard-visible", "first-contentful-paint", "cc-wizard-interactive"];
    await p.waitForFunction(
      ([names, needsInteractive]) =>
        performance.getEntriesByName(names[1] ?? "").length > 0 &&
        (!needsInteractive || performance.getEntriesByName(names[0] ?? "").length > 0) &&
        (!needsInteractive || performance.getEntriesByName(names[2] ?? "").length > 0 || document.querySelector("template[id^=cc-pane-]") === null),
      [marks, scripted] as const,
    );
    const [visible = Number.NaN, fcp = Number.NaN, interactive = Number.NaN, scriptsFetched = Number.NaN] = await p.evaluate(
      (names) => [
        ...names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
        Math.max(...performance.getEntriesByType("resource").map((r) => (/\/(functions|taskpane)\.js$/.test(r.name) ? (r as PerformanceResourceTiming).responseEnd : 0))),
      ],
      marks,
    );
    // The floor pages have no mark of ours: what is on screen there is their first contentful paint.
    const onScreen = Number.isNaN(visible) && !scripted ? fcp : visible;
    return { visible: onScreen, fcp, interactive: Number.isNaN(interactive) && scripted ? onScreen : interactive, scriptsFetched };
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
  const built = readFileSync(join(DIST, "taskpane.html"), "utf8");
  writeFileSync(join(baseDir, "plain.html"), plainStepOne(built));
  writeFileSync(join(baseDir, "unscripted.html"), withoutScripts(built));
  const server = await serveStatic([
    { prefix: "/office-js/", dir: OFFICE_JS },
    { prefix: "/baseline/", dir: baseDir },
    // At the root like the page itself, so its relative URLs (icon, office-js/) resolve the same.
    { prefix: "/step1-", dir: baseDir },
    ...(BEFORE ? [{ prefix: "/before/", dir: BEFORE }] : []),
    { prefix: "/", dir: DIST },
  ]);
  const browser = await launchChromium();
  const cases = [
    { name: "static page (baseline)", path: "/baseline/static.html", scripted: true },
    { name: "static page + office.js (baseline)", path: "/baseline/static-office.html", scripted: true },
    { name: "step 1 as plain HTML (floor)", path: "/step1-plain.html", scripted: false },
    { name: "step 1 styled, without our scripts", path: "/step1-unscripted.html", scripted: false },
    { name: "task pane wizard (ours)", path: "/taskpane.html", scripted: true },
    ...(BEFORE ? [{ name: "task pane wizard (BENCH_BEFORE)", path: "/before/taskpane.html", scripted: true }] : []),
  ];
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
  try {
    // One warm-up of each (disk cache of the OS, chromium's first start), then interleaved runs
    // so a slow moment of the shared machine hits every case alike.
    for (const c of cases) await load(browser, server.origin, c.path, c.scripted);
    for (let i = 0; i < RUNS; i++) {
      for (const c of cases) samples.get(c.name)?.push(await load(browser, server.origin, c.path, c.scripted));
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(baseDir, { recursive: true, force: true });
  }
  console.log(`task pane first render, headless chromium, 320×720, cold context, ${RUNS} runs each`);
  const table = (title: string, pick: (x: Sample) => number, only: (c: (typeof cases)[number]) => boolean = () => true): void => {
    console.log(title);
    for (const c of cases.filter(only)) console.log(`  ${c.name.padEnd(36)} ${stats((samples.get(c.name) ?? []).map(pick))}`);
  };
  table("navigation start → step 1 on screen (mark cc-wizard-visible, at its first contentful paint):", (x) => x.visible);
  table("navigation start → step 1 interactive (mark cc-wizard-interactive: React has taken the page over):", (x) => x.interactive, (c) => c.scripted);
  table("navigation start → first contentful paint:", (x) => x.fcp);
  const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const ours = samples.get("task pane wizard (ours)") ?? [];
  console.log(
    `breakdown of ours (medians): functions.js + taskpane.js fetched ${median(ours.map((x) => x.scriptsFetched)).toFixed(0)} ms, ` +
      `on screen ${median(ours.map((x) => x.visible)).toFixed(0)} ms, interactive ${median(ours.map((x) => x.interactive)).toFixed(0)} ms ` +
      `(interactive − fetched: evaluating the scripts, React's first render or hydration, the first effects)`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

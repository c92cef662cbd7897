/**
 * What the real-browser test and the task-pane bench share: a tiny static file server on
 * 127.0.0.1 (a random port) over the built dist/ — plus office.js from the npm package under
 * /office-js/, as `npm start` serves it — and Debian's chromium driven by playwright-core.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Fail with what to do, not with a stack trace from deep inside the browser driver. */
export function requireBuildAndBrowser(): void {
  if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "taskpane.js"))) {
    throw new Error(`dist/taskpane.html is missing: run \`npm run build\` first (\`npm test\` builds before running jest).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: install Debian's package (\`apt-get install -y chromium\`, which scripts/ensure-system-deps.sh does) or set CHROMIUM_PATH.`,
    );
  }
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface StaticServer {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serve `mounts` (URL prefix → folder) read-only; anything outside them is 404. */
export async function serveStatic(mounts: readonly { readonly prefix: string; readonly dir: string }[]): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    // Longest prefix first so /office-js/ wins over /.
    const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => path.startsWith(m.prefix));
    const file = mount ? normalize(join(mount.dir, path.slice(mount.prefix.length))) : undefined;
    if (!mount || !file || !(file === mount.dir || file.startsWith(mount.dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** The task pane as `npm start` serves it: dist/ at the root, office.js under /office-js/. */
export function serveTaskpane(): Promise<StaticServer> {
  return serveStatic([
    { prefix: "/office-js/", dir: OFFICE_JS },
    { prefix: "/", dir: DIST },
  ]);
}

/** Debian's chromium, headless, with a fresh profile (toolchain.md's flags). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Where the page loads office.js from in production (webpack.config.js). */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * A context that never touches the network: our server is reached as usual, Microsoft's
 * office.js CDN is answered from the npm package's identical files (office.js loads siblings
 * from its own base URL), and anything else remote is refused at once.
 */
export async function localContext(browser: Browser, origin: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = join(OFFICE_JS, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_JS + sep) && existsSync(file) && statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
      }
    }
    return route.abort("internetdisconnected");
  });
  return context;
}

export interface OpenPane {
  readonly page: Page;
  /** The page's uncaught exceptions, console errors and failed requests, as text. */
  readonly errors: string[];
  readonly close: () => Promise<void>;
}

/** The pane in a fresh offline context of the given language and width, its errors collected. */
export async function openPane(browser: Browser, origin: string, lang: "en" | "zh", width: number): Promise<OpenPane> {
  const context = await localContext(browser, origin, { locale: lang === "zh" ? "zh-CN" : "en-US", viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(`${origin}/taskpane.html`);
  return { page, errors, close: () => context.close() };
}

/** The served dist/ and the chromium of one test file: `browser` and `origin` once its tests run. */
export interface PaneSuite {
  readonly browser: Browser;
  readonly origin: string;
}

/**
 * Starts the server and chromium before a test file's tests (after checking the build and the
 * browser, and making the artefacts folder) and closes both after them.
 */
export function paneSuite(): PaneSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuildAndBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveTaskpane();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("paneSuite: the browser starts in beforeAll");
      return browser;
    },
    get origin(): string {
      if (!server) throw new Error("paneSuite: the server starts in beforeAll");
      return server.origin;
    },
  };
}

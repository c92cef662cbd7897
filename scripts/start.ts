/**
 * `npm start`:
 * 1. prints the quote for the built-in worked example (the CLI, so `npm ci && npm start` shows
 *    the pricing core working even without Excel);
 * 2. builds the add-in (skip with `npm start -- --no-build`);
 * 3. serves dist/ over https://localhost:3000 (certificates without sudo, see serve.ts);
 * 4. on Windows/macOS sideloads into desktop Excel through `npx office-addin-debugging`
 *    (not a dependency: it pulls a native module); elsewhere prints how to sideload into Excel
 *    on the web. Keeps serving until Ctrl+C.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, devCertificates, serveAddin } from "./serve";

const args = process.argv.slice(2);
const PORT = Number(process.env.PORT ?? 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const manifest = join(ROOT, "manifest.xml");

function run(command: string, commandArgs: string[]): boolean {
  const r = spawnSync(command, commandArgs, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  return r.status === 0;
}

function exampleQuote(): void {
  const example = join(ROOT, "examples", "worked-example.json");
  if (!existsSync(join(ROOT, "src", "cli", "quote.ts")) || !existsSync(example)) return;
  console.log("── Worked example (npm run quote -- examples/worked-example.json) ──");
  if (!run(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", "quote.ts"), example])) {
    console.log("(the example quote failed; continuing with the add-in)");
  }
  console.log("");
}

function sideloadHelp(): void {
  const url = `https://localhost:${PORT}`;
  console.log(`
The add-in is served at ${url}/taskpane.html (functions: ${url}/functions.json).
Manifest: ${manifest}

Sideload into Excel on the web (this machine has no desktop Excel):
  1. Open ${url}/taskpane.html once in your browser and accept the self-signed certificate
     (or run \`npx office-addin-dev-certs install\` on a machine where you can trust a CA).
  2. Open a workbook at https://www.office.com → Excel.
  3. Home → Add-ins → More Add-ins (or Insert → Add-ins) → Upload My Add-in → choose the manifest above.
  4. Type =CC. in a cell to see the functions; the Home tab has a "Quote wizard" button.
See docs/functions-sideload.md for Windows and Mac. Ctrl+C stops the server.
`);
}

async function main(): Promise<void> {
  exampleQuote();
  if (!args.includes("--no-build") || !existsSync(join(DIST, "functions.js"))) {
    console.log("── Building the add-in (npm run build) ──");
    if (!run(process.execPath, [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"])) {
      throw new Error("the build failed (see above)");
    }
  }
  if (desktop && !existsSync(join(homedir(), ".office-addin-dev-certs", "localhost.crt"))) {
    // Desktop Excel only loads add-ins from a trusted certificate; this asks the OS to trust one.
    run(npx, ["--yes", "office-addin-dev-certs", "install"]);
  }
  const certificate = devCertificates();
  const server = await serveAddin({ port: PORT, certificate });
  console.log(`── Serving dist/ on https://localhost:${PORT} (certificate: ${certificate.source}) ──`);

  let sideloaded = false;
  if (desktop) {
    console.log("── Sideloading into desktop Excel (npx office-addin-debugging) ──");
    sideloaded = run(npx, ["--yes", "office-addin-debugging", "start", manifest, "desktop", "--app", "excel", "--dev-server-port", String(PORT)]);
    if (!sideloaded) console.log("Sideloading failed; see docs/functions-sideload.md to sideload by hand.");
  }
  if (!sideloaded) sideloadHelp();

  const stop = () => {
    if (sideloaded) spawnSync(npx, ["--yes", "office-addin-debugging", "stop", manifest], { stdio: "inherit", shell: process.platform === "win32" });
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

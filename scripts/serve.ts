/**
 * A small static https server for the built add-in: dist/ at the root, and the whole
 * @microsoft/office-js dist/ folder under /office-js/ (office.js loads sibling files) for
 * offline and standalone runs. Certificates come from `devCertificates()`: office-addin-dev-certs'
 * files when present, else a self-signed localhost pair made with openssl in .certs/ (no sudo).
 *
 * Used by `npm start` (scripts/start.ts); tests and browser checks can import `serveAddin`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const DIST = join(ROOT, "dist");
export const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  /** Where the pair came from, for the start-up message. */
  source: string;
}

/**
 * A certificate for https://localhost. Prefers office-addin-dev-certs' files (trusted by the OS
 * once `npx office-addin-dev-certs install` ran — what desktop Excel needs); otherwise makes a
 * self-signed pair in .certs/ with openssl, valid 30 days, renewed when older than 25.
 */
export function devCertificates(): Certificate {
  const officeDir = join(homedir(), ".office-addin-dev-certs");
  const officeKey = join(officeDir, "localhost.key");
  const officeCert = join(officeDir, "localhost.crt");
  if (existsSync(officeKey) && existsSync(officeCert)) {
    return { key: readFileSync(officeKey), cert: readFileSync(officeCert), source: officeDir };
  }
  const dir = join(ROOT, ".certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  const fresh = existsSync(cert) && existsSync(key) && Date.now() - statSync(cert).mtimeMs < 25 * 24 * 3600 * 1000;
  if (!fresh) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30", "-subj", "/CN=localhost",
          "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
        { stdio: "pipe" },
      );
    } catch (e) {
      throw new Error(`could not make a localhost certificate with openssl (${e instanceof Error ? e.message : String(e)}). Install openssl, or run \`npx office-addin-dev-certs install\`.`);
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert), source: dir };
}

/** Map a request path to a file under dist/ or office-js/dist/, refusing anything outside them. */
export function fileFor(urlPath: string, dist = DIST): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const [base, rest] = path.startsWith("/office-js/") ? [OFFICE_JS_DIST, path.slice("/office-js/".length)] : [dist, path.slice(1)];
  const file = normalize(join(base, rest === "" ? "taskpane.html" : rest));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  return file;
}

/** Start serving; resolves once listening. */
export function serveAddin(options: { port?: number; host?: string; dist?: string; certificate?: Certificate } = {}): Promise<Server> {
  const { port = 3000, host = "localhost", dist = DIST } = options;
  const certificate = options.certificate ?? devCertificates();
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const file = fileFor(req.url ?? "/", dist);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      // Development server: always the latest build (Excel caches aggressively otherwise).
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

/**
 * The https server behind `npm start` (scripts/serve.ts): serves dist/ and office-js's dist/,
 * with a local certificate made without sudo, and nothing outside those two folders.
 */
import { existsSync } from "node:fs";
import { get } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DIST, OFFICE_JS_DIST, devCertificates, fileFor, serveAddin } from "../../scripts/serve";

function fetchText(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: "localhost", port, path, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    }).on("error", reject);
  });
}

test("request paths map into dist/ or office-js/dist/ only", () => {
  expect(fileFor("/")).toBe(join(DIST, "taskpane.html"));
  expect(fileFor("/functions.json?v=2")).toBe(join(DIST, "functions.json"));
  expect(fileFor("/office-js/office.js")).toBe(join(OFFICE_JS_DIST, "office.js"));
  for (const bad of ["/../package.json", "/%2e%2e/package.json", "/office-js/../../package.json", "/%E0%A4%A"]) expect([bad, fileFor(bad)]).toEqual([bad, undefined]);
});

test("serves the built page, metadata and office.js over https", async () => {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does it before Jest).");
  const server = await serveAddin({ port: 0, certificate: devCertificates() });
  try {
    const { port } = server.address() as AddressInfo;
    const page = await fetchText(port, "/taskpane.html");
    expect([page.status, page.type]).toEqual([200, "text/html; charset=utf-8"]);
    expect(page.body).toContain("functions.js");
    const meta = await fetchText(port, "/functions.json");
    expect(JSON.parse(meta.body)).toHaveProperty("functions");
    const office = await fetchText(port, "/office-js/office.js");
    expect(office.status).toBe(200);
    expect(office.body.length).toBeGreaterThan(10000);
    expect((await fetchText(port, "/office-js/../../package.json")).status).toBe(404);
    expect((await fetchText(port, "/nope.js")).status).toBe(404);
  } finally {
    server.close();
  }
});

/**
 * The BUILT add-in (dist/, from `npm run build`; `npm test` builds before Jest runs):
 * dist/functions.js must register every function when evaluated in a bare context that has
 * only a `CustomFunctions` global — no window, document, Office, require or process — and the
 * registered functions must compute and fail exactly like the adapters.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runInContext } from "node:vm";
import { generateMetadata, type FunctionsMetadata } from "../../scripts/functions-meta";
import { DIST, call, distFile as need, loadBundle } from "./bundle";

describe("dist/functions.js in a bare context", () => {
  const { registered, context } = loadBundle();
  const metadata = JSON.parse(need("functions.json")) as FunctionsMetadata;

  test("registers exactly the ids of dist/functions.json", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(registered.size).toBeGreaterThanOrEqual(22);
  });

  test("dist/functions.json is the metadata of the current sources (else: rebuild)", async () => {
    const shape = (m: FunctionsMetadata) => m.functions.map((f) => [f.id, f.parameters.map((p) => [p.name, p.optional ?? false])]);
    const fresh = await generateMetadata();
    expect(shape(metadata)).toEqual(shape(fresh));
  });

  test("leaves no browser or Node globals behind and needs none", () => {
    for (const name of ["window", "document", "Office", "self", "require", "process"]) {
      expect([name, runInContext(`typeof ${name}`, context)]).toEqual([name, "undefined"]);
    }
  });

  test("seed figures through the registered ids (Excel passes null for omitted optionals)", () => {
    expect(call(registered, "SEATCOST", 220, null, null, null, null)).toBe(4840);
    expect(call(registered, "SEATCOST", 220, 22, 1, 1, 600)).toBe(5440);
    expect(call(registered, "KPISCORE", 0.155, 0.17, 0.14, 7, 10, null)).toBe(8.5);
    expect(call(registered, "RECRUITCOST", 419, 400)).toBe(167600);
    expect(call(registered, "NORMANSWERS", [[164509], [2495951]], [[33], [120]], 43)).toBe((164509 * 33 + 2495951 * 120) / 43);
    expect(call(registered, "UNITCOST", 1e6, [[164509], [2495951]], [[33], [120]], null, "分钟")).toBe(6e7 / (164509 * 33 + 2495951 * 120));
    expect(call(registered, "TIERFEE", 120, [[0], [50], [100]], [[10], [8], [6]], null, null)).toBe(1020);
  });

  test("errors arrive as CustomFunctions.Error with the right code and message", () => {
    expect(call(registered, "SEATCOST", "abc", null, null, null, null)).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^CC\.SEATCOST: dailyRate must be a number/) });
    expect(call(registered, "SEATCOST", -1, null, null, null, null)).toEqual({ code: "#NUM!", message: expect.stringMatching(/^CC\.SEATCOST: dailyRate/) });
    expect(call(registered, "BREAKEVEN", 1, 0)).toEqual({ code: "#DIV/0!", message: expect.stringMatching(/^CC\.BREAKEVEN: unitPrice/) });
    expect(call(registered, "NORMANSWERS", [[1, 2]], [[3]], 43)).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^CC\.NORMANSWERS: avgTalkSeconds must have as many cells/) });
    expect(call(registered, "UNITCOST", 1, [[1]], [[1]], null, "call")).toEqual({ code: "#VALUE!", message: expect.stringContaining('"answer", "应答", "minute", "分钟"') });
  });

  test("every registered function answers a call with all-null arguments without escaping", () => {
    for (const f of metadata.functions) {
      const r = call(registered, f.id, ...f.parameters.map(() => null));
      // Required arguments missing: a #VALUE! naming one of them, never an uncaught exception.
      expect([f.id, typeof r === "number" && Number.isFinite(r) ? "number" : (r as { code: string }).code]).toEqual([f.id, expect.stringMatching(/^(number|#VALUE!|#NUM!|#DIV\/0!)$/)]);
    }
  });
});

describe("the rest of dist/", () => {
  test("zh-CN metadata has the same ids, names and parameters as the en metadata", () => {
    const en = JSON.parse(need("functions.json")) as FunctionsMetadata;
    const zh = JSON.parse(need("functions.zh-CN.json")) as FunctionsMetadata;
    const shape = (m: FunctionsMetadata) => m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional ?? false, p.dimensionality ?? "scalar"])]);
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.functions.every((f) => /[\u4e00-\u9fff]/.test(f.description ?? ""))).toBe(true);
  });

  test("the shared-runtime page loads office.js, then functions.js, then the task pane", () => {
    const html = need("taskpane.html");
    const officeJs = html.indexOf("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const functionsJs = html.search(/src="?functions\.js/);
    const taskpaneJs = html.search(/src="?taskpane\.js/);
    expect(officeJs).toBeGreaterThan(-1);
    expect(functionsJs).toBeGreaterThan(officeJs);
    expect(taskpaneJs).toBeGreaterThan(functionsJs);
    expect(html).toContain("office-js/office.js"); // offline fallback served by npm start
  });

  test("reference page, manifest and icons are in dist/", () => {
    const page = need("functions.html");
    const en = JSON.parse(need("functions.json")) as FunctionsMetadata;
    for (const f of en.functions) {
      const anchor = (f.helpUrl ?? "").split("#")[1] ?? "(no anchor)";
      // (the production build minifies HTML, dropping attribute quotes)
      expect([anchor, new RegExp(`id="?${anchor}"?[ >]`).test(page)]).toEqual([anchor, true]);
    }
    expect(need("manifest.xml")).toContain("<Namespace resid=");
    for (const size of [16, 32, 64, 80]) expect(existsSync(join(DIST, "assets", `icon-${size}.png`))).toBe(true);
  });
});

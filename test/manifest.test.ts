/**
 * @jest-environment jsdom
 *
 * manifest.xml, parsed with a real XML parser (jsdom's DOMParser: saxes underneath, which
 * rejects anything not well-formed): namespace CC, shared runtime, resource ids ≤ 32
 * characters, every URL on one origin (office.js CDN aside), least permissions, zh-CN overrides.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withOrigin } from "../scripts/functions-meta";

const SOURCE = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent ?? ""}`);
  return doc;
}

const doc = parse(SOURCE);
const all = (local: string, ns?: string): Element[] =>
  Array.from(ns ? doc.getElementsByTagNameNS(ns, local) : doc.getElementsByTagName(local));
const one = (local: string): Element => {
  const found = all(local);
  if (found.length === 0) throw new Error(`no <${local}> in manifest.xml`);
  return found[0] as Element;
};

test("the parser really rejects malformed XML (so the next tests mean something)", () => {
  expect(() => parse("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
});

test("an Excel task-pane add-in with ReadWriteDocument and no extra app domains", () => {
  expect(doc.documentElement.localName).toBe("OfficeApp");
  expect(doc.documentElement.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
  expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttributeNS(XSI, "type"))).toEqual(["Workbook", "Workbook"]);
  expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  expect(all("AppDomain").map((d) => d.textContent)).toEqual([]);
  expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test("shared runtime: SharedRuntime 1.1, one long-lived runtime that is also the functions page", () => {
  const set = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  expect(set?.getAttribute("MinVersion")).toBe("1.1");
  const runtimes = all("Runtime");
  expect(runtimes).toHaveLength(1);
  const runtime = runtimes[0] as Element;
  expect(runtime.getAttribute("lifetime")).toBe("long");
  const cf = all("ExtensionPoint").find((e) => e.getAttributeNS(XSI, "type") === "CustomFunctions") as Element;
  const pageResid = cf.getElementsByTagName("Page")[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
  expect(pageResid).toBe(runtime.getAttribute("resid"));
  expect(one("FunctionFile").getAttribute("resid")).toBe(runtime.getAttribute("resid"));
});

test("custom functions: namespace CC, script functions.js, metadata functions.json", () => {
  const url = (id: string | null) => all("Url", BT).find((u) => u.getAttribute("id") === id)?.getAttribute("DefaultValue");
  const cf = all("ExtensionPoint").find((e) => e.getAttributeNS(XSI, "type") === "CustomFunctions") as Element;
  const nsResid = cf.getElementsByTagName("Namespace")[0]?.getAttribute("resid");
  const ns = all("String", BT).find((s) => s.getAttribute("id") === nsResid);
  expect(ns?.getAttribute("DefaultValue")).toBe("CC");
  const script = cf.getElementsByTagName("Script")[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid") ?? null;
  const metadata = cf.getElementsByTagName("Metadata")[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid") ?? null;
  expect(url(script)).toBe("https://localhost:3000/functions.js");
  expect(url(metadata)).toBe("https://localhost:3000/functions.json");
});

test("every resource id is unique, at most 32 characters, and every resid points at one", () => {
  // Resources are the bt:Image/Url/String elements with an id (bt:Image inside <Icon> only refers).
  const ids = [...all("Image", BT), ...all("Url", BT), ...all("String", BT)].flatMap((e) => e.getAttribute("id") ?? []);
  expect(ids.length).toBe(13);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect([id, id.length <= 32]).toEqual([id, true]);
  const resids = Array.from(doc.getElementsByTagName("*"))
    .map((e) => e.getAttribute("resid"))
    .filter((r): r is string => r !== null);
  expect(resids.length).toBeGreaterThan(10);
  for (const r of resids) expect([r, ids.includes(r)]).toEqual([r, true]);
});

test("every URL is on one https origin (localhost:3000 in the source)", () => {
  const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
    ["DefaultValue", "Value"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v)),
  );
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) expect([u, new URL(u).origin]).toEqual([u, "https://localhost:3000"]);
  // Nothing else in the file names another host (office.js is loaded by the page, from Microsoft's CDN).
  const hosts = [...SOURCE.replace(/<!--[\s\S]*?-->/g, "").matchAll(/https?:\/\/([\w.-]+(?::\d+)?)/g)].map((m) => m[1]);
  for (const h of hosts) expect(["localhost:3000", "schemas.microsoft.com", "www.w3.org"]).toContain(h);
});

test("zh-CN overrides: metadata URL, display name, description and every UI string", () => {
  const metadata = all("Url", BT).find((u) => u.getAttribute("id") === "Functions.Metadata.Url") as Element;
  const zh = Array.from(metadata.getElementsByTagNameNS(BT, "Override")).find((o) => o.getAttribute("Locale") === "zh-CN");
  expect(zh?.getAttribute("Value")).toBe("https://localhost:3000/functions.zh-CN.json");
  for (const el of [one("DisplayName"), one("Description")]) {
    expect(Array.from(el.getElementsByTagName("Override")).map((o) => o.getAttribute("Locale"))).toContain("zh-CN");
  }
  for (const s of all("String", BT)) {
    const locales = Array.from(s.getElementsByTagNameNS(BT, "Override")).map((o) => o.getAttribute("Locale"));
    expect([s.getAttribute("id"), locales]).toEqual([s.getAttribute("id"), ["zh-CN"]]);
  }
});

test("a production URL replaces the dev origin everywhere and keeps the XML well-formed", () => {
  const prod = withOrigin(SOURCE, "https://addins.example.com/cc/");
  expect(prod).not.toContain("localhost:3000");
  const d = parse(prod);
  const src = d.getElementsByTagName("SourceLocation")[0]?.getAttribute("DefaultValue");
  expect(src).toBe("https://addins.example.com/cc/taskpane.html");
  expect(() => withOrigin(SOURCE, "http://insecure.example.com")).toThrow(/https/);
});

test("every icon the manifest names exists in assets/ as a PNG of that size", () => {
  const icons = Array.from(doc.getElementsByTagName("*"))
    .map((e) => e.getAttribute("DefaultValue"))
    .filter((v): v is string => v !== null && /\/assets\/icon-\d+\.png$/.test(v));
  expect(icons.length).toBeGreaterThanOrEqual(5);
  for (const url of icons) {
    const name = url.slice(url.lastIndexOf("/") + 1);
    const png = readFileSync(join(__dirname, "..", "assets", name));
    const size = Number(/icon-(\d+)\.png$/.exec(name)?.[1]);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([name, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([name, size, size]);
  }
});

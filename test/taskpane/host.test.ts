/** Host detection: Excel only when Office.js says so; anything else — no office.js, another host, an office.js that never answers or throws — is standalone. */
import { detectHost } from "../../src/taskpane/host";

const g = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete g.Office;
});

function office(onReady: () => Promise<unknown>, displayLanguage = "zh-CN"): void {
  g.Office = { onReady, context: { displayLanguage } };
}

test("no office.js on the page (a plain file server): standalone", async () => {
  await expect(detectHost()).resolves.toEqual({ kind: "standalone" });
});

test("Excel: its display language comes along", async () => {
  office(() => Promise.resolve({ host: "Excel", platform: "PC" }));
  await expect(detectHost()).resolves.toEqual({ kind: "excel", displayLanguage: "zh-CN" });
});

test("office.js in a browser (host null) or in another Office app: standalone", async () => {
  office(() => Promise.resolve({ host: null, platform: null }));
  await expect(detectHost()).resolves.toEqual({ kind: "standalone" });
  office(() => Promise.resolve({ host: "Word", platform: "PC" }));
  await expect(detectHost()).resolves.toEqual({ kind: "standalone" });
});

test("an office.js that never answers or fails is standalone after the timeout", async () => {
  office(() => new Promise(() => undefined));
  await expect(detectHost(10)).resolves.toEqual({ kind: "standalone" });
  office(() => Promise.reject(new Error("broken")));
  await expect(detectHost(10)).resolves.toEqual({ kind: "standalone" });
});

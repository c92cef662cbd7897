/**
 * @jest-environment jsdom
 *
 * The wizard in Excel (jsdom, a stand-in host and workbook): Office's display language, a hostile
 * stored scenario reported as text, a stored scenario restored and the insert's confirmation.
 */
import { act } from "react";
import { validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { click, makePort, mount, q, unmount } from "./pane";

const worked = ((): Scenario => {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("example invalid");
  return v.scenario;
})();

const heading = (): string => q("#cc-step-h").textContent ?? "";

afterEach(unmount);

describe("in Excel", () => {
  test("Office's display language is used, and a hostile stored scenario is reported as text", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const port = makePort();
    port.readStored.mockResolvedValue({ kind: "bad", reason: { en: `is not a valid scenario: name: ${hostile}`, zh: `不是有效的场景：name: ${hostile}` } });
    await mount("en-US", port, { kind: "excel", displayLanguage: "zh-CN" });
    expect(heading()).toContain("方案");
    const status = q('[data-testid="status"]');
    expect(status.textContent).toContain("无法读取此工作簿中保存的方案");
    expect(status.textContent).toContain(hostile);
    expect(document.querySelector("img")).toBeNull();
  });

  test("a stored scenario is restored; insert asks before updating and writes after yes", async () => {
    let answer: Promise<boolean> | undefined;
    const port = makePort();
    port.readStored.mockResolvedValue({ kind: "ok", scenario: worked, warnings: [] });
    port.insert.mockImplementation(async (_s, _l, confirmUpdate) => {
      answer = confirmUpdate("人工成本测算");
      return { written: await answer, sheetName: "人工成本测算" };
    });
    await mount("en-US", port, { kind: "excel", displayLanguage: "en-US" });
    expect(q<HTMLInputElement>("#f-name").value).toBe(worked.name);
    await click('[data-testid="nav-4"]');
    expect(document.querySelector('[data-testid="download-xlsx"]')).toBeNull();
    await click('[data-testid="insert-breakdown"]');
    expect(port.insert).toHaveBeenCalledWith(worked, { lang: "en", formulas: "native" }, expect.any(Function));
    const dialog = q('[role="alertdialog"]');
    expect(dialog.textContent).toContain("人工成本测算");
    const yes = Array.from(dialog.querySelectorAll("button")).find((b) => b.textContent === "Update");
    if (!yes) throw new Error("Update button expected");
    await click(yes);
    await act(async () => {
      await answer;
    });
    expect(q('[data-testid="status"]').textContent).toContain('Wrote the breakdown to sheet "人工成本测算"');
  });
});

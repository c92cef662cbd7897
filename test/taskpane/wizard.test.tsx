/**
 * @jest-environment jsdom
 *
 * The wizard rendered in jsdom with a stand-in host and workbook: what the user sees and can do
 * (steps, example, validation, language, paste); in Excel: wizardExcel.test.tsx. The real-browser
 * run is test/e2e/wizard.e2e.test.ts.
 */
import { act } from "react";
import { computeBreakdown, formatValue, validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { blur, chooseLanguage, click, mount, q, typeInto, unmount } from "./pane";

const worked = ((): Scenario => {
  const v = validateScenario(example);
  if (!v.ok) throw new Error("example invalid");
  return v.scenario;
})();

afterEach(unmount);

const heading = (): string => q("#cc-step-h").textContent ?? "";

function reviewValues(): Record<string, string> {
  const out: Record<string, string> = {};
  document.querySelectorAll("[data-key]").forEach((td) => (out[td.getAttribute("data-key") ?? ""] = td.textContent ?? ""));
  return out;
}

function expectedValues(s: Scenario): Record<string, string> {
  const b = computeBreakdown(s);
  if (!b.ok) throw new Error("breakdown expected");
  return Object.fromEntries(b.value.lines.map((l) => [l.key, formatValue(l.value, l.unit, s.currency, "en")]));
}

describe("standalone", () => {
  beforeEach(() => {
    // jsdom has no object URLs and does not navigate on anchor clicks.
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test("the example's review shows the core's breakdown, and the workbook downloads", async () => {
    const port = await mount();
    expect(heading()).toContain("Scenario");
    await click('[data-testid="load-example"]');
    await click('[data-testid="nav-4"]');
    expect(reviewValues()).toEqual(expectedValues(worked));
    expect(document.querySelector('[data-testid="insert-breakdown"]')).toBeNull();
    await click('[data-testid="download-xlsx"]');
    expect(port.xlsx).toHaveBeenCalledWith(worked, { lang: "en", formulas: "native" });
    expect(q('[data-testid="status"]').textContent).toContain("Downloaded");
    // The CC.* option reaches the writer.
    await click(q('[data-testid="cc-formulas"]').querySelector("input") ?? q('[data-testid="cc-formulas"]'));
    await click('[data-testid="download-xlsx"]');
    expect(port.xlsx).toHaveBeenLastCalledWith(worked, { lang: "en", formulas: "cc" });
    expect(q('[data-testid="composition-chart"]').getAttribute("role")).toBe("img");
    expect(q('[data-testid="break-even-minutes"]').textContent).toMatch(/^\d{1,3}(,\d{3})*\.\d\d$/);
  });

  test("switching language relabels the wizard and the breakdown", async () => {
    await mount();
    await click('[data-testid="load-example"]');
    await click('[data-testid="nav-4"]');
    const en = q('[data-label-key="totalCost"]').textContent;
    await chooseLanguage("zh");
    expect(heading()).toContain("结果");
    expect(q('[data-label-key="totalCost"]').textContent).toContain("总成本");
    expect(q('[data-label-key="totalCost"]').textContent).not.toBe(en);
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(q('[data-testid="next"]').textContent).toBe("下一步");
    // The status line follows the switch too.
    expect(q('[data-testid="status"]').textContent).toBe("已载入测算示例。");
  });

  test("a bad value shows the core's message at the field once visited, in the user's language", async () => {
    await mount("zh-CN");
    await click('[data-testid="nav-2"]');
    const agents = q<HTMLInputElement>("#f-staffing-agents");
    await typeInto(agents, "-5");
    expect(agents.getAttribute("aria-invalid")).not.toBe("true");
    await blur(agents);
    expect(agents.getAttribute("aria-invalid")).toBe("true");
    const described = (agents.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.join(" ")).toContain("必须大于 0（当前为 -5）");
    await chooseLanguage("en");
    expect(document.body.textContent).toContain("must be > 0 (got -5)");
  });

  test("a figure beyond the file format's limit is refused at the field, in Chinese then English", async () => {
    await mount("zh-CN");
    await click('[data-testid="load-example"]');
    await click('[data-testid="nav-2"]');
    const agents = q<HTMLInputElement>("#f-staffing-agents");
    await typeInto(agents, "2e15");
    await blur(agents);
    expect(agents.getAttribute("aria-invalid")).toBe("true");
    const described = (agents.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.join(" ")).toContain("不能超过 1e+15（场景文件允许的最大数值）");
    expect(document.body.textContent).not.toContain("must be at most");
    await chooseLanguage("en");
    expect(document.body.textContent).toContain("must be at most 1e+15");
  });

  test("opening a bad scenario file lists its problems in the user's language", async () => {
    await mount("zh-CN");
    // A version 1 file (no pricing: that came with version 2).
    const { pricing: _pricing, ...unpriced } = example;
    const bad = JSON.stringify({ ...unpriced, version: 1, staffing: { ...example.staffing, agents: "404", agnets: 1 }, currency: "rmb" });
    const input = q<HTMLInputElement>('[data-testid="open-file"]');
    // jsdom's File has no text(); the wizard reads only the name and the text.
    Object.defineProperty(input, "files", { configurable: true, value: [{ name: "bad.json", text: () => Promise.resolve(bad) }] });
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    const items = (): string[] => Array.from(q('[data-testid="status"]').querySelectorAll("li")).map((li) => li.textContent ?? "");
    expect(q('[data-testid="status"]').textContent).toContain("bad.json 不是有效的方案文件");
    expect(items()).toEqual([
      "currency: 必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY",
      "staffing.agents: 必须是数字（当前为文本）",
      'staffing: 含有未知字段 "agnets"（请检查拼写）',
    ]);
    await chooseLanguage("en");
    expect(items()).toEqual([
      "currency: must be a 3-letter ISO 4217 code such as CNY",
      "staffing.agents: must be a number (got text)",
      'staffing: has an unknown field "agnets" (check the spelling)',
    ]);
  });

  test("nothing typed is lost when moving between steps", async () => {
    await mount();
    await typeInto(q<HTMLInputElement>("#f-name"), "Hotline 2027");
    await click('[data-testid="next"]');
    // Focus moves to the new step's heading, so a screen reader announces where the user is.
    expect(document.activeElement?.id).toBe("cc-step-h");
    await typeInto(q<HTMLInputElement>("#f-traffic-streams-0-answered"), "1,000");
    await click('[data-testid="nav-3"]');
    await click('[data-testid="back"]');
    await click('[data-testid="back"]');
    expect(q<HTMLInputElement>("#f-traffic-streams-0-answered").value).toBe("1,000");
    await click('[data-testid="nav-0"]');
    expect(q<HTMLInputElement>("#f-name").value).toBe("Hotline 2027");
  });

  test("a range pasted onto the traffic lines becomes rows", async () => {
    await mount();
    await click('[data-testid="nav-1"]');
    const target = q<HTMLInputElement>("#f-traffic-streams-0-answered");
    const ev = new Event("paste", { bubbles: true, cancelable: true });
    Object.assign(ev, { clipboardData: { getData: () => "名称\t应答\t均长\n话务2\t164509\t33\n话务3\t2495951\t120\t5227716\n" } });
    await act(async () => {
      target.dispatchEvent(ev);
      await Promise.resolve();
    });
    expect(ev.defaultPrevented).toBe(true);
    expect(q<HTMLInputElement>("#f-traffic-streams-0-name").value).toBe("话务2");
    // Grouped away from the keyboard, as typed while editing.
    const minutes = q<HTMLInputElement>("#f-traffic-streams-1-talkMinutes");
    expect(minutes.value).toBe("5,227,716");
    await act(async () => {
      minutes.focus();
      await Promise.resolve();
    });
    expect(minutes.value).toBe("5227716");
    expect(document.querySelector("#f-traffic-streams-2-name")).toBeNull();
    expect(q('[data-testid="status"]').textContent).toContain("Added 2 lines");
  });

  test("a banner belongs to the action that made it: an edit clears it, a later action replaces it", async () => {
    await mount();
    await click('[data-testid="load-example"]');
    await click('[data-testid="nav-4"]');
    await click('[data-testid="download-xlsx"]');
    const status = (): string => q('[data-testid="status"]').textContent ?? "";
    expect(status()).toContain("Downloaded");
    // Moving between steps keeps it; an edit that makes the scenario invalid clears it.
    await click('[data-testid="nav-2"]');
    expect(status()).toContain("Downloaded");
    await typeInto(q<HTMLInputElement>("#f-staffing-agents"), "-1");
    expect(status()).toBe("");
    await click('[data-testid="nav-4"]');
    expect(q('[data-testid="problems"]').textContent).toContain("must be > 0 (got -1)");
    expect(status()).not.toContain("Downloaded");
    // Fixed, downloaded again: a seat figure typed on the review clears that banner too.
    await click('[data-testid="nav-2"]');
    await typeInto(q<HTMLInputElement>("#f-staffing-agents"), "404");
    await click('[data-testid="nav-4"]');
    await click('[data-testid="download-xlsx"]');
    expect(status()).toContain("Downloaded");
    await typeInto(q<HTMLInputElement>("#f-seat-dailyRate"), "230");
    expect(status()).toBe("");
  });

  test("the break-even figure carries its unit", async () => {
    await mount();
    await click('[data-testid="load-example"]');
    await click('[data-testid="nav-4"]');
    const figure = q('[data-testid="break-even-minutes"]').parentElement;
    expect(figure?.textContent).toMatch(/^\d{1,3}(,\d{3})*\.\d\d talk minutes per seat-month$/);
  });

  test("a paste names the rows left out and the figures to fix, with why", async () => {
    await mount();
    await click('[data-testid="nav-1"]');
    await typeInto(q<HTMLTextAreaElement>("#cc-paste"), "a\t1\t2\nb\tx\t30\nc\t5\n");
    const add = Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "Add pasted rows");
    if (!add) throw new Error("Add pasted rows expected");
    await click(add);
    const status = q('[data-testid="status"]');
    expect(status.textContent).toContain("Added 2 lines. Some rows could not be read, and some figures need fixing:");
    expect(Array.from(status.querySelectorAll("li")).map((li) => li.textContent)).toEqual([
      'row 2: Answered calls must be a number (got text "x")',
      "row 3: needs at least 3 columns: name, answered, average talk seconds",
    ]);
  });

  test("problems on the review link to their field", async () => {
    await mount();
    await click('[data-testid="nav-4"]');
    const links = Array.from(q('[data-testid="problems"]').querySelectorAll("button"));
    expect(links.map((b) => b.textContent)).toEqual(expect.arrayContaining([expect.stringContaining("Answered calls"), expect.stringContaining("Agents")]));
    const agentsLink = links.find((b) => b.textContent?.includes("Agents"));
    if (!agentsLink) throw new Error("agents link expected");
    // Looks and acts like a link: Fluent's inline Link (underlined, pointer), a button to the keyboard.
    expect(agentsLink.className).toContain("fui-Link");
    expect(agentsLink.className).toContain("cc-problem-link");
    expect(agentsLink.getAttribute("type")).toBe("button");
    await click(agentsLink);
    expect(document.activeElement?.id).toBe("f-staffing-agents");
  });
});

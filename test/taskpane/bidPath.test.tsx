/**
 * @jest-environment jsdom
 *
 * The bid path in the rendered wizard: choosing it, switching back and forth without losing
 * anything, the bid example and a bid file landing on it, pasting volumes and the intraday
 * profile, the presets, and problems under their fields in both languages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isBid, presetShares } from "../../src/core";
import { percentText } from "../../src/taskpane/draft";
import { bidExampleScenario } from "../../src/taskpane/files";
import { blur, chooseLanguage, click, makePort, mount, openFile, paste, q, statusText, typeInto, unmount } from "./pane";

afterEach(unmount);

const field = <T extends HTMLElement = HTMLInputElement>(path: string): T => q<T>(`#f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`);
const heading = (): string => q("#cc-step-h").textContent ?? "";
const checkedKind = (): string | undefined => document.querySelector<HTMLInputElement>('[data-testid="kind-choice"] input:checked')?.value;
const fieldMessage = (path: string): string => field(path).closest(".fui-Field")?.querySelector('[role="alert"]')?.textContent ?? "";

describe("the path", () => {
  test("choosing the bid shows the forecast's fields on steps 2–4; switching back and forth keeps both sides", async () => {
    await mount();
    await click('[data-testid="load-example"]');
    expect(checkedKind()).toBe("actuals");
    await click('[data-testid="kind-bid"]');
    expect(checkedKind()).toBe("bid");
    await click('[data-testid="nav-1"]');
    expect(heading()).toContain("Volumes");
    expect(document.querySelector("#f-traffic-streams-0-answered")).toBeNull();
    await typeInto(field("forecast.ahtSeconds"), "210");
    await click('[data-testid="nav-2"]');
    expect(heading()).toContain("Service and staffing");
    expect(field("forecast.serviceLevel.target")).toBeTruthy();
    await click('[data-testid="nav-3"]');
    expect(field("forecast.wage.monthly")).toBeTruthy();
    expect(field("taxRate").value).toBe("6%");
    // Back to actuals: the example's traffic is still there; then to the bid: the handle time too.
    await click('[data-testid="nav-0"]');
    await click('[data-testid="kind-actuals"]');
    await click('[data-testid="nav-1"]');
    expect(field("traffic.streams[0].name").value).toBe("话务1");
    await click('[data-testid="nav-0"]');
    await click('[data-testid="kind-bid"]');
    await click('[data-testid="nav-1"]');
    expect(field("forecast.ahtSeconds").value).toBe("210");
  });

  test("the bid example and a bid file land on the bid path", async () => {
    await mount();
    await click('[data-testid="load-bid-example"]');
    expect(checkedKind()).toBe("bid");
    expect(statusText()).toContain("bid example");
    await click('[data-testid="load-example"]');
    expect(checkedKind()).toBe("actuals");
    await openFile("bid.json", readFileSync(join(__dirname, "../../examples/bid-forecast.json"), "utf8"));
    expect(statusText()).toContain("Opened bid.json");
    expect(checkedKind()).toBe("bid");
    await click('[data-testid="nav-1"]');
    expect(field("forecast.months").value).toBe("12");
  });

  test("in Excel, a bid stored in the workbook is restored onto the bid path", async () => {
    const port = makePort();
    const bid = bidExampleScenario();
    if (!isBid(bid)) throw new Error("the bid example is a bid");
    port.readStored.mockResolvedValue({ kind: "ok", scenario: bid, warnings: [] });
    await mount("en-US", port, { kind: "excel", displayLanguage: "en-US" });
    expect(checkedKind()).toBe("bid");
    await click('[data-testid="nav-1"]');
    expect(field("forecast.months").value).toBe("12");
    expect(field("forecast.ahtSeconds").value).toBe(String(bid.forecast.ahtSeconds));
  });
});

describe("pasting and presets", () => {
  beforeEach(async () => {
    await mount();
    await click('[data-testid="kind-bid"]');
    await click('[data-testid="nav-1"]');
  });

  test("a column of volumes (header and label column skipped) fills calls per month, and months follow", async () => {
    const box = field<HTMLTextAreaElement>("forecast.callsPerMonth");
    expect(await paste(box, "Month\tCalls\n2027-01\t112,000\n2027-02\t126000\n2027-03\tabc\n2027-04\t98000\n")).toBe(true);
    expect(box.value).toBe("112000\n126000\n98000");
    expect(field("forecast.months").value).toBe("3");
    expect(statusText()).toContain("Pasted 3 months of calls; contract months set to 3.");
    expect(statusText()).toContain('row 4: must be a number (got text "abc")');
    expect(q('[data-testid="calls-summary"]').textContent).toBe("3 months · 336,000 calls in all");
    // Typing a fourth month: months still matched the count, so they follow.
    await typeInto(box, "112000\n126000\n98000\n94000");
    expect(field("forecast.months").value).toBe("4");
    // Months set by hand stop following.
    await typeInto(field("forecast.months"), "6");
    await typeInto(box, "112000\n126000");
    expect(field("forecast.months").value).toBe("6");
  });

  test("a column of calls per interval is normalised to shares, and 24 rows make hour-long intervals", async () => {
    const calls: number[] = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 100 : 0));
    calls[9] = 200;
    const box = field<HTMLTextAreaElement>("forecast.intradayShares");
    expect(await paste(box, calls.join("\n"))).toBe(true);
    // Total 900: 200 ÷ 900 and 100 ÷ 900 rounded down to 8 decimals, 0.22222222 + 7 × 0.11111111 = 0.99999999;
    // the unit missing goes to the largest remainder (200 ÷ 900's 2.2e-9 beats 100 ÷ 900's 1.1e-9).
    const shares = box.value.split("\n");
    expect(shares).toHaveLength(24);
    expect(shares[9]).toBe("22.222223%");
    expect(shares.slice(10, 17)).toEqual(Array(7).fill("11.111111%"));
    expect(field("forecast.intervalMinutes").value).toBe("60");
    expect(statusText()).toContain("Pasted 24 figures adding up to 900, not 100%: read as calls per interval");
    expect(statusText()).toContain("The interval length is now 60 minutes (24 rows a day).");
    expect(q('[data-testid="shares-summary"]').textContent).toBe("24 intervals · adding up to 100.00%");
  });

  test.each([
    ["flat0918", 30],
    ["twoPeak", 15],
    ["allDay", 60],
  ] as const)("the %s preset at %i minutes is the core's", async (preset, minutes) => {
    await typeInto(field("forecast.intervalMinutes"), String(minutes));
    await click(`[data-testid="preset-${preset}"]`);
    expect(field<HTMLTextAreaElement>("forecast.intradayShares").value).toBe(presetShares(preset, minutes).map(percentText).join("\n"));
    expect(statusText()).toContain(`intervals of ${minutes} minutes`);
  });
});

describe("problems under their fields", () => {
  test.each([
    ["en", "must be at most 100 % (got 150 %)", "must add up to 100% of the day", "must have one entry per month: 2 (got 3)"],
    ["zh", "150%", "各时段占比之和必须为 100%", "每月一项，应有 2 项（当前为 3 项）"],
  ] as const)("%s", async (lang, occupancy, shares, months) => {
    await mount(lang === "zh" ? "zh-CN" : "en-US");
    await click('[data-testid="load-bid-example"]');
    await click('[data-testid="nav-2"]');
    await typeInto(field("forecast.maxOccupancy"), "150%");
    await blur(field("forecast.maxOccupancy"));
    expect(fieldMessage("forecast.maxOccupancy")).toContain(occupancy);
    await click('[data-testid="nav-1"]');
    await typeInto(field("forecast.months"), "2");
    await typeInto(field<HTMLTextAreaElement>("forecast.callsPerMonth"), "1, 2, 3");
    await typeInto(field<HTMLTextAreaElement>("forecast.intradayShares"), "0.5, 0.4");
    await blur(field("forecast.callsPerMonth"));
    expect(fieldMessage("forecast.callsPerMonth")).toContain(months);
    expect(fieldMessage("forecast.intradayShares")).toContain(lang === "zh" ? "应有 48 项" : "must have 48 entries");
    await chooseLanguage(lang === "zh" ? "en" : "zh");
    await chooseLanguage(lang);
    await typeInto(field<HTMLTextAreaElement>("forecast.intradayShares"), Array(48).fill("1%").join(", "));
    expect(fieldMessage("forecast.intradayShares")).toContain(shares);
  });
});

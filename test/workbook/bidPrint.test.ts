/**
 * The bid sheet as people print and read it: every label and figure fits its column, and
 * LibreOffice prints it A4 landscape one page wide — the inputs, the breakdown's formulas in
 * words, every column of the monthly table and every month of the agents on the pages, a long
 * contract's bands below each other rather than off the page's right edge.
 */
import { execFileSync } from "child_process";
import { rmSync, writeFileSync } from "fs";
import { join } from "path";
import type { BidScenario } from "../../src/core/scenario";
import { BID_SHEET } from "../../src/core/sentences/bidSheet";
import { inLang } from "../../src/core/sentences/book";
import { FORECAST } from "../../src/core/sentences/forecast";
import { writeXlsx } from "../../src/workbook/exceljsWriter";
import { buildPlan, type BidPlan, type Lang } from "../../src/workbook/plan";
import { bidForecast } from "../fixtures/examples";
import { estimate } from "./estimate";
import { convert, findSoffice, makeWorkDir } from "./soffice";

/** 26 months of 15-minute intervals: three bands of agents, 96 rows each. */
function longBid(): BidScenario {
  const f = bidForecast.forecast;
  const shares = f.intradayShares.flatMap((s) => [s / 2, s / 2]);
  return { ...bidForecast, name: "long bid", forecast: { ...f, months: 26, callsPerMonth: [...f.callsPerMonth, ...f.callsPerMonth, 90000, 91000], intervalMinutes: 15, intradayShares: shares } };
}

/** The bid sheet alone (its quote prints on its own pages, as the quote tests check). */
function bidOnly(plan: BidPlan): BidPlan {
  const { quote: _quote, ...bid } = plan;
  return bid;
}

const plans: [string, BidPlan][] = (["en", "zh"] as Lang[]).flatMap((lang) => [
  [`example (${lang})`, bidOnly(buildPlan(bidForecast, { lang }))],
  [`long bid (${lang})`, bidOnly(buildPlan(longBid(), { lang }))],
]);

describe.each(plans)("%s: widths", (_name, plan) => {
  it("every label, header and figure fits its column (titles and notes run on)", () => {
    const width = new Map(plan.columnWidths.map((c) => [c.column, c.width]));
    const tooWide = plan.cells
      .filter((c) => c.role !== "title" && c.role !== "note")
      .filter((c) => estimate(c) + (c.role === "header" ? 2 : 0) > (width.get(/^[A-Z]+/.exec(c.address)?.[0] ?? "") ?? 0))
      .map((c) => `${c.address} ${String(c.value ?? c.result)}`);
    expect(tooWide).toEqual([]);
  });
});

/** The text of each printed page. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString());
}

describe("LibreOffice prints the bid sheet", () => {
  const work = makeWorkDir();
  beforeAll(() => findSoffice());
  afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

  it("one page wide: the first page spans inputs to formulas in words, every month's column and every table column is printed", async () => {
    const files = await Promise.all(
      plans.map(async ([name, plan], i) => {
        const file = join(work.dir, `bid-print-${i}.xlsx`);
        writeFileSync(file, await writeXlsx(plan));
        return { name, file, plan };
      }),
    );
    await convert("pdf", files.map((f) => f.file), work.profile, work.out, 300_000);
    for (const f of files) {
      const text = pages(join(work.out, f.file.split("/").pop()?.replace(/\.xlsx$/, ".pdf") ?? ""));
      const words = inLang(FORECAST, f.plan.lang);
      const bid = inLang(BID_SHEET, f.plan.lang);
      const first = text[0] ?? "";
      for (const w of f.plan.lang === "zh" ? ["输入参数", "计算公式"] : ["Inputs", "Formula"]) expect([f.name, first.includes(w)]).toEqual([f.name, true]);
      // The monthly table's last column and the agents' last month of a band are on the pages.
      // pdftotext spaces CJK text its own way: compared without spaces.
      const all = text.join("").replace(/\s+/g, "");
      for (const w of [words.forecastColumnSetup, words.forecastColumnTotal, ...Array.from({ length: f.plan.scenario.forecast.months }, (_, k) => bid.bidSheetMonth(k + 1))]) {
        expect([f.name, w, all.includes(w.replace(/\s+/g, ""))]).toEqual([f.name, w, true]);
      }
      const rows = text.map((t) => t.split("\n").filter((l) => l.trim() !== "").length);
      expect({ file: f.name, thinPages: rows.filter((n) => n < 3) }).toEqual({ file: f.name, thinPages: [] });
      if (f.name.startsWith("example")) expect({ file: f.name, pages: text.length }).toEqual({ file: f.name, pages: 2 });
      else expect(text.length).toBeLessThanOrEqual(12);
    }
  }, 600_000);
});

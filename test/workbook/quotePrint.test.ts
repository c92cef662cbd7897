/**
 * The quote sheet on paper: A4 portrait, one page wide, titles repeated, every label and figure
 * fitting its column (estimated here on its own, CJK counting double); then LibreOffice prints
 * the worked example's workbook to PDF — the breakdown's page, then the quote's, in portrait,
 * holding the rate card and the risk table's last column.
 */
import { execFileSync } from "child_process";
import { rmSync, writeFileSync } from "fs";
import { join } from "path";
import type { Scenario } from "../../src/core/scenario";
import { writeXlsx } from "../../src/workbook/exceljsWriter";
import { buildPlan, type Lang, type QuotePlan } from "../../src/workbook/plan";
import { estimate } from "./estimate";
import { convert, findSoffice, makeWorkDir } from "./soffice";
import { PRICING_IN_FULL, workedExample } from "../fixtures/examples";

const RUN_ON = new Set(["title", "note", "section", "sentence"]);
const DATE = new Date(2026, 4, 14);

const full: Scenario = { ...workedExample, pricing: PRICING_IN_FULL };
const cases: [string, Lang, Scenario][] = [
  ["worked example", "en", workedExample],
  ["worked example", "zh", workedExample],
  ["every pricing field", "zh", full],
];

const quoteOf = (s: Scenario, lang: Lang): QuotePlan => {
  const q = buildPlan(s, { lang, date: DATE }).quote;
  if (!q) throw new Error("no quote");
  return q;
};

describe.each(cases)("%s (%s): the quote on paper", (_name, lang, scenario) => {
  const q = quoteOf(scenario, lang);

  it("A4 portrait over its whole footprint, titles repeated", () => {
    expect(q.page).toMatchObject({ paper: "A4", orientation: "portrait", printArea: q.footprint, titleRows: "1:2" });
  });

  it("every label, header and figure fits its column (titles, notes, sections and terms run on)", () => {
    const width = new Map(q.columnWidths.map((c) => [c.column, c.width]));
    const tooWide = q.cells
      .filter((c) => !RUN_ON.has(c.role))
      .filter((c) => estimate(c) + (c.role === "header" ? 2 : 0) > (width.get(/^[A-Z]+/.exec(c.address)?.[0] ?? "") ?? 0))
      .map((c) => `${c.address} ${String(c.value ?? c.result)}`);
    expect(tooWide).toEqual([]);
  });
});

const tool = (name: string): boolean => {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`]).toString().trim() !== "";
  } catch {
    return false;
  }
};

/** Each page's text and its size in points. */
function pages(pdf: string): { text: string; width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return sizes.map(([width = 0, height = 0], i) => ({ width, height, text: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString() }));
}

(findSoffice() && tool("pdftotext") && tool("pdfinfo") ? describe : describe.skip)("LibreOffice prints the quote", () => {
  const work = makeWorkDir();
  afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

  it("after the breakdown's page, on portrait pages one page wide; the example's quote on one page", async () => {
    const files = await Promise.all(
      cases.map(async ([name, lang, scenario], i) => {
        const file = join(work.dir, `quote-${i}.xlsx`);
        writeFileSync(file, await writeXlsx(buildPlan(scenario, { lang, date: DATE })));
        return { name, lang, file };
      }),
    );
    await convert("pdf", files.map((f) => f.file), work.profile, work.out);
    for (const f of files) {
      const all = pages(join(work.out, (f.file.split("/").pop() ?? "").replace(/\.xlsx$/, ".pdf")));
      // The breakdown prints first (one landscape page for the example), then the quote.
      const [breakdown, ...quote] = all;
      expect({ file: f.name, landscape: (breakdown?.width ?? 0) > (breakdown?.height ?? 0) }).toEqual({ file: f.name, landscape: true });
      expect(quote.length).toBeGreaterThan(0);
      for (const p of quote) expect({ file: f.name, portrait: p.height > p.width }).toEqual({ file: f.name, portrait: true });
      const [rateCard, breakEven] = f.lang === "zh" ? ["报价单价", "盈亏平衡点"] : ["Rate card", "Break-even"];
      expect(quote[0]?.text).toContain(rateCard);
      expect(quote[0]?.text).toContain(breakEven);
      if (f.name === "worked example") expect({ file: f.name, lang: f.lang, quotePages: quote.length }).toEqual({ file: f.name, lang: f.lang, quotePages: 1 });
      else expect(quote.length).toBeLessThanOrEqual(2);
    }
  });
});

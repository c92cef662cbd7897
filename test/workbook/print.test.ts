/**
 * The sheet as people print and read it (issue 12): A4, one page wide, a print area and title
 * rows; every cell names its font; the data bars carry colours; and every label fits its column,
 * estimated here on its own from character counts (CJK counting double) — then LibreOffice
 * prints the file to PDF and the pages are read back.
 */
import { execFileSync } from "child_process";
import { readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { Scenario } from "../../src/core/scenario";
import { writeXlsx } from "../../src/workbook/exceljsWriter";
import { buildPlan, type Lang, type SheetPlan } from "../../src/workbook/plan";
import { workedExample } from "../fixtures/examples";
import { estimate } from "./estimate";
import { convert, findSoffice, makeWorkDir } from "./soffice";

/** A long scenario: 60 traffic lines and 40 cost lines, so the print runs over several pages. */
function longScenario(): Scenario {
  const streams = Array.from({ length: 60 }, (_, i) => ({ name: `话务${i + 1}`, answered: 1000 + i, avgTalkSeconds: 30 + i }));
  const labor = Array.from({ length: 40 }, (_, i) => ({ name: `成本项 ${i + 1}`, amount: 10000 * (i + 1) }));
  return { ...workedExample, traffic: { streams }, costs: { ...workedExample.costs, labor } };
}

/** The breakdown sheet alone (a priced scenario's quote sheet prints on its own pages: quotePrint.test.ts). */
function breakdownOnly(plan: SheetPlan): SheetPlan {
  const { quote: _quote, ...breakdown } = plan;
  return breakdown;
}

const plans: [string, SheetPlan][] = (["en", "zh"] as Lang[]).flatMap((lang) => [
  [`worked example (${lang})`, breakdownOnly(buildPlan(workedExample, { lang }))],
  [`long scenario (${lang})`, breakdownOnly(buildPlan(longScenario(), { lang }))],
]);

describe.each(plans)("%s: page, fonts, bars and widths", (_name, plan) => {
  it("prints on A4, one page wide, over its whole footprint, with the title rows repeated", () => {
    expect(plan.page).toMatchObject({ paper: "A4", printArea: plan.footprint, titleRows: "1:2" });
  });

  it("every label, header and figure fits its column (titles and notes run on; wrapped columns wrap)", () => {
    const width = new Map(plan.columnWidths.map((c) => [c.column, c.width]));
    const tooWide = plan.cells
      .filter((c) => c.role !== "title" && c.role !== "note")
      .filter((c) => !plan.page.wrapColumns.includes(/^[A-Z]+/.exec(c.address)?.[0] ?? ""))
      .filter((c) => estimate(c) + (c.role === "header" ? 2 : 0) > (width.get(/^[A-Z]+/.exec(c.address)?.[0] ?? "") ?? 0))
      .map((c) => `${c.address} ${String(c.value ?? c.result)}`);
    expect(tooWide).toEqual([]);
  });

  it("no unit column repeats the % the number format already shows", () => {
    const pct = new Set(plan.cells.filter((c) => c.numberFormat?.includes("%")).map((c) => Number(/\d+$/.exec(c.address)?.[0])));
    const repeated = plan.cells.filter((c) => c.role === "unit" && c.value === "%" && pct.has(Number(/\d+$/.exec(c.address)?.[0])));
    expect(repeated.map((c) => c.address)).toEqual([]);
  });
});

describe("the written file", () => {
  it("turns fit-to-page on, names A4 landscape, sets the print area and titles, names every font, colours the data bars", async () => {
    const plan = buildPlan(workedExample, { lang: "zh" });
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).toMatch(/<dataBar>(?:<cfvo [^>]*\/>){2}<color rgb="FF5B9BD5"\/><\/dataBar>/);
    const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(book).toContain(`name="_xlnm.Print_Area"`);
    expect(book).toContain(`name="_xlnm.Print_Titles"`);
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1] ?? "");
    // The first font is exceljs's default for unused cells; every font our cells use is named.
    expect(fonts.slice(1).length).toBeGreaterThan(3);
    for (const f of fonts.slice(1)) expect(f).toContain(`<name val="DengXian"/>`);
  });
});

const soffice = findSoffice();
const pdftotext = ((): string | undefined => {
  try {
    return execFileSync("sh", ["-c", "command -v pdftotext"]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
})();

/** The text of each printed page. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) => execFileSync(pdftotext ?? "pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString());
}

(soffice && pdftotext ? describe : describe.skip)("LibreOffice prints it", () => {
  const work = makeWorkDir();
  afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

  it("one page wide: every page holds the breakdown's columns or the tables, none fewer than 3 rows", async () => {
    const files = await Promise.all(
      plans.map(async ([name, plan], i) => {
        const file = join(work.dir, `print-${i}.xlsx`);
        writeFileSync(file, await writeXlsx(plan));
        return { name, file, plan };
      }),
    );
    await convert("pdf", files.map((f) => f.file), work.profile, work.out);
    for (const f of files) {
      const text = pages(join(work.out, f.file.split("/").pop()?.replace(/\.xlsx$/, ".pdf") ?? ""));
      const rows = text.map((t) => t.split("\n").filter((l) => l.trim() !== "").length);
      // The first page spans the sheet from its first column (inputs) to its last (the formulas).
      const words = f.plan.lang === "zh" ? ["输入参数", "计算公式"] : ["Inputs", "Formula"];
      for (const w of words) expect(text[0]).toContain(w);
      expect({ file: f.name, thinPages: rows.filter((n) => n < 3) }).toEqual({ file: f.name, thinPages: [] });
      if (f.name.startsWith("worked")) expect({ file: f.name, pages: text.length }).toEqual({ file: f.name, pages: 1 });
      else expect(text.length).toBeLessThanOrEqual(4);
    }
    expect(readFileSync(files[0]?.file ?? "").length).toBeGreaterThan(0);
  });
});

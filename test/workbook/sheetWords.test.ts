/**
 * The sheet's words come from one place: the sentence book, the catalogue's labels, the
 * breakdown's output text and the core's unit words. No workbook source file holds a Chinese
 * sentence, and the cost kinds the table writes are exactly what the SUMIF formulas match.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { BREAKDOWN_TEXT } from "../../src/core/catalogue/outputs";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { fields } from "../../src/core/catalogue/walk";
import { UNITS, unitWords, type NumericUnit } from "../../src/core/formats/units";
import { inLang } from "../../src/core/sentences/book";
import { SENTENCES } from "../../src/core/sentences";
import { WORKBOOK } from "../../src/core/sentences/workbook";
import type { Lang } from "../../src/core/sentences/lang";
import { buildPlan } from "../../src/workbook/plan";
import { workedExample } from "../fixtures/examples";

const LANGS: readonly Lang[] = ["en", "zh"];

/** Every word the sheet may write by itself (not the scenario's own names) in one language. */
function knownWords(lang: Lang, currency: string): Set<string> {
  const book = Object.values(inLang(WORKBOOK, lang)).filter((w): w is string => typeof w === "string");
  const labels = fields(SCENARIO).flatMap((e) => (e.node.kind === "literal" ? [] : [e.node.spec.label[lang]]));
  const lines = Object.values(BREAKDOWN_TEXT).flatMap((t) => [t.label[lang], t.formula[lang]]);
  const units = (Object.keys(UNITS) as NumericUnit[]).map((u) => unitWords(u, currency, lang));
  return new Set([...book, ...labels, ...lines, ...units, currency]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the sheet's words", () => {
  it.each(LANGS)("every label, header, unit and note (%s) comes from the book, the catalogue or the core", (lang) => {
    const plan = buildPlan(workedExample, { lang });
    const known = knownWords(lang, workedExample.currency);
    const own = plan.cells.filter((c) => typeof c.value === "string" && c.role !== "title" && c.role !== "input");
    expect(own.length).toBeGreaterThan(50);
    expect(own.filter((c) => !known.has(String(c.value))).map((c) => [c.address, c.value])).toEqual([]);
    expect(plan.chart.title).toBe(inLang(WORKBOOK, lang).sheetComposition);
  });

  it.each(LANGS)("the cost kinds written in the table (%s) are the ones the SUMIFs match", (lang) => {
    const s = { ...workedExample, costs: { ...workedExample.costs, other: [{ name: "rent", amount: 5 }] } };
    const plan = buildPlan(s, { lang });
    const criterion = (key: "laborCost" | "otherCost"): string | undefined => {
      const formula = plan.cells.find((c) => c.address === plan.breakdown[key].address)?.formula ?? "";
      return /^SUMIF\([^,]+,"([^"]*)",[^,]+\)$/.exec(formula)?.[1];
    };
    const t = plan.tables.find((x) => x.name.startsWith("CCCosts_"));
    const [top = "", bottom = ""] = (t?.ref ?? "").split(":");
    const kinds = plan.cells.filter((c) => c.address.startsWith("A") && Number(c.address.slice(1)) > Number(top.slice(1)) && Number(c.address.slice(1)) <= Number(bottom.slice(1)));
    const w = inLang(WORKBOOK, lang);
    expect(kinds.map((c) => c.value)).toEqual([...s.costs.labor.map(() => w.sheetKindLabour), w.sheetKindOther]);
    expect([criterion("laborCost"), criterion("otherCost")]).toEqual([w.sheetKindLabour, w.sheetKindOther]);
  });

  it("the book has the workbook part (registered, no key shared with another part)", () => {
    for (const key of Object.keys(WORKBOOK)) expect(SENTENCES).toHaveProperty(key, WORKBOOK[key as keyof typeof WORKBOOK]);
  });

  it("no workbook source file holds a Chinese sentence outside comments", () => {
    const cjk = /[\u3400-\u9fff\uff00-\uffef]/;
    const found = sourceFiles(join(__dirname, "../../src/workbook")).flatMap((file) => {
      // Strip block and line comments (JSDoc may name the Chinese terms); strings stay.
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
      return code.split("\n").flatMap((line, i) => (cjk.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    });
    expect(found).toEqual([]);
  });
});

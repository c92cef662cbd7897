/**
 * Every Chinese sentence lives in the sentence book (src/core/sentences/). This walks the syntax
 * tree of every source file and looks at what the program says — string literals, template
 * text, JSX text — so Chinese terms in comments and JSDoc are free, and only the data tables
 * named below may hold Chinese words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../..");
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Data tables, not sentences: each holds Chinese terms for a reason given here. */
const DATA_TABLES: Readonly<Record<string, string>> = {
  "src/core/catalogue/scenario.ts": "the catalogue: each field's label and help, said once with the field",
  "src/core/catalogue/forecast.ts": "the bid catalogue: each forecast field's label and help, said once with the field",
  "src/core/catalogue/outputs.ts": "the output catalogue: each breakdown line's label and formula in words",
  "src/core/formats/units.ts": "unit words (通, 分钟, 人 …) per unit",
  "src/taskpane/draft/presets.ts": "the seed's labour items (工资, 社保 …): the saved names are these Chinese terms",
  "src/functions/choices.ts": "words a function accepts as input (分钟, 毛利 …): data the user types",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every string, template piece, JSX text and name (a Chinese object key is text too) holding Chinese script. */
function chineseTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node) || ts.isIdentifier(node)) {
      if (CJK.test(node.text)) found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(join(ROOT, "src")).map((f) => relative(ROOT, f).split("\\").join("/"));
const outsideBook = files.filter((f) => !f.startsWith("src/core/sentences/") && DATA_TABLES[f] === undefined);

describe("no Chinese sentence outside the sentence book", () => {
  it("walks every source file", () => {
    expect(outsideBook.length).toBeGreaterThan(50);
  });

  it.each(outsideBook)("%s says nothing in Chinese of its own", (file) => {
    expect(chineseTexts(join(ROOT, file))).toEqual([]);
  });

  it("each listed data table exists and does hold Chinese (else it should leave the list)", () => {
    for (const file of Object.keys(DATA_TABLES)) expect(chineseTexts(join(ROOT, file)).length).toBeGreaterThan(0);
  });

  it("the book itself is where the Chinese is", () => {
    const book = files.filter((f) => f.startsWith("src/core/sentences/"));
    expect(book.flatMap((f) => chineseTexts(join(ROOT, f))).length).toBeGreaterThan(300);
  });
});

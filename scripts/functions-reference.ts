/**
 * The function reference, from the same sources as the metadata (functions-meta.ts): Markdown
 * for the repository (docs/functions.md) and HTML for dist/ (the page the @helpurl links open),
 * grouped by family, with each function's examples.
 */
import { readFileSync } from "node:fs";
import { examplesInSource, parseExample, type Example } from "./functions-examples";
import { NAMESPACE, functionSources, type FunctionMeta, type FunctionsMetadata, type ParamMeta } from "./functions-meta";

/** The anchor of a function in the reference ("cc-seatcost"), the same in Markdown and HTML. */
export function anchorOf(f: Pick<FunctionMeta, "name">): string {
  return `${NAMESPACE}-${f.name}`.toLowerCase();
}

/** CC.SEATCOST(dailyRate, [workDays], …) */
export function signatureOf(f: FunctionMeta): string {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${f.name}(${params.join(", ")})`;
}

function kindOf(p: ParamMeta): string {
  const shape = p.dimensionality === "matrix" ? "range" : "value";
  return p.optional ? `${shape}, optional` : shape;
}

/** Family headings in reference order: the file each function comes from decides its family. */
export const FAMILIES: readonly { file: string; en: string; zh: string }[] = [
  { file: "traffic.ts", en: "Traffic and time", zh: "话务与工时" },
  { file: "costplus.ts", en: "Cost-plus", zh: "成本加成" },
  { file: "seat.ts", en: "Seats and prices", zh: "座席与报价" },
  { file: "outcome.ts", en: "Outcomes and penalties", zh: "按效果计费与扣罚" },
  { file: "kpi.ts", en: "KPI scores", zh: "考核评分" },
  { file: "staffing.ts", en: "Staffing (Erlang B, C, A)", zh: "人力测算（Erlang B、C、A）" },
  { file: "pricing.ts", en: "Deal pricing", zh: "报价" },
  { file: "workforce.ts", en: "Workforce", zh: "人力规划" },
];

/** Which functions each source file declares (by id), for grouping the reference. */
export function idsByFile(files = functionSources()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const ids = [...readFileSync(file, "utf8").matchAll(/^\s*\*\s*@customfunction\s+([A-Za-z0-9._]+)/gim)].map((m) => (m[1] as string).toUpperCase());
    out.set(file.slice(file.lastIndexOf("/") + 1), ids);
  }
  return out;
}

/** The `@returns` text of each function (by id), which the metadata does not carry. */
export function returnsOf(files = functionSources()): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files) {
    for (const block of readFileSync(file, "utf8").match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const id = /^\s*\*\s*@customfunction\s+([A-Za-z0-9._]+)/im.exec(block)?.[1];
      const returns = /^\s*\*\s*@returns?\s+([\s\S]*?)(?=^\s*\*\s*@|\*\/)/im.exec(block)?.[1];
      if (id && returns) out.set(id.toUpperCase(), returns.replace(/^\s*\*\s?/gm, " ").replace(/\s+/g, " ").trim());
    }
  }
  return out;
}

/**
 * The `@example` lines of each function (by id), parsed (scripts/functions-examples.ts has the
 * form). A line that does not parse, or names another function, stops the docs and the build.
 */
export function examplesOf(files = functionSources()): Map<string, Example[]> {
  const out = new Map<string, Example[]>();
  for (const file of files) {
    for (const [id, lines] of examplesInSource(readFileSync(file, "utf8"))) {
      const examples = lines.map((line) => {
        try {
          const e = parseExample(line);
          if (e.id !== id) throw new Error(`example "${line}" calls CC.${e.id}, not CC.${id}`);
          return e;
        } catch (err) {
          throw new Error(`${file}: ${id}: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
      out.set(id, examples);
    }
  }
  return out;
}

/** "`=CC.PRICE(80, 20%)` → 100" — how the reference shows an example. */
function exampleLine(e: Example, code: (s: string) => string): string {
  return `${code(e.formula)} ${e.claim}`;
}

function groups(en: FunctionsMetadata, byFile: Map<string, string[]>): { en: string; zh: string; functions: FunctionMeta[] }[] {
  const known = new Set(FAMILIES.map((f) => f.file));
  const families = [...FAMILIES, ...[...byFile.keys()].filter((f) => !known.has(f)).map((f) => ({ file: f, en: f.replace(/\.ts$/, ""), zh: f.replace(/\.ts$/, "") }))];
  return families
    .map((fam) => ({
      en: fam.en,
      zh: fam.zh,
      functions: (byFile.get(fam.file) ?? []).map((id) => en.functions.find((f) => f.id === id)).filter((f): f is FunctionMeta => f !== undefined),
    }))
    .filter((g) => g.functions.length > 0);
}

/** The Markdown list of a function's examples (none: nothing). */
function exampleList(examples: Example[] | undefined): string[] {
  if (!examples || examples.length === 0) return [];
  return ["**Examples · 示例**:", "", ...examples.map((e) => `- ${exampleLine(e, (s) => "`" + s + "`")}`), ""];
}

const md = (s: string | undefined): string => (s ?? "").replace(/\|/g, "\\|").replace(/\n+/g, " ");

/** docs/functions.md: the function reference, generated — edit the JSDoc or *.zh-CN.json, not this. */
export function renderMarkdown(
  en: FunctionsMetadata,
  zh: FunctionsMetadata,
  byFile = idsByFile(),
  returns = returnsOf(),
  examples = examplesOf(),
): string {
  const zhOf = new Map(zh.functions.map((f) => [f.id, f]));
  const out: string[] = [
    "# CC function reference · CC 函数参考",
    "",
    "<!-- Generated by `npm run docs:functions` from the JSDoc in src/functions/*.ts and src/functions/*.zh-CN.json. Do not edit by hand. -->",
    "",
    "Every function lives in the `CC` namespace: type `=CC.` in a cell to list them. Ranges may be a single",
    "cell, a row, a column or a block; blank cells count as 0. Omitted optional arguments take their default.",
    "Text where a number is needed gives #VALUE! naming the argument, a value outside its domain #NUM!, a zero",
    "divisor #DIV/0!.",
    "",
    "所有函数都在 `CC` 命名空间下：在单元格中输入 `=CC.` 即可列出。区域参数可以是单个单元格、一行、一列或一块区域；",
    "空单元格按 0 计。省略的可选参数取默认值。需要数值处给了文本返回 #VALUE!（并说明是哪个参数），超出取值范围返回",
    "#NUM!，除数为零返回 #DIV/0!。",
    "",
    "Loading the add-in into Excel (Windows, Mac, web) · 在 Excel 中加载：[functions-sideload.md](functions-sideload.md).",
    "",
  ];
  const gs = groups(en, byFile);
  for (const g of gs) {
    out.push(`- **${g.en} · ${g.zh}**: ${g.functions.map((f) => `[${NAMESPACE}.${f.name}](#${anchorOf(f)})`).join(", ")}`);
  }
  for (const g of gs) {
    out.push("", `## ${g.en} · ${g.zh}`);
    for (const f of g.functions) {
      const z = zhOf.get(f.id);
      out.push(
        "",
        `<a id="${anchorOf(f)}"></a>`,
        "",
        `### ${NAMESPACE}.${f.name}`,
        "",
        "`" + signatureOf(f) + "`",
        "",
        md(f.description),
        "",
        md(z?.description),
        "",
        ...(returns.has(f.id) ? [`**Returns · 返回**: ${md(returns.get(f.id))}`, ""] : []),
        ...exampleList(examples.get(f.id)),
        "| argument | kind | description | 说明 |",
        "|---|---|---|---|",
      );
      for (const p of f.parameters) {
        const zp = z?.parameters.find((q) => q.name === p.name);
        out.push(`| \`${p.name}\` | ${kindOf(p)} | ${md(p.description)} | ${md(zp?.description)} |`);
      }
    }
  }
  out.push("");
  return out.join("\n");
}

const esc = (s: string | undefined): string =>
  (s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function exampleItems(examples: Example[] | undefined): string[] {
  if (!examples || examples.length === 0) return [];
  const items = examples.map((e) => `<li>${exampleLine({ ...e, claim: esc(e.claim) }, (s) => `<code>${esc(s)}</code>`)}</li>`);
  return ["<p><strong>Examples · 示例</strong>:</p><ul>", ...items, "</ul>"];
}

/** dist/functions.html: the same reference as a page the @helpurl links point at. */
export function renderHtml(
  en: FunctionsMetadata,
  zh: FunctionsMetadata,
  byFile = idsByFile(),
  returns = returnsOf(),
  examples = examplesOf(),
): string {
  const zhOf = new Map(zh.functions.map((f) => [f.id, f]));
  const body: string[] = [];
  for (const g of groups(en, byFile)) {
    body.push(`<h2>${esc(g.en)} · ${esc(g.zh)}</h2>`);
    for (const f of g.functions) {
      const z = zhOf.get(f.id);
      body.push(
        `<section id="${anchorOf(f)}"><h3>${NAMESPACE}.${esc(f.name)}</h3><p><code>${esc(signatureOf(f))}</code></p>`,
        `<p>${esc(f.description)}</p><p lang="zh-CN">${esc(z?.description)}</p>`,
        returns.has(f.id) ? `<p><strong>Returns · 返回</strong>: ${esc(returns.get(f.id))}</p>` : "",
        ...exampleItems(examples.get(f.id)),
        "<table><tr><th>argument</th><th>kind</th><th>description</th><th>说明</th></tr>",
        ...f.parameters.map((p) => {
          const zp = z?.parameters.find((q) => q.name === p.name);
          return `<tr><td><code>${esc(p.name)}</code></td><td>${kindOf(p)}</td><td>${esc(p.description)}</td><td lang="zh-CN">${esc(zp?.description)}</td></tr>`;
        }),
        "</table></section>",
      );
    }
  }
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>CC function reference · CC 函数参考</title>",
    "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.4}",
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}</style>",
    "</head><body><h1>CC function reference · CC 函数参考</h1>",
    ...body,
    "</body></html>",
    "",
  ].join("\n");
}


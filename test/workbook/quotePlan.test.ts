/**
 * The quote sheet's plan: a priced scenario gets it and an unpriced one does not (the breakdown
 * sheet the same either way); every rate, unit count, margin and break-even cell is a live
 * formula in the classic function set, referring to the breakdown sheet only through its named
 * cells and the traffic table, with the core's value as its cached result; every pricing field
 * has its place; names, page, chart and words as documented.
 */
import { computeBreakdown } from "../../src/core/breakdown";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { fields } from "../../src/core/catalogue/walk";
import { toNumber } from "../../src/core/decimal";
import { UNITS, unitWords, type NumericUnit } from "../../src/core/formats/units";
import { computePricing, MODELS, type Pricing } from "../../src/core/pricing";
import type { Scenario } from "../../src/core/scenario";
import { inLang } from "../../src/core/sentences/book";
import type { Lang } from "../../src/core/sentences/lang";
import { PRICING } from "../../src/core/sentences/pricing";
import { QUOTE_SHEET } from "../../src/core/sentences/quoteSheet";
import { WORKBOOK } from "../../src/core/sentences/workbook";
import { BREAKDOWN_TEXT } from "../../src/core/catalogue/outputs";
import { buildPlan, QUOTE_MARKER_NAME, type QuotePlan, type SheetPlan } from "../../src/workbook/plan";
import { PLACED_ELSEWHERE, QUOTE_INPUT_FIELDS, RATE_NAMES } from "../../src/workbook/quote";
import { inRange } from "./excelMock";
import { PRICING_IN_FULL, workedExample } from "../fixtures/examples";

/** What Excel 2010 and LibreOffice 7.4 both evaluate from an .xlsx. */
const CLASSIC = new Set(["IF", "MIN", "MAX", "AND", "SUM", "FIXED", "NA"]);
const DATE = new Date(2026, 4, 14);

const full: Scenario = { ...workedExample, pricing: PRICING_IN_FULL };
const unpriced: Scenario = { ...workedExample, pricing: undefined };

function quoteOf(plan: SheetPlan): QuotePlan {
  if (!plan.quote) throw new Error("no quote sheet");
  return plan.quote;
}

function pricingOf(s: Scenario): Pricing {
  const b = computeBreakdown(s);
  if (!b.ok) throw new Error("refused");
  const p = computePricing(s, b.value);
  if (!p.ok || p.value === undefined) throw new Error("not priced");
  return p.value;
}

const cellAt = (q: QuotePlan, address: string) => q.cells.find((c) => c.address === address.replace(/\$/g, ""));
const functionsOf = (formula: string): string[] => [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] ?? "");

describe("the quote sheet is planned for a priced scenario only", () => {
  it("no pricing, no quote sheet; the breakdown sheet is the same with or without pricing", () => {
    const without = buildPlan(unpriced, { lang: "zh" });
    const withPricing = buildPlan(workedExample, { lang: "zh" });
    expect(without.quote).toBeUndefined();
    expect("quote" in without).toBe(false);
    expect(withPricing.quote).toBeDefined();
    const { quote: _q, ...breakdown } = withPricing;
    expect({ ...breakdown, scenario: unpriced }).toEqual(without);
  });
});

describe.each([
  ["worked example", workedExample, "en"],
  ["every pricing field", full, "zh"],
  ["markup, no terms", { ...full, pricing: { margin: 0.2, method: "markup", billingDaysPerMonth: 22, minSeats: 1, minMonths: 1, volumeRatios: [0.5, 1, 2] } }, "en"],
] as [string, Scenario, Lang][])("%s (%s)", (_name, scenario, lang) => {
  const plan = buildPlan(scenario, { lang, date: DATE });
  const q = quoteOf(plan);
  const core = pricingOf(scenario);

  it("has a figure for every rate, unit count, margin, worst margin and break-even of every model the core prices", () => {
    const keys = q.figures.map((f) => f.key);
    const want: string[] = ["price", "priceWithTax", "minimumFee", "prepayment"];
    for (const m of core.models) {
      want.push(`rate.${m.key}`, `withTax.${m.key}`, `units.${m.key}`, `breakEven.${m.key}`);
      core.volumeRatios.forEach((_, i) => want.push(`margin.${m.key}.${i}`, `worst.${m.key}.${i}`));
    }
    if (core.models.some((m) => m.key === "package")) want.push("rate.overage", "withTax.overage");
    if (core.models.some((m) => m.key === "baseCommission")) want.push("rate.commission", "withTax.commission");
    expect([...keys].sort()).toEqual(expect.arrayContaining([...want].sort()));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("each figure's expected value is the core's, and the cached result of its live formula", () => {
    const model = (key: string) => core.models.find((m) => m.key === key);
    const tax = core.inputs.taxRate.plus(1);
    for (const f of q.figures) {
      const [kind, key = "", i] = f.key.split(".");
      const m = model(key);
      const want =
        f.key === "price" ? core.price
        : f.key === "priceWithTax" ? core.priceWithTax
        : f.key === "minimumFee" ? core.minimumFee
        : f.key === "prepayment" ? core.prepayment
        : kind === "rate" ? (key === "overage" ? model("package")?.overageRate : key === "commission" ? model("baseCommission")?.commissionPerOutcome : m?.rate)
        : kind === "withTax" ? (key === "overage" ? model("package")?.overageRate?.times(tax) : key === "commission" ? model("baseCommission")?.commissionPerOutcome?.times(tax) : m?.rateWithTax)
        : kind === "units" ? m?.units
        : kind === "margin" ? m?.margin[Number(i)]
        : kind === "worst" ? m?.worstMargin[Number(i)]
        : kind === "breakEven" ? m?.breakEvenVolumeRatio
        : undefined;
      if (kind === "base") continue; // the cost base's links: checked by LibreOffice against the breakdown
      expect([f.key, f.expected]).toEqual([f.key, want === undefined || want === null ? null : toNumber(want)]);
      const cell = cellAt(q, f.address);
      const timeBilled = kind === "breakEven" && MODELS[key as keyof typeof MODELS].billing === "time";
      if (timeBilled) {
        expect(cell).toMatchObject({ value: inLang(QUOTE_SHEET, lang).quoteNoBreakEven });
        continue;
      }
      expect([f.key, typeof cell?.formula]).toEqual([f.key, "string"]);
      expect([f.key, cell?.result]).toEqual([f.key, f.expected ?? inLang(QUOTE_SHEET, lang).quoteNoBreakEven]);
    }
    expect(q.coreError).toBeNull();
  });

  it("uses only classic functions; refers to the breakdown sheet only by its named cells and the answered column, its name quoted", () => {
    const prefix = `'${plan.sheetName.replace(/'/g, "''")}'!`;
    const allowed = new Set([...plan.names.map((n) => n.ref), `$B$${Number(/\d+/.exec(plan.tables[0]?.ref ?? "")?.[0]) + 1}:$B$${Number(/:\D+(\d+)/.exec(plan.tables[0]?.ref ?? "")?.[1])}`]);
    const formulas = q.cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    expect(formulas.length).toBeGreaterThan(50);
    for (const f of formulas) {
      for (const fn of functionsOf(f)) expect([f, fn, CLASSIC.has(fn)]).toEqual([f, fn, true]);
      const outside = f.replace(/"(?:[^"]|"")*"/g, "").split(prefix).slice(1).map((rest) => /^\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?/.exec(rest)?.[0] ?? rest);
      for (const ref of outside) expect([f, ref, allowed.has(ref)]).toEqual([f, ref, true]);
      // Any other sheet reference would be a mistake.
      expect(f.replace(/"(?:[^"]|"")*"/g, "").split(prefix).join("")).not.toContain("!");
    }
    expect(formulas.some((f) => f.includes(`${prefix}$F$15`))).toBe(true);
  });

  it("every pricing field of the catalogue has its place: a named blue input, the validity, the ratios, the outcome's name in the labels", () => {
    const pricingLeaves = fields(SCENARIO).filter((e) => e.path.startsWith("pricing.")).map((e) => e.path);
    expect([...QUOTE_INPUT_FIELDS.map((f) => f.path), ...PLACED_ELSEWHERE].sort()).toEqual([...pricingLeaves].sort());
    for (const f of QUOTE_INPUT_FIELDS) {
      const name = q.names.find((n) => n.name === f.name);
      const optional = f.path !== "pricing.seats" && f.entry.node.kind === "number" && f.entry.node.spec.optional === true;
      const absent = f.path.startsWith("pricing.package.") ? scenario.pricing?.package === undefined : optional && (scenario.pricing as Record<string, unknown> | undefined)?.[f.name] === undefined;
      if (absent) {
        expect([f.path, name]).toEqual([f.path, undefined]);
        continue;
      }
      expect([f.path, cellAt(q, name?.ref ?? "")?.role]).toEqual([f.path, "input"]);
    }
    expect(cellAt(q, q.names.find((n) => n.name === "validityDays")?.ref ?? "")?.value).toBe(scenario.pricing?.terms?.validityDays ?? 30);
    const ratios = q.names.find((n) => n.name === "volumeRatios")?.ref ?? "";
    expect(q.cells.filter((c) => inRange(ratios.replace(/\$/g, ""), c.address)).map((c) => [c.role, c.value])).toEqual(core.volumeRatios.map((v) => ["input", toNumber(v)]));
  });

  it("billed seats left blank are a live link to the agents; given, a blue number", () => {
    const seats = cellAt(q, q.names.find((n) => n.name === "seats")?.ref ?? "");
    if (scenario.pricing?.seats === undefined) expect(seats).toMatchObject({ role: "input", formula: expect.stringMatching(/^\$B\$\d+$/), result: scenario.staffing.agents });
    else expect(seats).toMatchObject({ role: "input", value: scenario.pricing.seats });
  });

  it("writes each address once inside the footprint; names its inputs and rates, none clashing with the breakdown's", () => {
    const addresses = q.cells.map((c) => c.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const a of addresses) expect([a, inRange(q.footprint, a)]).toEqual([a, true]);
    for (const n of q.names) for (const part of n.ref.replace(/\$/g, "").split(":")) expect([n.name, inRange(q.footprint, part)]).toEqual([n.name, true]);
    const names = q.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(plan.names.map((x) => x.name)).not.toContain(n);
    expect(names).toEqual(expect.arrayContaining(["margin", "method", "seats", "minSeats", "price", "priceWithTax", "minimumFee", "prepayment", "quoteDate", "validityDays", QUOTE_MARKER_NAME]));
    for (const m of core.models) expect(names).toContain(RATE_NAMES[m.key]);
    expect(q.names.find((n) => n.name === QUOTE_MARKER_NAME)?.ref).toBe(q.footprint.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"));
  });

  it("prints on A4 portrait, one page wide, titles repeated; the chart lies below the cells, one series per model", () => {
    expect(q.page).toMatchObject({ paper: "A4", orientation: "portrait", printArea: q.footprint, titleRows: "1:2" });
    const lastRow = (a: string): number => Number(/(\d+)$/.exec(a)?.[1]);
    expect(lastRow(q.chart.from)).toBeGreaterThan(lastRow(q.footprint));
    expect(lastRow(q.printAreaWithChart)).toBe(lastRow(q.chart.to));
    expect(q.chart.series.map((s) => s.name)).toEqual(core.models.map((m) => (m.key === "outcome" && core.inputs.outcomeName !== undefined ? PRICING.modelOutcomeNamed[lang](core.inputs.outcomeName) : MODELS[m.key].label[lang])));
    for (const [i, s] of q.chart.series.entries()) {
      const first = s.values.split(":")[0] ?? "";
      expect(q.figures.find((f) => f.address === first)?.key).toBe(`margin.${core.models[i]?.key}.0`);
    }
    expect(q.date).toBe(46156);
  });

  it("every word it writes comes from the sentence book, the catalogue or the core", () => {
    const book = [...Object.values(inLang(WORKBOOK, lang)), ...Object.values(inLang(QUOTE_SHEET, lang)), ...Object.values(inLang(PRICING, lang))].filter((w): w is string => typeof w === "string");
    const labels = fields(SCENARIO).flatMap((e) => (e.node.kind === "literal" ? [] : [e.node.spec.label[lang]]));
    const lines = Object.values(BREAKDOWN_TEXT).map((t) => t.label[lang]);
    const units = (Object.keys(UNITS) as NumericUnit[]).map((u) => unitWords(u, scenario.currency, lang));
    const named = scenario.pricing?.outcomeName;
    const own = named === undefined ? [] : [PRICING.modelOutcomeNamed[lang](named), `${scenario.currency}/${named}`];
    const known = new Set([...book, ...labels, ...lines, ...units, ...own, scenario.currency, inLang(QUOTE_SHEET, lang).quoteCostBase(plan.sheetName)]);
    const text = q.cells.filter((c) => typeof c.value === "string" && c.role !== "title" && c.role !== "note" && c.role !== "input");
    expect(text.filter((c) => !known.has(String(c.value))).map((c) => [c.address, c.value])).toEqual([]);
  });
});

describe("the quote sheet's name", () => {
  it("is the breakdown's with the word for quote, within 31 characters, unique in the workbook", () => {
    const en = quoteOf(buildPlan(workedExample, { lang: "en" }));
    expect(en.sheetName).toBe("人工成本测算 worked example quote");
    expect(quoteOf(buildPlan(workedExample, { lang: "zh" })).sheetName).toBe("人工成本测算 worked example 报价单");
    const long = quoteOf(buildPlan({ ...workedExample, name: "a".repeat(40) }, { lang: "en" }));
    expect(long.sheetName).toMatch(/^a+ quote$/);
    expect(long.sheetName.length).toBeLessThanOrEqual(31);
    const taken = quoteOf(buildPlan(workedExample, { lang: "en", existingSheetNames: [en.sheetName] }));
    expect(taken.sheetName).toBe(`${en.sheetName.slice(0, 27).trimEnd()} (2)`);
  });

  it("is planned even when the core refuses the pricing (its formulas then show the sheet's own errors)", () => {
    const free: Scenario = { ...workedExample, costs: { labor: [], other: [] } };
    const q = quoteOf(buildPlan(free));
    expect(q.coreError).toMatchObject({ arg: "costs" });
    expect(q.figures.every((f) => f.expected === null)).toBe(true);
  });
});

/**
 * The sheet plan: layout invariants, formula vocabulary, and — through a small evaluator of the
 * plan's formulas — that both modes (native functions and the add-in's CC.* functions) compute
 * the core's breakdown. LibreOffice checks the native mode independently (libreoffice.test.ts).
 */
import fc from "fast-check";
import { breakdownNumbers, computeBreakdown } from "../../src/core/breakdown";
import { BREAKDOWN_KEYS } from "../../src/core/breakdown.types";
import type { Scenario } from "../../src/core/scenario";
import { DECIMAL_FORMAT, moneyFormat, PERCENT_FORMAT } from "../../src/core/formats/units";
import { buildPlan, MARKER_NAME, PARAMETER_NAMES, type SheetPlan } from "../../src/workbook/plan";
import { scenarioArb } from "./arbitraries";
import { PlanEvaluator } from "./evaluate";
import { inRange } from "./excelMock";
import { workedExample } from "../fixtures/examples";

/** Functions both Excel 2010 and LibreOffice 7.4 evaluate. */
const NATIVE_FUNCTIONS = new Set(["SUM", "SUMIF", "SUMPRODUCT", "IF", "ISNUMBER"]);
/** The CC catalogue's traffic & cost-plus functions (issue 3), which the cc mode may use. */
const CC_FUNCTIONS = new Set(["CC.NORMANSWERS", "CC.PAIDMINUTES", "CC.UTILIZATION", "CC.RECRUITCOST", "CC.TRAININGCOST", "CC.MGMTCOST", "CC.WITHTAX", "CC.PERANSWER", "CC.PERMINUTE"]);

const functionsOf = (formula: string): string[] => [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] ?? "");
const close = (got: unknown, expected: number): boolean => typeof got === "number" && Math.abs(got - expected) <= 1e-9 * Math.abs(expected);

function expectComputesCore(plan: SheetPlan, s: Scenario): void {
  const core = computeBreakdown(s);
  if (!core.ok) throw new Error("arbitrary produced a scenario the core refuses");
  const want = breakdownNumbers(core.value);
  const ev = new PlanEvaluator(plan);
  const bad = BREAKDOWN_KEYS.filter((k) => !close(ev.cell(plan.breakdown[k].address), want[k])).map((k) => ({ k, got: ev.cell(plan.breakdown[k].address), want: want[k] }));
  expect(bad).toEqual([]);
}

describe("buildPlan layout", () => {
  const plan = buildPlan(workedExample, { lang: "zh" });

  it("has one live formula per breakdown line, with the core's value as its expected result", () => {
    const core = computeBreakdown(workedExample);
    if (!core.ok) throw new Error("example refused");
    const want = breakdownNumbers(core.value);
    for (const key of BREAKDOWN_KEYS) {
      const cell = plan.cells.find((c) => c.address === plan.breakdown[key].address);
      expect(cell?.formula).toEqual(expect.any(String));
      expect(cell?.result).toBe(want[key]);
      expect(plan.breakdown[key].expected).toBe(want[key]);
    }
    expect(plan.coreError).toBeNull();
  });

  it("writes each address once, inside the footprint; tables and names inside it too", () => {
    const addresses = plan.cells.map((c) => c.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    for (const a of addresses) expect(inRange(plan.footprint, a)).toBe(true);
    for (const t of plan.tables) for (const corner of t.ref.split(":")) expect(inRange(plan.footprint, corner)).toBe(true);
    for (const n of plan.names) for (const corner of n.ref.replace(/\$/g, "").split(":")) expect(inRange(plan.footprint, corner)).toBe(true);
    expect(plan.names.find((n) => n.name === MARKER_NAME)?.ref.replace(/\$/g, "")).toBe(plan.footprint);
  });

  it("names every input and every breakdown line with a valid, non-cell-like name", () => {
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PARAMETER_NAMES) expect(names).toContain(p);
    for (const k of BREAKDOWN_KEYS) expect(names).toContain(k);
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(n.length).toBeLessThanOrEqual(255);
    }
  });

  it("uses only classic native functions and plain A1 references (no structured or named references)", () => {
    for (const c of plan.cells.filter((x) => x.formula !== undefined)) {
      const f = c.formula ?? "";
      for (const fn of functionsOf(f)) expect(NATIVE_FUNCTIONS).toContain(fn);
      expect(f).not.toMatch(/\[/);
      // Every identifier is a function name, a cell reference or a quoted string's content.
      const identifiers = f.replace(/\$/g, "").replace(/"[^"]*"/g, "").replace(/[A-Z][A-Z0-9.]*\(/g, "(").match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
      for (const id of identifiers) expect(id).toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  it("formats money in the scenario's currency, ratios as %, counts grouped with 2 decimals", () => {
    const fmt = (key: (typeof BREAKDOWN_KEYS)[number]): string | undefined => plan.cells.find((c) => c.address === plan.breakdown[key].address)?.numberFormat;
    expect(fmt("totalCost")).toBe('"¥"#,##0.00');
    expect(fmt("utilization")).toBe(PERCENT_FORMAT);
    expect(fmt("normalizedAnswers")).toBe(DECIMAL_FORMAT);
    expect(fmt("costPerAnswer")).toBe('"¥"#,##0.0000');
    expect(moneyFormat("USD")).toBe('"$"#,##0.00');
    expect(moneyFormat("CHF")).toBe('"CHF "#,##0.00');
    const usd = buildPlan({ ...workedExample, currency: "USD" });
    expect(usd.cells.find((c) => c.address === usd.breakdown.totalCost.address)?.numberFormat).toBe('"$"#,##0.00');
  });

  it("labels lines in the chosen language", () => {
    const en = buildPlan(workedExample, { lang: "en" });
    const label = (p: SheetPlan): unknown => p.cells.find((c) => c.address === `E${p.breakdown.totalCost.address.slice(1)}`)?.value;
    expect(label(plan)).toBe("总成本");
    expect(label(en)).toBe("Total cost");
  });

  it("makes the default standard talk time a live reference to the first line's average", () => {
    const s = workedExample;
    const noStandard: Scenario = { ...s, traffic: { streams: s.traffic.streams } };
    const p = buildPlan(noStandard);
    const std = p.cells.find((c) => c.address === "B5");
    expect(std?.formula).toBe("$C$32");
    expect(p.cells.find((c) => c.address === "C32")?.value).toBe(s.traffic.streams[0]?.avgTalkSeconds);
    expectComputesCore(p, noStandard);
  });

  it("still plans a scenario the core refuses, and says why", () => {
    const s = workedExample;
    const silent: Scenario = { ...s, traffic: { ...s.traffic, streams: [{ name: "x", answered: 0, avgTalkSeconds: 30 }] } };
    const p = buildPlan(silent);
    expect(p.coreError?.code).toBe("divByZero");
    expect(p.breakdown.costPerAnswer.expected).toBeNull();
    expect(new PlanEvaluator(p).cell(p.breakdown.costPerAnswer.address)).toBe("#ERROR");
  });

  it("avoids existing sheet names and keeps table names workbook-unique per sheet", () => {
    const a = buildPlan(workedExample);
    const b = buildPlan(workedExample, { existingSheetNames: [a.sheetName.toUpperCase()] });
    expect(b.sheetName).not.toBe(a.sheetName);
    expect(b.sheetName.length).toBeLessThanOrEqual(31);
    expect(b.tables.map((t) => t.name)).not.toEqual(a.tables.map((t) => t.name));
  });
});

describe("both formula modes compute the core's breakdown (property)", () => {
  it("native formulas, evaluated", () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom("en" as const, "zh" as const), (s, lang) => expectComputesCore(buildPlan(s, { lang }), s)),
      { numRuns: 150 },
    );
  });

  it("CC.* formulas, evaluated with the add-in's own functions", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const plan = buildPlan(s, { formulas: "cc" });
        const native = buildPlan(s);
        // Only formulas differ between the modes.
        expect(plan.cells.map((c) => [c.address, c.value, c.numberFormat, c.result])).toEqual(native.cells.map((c) => [c.address, c.value, c.numberFormat, c.result]));
        const used = plan.cells.flatMap((c) => (c.formula ? functionsOf(c.formula) : []));
        for (const fn of used) expect(NATIVE_FUNCTIONS.has(fn) || CC_FUNCTIONS.has(fn)).toBe(true);
        expect(used.filter((f) => f.startsWith("CC.")).length).toBeGreaterThanOrEqual(11);
        expectComputesCore(plan, s);
      }),
      { numRuns: 150 },
    );
  });
});

describe("cell text", () => {
  it("holds only characters an .xlsx can carry, whatever the scenario's names (property)", () => {
    const xmlChar = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }), (name, line) => {
        const s = workedExample;
        const plan = buildPlan({ ...s, name: name === "" ? "x" : name, traffic: { ...s.traffic, streams: [{ name: line, answered: 1, avgTalkSeconds: 1 }] } });
        for (const c of plan.cells) if (typeof c.value === "string") expect(xmlChar.test(c.value)).toBe(true);
        expect(xmlChar.test(plan.sheetName)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const odd = buildPlan({ ...workedExample, name: "a\ud800b\udc00c\ufffe\u0001d" });
    expect(odd.sheetName).toBe("abcd");
    expect(odd.cells.find((c) => c.address === "A1")?.value).toBe("abcd");
  });
});

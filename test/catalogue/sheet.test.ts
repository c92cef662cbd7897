/**
 * The sheet covers the whole scenario catalogue: every leaf of fields(SCENARIO) has a place —
 * a named input cell, a table column, a shown cell, or the stored scenario (a group marked
 * `storedOnly`, the pricing, is kept there alone) — and holds the
 * scenario's value there. A field added to the catalogue without sheet wiring is listed as
 * unplaced and fails the first test.
 */
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { fields, valueAt, type FieldEntry } from "../../src/core/catalogue/walk";
import { inLang } from "../../src/core/sentences/book";
import { WORKBOOK } from "../../src/core/sentences/workbook";
import type { Scenario } from "../../src/core/scenario";
import { customXmlParts, writeXlsx } from "../../src/workbook/exceljsWriter";
import { buildPlan, COST_COLUMNS, COST_KINDS, PARAMETER_NAMES, TRAFFIC_COLUMNS, type SheetPlan } from "../../src/workbook/plan";
import { cellText } from "../../src/workbook/sheetName";
import { encodeStoredScenario, readStoredScenario } from "../../src/workbook/storedScenario";
import { PRICING_IN_FULL, workedExample } from "../fixtures/examples";

/** The defined names of the input block: a public contract (formulas and users refer to them). */
const CONTRACT_NAMES = [
  "standardTalkSeconds",
  "agents",
  "hoursPerDay",
  "paidDaysPerMonth",
  "months",
  "hires",
  "feePerHire",
  "trainingHires",
  "trainingDays",
  "dailyAllowance",
  "managers",
  "monthlySalary",
  "managementMonths",
  "taxRate",
];

/** Every optional field set (and lists non-empty), so every leaf has a value to look for. */
const full: Scenario = {
  ...workedExample,
  name: "full: every field",
  currency: "USD",
  notes: "every optional field is set",
  traffic: {
    standardTalkSeconds: 40,
    streams: [
      { name: "measured", answered: 1200, avgTalkSeconds: 45.5, talkMinutes: 900.25 },
      { name: "=not a formula", answered: 300, avgTalkSeconds: 61 },
    ],
  },
  staffing: { agents: 12.5, hoursPerDay: 7.5, paidDaysPerMonth: 21.75, months: 6 },
  costs: {
    labor: [
      { name: "wages", amount: 250000.5 },
      { name: "social insurance", amount: 40000 },
    ],
    recruitment: { hires: 7, feePerHire: 350 },
    training: { hires: 6, days: 5, dailyAllowance: 28.5 },
    management: { managers: 2, monthlySalary: 9000, months: 5 },
    other: [{ name: "rent", amount: 12000 }],
  },
  taxRate: 0.06,
  pricing: PRICING_IN_FULL,
};

type Placement = "input" | "traffic" | "cost" | "shown" | "stored";

const hasField = (columns: readonly { readonly column: string; readonly field?: string }[], field: string | undefined): boolean => columns.some((c) => c.field !== undefined && c.field === field);

/** Where the sheet puts a catalogue leaf, or undefined when it does not know. */
function placementOf(e: FieldEntry): Placement | undefined {
  if (e.node.kind === "number" && e.node.spec.sheetName !== undefined) return "input";
  const stream = /^traffic\.streams\[\]\.(\w+)$/.exec(e.path);
  if (stream && hasField(TRAFFIC_COLUMNS, stream[1])) return "traffic";
  const cost = /^costs\.(\w+)\[\]\.(\w+)$/.exec(e.path);
  if (cost && COST_KINDS.some((k) => k.list === cost[1]) && hasField(COST_COLUMNS, cost[2])) return "cost";
  if (e.path === "name" || e.path === "currency") return "shown";
  // Kept in the stored scenario (the whole file), not on the sheet.
  if (e.path === "version" || e.path === "notes") return "stored";
  // A group that says so (the deal's pricing) is kept in the stored scenario only.
  if (e.within.some((w) => w.kind === "group" && w.spec.storedOnly === true)) return "stored";
  return undefined;
}

const cellAt = (plan: SheetPlan, address: string) => plan.cells.find((c) => c.address === address.replace(/\$/g, ""));
const rowOf = (address: string): number => Number(/\d+$/.exec(address)?.[0]);
const table = (plan: SheetPlan, prefix: string) => {
  const t = plan.tables.find((x) => x.name.startsWith(prefix));
  if (!t) throw new Error(`no ${prefix} table`);
  return { ...t, header: rowOf(t.ref.split(":")[0] ?? "") };
};

describe("the sheet covers every catalogue field", () => {
  const plan = buildPlan(full, { lang: "en" });

  it("knows where every leaf of fields(SCENARIO) goes", () => {
    const unplaced = fields(SCENARIO)
      .filter((e) => placementOf(e) === undefined)
      .map((e) => e.path);
    expect(unplaced).toEqual([]);
  });

  it("the test scenario sets every field (so the checks below see each one)", () => {
    const missing = fields(SCENARIO)
      .map((e) => e.path.replace(/\[\]/g, "[0]"))
      .filter((p) => valueAt(full, p) === undefined);
    expect(missing).toEqual([]);
  });

  it("names the inputs of the public contract, in catalogue order, on consecutive rows", () => {
    expect(PARAMETER_NAMES).toEqual(CONTRACT_NAMES);
    const inputNames = plan.names.slice(0, CONTRACT_NAMES.length);
    expect(inputNames.map((n) => n.name)).toEqual(CONTRACT_NAMES);
    expect(inputNames.map((n) => n.ref)).toEqual(CONTRACT_NAMES.map((_, i) => `$B$${5 + i}`));
  });

  it("each named input cell holds the scenario's value", () => {
    for (const e of fields(SCENARIO).filter((x) => placementOf(x) === "input")) {
      const name = e.node.kind === "number" ? e.node.spec.sheetName : undefined;
      const ref = plan.names.find((n) => n.name === name)?.ref ?? "(unnamed)";
      expect([e.path, cellAt(plan, ref)?.value]).toEqual([e.path, valueAt(full, e.path)]);
    }
  });

  it("without the optional groups, their inputs hold 0 and the standard talk time is live", () => {
    const bare: Scenario = { ...full, traffic: { streams: full.traffic.streams }, costs: { labor: [], other: [] } };
    const p = buildPlan(bare);
    const value = (name: string) => cellAt(p, p.names.find((n) => n.name === name)?.ref ?? "");
    for (const name of ["hires", "feePerHire", "trainingHires", "trainingDays", "dailyAllowance", "managers", "monthlySalary", "managementMonths"]) {
      expect([name, value(name)?.value]).toEqual([name, 0]);
    }
    const std = value("standardTalkSeconds");
    expect(std?.formula).toBe(`$C$${table(p, "CCTraffic_").header + 1}`);
    expect(std?.result).toBe(full.traffic.streams[0]?.avgTalkSeconds);
  });

  it("traffic stream fields are the traffic table's columns, one row per stream", () => {
    const t = table(plan, "CCTraffic_");
    const paths = fields(SCENARIO).filter((e) => placementOf(e) === "traffic");
    expect(paths.length).toBeGreaterThan(0);
    for (const e of paths) {
      const field = e.path.split(".").pop() ?? "";
      const column = TRAFFIC_COLUMNS.find((c) => "field" in c && c.field === field)?.column ?? "?";
      expect(cellAt(plan, `${column}${t.header}`)?.value).toBe(t.columns[TRAFFIC_COLUMNS.findIndex((c) => c.column === column)]);
      full.traffic.streams.forEach((s, i) => {
        const want = valueAt(full, `traffic.streams[${i}].${field}`);
        const got = cellAt(plan, `${column}${t.header + 1 + i}`)?.value;
        expect([e.path, i, got]).toEqual([e.path, i, typeof want === "string" ? cellText(want) : (want ?? null)]);
      });
    }
    expect(t.ref).toMatch(new RegExp(`:E${t.header + full.traffic.streams.length}$`));
  });

  it("cost line fields are the cost table's columns, labour lines then other lines, each with its kind", () => {
    const t = table(plan, "CCCosts_");
    const words = inLang(WORKBOOK, "en");
    const rows = COST_KINDS.flatMap(({ list, kind }) => full.costs[list].map((_, i) => ({ list, i, kind: words[kind] })));
    const paths = fields(SCENARIO).filter((e) => placementOf(e) === "cost");
    expect(paths.map((e) => e.path)).toEqual(["costs.labor[].name", "costs.labor[].amount", "costs.other[].name", "costs.other[].amount"]);
    rows.forEach(({ list, i, kind }, r) => {
      const row = t.header + 1 + r;
      expect(cellAt(plan, `A${row}`)?.value).toBe(kind);
      for (const e of paths.filter((x) => x.path.startsWith(`costs.${list}[]`))) {
        const field = e.path.split(".").pop() ?? "";
        const column = COST_COLUMNS.find((c) => "field" in c && c.field === field)?.column ?? "?";
        expect([e.path, i, cellAt(plan, `${column}${row}`)?.value]).toEqual([e.path, i, valueAt(full, `costs.${list}[${i}].${field}`)]);
      }
    });
  });

  it("the scenario's name and currency are shown at the top", () => {
    expect(cellAt(plan, "A1")).toMatchObject({ role: "title", value: full.name });
    expect(cellAt(plan, "B3")?.value).toBe(full.currency);
  });

  it("the stored scenario holds the whole file: every optional field round-trips, through the reader and the .xlsx", async () => {
    expect(readStoredScenario(encodeStoredScenario(full, plan.sheetName))).toEqual({ ok: true, scenario: full, sheetName: plan.sheetName, warnings: [expect.anything()] });
    const parts = await customXmlParts(await writeXlsx(plan));
    expect(parts.map((x) => readStoredScenario(x))).toEqual([expect.objectContaining({ ok: true, scenario: full })]);
  });
});

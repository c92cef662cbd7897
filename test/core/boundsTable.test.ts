/**
 * One table of bounds, generated from the code (scripts/bounds-table.ts), stands in README.md and
 * docs/core.md: this fails when either differs from the code's values. And the bounds it states
 * hold where it says: every list of every catalogue refuses MAX_ITEMS + 1 entries with one
 * problem, every figure's message names MAX_FIGURE.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BOUNDS_DOCS, boundsTable, END, ROOT, START, withTable } from "../../scripts/bounds-table";
import { MAX_FIGURE, MAX_ITEMS } from "../../src/core/catalogue/limits";
import { SCENARIO } from "../../src/core/catalogue/scenario";
import { SEAT_QUOTE } from "../../src/core/catalogue/seatQuote";
import { nodes } from "../../src/core/catalogue/walk";
import { validateScenario } from "../../src/core/scenario";
import { CORE } from "../../src/core/sentences/core";
import { workedExampleJson } from "../fixtures/examples";

describe("the bounds table", () => {
  it.each(BOUNDS_DOCS)("%s holds the table as the code gives it now (else run npx tsx scripts/bounds-table.ts)", (doc) => {
    const text = readFileSync(join(ROOT, doc), "utf8");
    expect(text.split(START)).toHaveLength(2);
    expect(text.split(END)).toHaveLength(2);
    expect(withTable(text, boundsTable())).toBe(text);
  });

  it("states the code's values", () => {
    const table = boundsTable();
    expect(table).toContain("| 10¹⁵ (`MAX_FIGURE`) |");
    expect(table).toContain("| 1 000 (`MAX_ITEMS`) |");
    expect(table).toContain("| 1 048 576 bytes = 1 MiB (`MAX_FILE_BYTES`) |");
    expect(table).toContain("`traffic.streams`, `costs.labor`, `costs.other`");
    expect(table).toContain("10⁹ Erlangs (`MAX_TRAFFIC_ERLANGS`)");
  });
});

describe("the bounds hold where the table says", () => {
  const lists = nodes(SCENARIO).filter((e) => e.node.kind === "list");
  it("the scenario has lists, the seat-quote file none", () => {
    expect(lists.length).toBeGreaterThanOrEqual(3);
    expect(nodes(SEAT_QUOTE).filter((e) => e.node.kind === "list")).toEqual([]);
  });

  it.each(lists.map((e) => [e.path] as const))("%s: MAX_ITEMS entries are read, one more is one problem", (path) => {
    const keys = path.split(".");
    const at = (n: number): unknown => {
      const file = structuredClone(workedExampleJson) as Record<string, unknown>;
      let node = file;
      for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
      const item = (workedExampleJson.traffic.streams as unknown[])[0];
      node[keys[keys.length - 1] as string] = Array(n).fill(path === "traffic.streams" ? item : { name: "x", amount: 1 });
      return file;
    };
    expect(validateScenario(at(MAX_ITEMS)).ok).toBe(true);
    const over = validateScenario(at(MAX_ITEMS + 1));
    expect(over.ok ? [] : over.issues).toEqual([{ path, message: { en: `must have at most ${MAX_ITEMS} entries (has ${MAX_ITEMS + 1})`, zh: `最多 ${MAX_ITEMS} 项（当前为 ${MAX_ITEMS + 1} 项）` } }]);
  });

  it("the too-large sentences name MAX_FIGURE", () => {
    for (const s of [CORE.figureTooLarge, CORE.seatFigureTooLarge]) {
      expect(s.en).toContain(MAX_FIGURE.toExponential());
      expect(s.zh).toContain(MAX_FIGURE.toExponential());
    }
  });
});

/**
 * A small Excel workbook stand-in built from office-addin-mock's OfficeMockObject: scalar
 * properties the writer reads (isNullObject, name, formula) must be loaded and synced as in real
 * Excel, and everything the writer sets on ranges, tables, names, charts and custom XML parts is
 * recorded so a test can compare it with the plan.
 *
 * Collections' `load("items/name")` is provided by hand (OfficeMockObject cannot navigate into an
 * array), and ClientResult.value throws until context.sync().
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters } from "../../src/workbook/plan/a1";
import { inRange, parseCell, type FakeChart, type FakePart, type FakeSheet } from "./excelMockState";

export type { CellState, FakeChart, FakePart, FakeSheet } from "./excelMockState";
export { inRange } from "./excelMockState";

type Mock = Record<string, unknown> & { sync(): Promise<void> };

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly workbookNames = new Map<string, string>();
  readonly parts: FakePart[] = [];
  readonly context: Excel.RequestContext;
  syncs = 0;
  private readonly created: Mock[] = [];
  private readonly results: { synced: boolean }[] = [];
  private readonly addresses = new WeakMap<object, string>();
  private partIds = 0;

  constructor() {
    // The root is not tracked: its sync is the one below (tracking it would recurse).
    const root = new OfficeMockObject({
      workbook: {
        worksheets: this.worksheetsData(),
        names: {
          getItemOrNullObject: (name: string) => {
            const value = this.workbookNames.get(name);
            return this.track({ isNullObject: value === undefined, value: value ?? "" });
          },
        },
        customXmlParts: {
          getByNamespace: (ns: string) => this.partsCollection(ns),
          add: (xml: string) => {
            this.parts.push({ id: `part${++this.partIds}`, xml, deleted: false });
          },
        },
      },
      sync: async () => {
        this.syncs++;
        for (const m of this.created) await m.sync();
        for (const r of this.results) r.synced = true;
      },
    });
    this.context = root as unknown as Excel.RequestContext;
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), tables: [], names: new Map(), charts: [], rangeMocks: [], columnWidths: new Map(), activated: false };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Fold every range the writer touched into the sheets' cell maps (call after the writer ran). */
  settle(): void {
    for (const sheet of this.sheets) {
      for (const { address, mock } of sheet.rangeMocks) {
        if (/^[A-Z]+:[A-Z]+$/.test(address)) {
          const format = mock.format as Record<string, unknown>;
          if (format.columnWidth !== undefined) sheet.columnWidths.set(address, format.columnWidth);
          continue;
        }
        // A block range spreads its 2-D arrays over its cells; a single cell gets [[x]].
        const [tl = "", br = tl] = address.split(":");
        const [c1, r1] = parseCell(tl);
        const [c2, r2] = parseCell(br);
        const format = mock.format as { font: Record<string, unknown>; fill: Record<string, unknown> };
        for (let r = r1; r <= r2; r++) {
          for (let c = c1; c <= c2; c++) {
            const cell = `${columnLetters(c)}${r}`;
            const state = sheet.cells.get(cell) ?? {};
            for (const key of ["formulas", "values", "numberFormat"] as const) {
              const grid = mock[key];
              if (grid === undefined) continue;
              if (!Array.isArray(grid) || grid.length !== r2 - r1 + 1) throw new Error(`mock: ${key} of ${address} is not a ${r2 - r1 + 1}-row array`);
              const row: unknown = grid[r - r1];
              if (!Array.isArray(row) || row.length !== c2 - c1 + 1) throw new Error(`mock: ${key} of ${address} has a row of the wrong width`);
              state[key] = [[row[c - c1]]];
            }
            if (format.font.bold !== undefined) state.bold = format.font.bold;
            if (format.fill.color !== undefined) state.fill = format.fill.color;
            if (Object.keys(state).length > 0) sheet.cells.set(cell, state);
          }
        }
      }
      sheet.rangeMocks = [];
      for (const t of sheet.tables) if (t.mock && typeof t.mock.name === "string") t.name = t.mock.name;
      for (const c of sheet.charts) {
        if (typeof c.mock.name === "string") c.name = c.mock.name;
        for (const s of c.series) s.name = s.mock.name;
      }
    }
  }

  private track(data: object): Mock {
    const m = new OfficeMockObject(data) as unknown as Mock;
    this.created.push(m);
    return m;
  }

  private clientResult<T>(value: T): { readonly value: T } {
    const state = { synced: false };
    this.results.push(state);
    return {
      get value(): T {
        if (!state.synced) throw new Error("mock: ClientResult.value read before context.sync()");
        return value;
      },
    };
  }

  private worksheetsData(): object {
    const sheets = (): FakeSheet[] => this.sheets;
    return {
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheet(name);
        return sheet ? this.sheetMock(sheet) : this.track({ isNullObject: true, name: "" });
      },
      add: (name: string) => {
        if (this.sheet(name)) throw new Error(`mock: a sheet named ${name} already exists`);
        return this.sheetMock(this.addSheet(name));
      },
      load(this: { items: unknown }) {
        this.items = sheets().map((s) => ({ name: s.name }));
        return this;
      },
    };
  }

  private sheetMock(sheet: FakeSheet): Mock {
    const getRange = (address: string): Mock => {
      const mock = this.track({
        format: { font: {}, fill: {} },
        clear: () => {
          for (const a of [...sheet.cells.keys()]) if (inRange(address, a)) sheet.cells.delete(a);
        },
      });
      this.addresses.set(mock, address);
      sheet.rangeMocks.push({ address, mock });
      return mock;
    };
    const mock = this.track({
      isNullObject: false,
      name: sheet.name,
      getRange,
      pageLayout: {
        setPrintArea: (area: string) => {
          sheet.printArea = area;
        },
        setPrintTitleRows: (rows: string) => {
          sheet.titleRows = rows;
        },
      },
      activate: () => {
        sheet.activated = true;
      },
      names: {
        getItemOrNullObject: (name: string) => {
          const ref = sheet.names.get(name);
          const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
          // NamedItem.value of a named range: its address, sheet-qualified, absolute, no "=".
          const absolute = ref === undefined ? "" : ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
          return this.track({ isNullObject: ref === undefined, value: ref === undefined ? "" : `${quoted}!${absolute}` });
        },
        add: (name: string, range: object) => {
          const address = this.addresses.get(range);
          if (address === undefined) throw new Error("mock: names.add expects a Range from getRange");
          if (sheet.names.has(name)) throw new Error(`mock: name ${name} already exists on ${sheet.name}`);
          sheet.names.set(name, address);
        },
        load(this: { items: unknown }) {
          this.items = [...sheet.names.keys()].map((name) => ({ name, delete: () => sheet.names.delete(name) }));
          return this;
        },
      },
      tables: {
        add: (range: object, hasHeaders: boolean) => {
          const ref = this.addresses.get(range);
          if (ref === undefined || !hasHeaders) throw new Error("mock: tables.add expects a Range and headers");
          const mock = this.track({ delete: () => (entry.deleted = true) });
          const entry: FakeSheet["tables"][number] = { name: "", ref, deleted: false, mock };
          sheet.tables.push(entry);
          return mock;
        },
        load(this: { items: unknown }) {
          this.items = sheet.tables.filter((t) => !t.deleted).map((t) => ({ name: t.name, delete: () => (t.deleted = true) }));
          return this;
        },
      },
      charts: {
        add: (type: string, range: object, seriesBy?: string) => {
          const source = this.addresses.get(range) ?? "?";
          const mock = this.track({
            title: {},
            axes: { valueAxis: {} },
            series: {
              getItemAt: (index: number) => {
                const series: FakeChart["series"][number] = {
                  index,
                  mock: this.track({
                    setXAxisValues: (values: object) => {
                      series.xValues = this.addresses.get(values) ?? "?";
                    },
                  }),
                };
                entry.series.push(series);
                return series.mock;
              },
            },
            setPosition: (from: string, to: string) => {
              entry.position = [from, to];
            },
          });
          const entry: FakeChart = { name: "", type, source, ...(seriesBy === undefined ? {} : { seriesBy }), deleted: false, mock, series: [] };
          sheet.charts.push(entry);
          return mock;
        },
        load(this: { items: unknown }) {
          this.items = sheet.charts.filter((c) => !c.deleted).map((c) => ({ name: c.name, delete: () => (c.deleted = true) }));
          return this;
        },
      },
    });
    sheet.layout = mock.pageLayout as Record<string, unknown>;
    return mock;
  }

  private partsCollection(ns: string): Mock {
    const parts = (): FakePart[] => this.parts;
    const clientResult = (xml: string): { readonly value: string } => this.clientResult(xml);
    return this.track({
      load(this: { items: unknown }) {
        this.items = parts()
          .filter((p) => !p.deleted && p.xml.includes(`"${ns}"`))
          .map((p) => ({
            id: p.id,
            getXml: () => clientResult(p.xml),
            delete: () => (p.deleted = true),
          }));
        return this;
      },
    });
  }
}

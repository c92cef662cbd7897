/** What the Excel stand-in (excelMock.ts) records, and the A1 arithmetic it needs. */

export interface CellState {
  formulas?: unknown;
  values?: unknown;
  numberFormat?: unknown;
  bold?: unknown;
  fill?: unknown;
}

export interface FakeSheet {
  name: string;
  /** Final cell contents by address (pre-existing cells + what the writer wrote − what it cleared). */
  cells: Map<string, CellState>;
  tables: { name: string; ref: string; deleted: boolean; mock?: Record<string, unknown> }[];
  names: Map<string, string>;
  charts: FakeChart[];
  rangeMocks: { address: string; mock: Record<string, unknown> }[];
  columnWidths: Map<string, unknown>;
  activated: boolean;
  /** Page layout as the writer set it (ExcelApi 1.9): print area, title rows, and the layout's own properties. */
  printArea?: string;
  titleRows?: string;
  layout?: Record<string, unknown>;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  /** How the source's series run ("Rows", "Columns"), as given to charts.add. */
  seriesBy?: string;
  deleted: boolean;
  mock: Record<string, unknown>;
  position?: [string, string];
  /** Series the writer reached with series.getItemAt: the name it set, the x values' range. */
  series: { index: number; name?: unknown; xValues?: string; mock: Record<string, unknown> }[];
}

export interface FakePart {
  id: string;
  xml: string;
  deleted: boolean;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseCell(a: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`mock: bad address ${a}`);
  return [colNumber(m[1] ?? ""), Number(m[2])];
}

/** Does range "A1:H9" (or "B5") contain cell "C3"? */
export function inRange(range: string, cell: string): boolean {
  const [tl = "", br = tl] = range.split(":");
  const [c1, r1] = parseCell(tl);
  const [c2, r2] = parseCell(br);
  const [c, r] = parseCell(cell);
  return c >= c1 && c <= c2 && r >= r1 && r <= r2;
}

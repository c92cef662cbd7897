/**
 * How the sheet looks and prints — one description both writers carry out: each role's font and
 * fill, the named font, the data bars' colour, column widths fitted to what the cells hold, and
 * the page (A4, one page wide, a print area and repeated titles).
 */
import { displayWidth } from "../../core/formats/width";
import type { CellRole, PlanCell, SheetPage } from "./types";

export interface RoleStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** "#RRGGBB". */
  readonly color?: string;
  readonly fill?: string;
}

export const ROLE_STYLE: Readonly<Record<CellRole, RoleStyle>> = {
  title: { bold: true, size: 14 },
  note: { italic: true, color: "#595959" },
  section: { bold: true, size: 12 },
  header: { bold: true },
  label: {},
  input: { color: "#1F4E79", fill: "#DDEBF7" },
  output: { bold: true },
  text: {},
  unit: { color: "#595959" },
  sentence: {},
};

/**
 * Every cell names its font, so no engine falls back to a serif face beside a sans one. 等线
 * (DengXian) comes with Office on Windows and on the Mac and carries Latin and CJK glyphs;
 * LibreOffice substitutes its own CJK sans (Noto Sans CJK on Debian).
 */
export const SHEET_FONT = "DengXian";
export const FONT_SIZE = 11;

/** The composition's data bars: Office's own blue, with a lighter border. */
export const DATA_BAR = { fill: "#5B9BD5", border: "#41719C" } as const;

/**
 * The breakdown sheet is wide (inputs beside the breakdown and its formulas in words), so it
 * prints in landscape: one page wide at a readable scale, rows flowing onto further pages with
 * the title rows repeated.
 */
export function breakdownPage(footprint: string, cells: readonly PlanCell[], wrapped: Readonly<Record<string, number>>): SheetPage {
  return { paper: "A4", orientation: "landscape", printArea: footprint, titleRows: "1:2", wrapColumns: Object.keys(wrapped), rowHeights: wrappedRowHeights(cells, wrapped) };
}

/** The quote sheet is a narrow client document: A4 portrait, one page wide, its titles repeated. */
export function quotePage(printArea: string): SheetPage {
  return { paper: "A4", orientation: "portrait", printArea, titleRows: "1:2", wrapColumns: [], rowHeights: [] };
}

/** Points per line of 11 pt text: Excel's default row height. */
const LINE_POINTS = 15;
/** Prose in a proportional face runs narrower than its count of digit-wide characters. */
const PROSE_NARROWING = 0.85;

/**
 * Rows holding wrapped text, as tall as their lines: engines do not grow a row for wrapped text
 * on their own when a file is opened, so the text would run into the row below.
 */
function wrappedRowHeights(cells: readonly PlanCell[], wrapped: Readonly<Record<string, number>>): { row: number; height: number }[] {
  const lines = new Map<number, number>();
  for (const c of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(c.address);
    const width = m ? wrapped[m[1] ?? ""] : undefined;
    if (!m || width === undefined) continue;
    const row = Number(m[2]);
    lines.set(row, Math.max(lines.get(row) ?? 1, Math.ceil((shownWidth(c) * PROSE_NARROWING) / (width - PADDING))));
  }
  return [...lines].filter(([, n]) => n > 1).map(([row, n]) => ({ row, height: n * LINE_POINTS }));
}

/** Estimated width in characters of what a cell shows (CJK counts double), from its value and format. */
export function shownWidth(cell: PlanCell): number {
  const v = cell.value ?? cell.result;
  if (typeof v === "string") return displayWidth(v);
  if (typeof v !== "number") return 0;
  const format = cell.numberFormat ?? "";
  // A date shows as its pattern is long (yyyy-mm-dd).
  if (/y{4}/.test(format)) return format.length;
  const percent = format.includes("%");
  const whole = Math.abs(percent ? v * 100 : v);
  const digits = whole < 1 ? 1 : Math.floor(Math.log10(whole)) + 1;
  const separators = format.includes(",") ? Math.floor((digits - 1) / 3) : 0;
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const literal = displayWidth(/"([^"]*)"/.exec(format)?.[1] ?? "");
  return (v < 0 ? 1 : 0) + digits + separators + (decimals > 0 ? decimals + 1 : 0) + literal + (percent ? 1 : 0);
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 44;
/** Table headers carry a filter button; cells get a little air. */
const HEADER_EXTRA = 3;
const PADDING = 2;

/** Roles whose text runs on over the empty cells to its right rather than widen its column. */
const RUN_ON: readonly CellRole[] = ["title", "note"];

/**
 * Each column as wide as its widest cell (within bounds), so no label is cut and no number shows
 * as ####. Titles and notes (`runOn`) are left out: they run on over the empty cells to their
 * right. `wrapped` columns get a fixed width and wrap their text instead.
 */
export function fittedWidths(cells: readonly PlanCell[], columns: readonly string[], wrapped: Readonly<Record<string, number>>, runOn: readonly CellRole[] = RUN_ON): { column: string; width: number }[] {
  const widest = new Map<string, number>();
  for (const c of cells) {
    if (runOn.includes(c.role)) continue;
    const column = /^[A-Z]+/.exec(c.address)?.[0] ?? "";
    const width = shownWidth(c) + (c.role === "header" ? HEADER_EXTRA : 0) + PADDING;
    widest.set(column, Math.max(widest.get(column) ?? 0, width));
  }
  return columns.map((column) => ({ column, width: wrapped[column] ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest.get(column) ?? 0))) }));
}

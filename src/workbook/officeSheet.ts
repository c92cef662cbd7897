/**
 * Carrying out one sheet of ours through Office.js (the breakdown, the quote): cells in column
 * runs, fonts and fills by role, widths, the page, names and tables; recognising a sheet we wrote
 * by its marker name; clearing what a previous run wrote. The flow (which sheet, asking first)
 * is officeWriter.ts.
 */
import { FONT_SIZE, ROLE_STYLE, SHEET_FONT, type CellRole, type PlanCell, type SheetBody, type SheetPage } from "./plan";

/** The text number format: what is written afterwards is taken literally, never as a formula. */
export const TEXT_FORMAT = "@";

/** Excel column width in points for a width in characters (Calibri 11: about 7 px ≈ 5.25 pt each, plus padding). */
const columnPoints = (chars: number): number => Math.round(chars * 5.25 + 5);

/** Numbers and blanks share a kind, so a column with some measured values stays one block. */
type CellKind = "formula" | "text" | "value";

function kindOf(cell: PlanCell): CellKind {
  if (cell.formula !== undefined) return "formula";
  if (typeof cell.value === "string") return "text";
  return "value";
}

/** A run of cells in one column, consecutive rows, same kind and role: written as one range. */
export interface CellBlock {
  readonly address: string;
  readonly kind: CellKind;
  readonly role: CellRole;
  readonly cells: readonly PlanCell[];
}

function splitAddress(address: string): [string, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  return [m?.[1] ?? "", Number(m?.[2] ?? 0)];
}

/**
 * Group the plan's cells into column runs, so a 1 000-line table costs a few range writes, not
 * thousands (each proxy object and property write is part of the batch sent to Excel).
 */
export function cellBlocks(cells: readonly PlanCell[]): CellBlock[] {
  const sorted = cells
    .map((c) => ({ c, at: splitAddress(c.address) }))
    .sort((a, b) => (a.at[0] === b.at[0] ? a.at[1] - b.at[1] : a.at[0].length - b.at[0].length || (a.at[0] < b.at[0] ? -1 : 1)));
  const blocks: { column: string; first: number; last: number; kind: CellKind; role: CellRole; cells: PlanCell[] }[] = [];
  for (const { c, at } of sorted) {
    const [column, row] = at;
    const kind = kindOf(c);
    const open = blocks[blocks.length - 1];
    if (open && open.column === column && open.last === row - 1 && open.kind === kind && open.role === c.role) {
      open.last = row;
      open.cells.push(c);
    } else {
      blocks.push({ column, first: row, last: row, kind, role: c.role, cells: [c] });
    }
  }
  return blocks.map((b) => ({
    address: b.first === b.last ? `${b.column}${b.first}` : `${b.column}${b.first}:${b.column}${b.last}`,
    kind: b.kind,
    role: b.role,
    cells: b.cells,
  }));
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = sheet.getRange(block.address);
  const formats = block.cells.map((c) => [c.numberFormat ?? "General"]);
  const hasFormat = block.cells.some((c) => c.numberFormat !== undefined);
  switch (block.kind) {
    case "formula":
      if (hasFormat) range.numberFormat = formats;
      range.formulas = block.cells.map((c) => [`=${c.formula ?? ""}`]);
      break;
    case "text":
      // Text format first: then "=…" or "@…" typed by someone is stored as text, never as a formula.
      range.numberFormat = block.cells.map(() => [TEXT_FORMAT]);
      range.values = block.cells.map((c) => [typeof c.value === "string" ? c.value : ""]);
      break;
    case "value":
      if (hasFormat) range.numberFormat = formats;
      // "" leaves a blank cell (e.g. no measured minutes), formatted for what the user types later.
      range.values = block.cells.map((c) => [typeof c.value === "number" ? c.value : ""]);
      break;
  }
  const f = ROLE_STYLE[block.role];
  range.format.font.name = SHEET_FONT;
  range.format.font.size = f.size ?? FONT_SIZE;
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.color !== undefined) range.format.font.color = f.color;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
}

/** Does the host support this ExcelApi set? False outside a host (and on hosts too old to report sets). */
export function excelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  // Typed as always present, but absent outside a host.
  const context = Office.context as Office.Context | undefined;
  return context?.requirements.isSetSupported("ExcelApi", version) === true;
}

/** A4, one page wide and as tall as needed, the print area and the title rows on every page (ExcelApi 1.9). */
function layOutPage(sheet: Excel.Worksheet, page: SheetPage): void {
  if (!excelApi("1.9")) return;
  const layout = sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = page.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(page.printArea);
  const [top = "1", bottom = top] = page.titleRows.split(":");
  layout.setPrintTitleRows(`$${top}:$${bottom}`);
}

/** Cells, widths, page, tables and names of a sheet body; `page` overrides the body's (a chart below the cells). */
export function writeBody(sheet: Excel.Worksheet, body: SheetBody, page: SheetPage = body.page): void {
  for (const { column, width } of body.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = columnPoints(width);
  for (const block of cellBlocks(body.cells)) writeBlock(sheet, block);
  // Top-aligned throughout, so a row made taller for wrapped text keeps its cells in line.
  sheet.getRange(body.footprint).format.verticalAlignment = "Top";
  const last = body.footprint.replace(/^.*?(\d+)$/, "$1");
  for (const column of body.page.wrapColumns) sheet.getRange(`${column}1:${column}${last}`).format.wrapText = true;
  for (const { row, height } of body.page.rowHeights) sheet.getRange(`A${row}`).format.rowHeight = height;
  layOutPage(sheet, page);
  for (const t of body.tables) {
    const table = sheet.tables.add(sheet.getRange(t.ref), true);
    table.name = t.name;
    table.style = "TableStyleLight9";
  }
  for (const n of body.names) sheet.names.add(n.name, sheet.getRange(n.ref.replace(/\$/g, "")));
}

/** Does a name's reference ("Sheet1!$A$1:$H$9", "='My sheet'!$A$1", with or without "=") point at `sheetName`? */
export function refersToSheet(reference: string, sheetName: string): boolean {
  const r = reference.replace(/^=/, "");
  return r.startsWith(`'${sheetName.replace(/'/g, "''")}'!`) || r.startsWith(`${sheetName}!`);
}

/** "Sheet!$A$1:$H$9" → "A1:H9" (null if it is not a plain range). */
function addressOf(formula: string): string | null {
  const bang = formula.lastIndexOf("!");
  const address = formula.slice(bang + 1).replace(/\$/g, "");
  return /^[A-Z]{1,3}[0-9]+(:[A-Z]{1,3}[0-9]+)?$/.test(address) ? address : null;
}

/**
 * Is the existing sheet ours? A sheet-scoped marker (written by this writer) or a workbook-scoped
 * one pointing at it (files from the exceljs writer). Returns the marker's address, or null.
 * Reads NamedItem.value (ExcelApi 1.1: a named range's address), not .formula (ExcelApi 1.7).
 */
export async function ourMarker(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, markerName: string): Promise<string | null> {
  const local = sheet.names.getItemOrNullObject(markerName);
  local.load("isNullObject, value");
  const global = context.workbook.names.getItemOrNullObject(markerName);
  global.load("isNullObject, value");
  await context.sync();
  // NamedItem.value is typed `any` (a name may hold a constant); ours always holds a reference.
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  if (!local.isNullObject) return addressOf(text(local.value));
  if (!global.isNullObject && refersToSheet(text(global.value), sheetName)) return addressOf(text(global.value));
  return null;
}

/** Remove what a previous run of ours put on the sheet: tables, our chart, names, cells of the footprints. */
export async function clearOurs(context: Excel.RequestContext, sheet: Excel.Worksheet, body: SheetBody, oldFootprint: string, chartNames: readonly string[]): Promise<void> {
  sheet.tables.load("items/name");
  sheet.charts.load("items/name");
  sheet.names.load("items/name");
  await context.sync();
  const ourTables = new Set(body.tables.map((t) => t.name));
  for (const t of sheet.tables.items) if (ourTables.has(t.name) || /^CC(Traffic|Costs)_/.test(t.name)) t.delete();
  for (const c of sheet.charts.items) if (chartNames.includes(c.name)) c.delete();
  const ourNames = new Set(body.names.map((n) => n.name));
  for (const n of sheet.names.items) if (ourNames.has(n.name)) n.delete();
  // Both footprints: the old one may be larger (more lines last time) or smaller.
  sheet.getRange(oldFootprint).clear();
  sheet.getRange(body.footprint).clear();
  await context.sync();
}

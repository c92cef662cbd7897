/**
 * Writes a SheetPlan into the open workbook through Office.js (inside `Excel.run`), and reads the
 * scenarios stored in it. Requires ExcelApi 1.5 (custom XML parts); charts, tables and
 * sheet-scoped names are older.
 *
 * Safety rules:
 * - A sheet is "ours" only if it carries the marker name (MARKER_NAME). An existing sheet of the
 *   plan's name that is not ours is never touched: the plan moves to a new, unique sheet name.
 * - Our own sheet is updated only after `confirmOverwrite` says yes, and only inside the old and
 *   new footprints: cells the user added elsewhere on that sheet stay.
 * - Text is written with the text number format first, so a name like "=HYPERLINK(…)" stays text.
 *
 * Usage (task pane): `await Excel.run((ctx) => writeToExcel(ctx, buildPlan(s, opts), { confirmOverwrite }))`.
 */
import { buildPlan, FONT_SIZE, MARKER_NAME, ROLE_STYLE, SHEET_FONT, type CellRole, type PlanCell, type SheetPage, type SheetPlan } from "./plan";
import { encodeStoredScenario, readStoredScenario, SCENARIO_NAMESPACE, type StoredRead } from "./storedScenario";

export interface WriteToExcelOptions {
  /** Asked before our own sheet of the same name is updated; false leaves the workbook unchanged. */
  readonly confirmOverwrite: (sheetName: string) => Promise<boolean>;
}

export type WriteOutcome =
  | { readonly status: "created"; readonly sheetName: string; readonly renamedFrom?: string }
  | { readonly status: "updated"; readonly sheetName: string }
  | { readonly status: "cancelled"; readonly sheetName: string };

export const CHART_NAME = "CCPricing_Composition";
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

/** Page layout needs ExcelApi 1.9; older hosts get the sheet without it. */
function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined") return false;
  // Typed as always present, but absent outside a host (and on hosts too old to report sets).
  const context = Office.context as Office.Context | undefined;
  return context?.requirements.isSetSupported("ExcelApi", "1.9") === true;
}

/** A4, one page wide and as tall as needed, the print area and the title rows on every page. */
function layOutPage(sheet: Excel.Worksheet, page: SheetPage): void {
  if (!pageLayoutSupported()) return;
  const layout = sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = page.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.centerHorizontally = true;
  layout.setPrintArea(page.printArea);
  const [top = "1", bottom = top] = page.titleRows.split(":");
  layout.setPrintTitleRows(`$${top}:$${bottom}`);
}

/** Does a name's reference ("Sheet1!$A$1:$H$9", "='My sheet'!$A$1", with or without "=") point at `sheetName`? */
export function refersToSheet(reference: string, sheetName: string): boolean {
  const r = reference.replace(/^=/, "");
  return r.startsWith(`'${sheetName.replace(/'/g, "''")}'!`) || r.startsWith(`${sheetName}!`);
}

/**
 * Is the existing sheet ours? A sheet-scoped marker (written by this writer) or a workbook-scoped
 * one pointing at it (files from the exceljs writer). Returns the marker's address, or null.
 * Reads NamedItem.value (ExcelApi 1.1: a named range's address), not .formula (ExcelApi 1.7).
 */
async function ourMarker(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string): Promise<string | null> {
  const local = sheet.names.getItemOrNullObject(MARKER_NAME);
  local.load("isNullObject, value");
  const global = context.workbook.names.getItemOrNullObject(MARKER_NAME);
  global.load("isNullObject, value");
  await context.sync();
  // NamedItem.value is typed `any` (a name may hold a constant); ours always holds a reference.
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  if (!local.isNullObject) return addressOf(text(local.value));
  if (!global.isNullObject && refersToSheet(text(global.value), sheetName)) return addressOf(text(global.value));
  return null;
}

/** "Sheet!$A$1:$H$9" → "A1:H9" (null if it is not a plain range). */
function addressOf(formula: string): string | null {
  const bang = formula.lastIndexOf("!");
  const address = formula.slice(bang + 1).replace(/\$/g, "");
  return /^[A-Z]{1,3}[0-9]+(:[A-Z]{1,3}[0-9]+)?$/.test(address) ? address : null;
}

/** Remove what a previous run of ours put on the sheet: tables, chart, names, cells of the footprints. */
async function clearOurs(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan, oldFootprint: string): Promise<void> {
  sheet.tables.load("items/name");
  sheet.charts.load("items/name");
  sheet.names.load("items/name");
  await context.sync();
  const ourTables = new Set(plan.tables.map((t) => t.name));
  for (const t of sheet.tables.items) if (ourTables.has(t.name) || /^CC(Traffic|Costs)_/.test(t.name)) t.delete();
  for (const c of sheet.charts.items) if (c.name === CHART_NAME) c.delete();
  const ourNames = new Set(plan.names.map((n) => n.name));
  for (const n of sheet.names.items) if (ourNames.has(n.name)) n.delete();
  // Both footprints: the old one may be larger (more lines last time) or smaller.
  sheet.getRange(oldFootprint).clear();
  sheet.getRange(plan.footprint).clear();
  await context.sync();
}

/** Replace the stored scenario of this sheet (one custom XML part per sheet). */
async function storeScenario(context: Excel.RequestContext, plan: SheetPlan): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((p) => ({ part: p, xml: p.getXml() }));
  await context.sync();
  for (const { part, xml } of xmls) {
    const stored = readStoredScenario(xml.value);
    // Parts we cannot read are left alone: they may be another version's, and are not ours to drop.
    if (stored.ok && stored.sheetName.toLowerCase() === plan.sheetName.toLowerCase()) part.delete();
  }
  context.workbook.customXmlParts.add(encodeStoredScenario(plan.scenario, plan.sheetName));
}

function writePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const { column, width } of plan.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = columnPoints(width);
  for (const block of cellBlocks(plan.cells)) writeBlock(sheet, block);
  // Top-aligned throughout, so a row made taller for wrapped text keeps its cells in line.
  sheet.getRange(plan.footprint).format.verticalAlignment = "Top";
  const last = plan.footprint.replace(/^.*?(\d+)$/, "$1");
  for (const column of plan.page.wrapColumns) sheet.getRange(`${column}1:${column}${last}`).format.wrapText = true;
  for (const { row, height } of plan.page.rowHeights) sheet.getRange(`A${row}`).format.rowHeight = height;
  layOutPage(sheet, plan.page);
  for (const t of plan.tables) {
    const table = sheet.tables.add(sheet.getRange(t.ref), true);
    table.name = t.name;
    table.style = "TableStyleLight9";
  }
  for (const n of plan.names) sheet.names.add(n.name, sheet.getRange(n.ref.replace(/\$/g, "")));
  // Categories (labels) and values are adjacent columns: one source range gives a labelled pie.
  const [from] = plan.chart.categories.split(":");
  const [, to] = plan.chart.values.split(":");
  const chart = sheet.charts.add("Pie", sheet.getRange(`${from ?? ""}:${to ?? ""}`), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = plan.chart.title;
  chart.setPosition(plan.chart.from, plan.chart.to);
}

/**
 * Carry out the plan in the open workbook. Creates the sheet, or — when a sheet of that name
 * was written by us — updates it after confirmation; a foreign sheet of that name is left alone
 * and the plan goes to a new name (`renamedFrom` says so).
 */
export async function writeToExcel(context: Excel.RequestContext, plan: SheetPlan, options: WriteToExcelOptions): Promise<WriteOutcome> {
  const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheetName);
  existing.load("isNullObject, name");
  await context.sync();

  let target = plan;
  let sheet: Excel.Worksheet;
  let status: "created" | "updated" = "created";
  let renamedFrom: string | undefined;
  if (!existing.isNullObject) {
    const marker = await ourMarker(context, existing, existing.name);
    if (marker !== null) {
      if (!(await options.confirmOverwrite(existing.name))) return { status: "cancelled", sheetName: existing.name };
      target = existing.name === plan.sheetName ? plan : buildPlan(plan.scenario, { lang: plan.lang, formulas: plan.formulas, sheetName: existing.name });
      await clearOurs(context, existing, target, marker);
      sheet = existing;
      status = "updated";
    } else {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      renamedFrom = plan.sheetName;
      target = buildPlan(plan.scenario, { lang: plan.lang, formulas: plan.formulas, existingSheetNames: sheets.items.map((s) => s.name) });
      sheet = sheets.add(target.sheetName);
    }
  } else {
    sheet = context.workbook.worksheets.add(target.sheetName);
  }

  writePlan(sheet, target);
  await storeScenario(context, target);
  sheet.activate();
  await context.sync();
  if (status === "updated") return { status, sheetName: target.sheetName };
  return renamedFrom === undefined ? { status, sheetName: target.sheetName } : { status, sheetName: target.sheetName, renamedFrom };
}

/** Every scenario stored in the open workbook, each already checked (see readStoredScenario). */
export async function readStoredScenarios(context: Excel.RequestContext): Promise<StoredRead[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SCENARIO_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const xmls = parts.items.map((p) => p.getXml());
  await context.sync();
  return xmls.map((x) => readStoredScenario(x.value));
}

/**
 * Writes a SheetPlan to an .xlsx file with exceljs — in Node (CLI, tests) and in the browser
 * (the standalone page's "Download workbook").
 *
 * exceljs cannot draw charts: the plan's cost composition is written as amounts and shares with
 * coloured data bars instead (the Office.js writer draws a real pie chart), and the quote sheet's
 * volume risk stays a table (no chart). The scenario is stored as a custom XML part (the same one
 * the add-in writes), added to the package after exceljs is done.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DATA_BAR, FONT_SIZE, ROLE_STYLE, SHEET_FONT, type CellRole, type PlanCell, type QuotePlan, type SheetBody, type SheetPage, type WorkbookPlan } from "./plan";
import { encodeStoredScenario } from "./storedScenario";

export interface XlsxOptions {
  /**
   * Store the core's values as the formulas' cached results (default true), so viewers that do
   * not calculate still show numbers. false writes formulas only (used to prove a spreadsheet
   * engine computes every value itself).
   */
  readonly cachedResults?: boolean;
  /** Store the scenario in a custom XML part (default true). */
  readonly storeScenario?: boolean;
}

/** "#1F4E79" → exceljs's "FF1F4E79". */
const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Each role's font (always named) and fill, from the plan's one style table. */
function roleStyle(role: CellRole): { font: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill } {
  const r = ROLE_STYLE[role];
  const font: Partial<ExcelJS.Font> = { name: SHEET_FONT, size: r.size ?? FONT_SIZE };
  if (r.bold) font.bold = true;
  if (r.italic) font.italic = true;
  if (r.color !== undefined) font.color = { argb: argb(r.color) };
  return r.fill === undefined ? { font } : { font, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(r.fill) } } };
}

/** A4, one page wide and as tall as needed, the plan's print area, title rows on every page. */
function pageSetup(page: SheetPage): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: page.printArea,
    printTitlesRow: page.titleRows,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

function cellValue(cell: PlanCell, cachedResults: boolean): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    return cachedResults && cell.result !== undefined ? { formula: cell.formula, result: cell.result } : { formula: cell.formula };
  }
  // Strings stay strings (shared strings in the file): exceljs never turns "=…" text into a formula.
  return cell.value ?? null;
}

/** Top-left and bottom-right of an "A1:C9" range. */
function corners(ref: string): [string, string] {
  const [a = "", b = a] = ref.split(":");
  return [a, b];
}

/** A new exceljs workbook set to recalculate on open. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CC Pricing";
  // Excel recomputes every formula on open, whatever the cached values say.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/**
 * The plan as an exceljs workbook: the breakdown sheet (or a bid's bid sheet), and the quote
 * sheet after it when the scenario has pricing (exposed for tests and for callers that add more).
 */
export function planToWorkbook(plan: WorkbookPlan, options: XlsxOptions = {}): ExcelJS.Workbook {
  const wb = newWorkbook();
  addPlanSheet(wb, plan, options);
  if (plan.quote) addQuoteSheet(wb, plan.quote, options);
  return wb;
}

type SheetOptions = XlsxOptions & { readonly definedNames?: boolean };

/**
 * Add the plan's breakdown sheet to a workbook. exceljs writes defined names workbook-wide, so
 * with several plan sheets in one workbook pass `definedNames: false` (their formulas do not use
 * the names).
 */
export function addPlanSheet(wb: ExcelJS.Workbook, plan: WorkbookPlan, options: SheetOptions = {}): ExcelJS.Worksheet {
  return addSheetBody(wb, plan, options);
}

/** Add a quote sheet (after its breakdown sheet, which its formulas refer to by name). */
export function addQuoteSheet(wb: ExcelJS.Workbook, quote: QuotePlan, options: SheetOptions = {}): ExcelJS.Worksheet {
  return addSheetBody(wb, quote, options);
}

function addSheetBody(wb: ExcelJS.Workbook, plan: SheetBody, options: SheetOptions): ExcelJS.Worksheet {
  const cachedResults = options.cachedResults ?? true;
  const ws = wb.addWorksheet(plan.sheetName, { pageSetup: pageSetup(plan.page) });
  for (const { column, width } of plan.columnWidths) ws.getColumn(column).width = width;
  const wrapped = new Set(plan.page.wrapColumns);
  for (const { row, height } of plan.page.rowHeights) ws.getRow(row).height = height;

  const byAddress = new Map(plan.cells.map((c) => [c.address, c]));
  for (const table of plan.tables) {
    const [tl, br] = corners(table.ref);
    const top = ws.getCell(tl);
    const bottom = ws.getCell(br);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = Number(top.col); c <= Number(bottom.col); c++) {
        const planCell = byAddress.get(ws.getCell(r, c).address);
        row.push(planCell ? cellValue(planCell, cachedResults) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: table.name,
      ref: tl,
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }

  for (const c of plan.cells) {
    const cell = ws.getCell(c.address);
    cell.value = cellValue(c, cachedResults);
    if (c.numberFormat !== undefined) cell.numFmt = c.numberFormat;
    const style = roleStyle(c.role);
    cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    // Top-aligned throughout, so a row made taller for wrapped text keeps its cells in line.
    cell.alignment = wrapped.has(/^[A-Z]+/.exec(c.address)?.[0] ?? "") ? { wrapText: true, vertical: "top" } : { vertical: "top" };
  }

  if (options.definedNames !== false) for (const name of plan.names) wb.definedNames.add(`'${plan.sheetName.replace(/'/g, "''")}'!${name.ref}`, name.name);

  plan.dataBars.forEach((ref, i) => {
    ws.addConditionalFormatting({
      ref,
      // Colours given: without them LibreOffice draws solid black bars and Excel offers to repair the file.
      rules: [
        {
          type: "dataBar",
          priority: i + 1,
          cfvo: [{ type: "num", value: 0 }, { type: "num", value: 1 }],
          gradient: false,
          border: true,
          color: { argb: argb(DATA_BAR.fill) },
          borderColor: { argb: argb(DATA_BAR.border) },
          negativeFillColor: { argb: argb(DATA_BAR.fill) },
          negativeBorderColor: { argb: argb(DATA_BAR.border) },
          axisColor: { argb: "FF000000" },
        } as ExcelJS.DataBarRuleType,
      ],
    });
  });
  return ws;
}

// ---------------------------------------------------------------- custom XML part

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** A random GUID for the part's datastore item id (crypto where available: Node 19+, browsers). */
function guid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `{${c.randomUUID().toUpperCase()}}`;
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}}`.toUpperCase();
}

/** Add customXml/itemN.xml (+ its properties part) to an xlsx package and link it from the workbook. */
export async function addCustomXmlPart(xlsx: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>` +
      `<ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );

  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPath)?.async("string");
  if (rels === undefined) throw new Error(`${relsPath} missing from the exceljs package`);
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="${id}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`));

  const typesPath = "[Content_Types].xml";
  let types = (await zip.file(typesPath)?.async("string")) ?? "";
  if (!/Extension="xml"/i.test(types)) types = types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
  types = types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`);
  zip.file(typesPath, types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The texts of every custom XML part in an xlsx package (untrusted: feed them to readStoredScenario). */
export async function customXmlParts(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const files = zip.file(/^customXml\/item\d+\.xml$/);
  return Promise.all(files.map((f) => f.async("string")));
}

/**
 * The plan as the bytes of an .xlsx file: an actuals scenario's breakdown sheet or a bid's bid
 * sheet (`writeXlsx(buildPlan(anyScenario, options))`), with the quote when priced.
 */
export async function writeXlsx(plan: WorkbookPlan, options: XlsxOptions = {}): Promise<Uint8Array> {
  const wb = planToWorkbook(plan, options);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (options.storeScenario === false) return bytes;
  return addCustomXmlPart(bytes, encodeStoredScenario(plan.scenario, plan.sheetName));
}

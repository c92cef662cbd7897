/** The breakdown sheet as data: the shapes the plan hands to the writers. */
import type { BreakdownKey } from "../../core/breakdown.types";
import type { CoreError } from "../../core/result";
import type { Scenario } from "../../core/scenario";
import type { Lang } from "../../core/sentences/lang";
import type { QuotePlan } from "../quote/types";

export type { Lang };

/** "native": only built-in functions (works without the add-in); "cc": the add-in's CC.* functions. */
export type FormulaMode = "native" | "cc";

export interface PlanOptions {
  readonly lang?: Lang;
  readonly formulas?: FormulaMode;
  /** Sheet names already in the target workbook; the plan's name avoids them (ignoring case). */
  readonly existingSheetNames?: readonly string[];
  /** Force this sheet name (already valid and chosen by the caller, e.g. to update our own sheet). */
  readonly sheetName?: string;
  /** The quote's date (a priced scenario's quote sheet); default today. */
  readonly date?: Date;
}

/** What a cell is for; writers map roles to fonts and fills. */
export type CellRole = "title" | "note" | "section" | "header" | "label" | "input" | "output" | "text" | "unit" | "sentence";

export interface PlanCell {
  /** A1 address on the plan's sheet, e.g. "F6". */
  readonly address: string;
  readonly role: CellRole;
  /** A constant. Strings are always text, never formulas — writers must keep them so. */
  readonly value?: string | number | null;
  /** A formula without the leading "=" (A1 references, English function names). */
  readonly formula?: string;
  /** The value the formula has for this scenario, from the core — an optional cached result (text for a sentence). */
  readonly result?: number | string;
  readonly numberFormat?: string;
}

export interface PlanName {
  readonly name: string;
  /** Absolute A1 reference on the plan's sheet, e.g. "$B$6". */
  readonly ref: string;
}

export interface PlanTable {
  /** Unique in the workbook (Excel requires it). */
  readonly name: string;
  /** Header row plus data rows, e.g. "A31:E34". */
  readonly ref: string;
  readonly columns: readonly string[];
}

export interface PlanChart {
  readonly kind: "pie";
  readonly title: string;
  /** Category labels and values of the cost composition, A1 ranges on the plan's sheet. */
  readonly categories: string;
  readonly values: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface BreakdownCell {
  readonly address: string;
  /** The core's value (a double), or null when the core refuses the scenario (see `coreError`). */
  readonly expected: number | null;
}

/** How the sheet prints: paper, orientation, what is printed and which rows repeat on every page. */
export interface SheetPage {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Always one page wide; as many pages tall as the rows need. */
  readonly printArea: string;
  /** Rows repeated at the top of every printed page, e.g. "1:2". */
  readonly titleRows: string;
  /** Columns whose long text wraps within a fixed width (the formulas in words). */
  readonly wrapColumns: readonly string[];
  /** Heights in points of the rows whose wrapped text needs more than one line. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
}

/** What both writers carry out for any sheet of ours (the breakdown, the quote). */
export interface SheetBody {
  readonly sheetName: string;
  readonly cells: readonly PlanCell[];
  readonly names: readonly PlanName[];
  readonly tables: readonly PlanTable[];
  /** Ranges shown with data bars (the chart's stand-in where a writer cannot draw charts). */
  readonly dataBars: readonly string[];
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  /** The rectangle that holds every cell of the plan, e.g. "A1:H40". */
  readonly footprint: string;
  readonly page: SheetPage;
  /** Defined name over the footprint that marks the sheet as written by CC Pricing. */
  readonly markerName: string;
}

export interface SheetPlan extends SheetBody {
  readonly version: 1;
  readonly lang: Lang;
  readonly formulas: FormulaMode;
  readonly chart: PlanChart;
  readonly breakdown: Readonly<Record<BreakdownKey, BreakdownCell>>;
  /** Why the core refuses the scenario (e.g. no talk time); the formulas then show Excel errors too. */
  readonly coreError: CoreError | null;
  readonly scenario: Scenario;
  /** The quote sheet written beside it, when the scenario has pricing (none without: one sheet, as before). */
  readonly quote?: QuotePlan;
}

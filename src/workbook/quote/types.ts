/** The quote sheet as data: what the writers carry out beside the breakdown sheet. */
import type { CoreError } from "../../core/result";
import type { SheetBody } from "../plan/types";

/** How a figure compares with the core: money and counts relative, ratios on the scale of 1. */
export type FigureKind = "money" | "count" | "ratio";

/** A cell the core computes too (a rate, a unit count, a margin, a break-even ratio). */
export interface QuoteFigure {
  /** What it is: "rate.seatMonth", "withTax.package", "units.hour", "margin.talkMinute.3", "worst…", "breakEven.outcome", "price" … */
  readonly key: string;
  readonly address: string;
  readonly kind: FigureKind;
  /** The core's value as a double; null where the core has none (no break-even: the sheet says so in words). */
  readonly expected: number | null;
}

export interface QuoteChart {
  readonly kind: "line";
  readonly title: string;
  /** The volume ratios (the x values), one row of cells. */
  readonly categories: string;
  /** The margins of every model, one row per model: the chart's source, series by rows. */
  readonly values: string;
  /** Each series (a model): its name and its row of margins, in the order of `values`' rows. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  readonly from: string;
  readonly to: string;
}

export interface QuotePlan extends SheetBody {
  /** The sheet the formulas refer to. */
  readonly breakdownSheetName: string;
  /** The quote's date as a spreadsheet serial day (1900 date system). */
  readonly date: number;
  /** Drawn by the Office.js writer only (exceljs cannot draw charts). */
  readonly chart: QuoteChart;
  /** The print area where the chart is drawn below the cells (Excel). */
  readonly printAreaWithChart: string;
  readonly figures: readonly QuoteFigure[];
  /** Why the core refuses the pricing; the figures' expected values then mean nothing. */
  readonly coreError: CoreError | null;
}

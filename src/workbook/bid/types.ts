/** The bid sheet (投标测算) as data: what both writers carry out, and what the tests compare. */
import type { BreakdownKey } from "../../core/breakdown.types";
import type { MonthColumn } from "../../core/forecast";
import type { CoreError } from "../../core/result";
import type { BidScenario } from "../../core/scenario";
import type { BreakdownCell, FormulaMode, Lang, SheetBody } from "../plan/types";
import type { QuotePlan } from "../quote/types";

/** A chart the Office.js writer draws (exceljs cannot): a line over rows or columns of the sheet. */
export interface BidChart {
  readonly kind: "line" | "column";
  readonly name: string;
  readonly title: string;
  /** The values, one series per column of the range. */
  readonly values: string;
  /** The x categories (a column beside the values). */
  readonly categories: string;
  /** The series' names, in the order of the value columns. */
  readonly series: readonly string[];
  readonly from: string;
  readonly to: string;
}

/** What the quote's cost base links to on the bid sheet (absolute references there). */
export interface QuoteBase {
  readonly totalCost: string;
  readonly taxRate: string;
  readonly months: string;
  /** The billed seats' default: ⌈Σ headcount ÷ months⌉. */
  readonly agents: string;
  readonly hoursPerDay: string;
  readonly talkMinutes: string;
  readonly normalizedAnswers: string;
  /** The calls of every month (a column range): the answered calls the quote bills. */
  readonly answered: string;
  /** Labels of the months, seats and hours lines (the bid's own words). */
  readonly labels: { readonly months: string; readonly agents: string; readonly hoursPerDay: string; readonly taxRate: string };
  /** The billed seats' default as the core computes it (undefined when the core refuses the bid). */
  readonly seatsNow: number | undefined;
}

export interface BidPlan extends SheetBody {
  readonly version: 1;
  readonly kind: "bid";
  readonly lang: Lang;
  /** Bids are written with native formulas in either mode (no CC function sizes a month yet). */
  readonly formulas: FormulaMode;
  readonly scenario: BidScenario;
  readonly breakdown: Readonly<Record<BreakdownKey, BreakdownCell>>;
  /** The monthly table: each month's cells by column, and the total row's (where it sums). */
  readonly monthly: readonly Readonly<Record<MonthColumn, BreakdownCell>>[];
  readonly monthlyTotal: Readonly<Partial<Record<MonthColumn, BreakdownCell>>>;
  /** The address of every agents cell: agentCells[k][i] for month k + 1, interval i. */
  readonly agentCells: readonly (readonly string[])[];
  /** Forecast fields and where they sit (a named cell, or a range of cells for a list). */
  readonly fields: readonly { readonly path: string; readonly ref: string }[];
  readonly quoteBase: QuoteBase;
  readonly charts: readonly BidChart[];
  readonly coreError: CoreError | null;
  readonly quote?: QuotePlan;
}

/** Is this plan a bid sheet's (rather than an actuals breakdown's)? */
export function isBidPlan(plan: object): plan is BidPlan {
  return "kind" in plan && plan.kind === "bid";
}

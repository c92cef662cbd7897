/**
 * Where each block sits: fixed rows for the top blocks (inputs left, breakdown and composition
 * right), the tables below them growing downwards, and the column of every field.
 * docs/workbook.md names these addresses; test/workbook/docAddresses.test.ts keeps it in step.
 */
/** The defined name that marks a sheet (breakdown or bid) as written by CC Pricing: updated only after asking. */
export const MARKER_NAME = "CCPricing_Sheet";

export const ROWS = {
  title: 1,
  note: 2,
  currency: 3,
  /** The row of the inputs' and the breakdown's section titles. */
  section: 4,
  firstInput: 5,
  breakdownHeader: 5,
  firstBreakdown: 6,
  /** Where the traffic table's section title goes; the blocks above must end before it. */
  trafficSection: 30,
} as const;

export const INPUT_COLUMNS = { label: "A", value: "B", unit: "C" } as const;
export const BREAKDOWN_COLUMNS = { label: "E", value: "F", unit: "G", words: "H" } as const;
export const TRAFFIC_TABLE_COLUMNS = { name: "A", answered: "B", avgTalk: "C", measured: "D", used: "E" } as const;
export const COST_TABLE_COLUMNS = { kind: "A", name: "B", amount: "C" } as const;

/** The rightmost column the plan writes (the breakdown's formulas in words). */
export const LAST_COLUMN = BREAKDOWN_COLUMNS.words;

export const CHART_AREA = { from: "J4", to: "Q22" } as const;

/** The plan's columns, left to right (widths are fitted to their cells, see page.ts). */
export const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;

/** The formulas in words wrap within this width rather than widen the page. */
export const WRAPPED_WIDTHS: Readonly<Record<string, number>> = { [BREAKDOWN_COLUMNS.words]: 56 };

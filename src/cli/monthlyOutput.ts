/**
 * A bid's monthly table as the CLI prints it (two aligned tables: staffing by month, cost by month
 * with a total row) and the `monthly` array of --json. Numbers through the core's formats, words
 * from the sentence book.
 */
import { toNumber, type Dec } from "../core/decimal";
import { formatMonthCell, MONTH_COLUMN_SPEC, MONTH_COLUMNS, type MonthColumn, type MonthRow } from "../core/forecast";
import { columnTotal } from "../core/forecast/breakdown";
import { inLang, type Lang } from "../core/sentences";
import { FORECAST } from "../core/sentences/forecast";
import type { JsonRefusal } from "./breakdownOutput";
import { renderTable, type Align } from "./table";

export interface MonthlyOptions {
  readonly lang: Lang;
  readonly currency: string;
  readonly exact: boolean;
}

const WORDS = { en: inLang(FORECAST, "en"), zh: inLang(FORECAST, "zh") } as const;

const STAFFING: readonly MonthColumn[] = ["calls", "peakAgents", "agentHours", "fte", "headcount", "hires", "managers"];
const COSTS: readonly MonthColumn[] = ["labour", "recruitment", "training", "management", "seatCosts", "setup", "total"];

function table(rows: readonly MonthRow[], columns: readonly MonthColumn[], o: MonthlyOptions, withTotal: boolean): string {
  const w = WORDS[o.lang];
  const header = [w.forecastColumnMonth, ...columns.map((c) => w[MONTH_COLUMN_SPEC[c].heading])];
  const cell = (c: MonthColumn, d: Dec): string => formatMonthCell(c, d, o.lang, o.exact);
  const body = rows.map((r) => [String(r.month), ...columns.map((c) => cell(c, r[c]))]);
  const total = withTotal ? [[w.forecastTotalRow, ...columns.map((c) => cell(c, columnTotal(rows, c)))]] : [];
  const aligns: Align[] = ["right", ...columns.map((): Align => "decimal")];
  return renderTable(header, [...body, ...total], aligns, o.lang);
}

/** The two monthly tables, each under its heading (costs in the scenario's currency), ending in a newline. */
export function monthlyTables(rows: readonly MonthRow[], o: MonthlyOptions): string {
  const w = WORDS[o.lang];
  return `${w.forecastStaffingHeading}\n\n${table(rows, STAFFING, o, false)}\n${w.forecastCostHeading(o.currency)}\n\n${table(rows, COSTS, o, true)}`;
}

/** The `monthly` array of --json: one object per month, numbers (or exact decimal strings). */
export function monthlyValue(rows: readonly MonthRow[], exact: boolean): { ok: true; value: Record<string, number | string>[] } | JsonRefusal {
  const out: Record<string, number | string>[] = [];
  for (const r of rows) {
    const entry: Record<string, number | string> = { month: r.month };
    for (const c of MONTH_COLUMNS) {
      const n = toNumber(r[c]);
      if (!exact && !Number.isFinite(n)) return { ok: false, key: `monthly[${r.month - 1}].${c}`, value: r[c].toString() };
      entry[c] = exact ? r[c].toFixed() : n;
    }
    out.push(entry);
  }
  return { ok: true, value: out };
}

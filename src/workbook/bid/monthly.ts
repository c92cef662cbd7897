/**
 * The monthly table (one row per month, the core's columns) and the agents per interval it is
 * built on. The agents are the core's values (no spreadsheet function sizes a queue), marked so
 * in words; every figure of the table is a live native formula over them and the inputs:
 * MAX, SUM, ROUNDUP, ROUND, POWER, INT — what Excel 2010 and LibreOffice 7.4 both evaluate.
 */
import { toNumber, type Dec } from "../../core/decimal";
import { columnTotal, MONTH_COLUMN_SPEC, MONTH_COLUMNS, type MonthColumn, type MonthRow } from "../../core/forecast";
import { COUNT_FORMAT, INPUT_DECIMAL_FORMAT, outputFormat, PERCENT_FORMAT } from "../../core/formats/units";
import { addr, columnLetters } from "../plan/a1";
import type { BreakdownCell } from "../plan/types";
import type { BidContext } from "./context";
import { DERIVED_NAMES, type BidRefs } from "./inputs";
import { AGENT_COLUMNS, agentCell, agentRange, MONTH_COLUMN_LETTERS as COL, MONTHS_PER_BAND } from "./layout";

/** The total row sums every column but the peak (a sum of peaks means nothing). */
export const TOTALLED: readonly MonthColumn[] = MONTH_COLUMNS.filter((c) => c !== "peakAgents");

/** A ceiling of a quotient computed in doubles: rounded to 9 places first, so 3.0000000000000004 people is 3. */
const ceiling = (x: string): string => `ROUNDUP(ROUND(${x},9),0)`;

/** Month k's formulas on row r (the row above is month k − 1). */
function monthFormulas(p: BidRefs, k: number, r: number, range: string): Record<Exclude<MonthColumn, "calls">, string> {
  const at = (c: MonthColumn | "month", row = r): string => addr(COL[c], row);
  const rise = `POWER(1+${p("wageAnnualEscalation")},INT((${at("month")}-1)/12))`;
  return {
    peakAgents: `MAX(${range})`,
    agentHours: `SUM(${range})*${p("intervalMinutes")}/60*${p("operatingDaysPerMonth")}`,
    fte: `${at("agentHours")}/(${p("paidHoursPerFteMonth")}*(1-${p(DERIVED_NAMES.totalShrinkage)}))`,
    headcount: ceiling(at("fte")),
    // Month 1 hires everyone; later months replace leavers and add growth.
    hires: k === 1 ? at("headcount") : `MAX(0,${at("headcount")}-${at("headcount", r - 1)}*(1-${p("attritionPerMonth")}))`,
    managers: ceiling(`${at("headcount")}/${p("managementAgentsPerManager")}`),
    labour: `${at("headcount")}*${p("wageMonthly")}*(1+${p("wageOnCostRate")})*${rise}`,
    recruitment: `${at("hires")}*${p("recruitmentFeePerHire")}`,
    training: `${at("hires")}*${p("trainingDays")}*${p("trainingDailyAllowance")}`,
    management: `${at("managers")}*${p("managementMonthlySalary")}*${rise}`,
    seatCosts: `${at("peakAgents")}*${p(DERIVED_NAMES.perSeatTotal)}`,
    setup: `${p("setupCost")}/${p("months")}`,
    total: `SUM(${at("labour")}:${at("setup")})`,
  };
}

/** Columns that are always whole (people, seats): grouped without decimals. */
const WHOLE: ReadonlySet<MonthColumn> = new Set(["peakAgents", "headcount", "managers"]);
const formatOf = (c: MonthColumn, currency: string): string => (WHOLE.has(c) ? COUNT_FORMAT : outputFormat(MONTH_COLUMN_SPEC[c].unit, currency));

const expected = (v: Dec | undefined): number | null => (v === undefined ? null : toNumber(v));

export interface MonthlyCells {
  readonly months: Record<MonthColumn, BreakdownCell>[];
  readonly total: Partial<Record<MonthColumn, BreakdownCell>>;
}

/** Write the monthly table; returns every figure's cell and the core's value for it. */
export function writeMonthly(ctx: BidContext, p: BidRefs): MonthlyCells {
  const { sheet, rows, currency, scenario } = ctx;
  const f = scenario.forecast;
  const intervals = f.intradayShares.length;
  sheet.text(COL.month, rows.monthlySection, ctx.bid.bidSheetMonthly, "section");
  sheet.text(COL.month, rows.monthlyHeader, ctx.forecast.forecastColumnMonth, "header");
  for (const c of MONTH_COLUMNS) sheet.text(COL[c], rows.monthlyHeader, ctx.forecast[MONTH_COLUMN_SPEC[c].heading], "header");
  const coreRows: readonly (MonthRow | undefined)[] = ctx.core?.months ?? [];
  const months = f.callsPerMonth.map((calls, i) => {
    const k = i + 1;
    const r = rows.firstMonth + i;
    const core = coreRows[i];
    sheet.put(COL.month, r, { role: "label", value: k, numberFormat: COUNT_FORMAT });
    const cells = {} as Record<MonthColumn, BreakdownCell>;
    cells.calls = { address: sheet.put(COL.calls, r, { role: "input", value: calls, numberFormat: Number.isInteger(calls) ? COUNT_FORMAT : INPUT_DECIMAL_FORMAT }), expected: calls };
    const formulas = monthFormulas(p, k, r, agentRange(rows, k, intervals));
    for (const c of MONTH_COLUMNS) {
      if (c === "calls") continue;
      const e = expected(core?.[c]);
      const address = sheet.put(COL[c], r, { role: c === "total" ? "output" : "text", formula: formulas[c], ...(e === null ? {} : { result: e }), numberFormat: formatOf(c, currency) });
      cells[c] = { address, expected: e };
    }
    return cells;
  });
  const total: Partial<Record<MonthColumn, BreakdownCell>> = {};
  sheet.text(COL.month, rows.monthlyTotal, ctx.bid.bidSheetTotal, "output");
  for (const c of TOTALLED) {
    const e = ctx.core ? toNumber(columnTotal(ctx.core.months, c)) : null;
    const formula = `SUM(${addr(COL[c], rows.firstMonth)}:${addr(COL[c], rows.monthlyTotal - 1)})`;
    total[c] = { address: sheet.put(COL[c], rows.monthlyTotal, { role: "output", formula, ...(e === null ? {} : { result: e }), numberFormat: formatOf(c, currency) }), expected: e };
  }
  return { months, total };
}

/** One day's intervals as spreadsheet times (fractions of a day). */
const startOf = (i: number, minutes: number): number => (i * minutes) / 1440;

/**
 * The interval profile and the agents: bands of twelve months, intervals as rows. The profile's
 * shares are inputs of the core only (the agents are not formulas of them), written once in the
 * first band; each band repeats the interval times. Returns agentCells[k][i].
 */
export function writeAgents(ctx: BidContext): string[][] {
  const { sheet, rows, bid, scenario } = ctx;
  const f = scenario.forecast;
  const model = f.patienceSeconds === undefined ? "Erlang C" : "Erlang A";
  sheet.text(AGENT_COLUMNS.start, rows.agentsSection, bid.bidSheetAgents, "section");
  sheet.text(AGENT_COLUMNS.start, rows.agentsSection + 1, bid.bidSheetAgentsFrom(model), "note");
  sheet.text(AGENT_COLUMNS.start, rows.agentsSection + 2, bid.bidSheetAgentsStatic, "note");
  rows.bandHeaders.forEach((header, b) => {
    sheet.text(AGENT_COLUMNS.start, header, bid.bidSheetIntervalStart, "header");
    if (b === 0) sheet.text(AGENT_COLUMNS.share, header, bid.bidSheetShare, "header");
    f.intradayShares.forEach((share, i) => {
      sheet.put(AGENT_COLUMNS.start, header + 1 + i, { role: "label", value: startOf(i, f.intervalMinutes), numberFormat: "hh:mm" });
      if (b === 0) sheet.put(AGENT_COLUMNS.share, header + 1 + i, { role: "input", value: share, numberFormat: PERCENT_FORMAT });
    });
    for (let m = 0; m < MONTHS_PER_BAND && b * MONTHS_PER_BAND + m < f.months; m++) {
      sheet.text(columnLetters(AGENT_COLUMNS.firstMonth + m), header, bid.bidSheetMonth(b * MONTHS_PER_BAND + m + 1), "header");
    }
  });
  return f.callsPerMonth.map((_, k) =>
    f.intradayShares.map((_share, i) => {
      const n = ctx.core?.agents[k]?.[i];
      const at = agentCell(rows, k + 1, i);
      const [, column = "", row = "0"] = /^([A-Z]+)(\d+)$/.exec(at) ?? [];
      sheet.put(column, Number(row), { role: "text", value: n ?? null, numberFormat: COUNT_FORMAT });
      return at;
    }),
  );
}

/**
 * The monthly table of a bid (month, calls, peak agents, agent hours, FTE, headcount, hires,
 * managers, each cost line, total): a pure function of the agents each interval needs, so it is
 * exact and testable apart from the queueing model that sizes those agents.
 */
import type { Decimals } from "../catalogue/decimals";
import { D, sum, ZERO, type Dec } from "../decimal";
import type { Forecast } from "../scenario";
import { escalationOfMonth, labourOfMonth, managementOfMonth, recruitmentOfMonth, seatCostsOfMonth, setupOfMonth, trainingOfMonth } from "./costs";
import { ok, renamed, type Result } from "../result";
import { fteOf, hiresOf } from "../workforce";
import { agentHoursOfMonth, headcountOf, managersOf, peakAgents, totalShrinkage } from "./workforce";

/** A forecast section with every figure an exact decimal. */
export type ExactForecast = Decimals<Forecast>;

export interface MonthRow {
  /** 1 … months. */
  readonly month: number;
  readonly calls: Dec;
  readonly peakAgents: Dec;
  readonly agentHours: Dec;
  readonly fte: Dec;
  readonly headcount: Dec;
  readonly hires: Dec;
  readonly managers: Dec;
  readonly labour: Dec;
  readonly recruitment: Dec;
  readonly training: Dec;
  readonly management: Dec;
  readonly seatCosts: Dec;
  readonly setup: Dec;
  readonly total: Dec;
}

/** The table's figures in column order (the CLI's columns and the JSON's keys). */
export const MONTH_COLUMNS = ["calls", "peakAgents", "agentHours", "fte", "headcount", "hires", "managers", "labour", "recruitment", "training", "management", "seatCosts", "setup", "total"] as const;

export type MonthColumn = (typeof MONTH_COLUMNS)[number];

/** What every month shares: the shrinkage, the per-seat amount, the setup share. */
interface Constants {
  readonly shrinkage: Dec;
  readonly perSeat: Dec;
  readonly setup: Dec;
}

function constantsOf(f: ExactForecast): Constants {
  return { shrinkage: totalShrinkage(f.shrinkage), perSeat: sum(f.perSeatMonth.map((c) => c.amount)), setup: setupOfMonth(f.setupCost, f.months) };
}

/** A workforce formula's argument under the bid's name for it. */
const FIELD_OF: Readonly<Record<string, string>> = {
  agentHours: "forecast.callsPerMonth",
  paidHoursPerFte: "forecast.paidHoursPerFteMonth",
  shrinkage: "forecast.shrinkage",
  attritionRate: "forecast.attritionPerMonth",
};

function named<T>(r: Result<T>): Result<T> {
  return renamed(r, (arg) => FIELD_OF[arg] ?? `forecast.${arg}`);
}

function monthRow(f: ExactForecast, c: Constants, month: number, agents: readonly number[], previousHeadcount: Dec | undefined): Result<MonthRow> {
  const calls = f.callsPerMonth[month - 1] as Dec;
  const agentHours = agentHoursOfMonth(agents, f.intervalMinutes, f.operatingDaysPerMonth);
  const fteR = named(fteOf(agentHours, f.paidHoursPerFteMonth, c.shrinkage));
  if (!fteR.ok) return fteR;
  const fte = fteR.value;
  const headcount = headcountOf(fte);
  // Month 1 hires everyone: hires₁ = headcount₁ (no one was there before).
  const hiresR = named(hiresOf(headcount, previousHeadcount ?? ZERO, f.attritionPerMonth));
  if (!hiresR.ok) return hiresR;
  const hires = hiresR.value;
  const managers = managersOf(headcount, f.management.agentsPerManager);
  const escalation = escalationOfMonth(f.wage.annualEscalation, month);
  const peak = new D(peakAgents(agents));
  const lines = {
    labour: labourOfMonth(headcount, f.wage.monthly, f.wage.onCostRate, escalation),
    recruitment: recruitmentOfMonth(hires, f.recruitment.feePerHire),
    training: trainingOfMonth(hires, f.training.days, f.training.dailyAllowance),
    management: managementOfMonth(managers, f.management.monthlySalary, escalation),
    seatCosts: seatCostsOfMonth(peak, c.perSeat),
    setup: c.setup,
  };
  const total = lines.labour.plus(lines.recruitment).plus(lines.training).plus(lines.management).plus(lines.seatCosts).plus(lines.setup);
  return ok({ month, calls, peakAgents: peak, agentHours, fte, headcount, hires, managers, ...lines, total });
}

/**
 * One row per month from the agents each interval needs (`agentsByMonth[k − 1][i]`). The caller
 * has checked the shapes and the divisors (index.ts): one list per month, one figure per interval.
 */
export function monthlyTable(f: ExactForecast, agentsByMonth: readonly (readonly number[])[]): Result<MonthRow[]> {
  const c = constantsOf(f);
  const rows: MonthRow[] = [];
  for (const [i, agents] of agentsByMonth.entries()) {
    const row = monthRow(f, c, i + 1, agents, rows[i - 1]?.headcount);
    if (!row.ok) return row;
    rows.push(row.value);
  }
  return ok(rows);
}

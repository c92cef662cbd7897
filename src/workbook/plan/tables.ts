/**
 * The two input tables below the top blocks: traffic lines (one column per stream field of the
 * catalogue, then the talk minutes the breakdown uses) and cost lines (labour and other lists,
 * told apart by a kind column that the breakdown's SUMIFs match). They grow with the scenario.
 */
import type { CatalogueNode } from "../../core/catalogue/nodes";
import { SCENARIO } from "../../core/catalogue/scenario";
import { D, toNumber } from "../../core/decimal";
import { inputFormat, outputFormat } from "../../core/formats/units";
import type { CostLine, Scenario, TrafficStream } from "../../core/scenario";
import { abs, absRange, addr, numericUnit, range, type PlanContext } from "./a1";
import { COST_TABLE_COLUMNS, ROWS, TRAFFIC_TABLE_COLUMNS } from "./layout";
import type { PlanTable } from "./types";

type Words = PlanContext["words"];
type HeaderKey = "sheetColName" | "sheetColKind" | "sheetColAnswered" | "sheetColAvgTalk" | "sheetColMeasured" | "sheetColUsed" | "sheetAmount";

interface TableColumn<F extends string> {
  readonly column: string;
  /** The catalogue field (key of the list item) this column holds; none for a computed column. */
  readonly field?: F;
  readonly header: HeaderKey;
}

const STREAM = SCENARIO.children.traffic.children.streams.item;
const COST_LINE = SCENARIO.children.costs.children.labor.item;

const TRAFFIC_COL = TRAFFIC_TABLE_COLUMNS;
const COST_COL = COST_TABLE_COLUMNS;

export const TRAFFIC_COLUMNS = [
  { column: TRAFFIC_COL.name, field: "name", header: "sheetColName" },
  { column: TRAFFIC_COL.answered, field: "answered", header: "sheetColAnswered" },
  { column: TRAFFIC_COL.avgTalk, field: "avgTalkSeconds", header: "sheetColAvgTalk" },
  { column: TRAFFIC_COL.measured, field: "talkMinutes", header: "sheetColMeasured" },
  { column: TRAFFIC_COL.used, header: "sheetColUsed" },
] as const satisfies readonly TableColumn<keyof typeof STREAM>[];

export const COST_COLUMNS = [
  { column: COST_COL.kind, header: "sheetColKind" },
  { column: COST_COL.name, field: "name", header: "sheetColName" },
  { column: COST_COL.amount, field: "amount", header: "sheetAmount" },
] as const satisfies readonly TableColumn<keyof typeof COST_LINE>[];

/** The cost lists (keys under `costs`) the cost table holds, in order, and their kind word. */
export const COST_KINDS = [
  { list: "labor", kind: "sheetKindLabour" },
  { list: "other", kind: "sheetKindOther" },
] as const;
export type CostList = (typeof COST_KINDS)[number]["list"];

/** The kind word of a cost list: written in the table and matched by the breakdown's SUMIF. */
export function kindWord(list: CostList, words: Words): string {
  return list === "labor" ? words.sheetKindLabour : words.sheetKindOther;
}

/** Rows of the tables for a scenario: the traffic table first, the cost table two rows below. */
export interface TablePlacement {
  readonly trafficHeader: number;
  readonly trafficFirst: number;
  readonly trafficLast: number;
  readonly costSection: number;
  readonly costHeader: number;
  readonly costFirst: number;
  readonly costLast: number;
}

/** An Excel table needs at least one data row: with no cost lines, one blank line (summing to 0). */
const costRowCount = (s: Scenario): number => Math.max(1, s.costs.labor.length + s.costs.other.length);

export function placeTables(s: Scenario): TablePlacement {
  const trafficHeader = ROWS.trafficSection + 1;
  const trafficLast = trafficHeader + s.traffic.streams.length;
  const costSection = trafficLast + 3;
  const costHeader = costSection + 1;
  return { trafficHeader, trafficFirst: trafficHeader + 1, trafficLast, costSection, costHeader, costFirst: costHeader + 1, costLast: costHeader + costRowCount(s) };
}

/** The table ranges the breakdown's formulas read. */
export interface TableRefs {
  readonly answered: string;
  readonly avgTalk: string;
  readonly used: string;
  readonly costKind: string;
  readonly costAmount: string;
  /** The first traffic line's average talk time (the standard talk time's live default). */
  readonly firstAvgTalk: string;
}

export function tableRefs(p: TablePlacement): TableRefs {
  return {
    answered: absRange(TRAFFIC_COL.answered, p.trafficFirst, p.trafficLast),
    avgTalk: absRange(TRAFFIC_COL.avgTalk, p.trafficFirst, p.trafficLast),
    used: absRange(TRAFFIC_COL.used, p.trafficFirst, p.trafficLast),
    costKind: absRange(COST_COL.kind, p.costFirst, p.costLast),
    costAmount: absRange(COST_COL.amount, p.costFirst, p.costLast),
    firstAvgTalk: abs(TRAFFIC_COL.avgTalk, p.trafficFirst),
  };
}

/** One field of a list item into its column: text as text, figures as inputs in their unit's format. */
function writeField(ctx: PlanContext, column: string, row: number, node: CatalogueNode, value: unknown): void {
  if (node.kind === "text") {
    ctx.sheet.text(column, row, typeof value === "string" ? value : "", "input");
    return;
  }
  if (node.kind !== "number") throw new Error(`plan: no table cell for a ${node.kind} field`); // a programming error
  const unit = numericUnit(node.spec.unit);
  const v = typeof value === "number" ? value : null;
  // A column that may be blank gets its unit's fixed format: there is no value to judge by.
  const numberFormat = v === null || node.spec.optional === true ? outputFormat(unit, ctx.currency) : inputFormat(unit, ctx.currency, v);
  ctx.sheet.put(column, row, { role: "input", value: v, numberFormat });
}

/** A stream's talk minutes as the sheet's helper column computes them (measured wins). */
function usedMinutes(s: TrafficStream): number {
  if (s.talkMinutes !== undefined) return s.talkMinutes;
  return toNumber(new D(String(s.answered)).times(new D(String(s.avgTalkSeconds))).div(60));
}

function writeHeaders(ctx: PlanContext, row: number, columns: readonly TableColumn<string>[]): string[] {
  const headers = columns.map((c) => ctx.words[c.header]);
  columns.forEach((c, j) => ctx.sheet.text(c.column, row, headers[j] ?? "", "header"));
  return headers;
}

function writeTraffic(ctx: PlanContext, p: TablePlacement, tableTag: string): PlanTable {
  ctx.sheet.text(TRAFFIC_COL.name, ROWS.trafficSection, ctx.words.sheetTraffic, "section");
  const columns = writeHeaders(ctx, p.trafficHeader, TRAFFIC_COLUMNS);
  ctx.scenario.traffic.streams.forEach((s, i) => {
    const row = p.trafficFirst + i;
    for (const c of TRAFFIC_COLUMNS) if ("field" in c) writeField(ctx, c.column, row, STREAM[c.field], s[c.field]);
    const [m, a, t] = [addr(TRAFFIC_COL.measured, row), addr(TRAFFIC_COL.answered, row), addr(TRAFFIC_COL.avgTalk, row)];
    // Measured minutes win; a blank (or text) measured cell falls back to answered × talk ÷ 60.
    const formula = `IF(ISNUMBER(${m}),${m},${a}*${t}/60)`;
    ctx.sheet.put(TRAFFIC_COL.used, row, { role: "output", formula, result: usedMinutes(s), numberFormat: outputFormat("minutes", ctx.currency) });
  });
  return { name: `CCTraffic_${tableTag}`, ref: range(TRAFFIC_COL.name, p.trafficHeader, TRAFFIC_COL.used, p.trafficLast), columns };
}

function writeCosts(ctx: PlanContext, p: TablePlacement, tableTag: string): PlanTable {
  ctx.sheet.text(COST_COL.kind, p.costSection, ctx.words.sheetCosts, "section");
  const columns = writeHeaders(ctx, p.costHeader, COST_COLUMNS);
  const rows: { list: CostList; line: Partial<CostLine> }[] = COST_KINDS.flatMap(({ list }) => ctx.scenario.costs[list].map((line) => ({ list, line })));
  if (rows.length === 0) rows.push({ list: "labor", line: {} });
  rows.forEach(({ list, line }, i) => {
    const row = p.costFirst + i;
    for (const c of COST_COLUMNS) {
      if ("field" in c) writeField(ctx, c.column, row, COST_LINE[c.field], line[c.field]);
      else ctx.sheet.text(c.column, row, kindWord(list, ctx.words), "input");
    }
  });
  return { name: `CCCosts_${tableTag}`, ref: range(COST_COL.kind, p.costHeader, COST_COL.amount, p.costLast), columns };
}

/** Write both tables; `tableTag` makes their names unique in the workbook. */
export function writeTables(ctx: PlanContext, p: TablePlacement, tableTag: string): PlanTable[] {
  return [writeTraffic(ctx, p, tableTag), writeCosts(ctx, p, tableTag)];
}

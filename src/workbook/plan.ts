/**
 * The breakdown sheet as data: which cell holds what (value or formula), its number format and
 * role, the defined names, the Excel tables, the chart. Pure code — no Office, no exceljs, no I/O —
 * so the layout is unit-tested in Node and the two writers (exceljs, Office.js) only carry it out.
 *
 * The formulas are live and native by default: only SUM, SUMIF, SUMPRODUCT, IF and ISNUMBER, which
 * Excel 2010 and LibreOffice 7.4 both evaluate, with plain absolute A1 references (no structured
 * table references, no defined names inside formulas) so any spreadsheet computes them the same.
 */
import { BREAKDOWN_TEXT, computeBreakdown } from "../core/breakdown";
import { BREAKDOWN_KEYS, type BreakdownKey, type BreakdownUnit } from "../core/breakdown.types";
import { D, toNumber, type Dec } from "../core/decimal";
import type { CoreError } from "../core/result";
import type { Scenario } from "../core/scenario";
import { cellText, uniqueSheetName } from "./sheetName";

export { cellText };

export type Lang = "en" | "zh";
/** "native": only built-in functions (works without the add-in); "cc": the add-in's CC.* functions. */
export type FormulaMode = "native" | "cc";

export interface PlanOptions {
  readonly lang?: Lang;
  readonly formulas?: FormulaMode;
  /** Sheet names already in the target workbook; the plan's name avoids them (ignoring case). */
  readonly existingSheetNames?: readonly string[];
  /** Force this sheet name (already valid and chosen by the caller, e.g. to update our own sheet). */
  readonly sheetName?: string;
}

/** What a cell is for; writers map roles to fonts and fills. */
export type CellRole = "title" | "note" | "section" | "header" | "label" | "input" | "output" | "text" | "unit";

export interface PlanCell {
  /** A1 address on the plan's sheet, e.g. "F6". */
  readonly address: string;
  readonly role: CellRole;
  /** A constant. Strings are always text, never formulas — writers must keep them so. */
  readonly value?: string | number | null;
  /** A formula without the leading "=" (A1 references, English function names). */
  readonly formula?: string;
  /** The value the formula has for this scenario, from the core — an optional cached result. */
  readonly result?: number;
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

export interface SheetPlan {
  readonly version: 1;
  readonly sheetName: string;
  readonly lang: Lang;
  readonly formulas: FormulaMode;
  readonly cells: readonly PlanCell[];
  readonly names: readonly PlanName[];
  readonly tables: readonly PlanTable[];
  readonly chart: PlanChart;
  /** Ranges shown with data bars (the chart's stand-in where a writer cannot draw charts). */
  readonly dataBars: readonly string[];
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  /** The rectangle that holds every cell of the plan, e.g. "A1:H40". */
  readonly footprint: string;
  /** Defined name over the footprint that marks the sheet as written by CC Pricing. */
  readonly markerName: string;
  readonly breakdown: Readonly<Record<BreakdownKey, BreakdownCell>>;
  /** Why the core refuses the scenario (e.g. no talk time); the formulas then show Excel errors too. */
  readonly coreError: CoreError | null;
  readonly scenario: Scenario;
}

export const MARKER_NAME = "CCPricing_Sheet";

// ---------------------------------------------------------------- text

type Text = { readonly en: string; readonly zh: string };

const T = {
  note: {
    en: "Made by CC Pricing. Blue cells and the two tables are inputs; the breakdown recalculates from them.",
    zh: "由 CC Pricing 生成。蓝色单元格和两张表是输入，成本测算随之自动重算。",
  },
  inputs: { en: "Inputs", zh: "输入参数" },
  breakdown: { en: "Breakdown", zh: "成本测算" },
  composition: { en: "Cost composition", zh: "成本构成" },
  traffic: { en: "Traffic lines", zh: "话务线路" },
  costs: { en: "Cost lines", zh: "成本项目" },
  item: { en: "Item", zh: "项目" },
  value: { en: "Value", zh: "数值" },
  unit: { en: "Unit", zh: "单位" },
  formulaWords: { en: "Formula", zh: "计算公式" },
  share: { en: "Share", zh: "占比" },
  amount: { en: "Amount", zh: "金额" },
  name: { en: "Name", zh: "名称" },
  kind: { en: "Kind", zh: "类别" },
  answered: { en: "Answered", zh: "应答量" },
  avgTalk: { en: "Avg talk (s)", zh: "通话均长（秒）" },
  measured: { en: "Measured talk minutes", zh: "实测通话分钟" },
  used: { en: "Talk minutes used", zh: "采用通话分钟" },
  labour: { en: "labour", zh: "人工" },
  other: { en: "other", zh: "其他" },
  currency: { en: "Currency", zh: "币种" },
} satisfies Record<string, Text>;

const UNIT_TEXT: Record<Exclude<BreakdownUnit, "money" | "moneyPerAnswer" | "moneyPerMinute">, Text> = {
  count: { en: "answers", zh: "通" },
  minutes: { en: "minutes", zh: "分钟" },
  ratio: { en: "%", zh: "%" },
};

function unitText(unit: BreakdownUnit, currency: string, lang: Lang): string {
  switch (unit) {
    case "money":
      return currency;
    case "moneyPerAnswer":
      return lang === "zh" ? `${currency}/通` : `${currency} per answer`;
    case "moneyPerMinute":
      return lang === "zh" ? `${currency}/分钟` : `${currency} per minute`;
    default:
      return UNIT_TEXT[unit][lang];
  }
}

// ---------------------------------------------------------------- number formats

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { CNY: "¥", USD: "$" };

/** Money format: "¥#,##0.00" for CNY, "$#,##0.00" for USD, else the ISO code before the number. */
export function moneyFormat(currency: string, decimals = 2): string {
  const digits = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  const symbol = CURRENCY_SYMBOL[currency];
  // Quoted literals: unambiguous in every locale and engine (a bare ¥ or a code letter may not be).
  return symbol !== undefined ? `"${symbol}"#,##0${digits}` : `"${currency} "#,##0${digits}`;
}

export const PERCENT_FORMAT = "0.00%";
export const COUNT_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.00";
/** For inputs that may be fractional: 2 to 6 decimals. */
export const INPUT_DECIMAL_FORMAT = "#,##0.00####";

function inputNumberFormat(value: number): string {
  return Number.isInteger(value) ? COUNT_FORMAT : INPUT_DECIMAL_FORMAT;
}

function breakdownFormat(unit: BreakdownUnit, currency: string): string {
  switch (unit) {
    case "money":
      return moneyFormat(currency);
    case "moneyPerAnswer":
    case "moneyPerMinute":
      // Unit costs are small (a few yuan): four decimals keep them comparable.
      return moneyFormat(currency, 4);
    case "count":
      return COUNT_FORMAT;
    case "minutes":
      return DECIMAL_FORMAT;
    case "ratio":
      return PERCENT_FORMAT;
  }
}

// ---------------------------------------------------------------- addresses

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const addr = (column: string, row: number): string => `${column}${row}`;
const abs = (column: string, row: number): string => `$${column}$${row}`;
const absRange = (column: string, top: number, bottom: number): string => `${abs(column, top)}:${abs(column, bottom)}`;

/** FNV-1a of a string, base 36: a short stable tag for workbook-unique table names. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

// ---------------------------------------------------------------- inputs

export const PARAMETER_NAMES = [
  "standardTalkSeconds",
  "agents",
  "hoursPerDay",
  "paidDaysPerMonth",
  "months",
  "hires",
  "feePerHire",
  "trainingHires",
  "trainingDays",
  "dailyAllowance",
  "managers",
  "monthlySalary",
  "managementMonths",
  "taxRate",
] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

const PARAMETER_TEXT: Record<ParameterName, { label: Text; unit: Text | "currency" }> = {
  standardTalkSeconds: { label: { en: "Standard talk time", zh: "标准通话时长" }, unit: { en: "seconds", zh: "秒" } },
  agents: { label: { en: "Agents", zh: "话务员人数" }, unit: { en: "agents", zh: "人" } },
  hoursPerDay: { label: { en: "Hours per day", zh: "每日工时" }, unit: { en: "hours", zh: "小时" } },
  paidDaysPerMonth: { label: { en: "Paid days per month", zh: "标准记薪天数" }, unit: { en: "days", zh: "天" } },
  months: { label: { en: "Months", zh: "月数" }, unit: { en: "months", zh: "月" } },
  hires: { label: { en: "Hires (recruitment)", zh: "入职人数（招聘）" }, unit: { en: "people", zh: "人" } },
  feePerHire: { label: { en: "Fee per hire", zh: "单人招聘费用" }, unit: "currency" },
  trainingHires: { label: { en: "Hires (training)", zh: "入职人数（培训）" }, unit: { en: "people", zh: "人" } },
  trainingDays: { label: { en: "Training days", zh: "培训天数" }, unit: { en: "days", zh: "天" } },
  dailyAllowance: { label: { en: "Daily training allowance", zh: "每日培训补贴" }, unit: "currency" },
  managers: { label: { en: "Managers", zh: "管理人员数" }, unit: { en: "people", zh: "人" } },
  monthlySalary: { label: { en: "Manager monthly salary", zh: "管理人员月薪" }, unit: "currency" },
  managementMonths: { label: { en: "Management months", zh: "管理月数" }, unit: { en: "months", zh: "月" } },
  taxRate: { label: { en: "Tax rate", zh: "税率" }, unit: { en: "%", zh: "%" } },
};

/** The named inputs' values; missing cost blocks are zeros, as in the core. */
function parameterValues(s: Scenario): Record<Exclude<ParameterName, "standardTalkSeconds">, number> {
  const { recruitment, training, management } = s.costs;
  return {
    agents: s.staffing.agents,
    hoursPerDay: s.staffing.hoursPerDay,
    paidDaysPerMonth: s.staffing.paidDaysPerMonth,
    months: s.staffing.months ?? 12,
    hires: recruitment?.hires ?? 0,
    feePerHire: recruitment?.feePerHire ?? 0,
    trainingHires: training?.hires ?? 0,
    trainingDays: training?.days ?? 0,
    dailyAllowance: training?.dailyAllowance ?? 0,
    managers: management?.managers ?? 0,
    monthlySalary: management?.monthlySalary ?? 0,
    managementMonths: management?.months ?? (management ? 12 : 0),
    taxRate: s.taxRate ?? 0,
  };
}

// ---------------------------------------------------------------- layout

/** Fixed rows of the top blocks; the tables start below them and grow downwards. */
const LAYOUT = {
  titleRow: 1,
  noteRow: 2,
  currencyRow: 3,
  sectionRow: 4,
  firstParameterRow: 5,
  breakdownHeaderRow: 5,
  firstBreakdownRow: 6,
  trafficSectionRow: 30,
} as const;

const PARAM = { label: "A", value: "B", unit: "C" } as const;
const BD = { label: "E", value: "F", unit: "G", words: "H" } as const;
const TRAFFIC = { name: "A", answered: "B", avgTalk: "C", measured: "D", used: "E" } as const;
const COST = { kind: "A", name: "B", amount: "C" } as const;

const COMPONENTS = ["laborCost", "recruitmentCost", "trainingCost", "managementCost", "otherCost"] as const satisfies readonly BreakdownKey[];

interface Refs {
  param: Record<ParameterName, string>;
  answered: string;
  avgTalk: string;
  used: string;
  costKind: string;
  costAmount: string;
  line: Record<BreakdownKey, string>;
}

/** The formula of each breakdown line over the inputs, in the chosen mode. */
function breakdownFormulas(r: Refs, mode: FormulaMode, lang: Lang): Record<BreakdownKey, string> {
  const p = r.param;
  const l = r.line;
  const labourCost = `SUMIF(${r.costKind},"${T.labour[lang]}",${r.costAmount})`;
  const otherCost = `SUMIF(${r.costKind},"${T.other[lang]}",${r.costAmount})`;
  const common = {
    talkMinutes: `SUM(${r.used})`,
    laborCost: labourCost,
    otherCost,
    totalCost: `SUM(${l.laborCost},${l.recruitmentCost},${l.trainingCost},${l.managementCost},${l.otherCost})`,
    tax: `${l.totalCost}*${p.taxRate}`,
  };
  if (mode === "cc") {
    return {
      ...common,
      normalizedAnswers: `CC.NORMANSWERS(${r.answered},${r.avgTalk},${p.standardTalkSeconds})`,
      paidMinutes: `CC.PAIDMINUTES(${p.agents},${p.hoursPerDay},${p.paidDaysPerMonth},${p.months})`,
      utilization: `CC.UTILIZATION(${r.used},${p.agents},${p.hoursPerDay},${p.paidDaysPerMonth},${p.months})`,
      recruitmentCost: `CC.RECRUITCOST(${p.hires},${p.feePerHire})`,
      trainingCost: `CC.TRAININGCOST(${p.trainingHires},${p.trainingDays},${p.dailyAllowance})`,
      managementCost: `CC.MGMTCOST(${p.managers},${p.monthlySalary},${p.managementMonths})`,
      totalCostWithTax: `CC.WITHTAX(${l.totalCost},${p.taxRate})`,
      costPerAnswer: `CC.PERANSWER(${l.totalCost},${r.answered},${r.avgTalk},${p.standardTalkSeconds})`,
      costPerMinute: `CC.PERMINUTE(${l.totalCost},${r.used})`,
      costPerAnswerWithTax: `CC.PERANSWER(${l.totalCostWithTax},${r.answered},${r.avgTalk},${p.standardTalkSeconds})`,
      costPerMinuteWithTax: `CC.PERMINUTE(${l.totalCostWithTax},${r.used})`,
    };
  }
  return {
    ...common,
    normalizedAnswers: `SUMPRODUCT(${r.answered},${r.avgTalk})/${p.standardTalkSeconds}`,
    paidMinutes: `${p.agents}*${p.hoursPerDay}*${p.paidDaysPerMonth}*${p.months}*60`,
    utilization: `${l.talkMinutes}/${l.paidMinutes}`,
    recruitmentCost: `${p.hires}*${p.feePerHire}`,
    trainingCost: `${p.trainingHires}*${p.trainingDays}*${p.dailyAllowance}`,
    managementCost: `${p.managers}*${p.monthlySalary}*${p.managementMonths}`,
    totalCostWithTax: `${l.totalCost}*(1+${p.taxRate})`,
    costPerAnswer: `${l.totalCost}/${l.normalizedAnswers}`,
    costPerMinute: `${l.totalCost}/${l.talkMinutes}`,
    costPerAnswerWithTax: `${l.totalCostWithTax}/${l.normalizedAnswers}`,
    costPerMinuteWithTax: `${l.totalCostWithTax}/${l.talkMinutes}`,
  };
}

/** A stream's talk minutes as the sheet's helper column computes them (measured wins). */
function usedMinutes(answered: number, avgTalkSeconds: number, measured: number | undefined): number {
  if (measured !== undefined) return measured;
  return toNumber(new D(String(answered)).times(new D(String(avgTalkSeconds))).div(60));
}

/**
 * The plan of the breakdown sheet for a (validated) scenario. Never fails: when the core refuses
 * the scenario (say, zero talk time) the sheet is still written — its formulas then show the
 * spreadsheet's own #DIV/0! — and `coreError` says why.
 */
export function buildPlan(scenario: Scenario, options: PlanOptions = {}): SheetPlan {
  const lang: Lang = options.lang ?? "en";
  const mode: FormulaMode = options.formulas ?? "native";
  const currency = scenario.currency ?? "CNY";
  const sheetName = options.sheetName ?? uniqueSheetName(scenario.name, options.existingSheetNames ?? []);
  const computed = computeBreakdown(scenario);
  const coreValues: Partial<Record<BreakdownKey, Dec>> = computed.ok ? computed.value.values : {};
  const coreError = computed.ok ? null : computed.error;

  const cells: PlanCell[] = [];
  const names: PlanName[] = [];
  const text = (address: string, value: string, role: CellRole = "text"): void => {
    cells.push({ address, role, value: cellText(value) });
  };

  // Title block.
  text(addr("A", LAYOUT.titleRow), scenario.name, "title");
  text(addr("A", LAYOUT.noteRow), T.note[lang], "note");
  text(addr("A", LAYOUT.currencyRow), T.currency[lang], "label");
  text(addr("B", LAYOUT.currencyRow), currency, "text");

  // Tables first: their ranges are what the formulas refer to.
  const streams = scenario.traffic.streams;
  const trafficHeader = LAYOUT.trafficSectionRow + 1;
  const trafficFirst = trafficHeader + 1;
  const trafficLast = trafficHeader + streams.length;
  const costSection = trafficLast + 3;
  const costHeader = costSection + 1;
  const costRows: { kind: string; name: string; amount: number | null }[] = [
    ...(scenario.costs.labor ?? []).map((c) => ({ kind: T.labour[lang], name: c.name, amount: c.amount })),
    ...(scenario.costs.other ?? []).map((c) => ({ kind: T.other[lang], name: c.name, amount: c.amount })),
  ];
  // An Excel table needs at least one data row: an empty line sums to 0.
  if (costRows.length === 0) costRows.push({ kind: T.labour[lang], name: "", amount: null });
  const costFirst = costHeader + 1;
  const costLast = costHeader + costRows.length;

  const param = {} as Record<ParameterName, string>;
  PARAMETER_NAMES.forEach((name, i) => (param[name] = abs(PARAM.value, LAYOUT.firstParameterRow + i)));
  const line = {} as Record<BreakdownKey, string>;
  BREAKDOWN_KEYS.forEach((key, i) => (line[key] = abs(BD.value, LAYOUT.firstBreakdownRow + i)));
  const refs: Refs = {
    param,
    answered: absRange(TRAFFIC.answered, trafficFirst, trafficLast),
    avgTalk: absRange(TRAFFIC.avgTalk, trafficFirst, trafficLast),
    used: absRange(TRAFFIC.used, trafficFirst, trafficLast),
    costKind: absRange(COST.kind, costFirst, costLast),
    costAmount: absRange(COST.amount, costFirst, costLast),
    line,
  };

  // Inputs: named cells.
  text(addr(PARAM.label, LAYOUT.sectionRow), T.inputs[lang], "section");
  const values = parameterValues(scenario);
  const firstStream = scenario.traffic.streams[0];
  PARAMETER_NAMES.forEach((name, i) => {
    const row = LAYOUT.firstParameterRow + i;
    const info = PARAMETER_TEXT[name];
    text(addr(PARAM.label, row), info.label[lang], "label");
    text(addr(PARAM.unit, row), info.unit === "currency" ? currency : info.unit[lang], "unit");
    names.push({ name, ref: abs(PARAM.value, row) });
    const at = addr(PARAM.value, row);
    if (name === "standardTalkSeconds") {
      const given = scenario.traffic.standardTalkSeconds;
      if (given !== undefined) {
        cells.push({ address: at, role: "input", value: given, numberFormat: inputNumberFormat(given) });
      } else {
        // The default is live: the first traffic line's average talk time.
        const first = firstStream?.avgTalkSeconds ?? 0;
        cells.push({ address: at, role: "input", formula: abs(TRAFFIC.avgTalk, trafficFirst), result: first, numberFormat: inputNumberFormat(first) });
      }
      return;
    }
    const v = values[name];
    const format = name === "taxRate" ? PERCENT_FORMAT : info.unit === "currency" ? moneyFormat(currency) : inputNumberFormat(v);
    cells.push({ address: at, role: "input", value: v, numberFormat: format });
  });

  // Breakdown block.
  text(addr(BD.label, LAYOUT.sectionRow), T.breakdown[lang], "section");
  text(addr(BD.label, LAYOUT.breakdownHeaderRow), T.item[lang], "header");
  text(addr(BD.value, LAYOUT.breakdownHeaderRow), T.value[lang], "header");
  text(addr(BD.unit, LAYOUT.breakdownHeaderRow), T.unit[lang], "header");
  text(addr(BD.words, LAYOUT.breakdownHeaderRow), T.formulaWords[lang], "header");
  const formulas = breakdownFormulas(refs, mode, lang);
  const breakdown = {} as Record<BreakdownKey, BreakdownCell>;
  BREAKDOWN_KEYS.forEach((key, i) => {
    const row = LAYOUT.firstBreakdownRow + i;
    const info = BREAKDOWN_TEXT[key];
    const v = coreValues[key];
    const expected = v === undefined ? null : toNumber(v);
    text(addr(BD.label, row), info.label[lang], "label");
    cells.push({
      address: addr(BD.value, row),
      role: "output",
      formula: formulas[key],
      ...(expected === null ? {} : { result: expected }),
      numberFormat: breakdownFormat(info.unit, currency),
    });
    text(addr(BD.unit, row), unitText(info.unit, currency, lang), "unit");
    text(addr(BD.words, row), info.formula[lang], "note");
    names.push({ name: key, ref: abs(BD.value, row) });
    breakdown[key] = { address: addr(BD.value, row), expected };
  });

  // Cost composition: the chart's data (and its stand-in: shares with data bars).
  const compSection = LAYOUT.firstBreakdownRow + BREAKDOWN_KEYS.length + 1;
  const compHeader = compSection + 1;
  const compFirst = compHeader + 1;
  const compLast = compHeader + COMPONENTS.length;
  text(addr(BD.label, compSection), T.composition[lang], "section");
  text(addr(BD.label, compHeader), T.item[lang], "header");
  text(addr(BD.value, compHeader), T.amount[lang], "header");
  text(addr(BD.unit, compHeader), T.share[lang], "header");
  const total = coreValues.totalCost;
  COMPONENTS.forEach((key, i) => {
    const row = compFirst + i;
    const v = coreValues[key];
    text(addr(BD.label, row), BREAKDOWN_TEXT[key].label[lang], "label");
    cells.push({ address: addr(BD.value, row), role: "output", formula: line[key], ...(v ? { result: toNumber(v) } : {}), numberFormat: moneyFormat(currency) });
    const share = v && total ? (total.isZero() ? 0 : toNumber(v.div(total))) : undefined;
    cells.push({
      address: addr(BD.unit, row),
      role: "output",
      formula: `IF(${line.totalCost}=0,0,${abs(BD.value, row)}/${line.totalCost})`,
      ...(share === undefined ? {} : { result: share }),
      numberFormat: PERCENT_FORMAT,
    });
  });
  if (compLast >= LAYOUT.trafficSectionRow) throw new Error("layout: composition block overlaps the tables"); // a programming error

  // Traffic table.
  const t = tag(sheetName);
  text(addr(TRAFFIC.name, LAYOUT.trafficSectionRow), T.traffic[lang], "section");
  const trafficColumns = [T.name[lang], T.answered[lang], T.avgTalk[lang], T.measured[lang], T.used[lang]];
  const trafficCols = [TRAFFIC.name, TRAFFIC.answered, TRAFFIC.avgTalk, TRAFFIC.measured, TRAFFIC.used];
  trafficColumns.forEach((h, j) => text(addr(trafficCols[j] as string, trafficHeader), h, "header"));
  streams.forEach((s, i) => {
    const row = trafficFirst + i;
    text(addr(TRAFFIC.name, row), s.name, "input");
    cells.push({ address: addr(TRAFFIC.answered, row), role: "input", value: s.answered, numberFormat: inputNumberFormat(s.answered) });
    cells.push({ address: addr(TRAFFIC.avgTalk, row), role: "input", value: s.avgTalkSeconds, numberFormat: inputNumberFormat(s.avgTalkSeconds) });
    cells.push({ address: addr(TRAFFIC.measured, row), role: "input", value: s.talkMinutes ?? null, numberFormat: DECIMAL_FORMAT });
    const [m, a, c] = [addr(TRAFFIC.measured, row), addr(TRAFFIC.answered, row), addr(TRAFFIC.avgTalk, row)];
    cells.push({
      address: addr(TRAFFIC.used, row),
      role: "output",
      // Measured minutes win; a blank (or text) measured cell falls back to answered × talk ÷ 60.
      formula: `IF(ISNUMBER(${m}),${m},${a}*${c}/60)`,
      result: usedMinutes(s.answered, s.avgTalkSeconds, s.talkMinutes),
      numberFormat: DECIMAL_FORMAT,
    });
  });
  const tables: PlanTable[] = [
    { name: `CCTraffic_${t}`, ref: `${addr(TRAFFIC.name, trafficHeader)}:${addr(TRAFFIC.used, trafficLast)}`, columns: trafficColumns },
  ];

  // Cost table (labour and other lines; the kind column feeds SUMIF).
  text(addr(COST.kind, costSection), T.costs[lang], "section");
  const costColumns = [T.kind[lang], T.name[lang], T.amount[lang]];
  [COST.kind, COST.name, COST.amount].forEach((col, j) => text(addr(col, costHeader), costColumns[j] as string, "header"));
  costRows.forEach((c, i) => {
    const row = costFirst + i;
    text(addr(COST.kind, row), c.kind, "input");
    text(addr(COST.name, row), c.name, "input");
    cells.push({ address: addr(COST.amount, row), role: "input", value: c.amount, numberFormat: moneyFormat(currency) });
  });
  tables.push({ name: `CCCosts_${t}`, ref: `${addr(COST.kind, costHeader)}:${addr(COST.amount, costLast)}`, columns: costColumns });

  const footprint = `A1:${BD.words}${costLast}`;
  names.push({ name: MARKER_NAME, ref: `$A$1:$${BD.words}$${costLast}` });

  return {
    version: 1,
    sheetName,
    lang,
    formulas: mode,
    cells,
    names,
    tables,
    chart: {
      kind: "pie",
      title: T.composition[lang],
      categories: `${addr(BD.label, compFirst)}:${addr(BD.label, compLast)}`,
      values: `${addr(BD.value, compFirst)}:${addr(BD.value, compLast)}`,
      from: "J4",
      to: "Q22",
    },
    dataBars: [`${addr(BD.unit, compFirst)}:${addr(BD.unit, compLast)}`],
    columnWidths: [
      { column: "A", width: 26 },
      { column: "B", width: 16 },
      { column: "C", width: 14 },
      { column: "D", width: 16 },
      { column: "E", width: 26 },
      { column: "F", width: 18 },
      { column: "G", width: 16 },
      { column: "H", width: 60 },
    ],
    footprint,
    markerName: MARKER_NAME,
    breakdown,
    coreError,
    scenario,
  };
}

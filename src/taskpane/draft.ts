/**
 * The scenario being edited, as the user typed it (strings, so "1." or "" survive between
 * keystrokes and steps), and its conversion to a core Scenario with every problem listed.
 *
 * Problems are keyed by JSON path over the draft. Those equal the scenario's own paths
 * (`traffic.streams[1].answered`) except for cost lines, where blank rows are left out of the
 * scenario: their paths use the draft's row index, and core/schema paths are mapped back.
 */
import {
  D,
  computeBreakdown,
  fromNumber,
  nonNegative,
  positive,
  unitInterval,
  validateScenario,
  type Breakdown,
  type CostLine,
  type Dec,
  type LocalizedText,
  type Result,
  type Scenario,
  type ScenarioInput,
} from "../core";

export interface StreamRow {
  readonly id: string;
  readonly name: string;
  readonly answered: string;
  readonly avgTalkSeconds: string;
  readonly talkMinutes: string;
}

export type LaborPresetKey = "wages" | "socialInsurance" | "housingFund" | "welfare" | "unionFees" | "disabilityFund" | "leaveCost" | "overtime";

export interface CostRow {
  readonly id: string;
  /** A preset labour item: its name is fixed (the seed's Chinese term is what is saved). */
  readonly preset?: LaborPresetKey;
  readonly name: string;
  readonly amount: string;
}

export interface Draft {
  readonly name: string;
  readonly currency: string;
  readonly notes: string;
  readonly traffic: { readonly standardTalkSeconds: string; readonly streams: readonly StreamRow[] };
  readonly staffing: { readonly agents: string; readonly hoursPerDay: string; readonly paidDaysPerMonth: string; readonly months: string };
  readonly costs: {
    readonly labor: readonly CostRow[];
    readonly recruitment: { readonly hires: string; readonly feePerHire: string };
    readonly training: { readonly hires: string; readonly days: string; readonly dailyAllowance: string };
    readonly management: { readonly managers: string; readonly monthlySalary: string; readonly months: string };
    readonly other: readonly CostRow[];
  };
  readonly taxRate: string;
}

export interface Issue {
  /** JSON path over the draft ("" for the whole scenario). */
  readonly path: string;
  readonly message: LocalizedText;
}

/** The seed's labour items (002: 人工成本测算), in its order of the cost table. */
export const LABOR_PRESETS: readonly { readonly key: LaborPresetKey; readonly zh: string; readonly en: string }[] = [
  { key: "wages", zh: "工资", en: "Wages" },
  { key: "socialInsurance", zh: "社保", en: "Social insurance" },
  { key: "housingFund", zh: "公积金", en: "Housing fund" },
  { key: "welfare", zh: "福利费用", en: "Welfare" },
  { key: "unionFees", zh: "工会经费", en: "Union fees" },
  { key: "disabilityFund", zh: "残疾人基金", en: "Disability fund" },
  { key: "leaveCost", zh: "休假成本", en: "Leave cost" },
  { key: "overtime", zh: "加班费", en: "Overtime pay" },
];

let nextId = 0;
/** Row ids keep React keys and focus stable while rows are added and removed. */
export function newId(prefix: string): string {
  nextId += 1;
  return `${prefix}${nextId}`;
}

export function emptyStream(name = ""): StreamRow {
  return { id: newId("s"), name, answered: "", avgTalkSeconds: "", talkMinutes: "" };
}

export function emptyCost(): CostRow {
  return { id: newId("c"), name: "", amount: "" };
}

function presetRows(): CostRow[] {
  return LABOR_PRESETS.map((p) => ({ id: newId("c"), preset: p.key, name: p.zh, amount: "" }));
}

/** A fresh scenario: China's usual hours filled in, everything scenario-specific blank. */
export function emptyDraft(name: string): Draft {
  return {
    name,
    currency: "CNY",
    notes: "",
    traffic: { standardTalkSeconds: "", streams: [emptyStream()] },
    staffing: { agents: "", hoursPerDay: "8", paidDaysPerMonth: "21.75", months: "12" },
    costs: {
      labor: presetRows(),
      recruitment: { hires: "", feePerHire: "" },
      training: { hires: "", days: "", dailyAllowance: "" },
      management: { managers: "", monthlySalary: "", months: "12" },
      other: [],
    },
    taxRate: "",
  };
}

// ---------------------------------------------------------------- scenario → draft

function num(n: number | undefined | null): string {
  return n === undefined || n === null ? "" : String(n);
}

/** 0.06 → "6%": exact via Decimal, so the text parses back to the same number. */
export function percentText(rate: number): string {
  return `${new D(String(rate)).times(100).toString()}%`;
}

function presetFor(name: string): LaborPresetKey | undefined {
  const n = name.trim();
  return LABOR_PRESETS.find((p) => p.zh === n || p.en.toLowerCase() === n.toLowerCase())?.key;
}

/** Labour lines in the file's order (recognised presets keep their fixed name), then the missing presets. */
function laborRows(lines: readonly CostLine[]): CostRow[] {
  const used = new Set<LaborPresetKey>();
  const rows: CostRow[] = lines.map((l) => {
    const preset = presetFor(l.name);
    if (preset !== undefined && !used.has(preset)) {
      used.add(preset);
      return { id: newId("c"), preset, name: l.name, amount: num(l.amount) };
    }
    return { id: newId("c"), name: l.name, amount: num(l.amount) };
  });
  for (const p of LABOR_PRESETS) if (!used.has(p.key)) rows.push({ id: newId("c"), preset: p.key, name: p.zh, amount: "" });
  return rows;
}

export function draftFromScenario(s: Scenario): Draft {
  const { recruitment: r, training: t, management: m } = s.costs;
  return {
    name: s.name,
    currency: s.currency,
    notes: s.notes ?? "",
    traffic: {
      standardTalkSeconds: num(s.traffic.standardTalkSeconds),
      streams: s.traffic.streams.map((x) => ({
        id: newId("s"),
        name: x.name,
        answered: num(x.answered),
        avgTalkSeconds: num(x.avgTalkSeconds),
        talkMinutes: num(x.talkMinutes),
      })),
    },
    staffing: {
      agents: num(s.staffing.agents),
      hoursPerDay: num(s.staffing.hoursPerDay),
      paidDaysPerMonth: num(s.staffing.paidDaysPerMonth),
      months: num(s.staffing.months),
    },
    costs: {
      labor: laborRows(s.costs.labor),
      recruitment: { hires: num(r?.hires), feePerHire: num(r?.feePerHire) },
      training: { hires: num(t?.hires), days: num(t?.days), dailyAllowance: num(t?.dailyAllowance) },
      management: { managers: num(m?.managers), monthlySalary: num(m?.monthlySalary), months: m ? num(m.months) : "12" },
      other: s.costs.other.map((l) => ({ id: newId("c"), name: l.name, amount: num(l.amount) })),
    },
    taxRate: s.taxRate === 0 ? "" : percentText(s.taxRate),
  };
}

// ---------------------------------------------------------------- draft → scenario

/**
 * A typed number, tolerant of how spreadsheets show them: thousands separators (",", spaces,
 * the narrow no-break space) and a leading "+". undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const t = numberText(text);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The typed number without separators ("1,234.5" → "1234.5"), or undefined when it is not one. */
function numberText(text: string): string | undefined {
  const t = text.trim().replace(/[,\s\u00a0\u202f\u2009_]/g, "").replace(/^\+/, "");
  return /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? t : undefined;
}

type Check = (path: string, x: Dec) => Result<Dec>;

const atMost =
  (max: number): Check =>
  (path, x) =>
    x.gt(max) ? { ok: false, error: { code: "outOfRange", arg: path, message: { en: `must be ≤ ${max} (got ${x.toString()})`, zh: `不能大于 ${max}（当前为 ${x.toString()}）` } } } : { ok: true, value: x };

const REQUIRED: LocalizedText = { en: "is required", zh: "必填" };

/** Collects problems while converting fields; each field's checks are the core's own validators. */
class Reader {
  readonly issues: Issue[] = [];

  /** A number field; blank gives `blank` (undefined → "is required"). */
  number(path: string, text: string, checks: readonly Check[], blank?: { value: number | undefined }): number | undefined {
    if (text.trim() === "") {
      if (blank) return blank.value;
      this.issues.push({ path, message: REQUIRED });
      return undefined;
    }
    const n = parseNumber(text);
    // fromNumber(NaN) is the core's own "must be a finite number" error, in both languages.
    const converted = fromNumber(path, n ?? Number.NaN);
    if (!converted.ok) {
      this.issues.push({ path, message: converted.error.message });
      return undefined;
    }
    for (const check of checks) {
      const r = check(path, converted.value);
      if (!r.ok) {
        this.issues.push({ path, message: r.error.message });
        return undefined;
      }
    }
    return n;
  }

  /** The tax rate: "6%" or "0.06"; blank is 0. */
  rate(path: string, text: string): number | undefined {
    const t = text.trim();
    if (t.endsWith("%")) {
      // Divided as typed, not via a double of the percentage, so "6%" is exactly the 0.06 typed as "0.06".
      const digits = numberText(t.slice(0, -1));
      return digits === undefined ? this.number(path, t.slice(0, -1), []) : this.number(path, new D(digits).div(100).toString(), [unitInterval]);
    }
    return this.number(path, t, [unitInterval], { value: 0 });
  }
}

const COUNT: readonly Check[] = [nonNegative];
const POSITIVE: readonly Check[] = [positive];

function allBlank(...texts: string[]): boolean {
  return texts.every((t) => t.trim() === "");
}

interface Built {
  readonly input: ScenarioInput | undefined;
  readonly issues: Issue[];
  /** Scenario index → draft row index, per cost list (blank rows are left out). */
  readonly rowOf: { readonly labor: number[]; readonly other: number[] };
}

function costLines(rows: readonly CostRow[], list: "labor" | "other", rd: Reader, rowOf: number[]): { name: string; amount: number }[] {
  const out: { name: string; amount: number }[] = [];
  rows.forEach((row, i) => {
    if (row.amount.trim() === "") return;
    const path = `costs.${list}[${i}]`;
    const amount = rd.number(`${path}.amount`, row.amount, COUNT);
    if (amount !== undefined) {
      rowOf.push(i);
      out.push({ name: row.name.trim(), amount });
    }
  });
  return out;
}

function build(draft: Draft): Built {
  const rd = new Reader();
  const rowOf = { labor: [] as number[], other: [] as number[] };
  const { traffic, staffing, costs } = draft;

  const streams = traffic.streams.map((s, i) => {
    const p = `traffic.streams[${i}]`;
    const talkMinutes = rd.number(`${p}.talkMinutes`, s.talkMinutes, COUNT, { value: undefined });
    return {
      name: s.name.trim(),
      answered: rd.number(`${p}.answered`, s.answered, COUNT),
      avgTalkSeconds: rd.number(`${p}.avgTalkSeconds`, s.avgTalkSeconds, COUNT),
      ...(talkMinutes === undefined ? {} : { talkMinutes }),
    };
  });
  if (traffic.streams.length === 0) rd.issues.push({ path: "traffic.streams", message: { en: "needs at least one traffic line", zh: "至少需要一条话务线路" } });
  const standardTalkSeconds = rd.number("traffic.standardTalkSeconds", traffic.standardTalkSeconds, POSITIVE, { value: undefined });

  const staff = {
    agents: rd.number("staffing.agents", staffing.agents, POSITIVE),
    hoursPerDay: rd.number("staffing.hoursPerDay", staffing.hoursPerDay, [positive, atMost(24)]),
    paidDaysPerMonth: rd.number("staffing.paidDaysPerMonth", staffing.paidDaysPerMonth, [positive, atMost(31)]),
    months: rd.number("staffing.months", staffing.months, POSITIVE),
  };

  const labor = costLines(costs.labor, "labor", rd, rowOf.labor);
  const other = costLines(costs.other, "other", rd, rowOf.other);
  const r = costs.recruitment;
  const recruitment = allBlank(r.hires, r.feePerHire)
    ? undefined
    : { hires: rd.number("costs.recruitment.hires", r.hires, COUNT), feePerHire: rd.number("costs.recruitment.feePerHire", r.feePerHire, COUNT) };
  const t = costs.training;
  const training = allBlank(t.hires, t.days, t.dailyAllowance)
    ? undefined
    : {
        hires: rd.number("costs.training.hires", t.hires, COUNT),
        days: rd.number("costs.training.days", t.days, COUNT),
        dailyAllowance: rd.number("costs.training.dailyAllowance", t.dailyAllowance, COUNT),
      };
  const m = costs.management;
  // Months is prefilled with 12, so only managers and salary decide whether the group is used.
  const management = allBlank(m.managers, m.monthlySalary)
    ? undefined
    : {
        managers: rd.number("costs.management.managers", m.managers, COUNT),
        monthlySalary: rd.number("costs.management.monthlySalary", m.monthlySalary, COUNT),
        months: rd.number("costs.management.months", m.months, COUNT),
      };
  const taxRate = rd.rate("taxRate", draft.taxRate);

  if (rd.issues.length > 0) return { input: undefined, issues: rd.issues, rowOf };
  // Every number above is defined when there are no issues; the schema re-checks all of it.
  const input = {
    version: 1,
    name: draft.name.trim(),
    currency: draft.currency.trim(),
    ...(draft.notes.trim() === "" ? {} : { notes: draft.notes }),
    traffic: { ...(standardTalkSeconds === undefined ? {} : { standardTalkSeconds }), streams },
    staffing: staff,
    costs: {
      labor,
      ...(recruitment ? { recruitment } : {}),
      ...(training ? { training } : {}),
      ...(management ? { management } : {}),
      other,
    },
    taxRate,
  } as ScenarioInput;
  return { input, issues: [], rowOf };
}

/** Map a scenario path (`costs.labor[2].amount`) back to the draft row it came from. */
function toDraftPath(path: string, rowOf: Built["rowOf"]): string {
  return path.replace(/^costs\.(labor|other)\[(\d+)\]/, (whole, list: "labor" | "other", index: string) => {
    const row = rowOf[list][Number(index)];
    return row === undefined ? whole : `costs.${list}[${row}]`;
  });
}

export interface Analysis {
  readonly scenario: Scenario | undefined;
  readonly breakdown: Breakdown | undefined;
  /** Field and schema problems (the scenario cannot be built while there are any). */
  readonly issues: readonly Issue[];
}

/**
 * Everything the wizard needs from a draft: the scenario (when every field is valid), its
 * breakdown (when the core can compute it) and every problem, each under its draft path.
 * Name and currency are checked here too so their messages come in both languages.
 */
export function analyse(draft: Draft): Analysis {
  const built = build(draft);
  const issues = [...built.issues];
  if (draft.name.trim() === "") issues.unshift({ path: "name", message: REQUIRED });
  if (!/^[A-Z]{3}$/.test(draft.currency.trim())) {
    issues.unshift({ path: "currency", message: { en: "must be a 3-letter ISO 4217 code such as CNY", zh: "必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY" } });
  }
  if (issues.length > 0 || built.input === undefined) return { scenario: undefined, breakdown: undefined, issues };

  const v = validateScenario(built.input);
  if (!v.ok) {
    // Anything the field checks missed, under the field's draft path; the schema speaks both languages.
    const schema = v.issues.map((i) => ({ path: toDraftPath(i.path, built.rowOf), message: i.message }));
    return { scenario: undefined, breakdown: undefined, issues: schema };
  }
  const b = computeBreakdown(v.scenario);
  if (!b.ok) {
    return { scenario: v.scenario, breakdown: undefined, issues: [{ path: toDraftPath(b.error.arg, built.rowOf), message: b.error.message }] };
  }
  return { scenario: v.scenario, breakdown: b.value, issues: [] };
}

/** Which wizard step (0-based) a path belongs to. */
export function stepOfPath(path: string): number {
  if (path.startsWith("traffic")) return 1;
  if (path.startsWith("staffing")) return 2;
  if (path.startsWith("costs") || path === "taxRate") return 3;
  return 0;
}

/** Field paths of every input the draft shows, so problems at other paths are listed per step. */
export function fieldPaths(draft: Draft): Set<string> {
  const paths = ["name", "currency", "notes", "traffic.standardTalkSeconds", "taxRate"];
  draft.traffic.streams.forEach((_, i) => {
    for (const f of ["name", "answered", "avgTalkSeconds", "talkMinutes"]) paths.push(`traffic.streams[${i}].${f}`);
  });
  for (const f of ["agents", "hoursPerDay", "paidDaysPerMonth", "months"]) paths.push(`staffing.${f}`);
  for (const list of ["labor", "other"] as const) {
    draft.costs[list].forEach((_, i) => paths.push(`costs.${list}[${i}].name`, `costs.${list}[${i}].amount`));
  }
  for (const f of ["hires", "feePerHire"]) paths.push(`costs.recruitment.${f}`);
  for (const f of ["hires", "days", "dailyAllowance"]) paths.push(`costs.training.${f}`);
  for (const f of ["managers", "monthlySalary", "months"]) paths.push(`costs.management.${f}`);
  return new Set(paths);
}

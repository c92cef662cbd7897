/** The field a problem's path points at, in words, for lists of problems away from the field. */
import { LABOR_PRESETS, type Draft } from "./draft";
import type { Lang, Strings } from "./i18n";

type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

const SIMPLE: Readonly<Record<string, StringKey>> = {
  name: "scenarioName",
  currency: "currency",
  notes: "notes",
  "traffic.standardTalkSeconds": "standardTalkSeconds",
  "traffic.streams": "trafficLines",
  "staffing.agents": "agents",
  "staffing.hoursPerDay": "hoursPerDay",
  "staffing.paidDaysPerMonth": "paidDaysPerMonth",
  "staffing.months": "months",
  "costs.labor": "laborLines",
  "costs.other": "otherLines",
  taxRate: "taxRate",
  "seat.dailyRate": "dailyRate",
  "seat.workDays": "workDays",
  "seat.phoneFee": "phoneFee",
  "seat.perMinutePrice": "perMinutePrice",
};

const GROUP: Readonly<Record<string, Readonly<Record<string, StringKey>>>> = {
  recruitment: { "": "recruitment", hires: "hires", feePerHire: "feePerHire" },
  training: { "": "training", hires: "trainingHires", days: "trainingDays", dailyAllowance: "dailyAllowance" },
  management: { "": "management", managers: "managers", monthlySalary: "monthlySalary", months: "managementMonths" },
};

const STREAM_FIELD: Readonly<Record<string, StringKey>> = { name: "lineName", answered: "answered", avgTalkSeconds: "avgTalkSeconds", talkMinutes: "talkMinutes" };

export function labelOfPath(path: string, draft: Draft, t: Strings, lang: Lang): string {
  const simple = SIMPLE[path];
  if (simple) return t[simple];
  if (path === "staffing") return t.steps[2] ?? path;
  let m = /^traffic\.streams\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const row = draft.traffic.streams[i]?.name.trim() || t.lineN(i + 1);
    const field = m[2] === undefined ? undefined : STREAM_FIELD[m[2]];
    return field ? `${row} · ${t[field]}` : row;
  }
  m = /^costs\.(labor|other)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const list = m[1] === "labor" ? "labor" : "other";
    const row = draft.costs[list][Number(m[2])];
    const preset = row?.preset === undefined ? undefined : LABOR_PRESETS.find((p) => p.key === row.preset);
    const name = preset ? (lang === "zh" ? preset.zh : preset.en) : row?.name.trim() || `${t.costName} ${Number(m[2]) + 1}`;
    return `${list === "labor" ? t.laborLines : t.otherLines} · ${name}`;
  }
  m = /^costs\.(recruitment|training|management)(?:\.(\w+))?$/.exec(path);
  if (m) {
    const group = GROUP[m[1] ?? ""];
    const head = group?.[""];
    const field = group?.[m[2] ?? ""];
    if (head && field) return m[2] === undefined ? t[head] : `${t[head]} · ${t[field]}`;
  }
  return path;
}

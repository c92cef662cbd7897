/**
 * `quote seat`: a seat quote (按座席报价) from a day rate, as in the seeds' offers —
 * (day rate × working days + phone fee per seat-month) × months × seats, then a price by margin
 * or markup. Figures come from a seat-quote file, from options, or both (options win).
 */
import { MAX_FILE_BYTES } from "../core/catalogue/limits";
import { seatQuoteSchema, type SeatQuoteFile } from "../core/catalogue/seatQuote";
import { D, toNumber, type Dec } from "../core/decimal";
import { readJson } from "../core/jsonText";
import { describe as describeError, type CoreError, type Result } from "../core/result";
import { formatExact, formatFixed, formatPercent } from "../core/formats/number";
import { schemaIssues, type SchemaIssue } from "../core/schemaIssues";
import { priceFromCost, seatCost } from "../core/seat";
import type { Lang } from "../core/sentences";
import type { OptionSpec, ParsedArgs } from "./args";
import { jsonText } from "./breakdownOutput";
import { say, tableHeader, type Words } from "./messages";
import { EXIT, issueLines, readText, usageError, type Outcome, type QuoteIO } from "./outcome";
import { renderTable } from "./table";

// The file format is the seat-quote catalogue's (src/core/catalogue/seatQuote.ts).
export { seatQuoteSchema, type SeatQuoteFile } from "../core/catalogue/seatQuote";

export const SEAT_OPTIONS: readonly OptionSpec[] = [
  { name: "daily-rate", kind: "string" },
  { name: "work-days", kind: "string" },
  { name: "months", kind: "string" },
  { name: "seats", kind: "string" },
  { name: "phone", kind: "string" },
  { name: "margin", kind: "string" },
  { name: "markup", kind: "string" },
  { name: "currency", kind: "string" },
];

type Field = "dailyRate" | "workDays" | "months" | "seats" | "phoneFeePerSeatMonth";

const FIELDS: readonly { field: Field; option: string; fallback?: string }[] = [
  { field: "dailyRate", option: "daily-rate" },
  { field: "workDays", option: "work-days", fallback: "22" },
  { field: "months", option: "months", fallback: "1" },
  { field: "seats", option: "seats", fallback: "1" },
  { field: "phoneFeePerSeatMonth", option: "phone", fallback: "0" },
];

/** A plain decimal number as typed on a command line: 220, 0.15, .5, 1e3. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Options that take a rate, as a fraction (0.15) or a percentage (15%). */
const RATE_OPTIONS: ReadonlySet<string> = new Set(["margin", "markup"]);

/** Is this file's text a seat-quote file (its "kind")? For a hint when "seat" was left out. */
export function isSeatQuoteText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "seatQuote";
  } catch {
    return false;
  }
}

interface Input {
  readonly value: Dec;
  /** Where the value came from, to name it in an error: "--daily-rate" or "file.json: dailyRate". */
  readonly source: string;
}

interface SeatInputs {
  readonly fields: Readonly<Record<Field, Input>>;
  readonly pricing?: { readonly method: "margin" | "markup"; readonly rate: Input };
  readonly currency: string;
  readonly name?: string;
}

function gather(args: ParsedArgs, lang: Lang, io: QuoteIO): { ok: true; inputs: SeatInputs } | { ok: false; outcome: Outcome } {
  const t = say(lang);
  const [file, ...extra] = args.positionals;
  if (extra.length > 0) return { ok: false, outcome: usageError(lang, t.cliTooManyFiles(extra.join(" "))) };
  let saved: SeatQuoteFile | undefined;
  if (file !== undefined) {
    const read = readText(io, file, lang);
    if (!read.ok) return read;
    const invalid = (issues: readonly SchemaIssue[]) => ({ ok: false, outcome: { ok: false, code: EXIT.badInput, lines: issueLines(t.cliInvalidSeatFile(file), issues, lang) } }) as const;
    const json = readJson(read.text, MAX_FILE_BYTES);
    if (!json.ok) return invalid(json.issues);
    const parsed = seatQuoteSchema.safeParse(json.value);
    if (!parsed.success) return invalid(schemaIssues(parsed.error, json.value));
    saved = parsed.data;
  }

  const number = (option: string): { ok: true; value?: Dec } | { ok: false; outcome: Outcome } => {
    const text = args.values.get(option);
    if (text === undefined) return { ok: true };
    // A rate may be typed as the wizard takes it: "15%" is exactly 0.15.
    const percent = RATE_OPTIONS.has(option) && text.endsWith("%");
    const digits = percent ? text.slice(0, -1).trim() : text;
    if (!NUMBER.test(digits)) return { ok: false, outcome: usageError(lang, t.cliNotANumber(`--${option}`, text)) };
    return { ok: true, value: percent ? new D(digits).div(100) : new D(digits) };
  };

  const fields = {} as Record<Field, Input>;
  for (const { field, option, fallback } of FIELDS) {
    const fromOption = number(option);
    if (!fromOption.ok) return fromOption;
    const fromFile = saved?.[field];
    if (fromOption.value !== undefined) fields[field] = { value: fromOption.value, source: `--${option}` };
    // A file's JSON number becomes a decimal through its shortest round-trip string (0.1 stays 0.1).
    else if (fromFile !== undefined) fields[field] = { value: new D(String(fromFile)), source: `${file ?? ""}: ${field}` };
    else if (fallback !== undefined) fields[field] = { value: new D(fallback), source: `--${option}` };
    else return { ok: false, outcome: usageError(lang, t.cliNeedDailyRate) };
  }

  const margin = number("margin");
  if (!margin.ok) return margin;
  const markup = number("markup");
  if (!markup.ok) return markup;
  if (margin.value !== undefined && markup.value !== undefined) return { ok: false, outcome: usageError(lang, t.cliBothPricing) };
  let pricing: SeatInputs["pricing"];
  if (margin.value !== undefined) pricing = { method: "margin", rate: { value: margin.value, source: "--margin" } };
  else if (markup.value !== undefined) pricing = { method: "markup", rate: { value: markup.value, source: "--markup" } };
  else if (saved?.pricing) pricing = { method: saved.pricing.method, rate: { value: new D(String(saved.pricing.rate)), source: `${file ?? ""}: pricing.rate` } };

  const currency = args.values.get("currency") ?? saved?.currency ?? "CNY";
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, outcome: usageError(lang, t.cliBadCurrency(currency)) };
  return { ok: true, inputs: { fields, pricing, currency, name: saved?.name } };
}

/** Name the bad input by where it came from (an option or the file's field), not the core's parameter name. */
function renamed(error: CoreError, inputs: SeatInputs): CoreError {
  const field = FIELDS.find((f) => f.field === error.arg);
  if (field) return { ...error, arg: inputs.fields[field.field].source };
  if (error.arg === "rate" && inputs.pricing) return { ...error, arg: inputs.pricing.rate.source };
  return error;
}

interface SeatFigures {
  readonly laborPerSeatMonth: Dec;
  readonly costPerSeatMonth: Dec;
  readonly totalCost: Dec;
  readonly pricePerSeatMonth?: Dec;
  readonly price?: Dec;
  readonly grossProfit?: Dec;
}

function compute(inputs: SeatInputs): Result<SeatFigures> {
  const { dailyRate, workDays, months, seats, phoneFeePerSeatMonth: phone } = inputs.fields;
  const one = new D(1);
  const labor = seatCost(dailyRate.value, workDays.value, one, one, new D(0));
  if (!labor.ok) return labor;
  const perSeatMonth = seatCost(dailyRate.value, workDays.value, one, one, phone.value);
  if (!perSeatMonth.ok) return perSeatMonth;
  const total = seatCost(dailyRate.value, workDays.value, months.value, seats.value, phone.value);
  if (!total.ok) return total;
  const figures = { laborPerSeatMonth: labor.value, costPerSeatMonth: perSeatMonth.value, totalCost: total.value };
  if (!inputs.pricing) return { ok: true, value: figures };
  const { method, rate } = inputs.pricing;
  // Price is linear in cost, so the per-seat-month price is the same rule applied to the per-seat-month cost.
  const pricePerSeatMonth = priceFromCost(perSeatMonth.value, rate.value, method);
  if (!pricePerSeatMonth.ok) return pricePerSeatMonth;
  const price = priceFromCost(total.value, rate.value, method);
  if (!price.ok) return price;
  return { ok: true, value: { ...figures, pricePerSeatMonth: pricePerSeatMonth.value, price: price.value, grossProfit: price.value.minus(total.value) } };
}

/** "1 month", "2 months"; "2 seats" (Chinese has no plural). */
function months(n: Dec, t: Words, lang: Lang): string {
  return t.cliMonths(formatExact(n, lang), n.eq(1));
}
function seats(n: Dec, t: Words, lang: Lang): string {
  return t.cliSeats(formatExact(n, lang), n.eq(1));
}

function labels(t: Words): Readonly<Record<keyof SeatFigures, string>> {
  return {
    laborPerSeatMonth: t.cliSeatLabor,
    costPerSeatMonth: t.cliSeatCostPerSeatMonth,
    totalCost: t.cliSeatTotalCost,
    pricePerSeatMonth: t.cliSeatPricePerSeatMonth,
    price: t.cliSeatPrice,
    grossProfit: t.cliSeatGrossProfit,
  };
}

function formulas(inputs: SeatInputs, t: Words, lang: Lang): Readonly<Record<keyof SeatFigures, string>> {
  const n = (d: Dec): string => formatExact(d, lang);
  const { dailyRate, workDays, phoneFeePerSeatMonth: phone } = inputs.fields;
  const rate = inputs.pricing ? `${formatPercent(inputs.pricing.rate.value, lang, true)}%` : "";
  const rule = inputs.pricing?.method === "markup" ? `× (1 + ${rate})` : `÷ (1 − ${rate})`;
  return {
    laborPerSeatMonth: `${n(dailyRate.value)} × ${n(workDays.value)}`,
    costPerSeatMonth: t.cliSeatCostFormula(n(dailyRate.value), n(workDays.value), n(phone.value)),
    totalCost: t.cliSeatTotalFormula(months(inputs.fields.months.value, t, lang), seats(inputs.fields.seats.value, t, lang)),
    pricePerSeatMonth: t.cliSeatPricePerSeatMonthFormula(rule),
    price: t.cliSeatPriceFormula(rule),
    grossProfit: t.cliSeatGrossProfitFormula,
  };
}

const KEYS: readonly (keyof SeatFigures)[] = ["laborPerSeatMonth", "costPerSeatMonth", "totalCost", "pricePerSeatMonth", "price", "grossProfit"];
const PER_SEAT_MONTH = new Set<keyof SeatFigures>(["laborPerSeatMonth", "costPerSeatMonth", "pricePerSeatMonth"]);

function table(f: SeatFigures, inputs: SeatInputs, lang: Lang, showFormulas: boolean, exact: boolean): string {
  const t = say(lang);
  const title = t.cliSeatTitle(inputs.name ?? t.cliSeatQuote, seats(inputs.fields.seats.value, t, lang), months(inputs.fields.months.value, t, lang));
  const label = labels(t);
  const words = formulas(inputs, t, lang);
  const rows = KEYS.filter((k) => f[k] !== undefined).map((k) => {
    const value = f[k] as Dec;
    const unit = PER_SEAT_MONTH.has(k) ? t.cliPerSeatMonth(inputs.currency) : inputs.currency;
    const row = [label[k], exact ? formatExact(value, lang) : formatFixed(value, 2, lang), unit];
    if (showFormulas) row.push(words[k]);
    return row;
  });
  const columns = showFormulas ? 4 : 3;
  return `${title}\n\n${renderTable(tableHeader(lang, showFormulas), rows, (["left", "decimal", "left", "left"] as const).slice(0, columns), lang)}`;
}

function json(f: SeatFigures, exact: boolean): { ok: true; text: string } | { ok: false; key: string; value: string } {
  const keys = KEYS.filter((k) => f[k] !== undefined);
  if (!exact) {
    // Beyond a double's range JSON.stringify would write null: refuse, naming the figure.
    const bad = keys.find((k) => !Number.isFinite(toNumber(f[k] as Dec)));
    if (bad) return { ok: false, key: bad, value: (f[bad] as Dec).toString() };
  }
  return { ok: true, text: jsonText({ seat: Object.fromEntries(keys.map((k) => [k, exact ? (f[k] as Dec).toFixed() : toNumber(f[k] as Dec)])) }) };
}

/** `quote seat [file] [options]`: the seat quote as a table or JSON. */
export function runSeat(args: ParsedArgs, lang: Lang, io: QuoteIO): Outcome {
  const gathered = gather(args, lang, io);
  if (!gathered.ok) return gathered.outcome;
  const inputs = gathered.inputs;
  const t = say(lang);
  const figures = compute(inputs);
  if (!figures.ok) return { ok: false, code: EXIT.badInput, lines: [t.cliSeatCannotCompute, `  ${describeError(renamed(figures.error, inputs), lang)}`] };
  const exact = args.flags.has("exact");
  if (args.flags.has("json")) {
    const out = json(figures.value, exact);
    if (!out.ok) return { ok: false, code: EXIT.badInput, lines: [t.cliSeatCannotCompute, `  ${t.cliTooLargeForJson(out.key, out.value)}`] };
    return { ok: true, stdout: out.text };
  }
  return { ok: true, stdout: table(figures.value, inputs, lang, args.flags.has("formulas"), exact) };
}

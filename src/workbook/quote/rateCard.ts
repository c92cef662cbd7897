/**
 * The rate card block: one row per billing model that applies — rate, rate with tax, unit words,
 * forecast units — the package's overage and base + commission's commission on a second row,
 * then the price for the period, the minimum fee and the prepayment. Every figure is a live
 * formula over the quote's inputs and the cost base, in the core's arithmetic (rateCard.ts):
 * P = C ÷ (1 − margin) or C × (1 + margin); rate = P ÷ units.
 */
import { ONE, type Dec } from "../../core/decimal";
import { moneyFormat, outputFormat, unitWords, type NumericUnit } from "../../core/formats/units";
import { modelName, modelUnitWords, MODELS, type ModelKey, type PricedModel } from "../../core/pricing";
import { PRICING } from "../../core/sentences/pricing";
import { abs } from "../plan/a1";
import { putFigure, type QuoteContext, type QuoteRefs } from "./context";
import { QUOTE_COLUMNS, type QuoteRows } from "./place";

const COL = QUOTE_COLUMNS;

/** A model's name; the outcome model by the file's outcome name ("Per lead", "按意向客户"). */
export function modelLabel(ctx: QuoteContext, key: ModelKey): string {
  return modelName(key, ctx.pricing.outcomeName, ctx.lang);
}

function modelUnit(ctx: QuoteContext, unit: NumericUnit): string {
  return modelUnitWords(unit, ctx.currency, ctx.pricing.outcomeName, ctx.lang);
}

/** The defined name of a model's rate cell. */
export const RATE_NAMES: Readonly<Record<ModelKey, string>> = {
  seatMonth: "seatMonthRate",
  personDay: "personDayRate",
  hour: "hourRate",
  talkMinute: "talkMinuteRate",
  answeredCall: "answeredCallRate",
  standardCall: "standardCallRate",
  outcome: "outcomeRate",
  package: "packageFee",
  baseCommission: "baseFeePerMonth",
};

/** P, the price for the period: the method's word decides; any other word shows #N/A. */
export function priceFormula(r: QuoteRefs): string {
  const m = r.input("margin");
  const method = r.input("method");
  return `IF(${method}="markup",${r.cost}*(1+${m}),IF(${method}="margin",${r.cost}/(1-${m}),NA()))`;
}

/** Forecast units of the models billed per unit (the core's forecastUnits). */
function unitsFormula(key: ModelKey, r: QuoteRefs): string {
  const seatMonths = `${r.input("seats")}*${r.months}`;
  switch (key) {
    case "seatMonth":
      return seatMonths;
    case "personDay":
      return `${seatMonths}*${r.input("billingDaysPerMonth")}`;
    case "hour":
      return `${r.units("personDay")}*${r.hoursPerDay}`;
    case "talkMinute":
      return r.talkMinutes;
    case "answeredCall":
      return r.answered;
    case "standardCall":
      return r.normalizedAnswers;
    case "outcome":
    case "baseCommission":
      return r.input("outcomes");
    case "package":
      return r.input("includedPerMonth");
  }
}

/** A model's rate: P ÷ units, the package's monthly fee, base + commission's base fee per month. */
function rateFormula(key: ModelKey, r: QuoteRefs): string {
  if (key === "package") return `MIN(${r.input("includedPerMonth")},${r.callsPerMonth})*${r.rate("answeredCall")}`;
  if (key === "baseCommission") return `${r.input("baseShare")}*${r.price}/${r.months}`;
  return `${r.price}/${r.units(key)}`;
}

const withTax = (ref: string, r: QuoteRefs): string => `${ref}*(1+${r.taxRate})`;

/** Where each model's rate and units sit (rows from the layout). */
export function rateCardRefs(rows: QuoteRows): Pick<QuoteRefs, "price" | "priceWithTax" | "minimumFee" | "prepayment" | "rate" | "units" | "overageRate" | "commission"> {
  const row = (key: string): number => {
    const r = rows.model.get(key as ModelKey);
    if (r === undefined) throw new Error(`quote: no rate card row for ${key}`); // a programming error
    return r;
  };
  return {
    price: abs(COL.value, rows.price),
    priceWithTax: abs(COL.withTax, rows.price),
    minimumFee: abs(COL.value, rows.minimumFee),
    prepayment: abs(COL.withTax, rows.prepayment),
    rate: (key) => abs(COL.value, row(key)),
    units: (key) => abs(COL.forecast, row(key)),
    overageRate: () => abs(COL.value, row("package") + 1),
    commission: () => abs(COL.value, row("baseCommission") + 1),
  };
}

export function writeRateCard(ctx: QuoteContext, rows: QuoteRows, r: QuoteRefs): void {
  const { sheet, q, words, currency } = ctx;
  const p = ctx.core?.pricing;
  const tax = p ? ONE.plus(p.inputs.taxRate) : undefined;
  sheet.text(COL.label, rows.cardSection, q.quoteRateCard, "section");
  const headers: [string, string][] = [[COL.label, q.quoteColModel], [COL.value, q.quoteColRate], [COL.withTax, q.quoteColWithTax], [COL.unit, words.sheetUnit], [COL.forecast, q.quoteColForecast]];
  for (const [c, h] of headers) sheet.text(c, rows.cardHeader, h, "header");

  /** One row: label, rate, rate with tax, unit words (and forecast units when given). */
  const line = (key: string, row: number, label: string, unit: NumericUnit, rate: string, expected: Dec | undefined, units?: { formula: string; expected: Dec | undefined }): void => {
    sheet.text(COL.label, row, label, "label");
    const format = outputFormat(unit, currency);
    putFigure(ctx, COL.value, row, { key: `rate.${key}`, kind: "money", formula: rate, expected, numberFormat: format });
    putFigure(ctx, COL.withTax, row, { key: `withTax.${key}`, kind: "money", formula: withTax(abs(COL.value, row), r), expected: expected && tax ? expected.times(tax) : undefined, numberFormat: format });
    sheet.text(COL.unit, row, modelUnit(ctx, unit), "unit");
    if (units) putFigure(ctx, COL.forecast, row, { key: `units.${key}`, kind: "count", formula: units.formula, expected: units.expected, numberFormat: outputFormat("count", currency) });
  };

  for (const [key, row] of rows.model) {
    const m: PricedModel | undefined = p?.models.find((x) => x.key === key);
    line(key, row, modelLabel(ctx, key), MODELS[key].unit, rateFormula(key, r), m?.rate, { formula: unitsFormula(key, r), expected: m?.units });
    sheet.name(RATE_NAMES[key], COL.value, row);
    if (key === "package") {
      line("overage", row + 1, PRICING.modelPackageOverage[ctx.lang], "moneyPerCall", r.rate("answeredCall"), m?.overageRate);
      sheet.name("overageRate", COL.value, row + 1);
    }
    if (key === "baseCommission") {
      line("commission", row + 1, PRICING.modelCommission[ctx.lang], "moneyPerOutcome", `(1-${r.input("baseShare")})*${r.price}/${r.input("outcomes")}`, m?.commissionPerOutcome);
      sheet.name("commissionPerOutcome", COL.value, row + 1);
    }
  }

  const money = moneyFormat(currency);
  const unit = unitWords("money", currency, ctx.lang);
  sheet.text(COL.label, rows.price, q.quotePrice, "label");
  putFigure(ctx, COL.value, rows.price, { key: "price", kind: "money", formula: priceFormula(r), expected: p?.price, numberFormat: money });
  putFigure(ctx, COL.withTax, rows.price, { key: "priceWithTax", kind: "money", formula: withTax(r.price, r), expected: p?.priceWithTax, numberFormat: money });
  sheet.text(COL.unit, rows.price, unit, "unit");
  sheet.text(COL.label, rows.minimumFee, q.quoteMinimumFee, "label");
  putFigure(ctx, COL.value, rows.minimumFee, { key: "minimumFee", kind: "money", formula: `${r.rate("seatMonth")}*${r.input("minSeats")}*${r.input("minMonths")}`, expected: p?.minimumFee, numberFormat: money });
  sheet.text(COL.unit, rows.minimumFee, unit, "unit");
  sheet.text(COL.label, rows.prepayment, q.quotePrepayment, "label");
  putFigure(ctx, COL.withTax, rows.prepayment, { key: "prepayment", kind: "money", formula: `${r.priceWithTax}/${r.months}*${r.input("prepayMonths")}`, expected: p?.prepayment, numberFormat: money });
  sheet.text(COL.unit, rows.prepayment, unit, "unit");
  sheet.name("price", COL.value, rows.price);
  sheet.name("priceWithTax", COL.withTax, rows.price);
  sheet.name("minimumFee", COL.value, rows.minimumFee);
  sheet.name("prepayment", COL.withTax, rows.prepayment);
}

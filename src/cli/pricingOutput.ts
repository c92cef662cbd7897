/**
 * The rate card as the CLI prints it after the breakdown (zh or en, aligned like the breakdown
 * table, numbers through the core's formats), and the `pricing` object of --json.
 */
import type { Breakdown } from "../core/breakdown.types";
import { toNumber, type Dec } from "../core/decimal";
import { formatExact, formatNumber, formatUpTo } from "../core/formats/number";
import { unitWords, type NumericUnit } from "../core/formats/units";
import { MODELS, type PricedModel, type Pricing } from "../core/pricing";
import { inLang, pick, type Lang } from "../core/sentences";
import { CLI_PRICING } from "../core/sentences/cliPricing";
import { PRICING } from "../core/sentences/pricing";
import { breakdownValue, jsonText, type JsonRefusal } from "./breakdownOutput";
import { say, tableHeader } from "./messages";
import { renderTable, type Align } from "./table";

export interface PricingTableOptions {
  readonly lang: Lang;
  readonly currency: string;
  readonly exact: boolean;
}

const WORDS = { en: { ...inLang(CLI_PRICING, "en"), ...inLang(PRICING, "en") }, zh: { ...inLang(CLI_PRICING, "zh"), ...inLang(PRICING, "zh") } } as const;

/** A share as a percentage with its sign: "15.00%" (every digit with --exact). */
function percent(value: Dec, o: PricingTableOptions): string {
  return `${formatNumber(value, "ratio", o.lang, o.exact)}%`;
}

/** A volume ratio as a column heading: "70%", "110%". */
function ratioHeading(value: Dec, o: PricingTableOptions): string {
  const pct = value.times(100);
  return `${o.exact ? formatExact(pct, o.lang) : formatUpTo(pct, 2, o.lang)}%`;
}

function modelLabel(m: PricedModel, p: Pricing, lang: Lang): string {
  const name = p.inputs.outcomeName;
  return m.key === "outcome" && name !== undefined ? WORDS[lang].modelOutcomeNamed(name) : pick(MODELS[m.key].label, lang);
}

/** Unit words; an outcome named in the file is said by its name ("CNY/意向客户"). */
function words(unit: NumericUnit, p: Pricing, o: PricingTableOptions): string {
  const name = p.inputs.outcomeName;
  return unit === "moneyPerOutcome" && name !== undefined ? `${o.currency}/${name}` : unitWords(unit, o.currency, o.lang);
}

function rateRows(p: Pricing, o: PricingTableOptions): string[][] {
  const tax = p.inputs.taxRate.plus(1);
  const row = (label: string, rate: Dec, unit: NumericUnit, units: Dec | undefined): string[] => [
    label,
    formatNumber(rate, unit, o.lang, o.exact),
    formatNumber(rate.times(tax), unit, o.lang, o.exact),
    words(unit, p, o),
    units === undefined ? "" : formatNumber(units, "count", o.lang, o.exact),
  ];
  const w = WORDS[o.lang];
  return p.models.flatMap((m) => {
    const first = row(modelLabel(m, p, o.lang), m.rate, MODELS[m.key].unit, m.units);
    if (m.overageRate !== undefined) return [first, row(w.modelPackageOverage, m.overageRate, "moneyPerCall", undefined)];
    if (m.commissionPerOutcome !== undefined) return [first, row(w.modelCommission, m.commissionPerOutcome, "moneyPerOutcome", undefined)];
    return [first];
  });
}

function summaryRows(p: Pricing, o: PricingTableOptions): string[][] {
  const t = say(o.lang);
  const w = WORDS[o.lang];
  const x = p.inputs;
  const count = (d: Dec): string => formatNumber(d, "count", o.lang, o.exact);
  const months = (d: Dec): string => t.cliMonths(count(d), d.eq(1));
  const money = (label: string, value: Dec): string[] => [label, formatNumber(value, "money", o.lang, o.exact), unitWords("money", o.currency, o.lang)];
  return [
    money(w.cliPriceForPeriod, p.price),
    money(w.cliPriceWithTax, p.priceWithTax),
    money(w.cliPriceMinimumFee(`${t.cliSeats(count(x.minSeats), x.minSeats.eq(1))} × ${months(x.minMonths)}`), p.minimumFee),
    money(w.cliPricePrepayment(months(x.prepayMonths)), p.prepayment),
  ];
}

function riskTable(p: Pricing, o: PricingTableOptions, worst: boolean): string {
  const w = WORDS[o.lang];
  const header = [w.cliPriceColumnModel, ...p.volumeRatios.map((v) => ratioHeading(v, o)), ...(worst ? [] : [w.cliRiskBreakEven])];
  const rows = p.models.map((m) => {
    const cells = (worst ? m.worstMargin : m.margin).map((x) => percent(x, o));
    const breakEven = m.breakEvenVolumeRatio === null ? w.cliRiskNoBreakEven : percent(m.breakEvenVolumeRatio, o);
    return [modelLabel(m, p, o.lang), ...cells, ...(worst ? [] : [breakEven])];
  });
  const aligns: Align[] = ["left", ...header.slice(1).map((): Align => "decimal")];
  return renderTable(header, rows, aligns, o.lang);
}

/** The rate card, its totals and the risk tables, each after a blank line (to follow the breakdown). */
export function pricingTables(p: Pricing, o: PricingTableOptions): string {
  const w = WORDS[o.lang];
  const x = p.inputs;
  const heading = (x.method === "markup" ? w.cliPriceCardMarkup : w.cliPriceCardMargin)(percent(x.margin, o));
  const cardHeader = [w.cliPriceColumnModel, w.cliPriceColumnRate, w.cliPriceColumnWithTax, say(o.lang).cliColumnUnit, w.cliPriceColumnForecast];
  const card = renderTable(cardHeader, rateRows(p, o), ["left", "decimal", "decimal", "left", "decimal"], o.lang);
  const summary = renderTable(tableHeader(o.lang, false), summaryRows(p, o), ["left", "decimal", "left"], o.lang);
  const sections = [`${heading}\n\n${card}`, summary, `${w.cliRiskMargin}\n\n${riskTable(p, o, false)}`];
  if (x.penaltyCapRate.plus(x.holdbackRate).gt(0)) sections.push(`${w.cliRiskWorst(percent(x.penaltyCapRate, o), percent(x.holdbackRate, o))}\n\n${riskTable(p, o, true)}`);
  return `\n${sections.join("\n")}`;
}

// ---------------------------------------------------------------- --json

type JsonFigure = number | string | null;

/** The `pricing` object as the contract shows it; a figure JSON cannot hold is refused by its key. */
export function pricingValue(p: Pricing, exact: boolean): { ok: true; value: Record<string, unknown> } | JsonRefusal {
  let refused: JsonRefusal | undefined;
  const figure = (d: Dec | null, key: string): JsonFigure => {
    if (d === null) return null;
    if (exact) return d.toFixed();
    const n = toNumber(d);
    if (!Number.isFinite(n)) refused ??= { ok: false, key, value: d.toString() };
    return n;
  };
  const list = (ds: readonly Dec[], key: string): JsonFigure[] => ds.map((d, i) => figure(d, `${key}[${i}]`));
  const models = Object.fromEntries(
    p.models.map((m) => {
      const k = `pricing.models.${m.key}`;
      const extra = m.overageRate !== undefined ? { overageRate: figure(m.overageRate, `${k}.overageRate`) } : m.commissionPerOutcome !== undefined ? { commissionPerOutcome: figure(m.commissionPerOutcome, `${k}.commissionPerOutcome`) } : {};
      return [
        m.key,
        {
          rate: figure(m.rate, `${k}.rate`),
          rateWithTax: figure(m.rateWithTax, `${k}.rateWithTax`),
          ...extra,
          units: figure(m.units, `${k}.units`),
          breakEvenVolumeRatio: figure(m.breakEvenVolumeRatio, `${k}.breakEvenVolumeRatio`),
          revenue: list(m.revenue, `${k}.revenue`),
          margin: list(m.margin, `${k}.margin`),
          worstMargin: list(m.worstMargin, `${k}.worstMargin`),
        },
      ];
    }),
  );
  const value = {
    price: figure(p.price, "pricing.price"),
    priceWithTax: figure(p.priceWithTax, "pricing.priceWithTax"),
    minimumFee: figure(p.minimumFee, "pricing.minimumFee"),
    prepayment: figure(p.prepayment, "pricing.prepayment"),
    volumeRatios: list(p.volumeRatios, "pricing.volumeRatios"),
    models,
  };
  return refused ?? { ok: true, value };
}

/** `{ "breakdown": …, "pricing": … }`, the breakdown exactly as without pricing. */
export function quoteJson(b: Breakdown, p: Pricing, exact: boolean): { ok: true; text: string } | JsonRefusal {
  const breakdown = breakdownValue(b, exact);
  if (!breakdown.ok) return breakdown;
  const pricing = pricingValue(p, exact);
  return pricing.ok ? { ok: true, text: jsonText({ breakdown: breakdown.value, pricing: pricing.value }) } : pricing;
}

/**
 * The rate card in the pane: per billing model its name, its unit in words with the forecast
 * units under it, the rate and the rate with tax (in the unit's decimals, as the CLI and the quote
 * sheet print them); the package's overage and base + commission's commission on a row of their
 * own; then the price for the period, with tax, the minimum fee and the prepayment. Three
 * columns so that it fits the narrowest pane without scrolling.
 */
import { formatNumber, formatValue, MODELS, modelName, modelUnitWords, type Dec, type NumericUnit, type Pricing } from "../../core";
import { useFields } from "../fields";
import { useStyles } from "../styles";
import { TableHead } from "../TableHead";
import { usePriceWords } from "./words";

interface Row {
  readonly id: string;
  readonly name: string;
  readonly unit: NumericUnit;
  readonly rate: Dec;
  readonly units: Dec | undefined;
}

function rows(pricing: Pricing, w: ReturnType<typeof usePriceWords>, lang: "en" | "zh"): Row[] {
  const outcome = pricing.inputs.outcomeName;
  return pricing.models.flatMap((m): Row[] => {
    const first: Row = { id: m.key, name: modelName(m.key, outcome, lang), unit: MODELS[m.key].unit, rate: m.rate, units: m.units };
    if (m.overageRate !== undefined) return [first, { id: "packageOverage", name: w.modelPackageOverage, unit: "moneyPerCall", rate: m.overageRate, units: undefined }];
    if (m.commissionPerOutcome !== undefined) return [first, { id: "commission", name: w.modelCommission, unit: "moneyPerOutcome", rate: m.commissionPerOutcome, units: undefined }];
    return [first];
  });
}

export function RateCard(p: { readonly pricing: Pricing; readonly currency: string }): JSX.Element {
  const { lang } = useFields();
  const w = usePriceWords();
  const s = useStyles();
  const x = p.pricing.inputs;
  const tax = x.taxRate.plus(1);
  const percent = (d: Dec): string => formatValue(d, "ratio", p.currency, lang);
  const money = (d: Dec): string => formatValue(d, "money", p.currency, lang);
  const count = (d: Dec): string => formatNumber(d, "count", lang);
  const months = (d: Dec): string => w.cliMonths(count(d), d.eq(1));
  const heading = (x.method === "markup" ? w.cliPriceCardMarkup : w.cliPriceCardMargin)(percent(x.margin));
  const totals: [string, string, Dec][] = [
    ["price", w.quotePrice, p.pricing.price],
    ["priceWithTax", w.cliPriceWithTax, p.pricing.priceWithTax],
    ["minimumFee", w.cliPriceMinimumFee(`${w.cliSeats(count(x.minSeats), x.minSeats.eq(1))} × ${months(x.minMonths)}`), p.pricing.minimumFee],
    ["prepayment", w.cliPricePrepayment(months(x.prepayMonths)), p.pricing.prepayment],
  ];
  return (
    <section className={s.section} aria-labelledby="cc-rate-h">
      <h3 id="cc-rate-h" className={s.subheading}>
        {heading}
      </h3>
      <table className={s.table} data-testid="rate-card">
        <caption className={s.srOnly}>{heading}</caption>
        <TableHead
          columns={[
            { key: "model", label: w.quoteColModel },
            { key: "rate", label: w.quoteColRate },
            { key: "withTax", label: w.quoteColWithTax },
          ]}
        />
        <tbody>
          {rows(p.pricing, w, lang).map((r) => {
            const unit = modelUnitWords(r.unit, p.currency, x.outcomeName, lang);
            return (
              <tr key={r.id} data-model={r.id}>
                <th scope="row" className={s.th}>
                  {r.name}
                  <span className={s.formula}>{r.units === undefined ? unit : w.panePriceUnitLine(unit, count(r.units))}</span>
                </th>
                <td className={s.td} data-rate={r.id}>
                  {formatNumber(r.rate, r.unit, lang)}
                </td>
                <td className={s.td} data-rate-with-tax={r.id}>
                  {formatNumber(r.rate.times(tax), r.unit, lang)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className={s.table} data-testid="price-totals">
        <caption className={s.srOnly}>{w.quotePrice}</caption>
        <tbody>
          {totals.map(([id, label, value]) => (
            <tr key={id} className={id === "price" ? s.total : undefined}>
              <th scope="row" className={s.th}>
                {label}
              </th>
              <td className={s.td} data-total={id}>
                {money(value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

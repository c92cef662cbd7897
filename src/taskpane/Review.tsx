/**
 * Step 5: the core's breakdown (same keys, labels and values as computeBreakdown), its cost
 * composition and utilisation, the seat-vs-minute comparison, and the workbook action.
 */
import { Field, Link, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { formatFixed, formatMoney, formatNumber, formatValue, isBid, pick, unitWords, UNITS, type AnyScenario, type Breakdown, type BreakdownKey, type Dec, type ForecastResult, type Lang, type Scenario } from "../core";
import { BidReview } from "./bid/BidReview";
import { CompositionChart } from "./Chart";
import type { Draft, Issue } from "./draft";
import { TextField, useFields } from "./fields";
import { labelOfPath } from "./labels";
import type { SeatDraft, SeatView } from "./seatview";
import { useStyles } from "./styles";
import { TableHead } from "./TableHead";

const EMPHASIS: ReadonlySet<BreakdownKey> = new Set(["totalCost", "totalCostWithTax", "costPerAnswer", "costPerMinute"]);

/** Minutes in prose: the unit's decimals and words ("5,315,462.17 min", "5,315,462.17 分钟"). */
function minutes(value: Dec, currency: string, lang: Lang): string {
  return `${formatNumber(value, "minutes", lang)} ${unitWords("minutes", currency, lang)}`;
}

export function BreakdownTable(p: { readonly breakdown: Breakdown; readonly currency: string }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <table className={s.table} data-testid="breakdown">
      <caption className={s.srOnly}>{t.paneBreakdown}</caption>
      <TableHead
        columns={[
          { key: "item", label: t.paneItem },
          { key: "value", label: t.paneValue },
        ]}
      />
      <tbody>
        {p.breakdown.lines.map((line) => (
          <tr key={line.key} className={EMPHASIS.has(line.key) ? s.total : undefined}>
            <th scope="row" className={s.th} data-label-key={line.key}>
              {pick(line.label, lang)}
              <span className={s.formula}>{pick(line.formula, lang)}</span>
            </th>
            <td className={s.td} data-key={line.key}>
              {formatValue(line.value, line.unit, p.currency, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The problems in the way, each a link to its field; `intro` says what they stop. */
export function Problems(p: { readonly issues: readonly Issue[]; readonly draft: Draft; readonly goTo: (path: string) => void; readonly intro?: string }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {p.intro ?? t.paneFixFirst}
        <ul className={s.list} data-testid="problems">
          {p.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              {/* A link in looks and keys (underlined, pointer, focus ring); a button in the DOM, as it acts here. */}
              <Link as="button" inline onClick={() => p.goTo(issue.path)} className={s.problemLink}>
                {labelOfPath(issue.path, p.draft, t, lang)}
              </Link>
              {`: ${pick(issue.message, lang)}`}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

function SeatComparison(p: {
  readonly scenario: Scenario;
  readonly breakdown: Breakdown;
  readonly seat: SeatDraft;
  readonly setSeat: (patch: Partial<SeatDraft>) => void;
  readonly view: SeatView | undefined;
}): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const cur = p.scenario.currency;
  const v = p.view;
  const money = (x: Dec): string => formatMoney(x, cur, lang);
  const perMinute = (x: Dec): string => formatMoney(x, cur, lang, UNITS.moneyPerMinute.decimals);
  return (
    <section className={s.section} aria-labelledby="cc-seat-h">
      <h3 id="cc-seat-h" className={s.subheading}>
        {t.paneSeatVsMinute}
      </h3>
      <p className={s.hint}>{t.paneSeatExplain}</p>
      <div className={s.cards}>
        <div className={s.card} data-testid="seat-card">
          <h4 className={s.subheading}>{t.paneSeatView}</h4>
          <TextField path="seat.dailyRate" label={t.paneDailyRate} numeric value={p.seat.dailyRate} onChange={(dailyRate) => p.setSeat({ dailyRate })} />
          <TextField path="seat.workDays" label={t.paneWorkDays} numeric value={p.seat.workDays} onChange={(workDays) => p.setSeat({ workDays })} />
          <TextField path="seat.phoneFee" label={t.panePhoneFee} numeric value={p.seat.phoneFee} onChange={(phoneFee) => p.setSeat({ phoneFee })} />
          {v && (
            <>
              <div>
                {t.paneSeatMonthPrice}
                <p className={s.figure} data-testid="seat-month-price">
                  {money(v.seatMonthPrice)}
                </p>
              </div>
              <div>
                {t.paneSeatTotal(String(p.scenario.staffing.agents), String(p.scenario.staffing.months))}
                <p className={s.figure}>{money(v.seatTotal)}</p>
              </div>
            </>
          )}
        </div>
        <div className={s.card} data-testid="minute-card">
          <h4 className={s.subheading}>{t.paneMinuteView}</h4>
          <TextField
            path="seat.perMinutePrice"
            label={t.panePerMinutePrice}
            hint={t.panePerMinuteHint(perMinute(p.breakdown.values.costPerMinuteWithTax))}
            numeric
            placeholder={p.breakdown.values.costPerMinuteWithTax.toDecimalPlaces(4).toString()}
            value={p.seat.perMinutePrice}
            onChange={(perMinutePrice) => p.setSeat({ perMinutePrice })}
          />
          {v && (
            <div>
              {t.paneMinuteTotal(minutes(p.breakdown.values.talkMinutes, cur, lang))}
              <p className={s.figure}>{money(v.minuteTotal)}</p>
            </div>
          )}
        </div>
      </div>
      {v && (
        <div className={s.card} data-testid="break-even">
          <h4 className={s.subheading}>{t.paneBreakEven}</h4>
          <p className={s.figure}>
            <span data-testid="break-even-minutes">{formatFixed(v.breakEvenMinutes, UNITS.minutes.decimals, lang)}</span>{" "}
            <span className={s.figureUnit}>{t.paneBreakEvenUnit}</span>
          </p>
          <p className={s.pre}>
            {t.paneBreakEvenText(minutes(v.breakEvenMinutes, cur, lang), money(v.seatMonthPrice), perMinute(v.perMinutePrice))}{" "}
            {t.paneActualPerSeat(minutes(v.actualMinutesPerSeatMonth, cur, lang))}{" "}
            {v.better === "seat" ? t.paneSeatWins : v.better === "minute" ? t.paneMinuteWins : t.paneEvenWins}{" "}
            {t.paneCostPerSeatMonth(money(v.costPerSeatMonthWithTax))}
          </p>
        </div>
      )}
    </section>
  );
}

export interface ReviewProps {
  readonly draft: Draft;
  readonly scenario: AnyScenario | undefined;
  readonly breakdown: Breakdown | undefined;
  /** A bid's staffing and monthly table. */
  readonly forecast?: ForecastResult;
  readonly issues: readonly Issue[];
  readonly seat: SeatDraft;
  readonly setSeat: (patch: Partial<SeatDraft>) => void;
  readonly seatView: SeatView | undefined;
  readonly goTo: (path: string) => void;
}

export function Review(p: ReviewProps): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  if (!p.scenario || !p.breakdown || p.issues.length > 0) {
    return <Problems issues={p.issues} draft={p.draft} goTo={p.goTo} />;
  }
  if (isBid(p.scenario)) return p.forecast ? <BidReview scenario={p.scenario} breakdown={p.breakdown} forecast={p.forecast} /> : <></>;
  const b = p.breakdown;
  const cur = p.scenario.currency;
  const util = b.values.utilization;
  return (
    <div className={s.section}>
      <section className={s.section} aria-labelledby="cc-breakdown-h">
        <h3 id="cc-breakdown-h" className={s.subheading}>
          {t.paneBreakdown}
        </h3>
        <BreakdownTable breakdown={b} currency={cur} />
      </section>
      <div className={s.cards}>
        <section className={s.section} aria-labelledby="cc-comp-h">
          <h3 id="cc-comp-h" className={s.subheading}>
            {t.paneComposition}
          </h3>
          <CompositionChart breakdown={b} lang={lang} currency={cur} title={t.paneComposition} describe={t.paneCompositionDesc} />
        </section>
        <section className={s.section} aria-labelledby="cc-util-h">
          <h3 id="cc-util-h" className={s.subheading}>
            {t.paneUtilisation}
          </h3>
          <Field label={formatValue(util, "ratio", cur, lang)} hint={t.paneUtilisationText(minutes(b.values.talkMinutes, cur, lang), minutes(b.values.paidMinutes, cur, lang))}>
            {/* A double is fine for a bar's length; over 100 % is shown full (the text says how much). */}
            <ProgressBar value={Math.min(1, util.toNumber())} max={1} thickness="large" />
          </Field>
        </section>
      </div>
      <SeatComparison scenario={p.scenario} breakdown={b} seat={p.seat} setSeat={p.setSeat} view={p.seatView} />
    </div>
  );
}

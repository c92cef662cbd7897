/**
 * Step 5: the core's breakdown (same keys, labels and values as computeBreakdown), its cost
 * composition and utilisation, the seat-vs-minute comparison, and the workbook action.
 */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { Breakdown, BreakdownKey, Scenario } from "../core";
import { CompositionChart } from "./Chart";
import type { Draft, Issue } from "./draft";
import { TextField, useFields } from "./fields";
import { formatGrouped, formatMoney, formatPercent, formatValue } from "./format";
import { pick } from "./i18n";
import { labelOfPath } from "./labels";
import type { SeatDraft, SeatView } from "./seatview";
import { useStyles } from "./styles";

const EMPHASIS: ReadonlySet<BreakdownKey> = new Set(["totalCost", "totalCostWithTax", "costPerAnswer", "costPerMinute"]);

export function BreakdownTable(p: { readonly breakdown: Breakdown; readonly currency: string }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <table className={s.table} data-testid="breakdown">
      <caption className={s.srOnly}>{t.breakdown}</caption>
      <thead>
        <tr>
          <th scope="col" className={s.thHead}>
            {t.item}
          </th>
          <th scope="col" className={s.thHead} style={{ textAlign: "right" }}>
            {t.value}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.breakdown.lines.map((line) => (
          <tr key={line.key} className={EMPHASIS.has(line.key) ? s.total : undefined}>
            <th scope="row" className={s.th} data-label-key={line.key}>
              {pick(line.label, lang)}
              <span className={s.formula}>{pick(line.formula, lang)}</span>
            </th>
            <td className={s.td} data-key={line.key}>
              {formatValue(line.value, line.unit, p.currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Problems(p: { readonly issues: readonly Issue[]; readonly draft: Draft; readonly goTo: (path: string) => void }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {t.fixFirst}
        <ul className={s.list} data-testid="problems">
          {p.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <Button appearance="transparent" size="small" onClick={() => p.goTo(issue.path)} style={{ padding: 0, minWidth: 0, textAlign: "left" }}>
                {labelOfPath(issue.path, p.draft, t, lang)}
              </Button>
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
  const { t } = useFields();
  const s = useStyles();
  const cur = p.scenario.currency;
  const v = p.view;
  const perMinuteCost = formatMoney(p.breakdown.values.costPerMinuteWithTax, cur, 4);
  return (
    <section className={s.section} aria-labelledby="cc-seat-h">
      <h3 id="cc-seat-h" className={s.subheading}>
        {t.seatVsMinute}
      </h3>
      <p className={s.hint}>{t.seatExplain}</p>
      <div className={s.cards}>
        <div className={s.card} data-testid="seat-card">
          <h4 className={s.subheading}>{t.seatView}</h4>
          <TextField path="seat.dailyRate" label={t.dailyRate} numeric value={p.seat.dailyRate} onChange={(dailyRate) => p.setSeat({ dailyRate })} />
          <TextField path="seat.workDays" label={t.workDays} numeric value={p.seat.workDays} onChange={(workDays) => p.setSeat({ workDays })} />
          <TextField path="seat.phoneFee" label={t.phoneFee} numeric value={p.seat.phoneFee} onChange={(phoneFee) => p.setSeat({ phoneFee })} />
          {v && (
            <>
              <div>
                {t.seatMonthPrice}
                <p className={s.figure} data-testid="seat-month-price">
                  {formatMoney(v.seatMonthPrice, cur)}
                </p>
              </div>
              <div>
                {t.seatTotal(String(p.scenario.staffing.agents), String(p.scenario.staffing.months))}
                <p className={s.figure}>{formatMoney(v.seatTotal, cur)}</p>
              </div>
            </>
          )}
        </div>
        <div className={s.card} data-testid="minute-card">
          <h4 className={s.subheading}>{t.minuteView}</h4>
          <TextField
            path="seat.perMinutePrice"
            label={t.perMinutePrice}
            hint={t.perMinuteHint(perMinuteCost)}
            numeric
            placeholder={p.breakdown.values.costPerMinuteWithTax.toDecimalPlaces(4).toString()}
            value={p.seat.perMinutePrice}
            onChange={(perMinutePrice) => p.setSeat({ perMinutePrice })}
          />
          {v && (
            <div>
              {t.minuteTotal(formatGrouped(p.breakdown.values.talkMinutes, 0))}
              <p className={s.figure}>{formatMoney(v.minuteTotal, cur)}</p>
            </div>
          )}
        </div>
      </div>
      {v && (
        <div className={s.card} data-testid="break-even">
          <h4 className={s.subheading}>{t.breakEven}</h4>
          <p className={s.figure} data-testid="break-even-minutes">
            {formatGrouped(v.breakEvenMinutes, 2)}
          </p>
          <p className={s.pre}>
            {t.breakEvenText(formatGrouped(v.breakEvenMinutes, 2), formatMoney(v.seatMonthPrice, cur), formatMoney(v.perMinutePrice, cur, 4))}{" "}
            {t.actualPerSeat(formatGrouped(v.actualMinutesPerSeatMonth, 2))}{" "}
            {v.better === "seat" ? t.seatWins : v.better === "minute" ? t.minuteWins : t.evenWins}{" "}
            {t.costPerSeatMonth(formatMoney(v.costPerSeatMonthWithTax, cur))}
          </p>
        </div>
      )}
    </section>
  );
}

export interface ReviewProps {
  readonly draft: Draft;
  readonly scenario: Scenario | undefined;
  readonly breakdown: Breakdown | undefined;
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
  const b = p.breakdown;
  const cur = p.scenario.currency;
  const util = b.values.utilization;
  return (
    <div className={s.section}>
      <section className={s.section} aria-labelledby="cc-breakdown-h">
        <h3 id="cc-breakdown-h" className={s.subheading}>
          {t.breakdown}
        </h3>
        <BreakdownTable breakdown={b} currency={cur} />
      </section>
      <div className={s.cards}>
        <section className={s.section} aria-labelledby="cc-comp-h">
          <h3 id="cc-comp-h" className={s.subheading}>
            {t.composition}
          </h3>
          <CompositionChart breakdown={b} lang={lang} currency={cur} title={t.composition} describe={t.compositionDesc} />
        </section>
        <section className={s.section} aria-labelledby="cc-util-h">
          <h3 id="cc-util-h" className={s.subheading}>
            {t.utilisation}
          </h3>
          <Field label={formatPercent(util)} hint={t.utilisationText(formatGrouped(b.values.talkMinutes, 0), formatGrouped(b.values.paidMinutes, 0))}>
            {/* A double is fine for a bar's length; over 100 % is shown full (the text says how much). */}
            <ProgressBar value={Math.min(1, util.toNumber())} max={1} thickness="large" />
          </Field>
        </section>
      </div>
      <SeatComparison scenario={p.scenario} breakdown={b} seat={p.seat} setSeat={p.setSeat} view={p.seatView} />
    </div>
  );
}

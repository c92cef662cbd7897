/**
 * The review of a bid: the staffing curve, the monthly table with its chart, and the same
 * breakdown as for actuals — all the core's (computeForecast), shown as it computed them.
 */
import type { BidScenario, Breakdown, ForecastResult } from "../../core";
import { useFields } from "../fields";
import { BreakdownTable } from "../Review";
import { useStyles } from "../styles";
import { MonthlyTable } from "./MonthlyTable";
import { StaffingCurve } from "./StaffingCurve";

export interface BidReviewProps {
  readonly scenario: BidScenario;
  readonly breakdown: Breakdown;
  readonly forecast: ForecastResult;
}

export function BidReview(p: BidReviewProps): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <div className={s.section} data-testid="bid-review">
      <StaffingCurve scenario={p.scenario} forecast={p.forecast} />
      <MonthlyTable forecast={p.forecast} currency={p.scenario.currency} />
      <section className={s.section} aria-labelledby="cc-breakdown-h">
        <h3 id="cc-breakdown-h" className={s.subheading}>
          {t.paneBreakdown}
        </h3>
        <BreakdownTable breakdown={p.breakdown} currency={p.scenario.currency} />
      </section>
    </div>
  );
}

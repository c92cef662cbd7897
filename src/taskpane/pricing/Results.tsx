/**
 * Below step 6's form: the rate card and the volume risk of the draft as it stands, computed by
 * the core (priceScenario: actuals or a bid) on every edit. Until the scenario is complete the problems are
 * listed, each a link to its field; until something is priced, a line says how to start.
 */
import { useMemo } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { pick, priceScenario, type AnyScenario, type Breakdown, type ForecastResult } from "../../core";
import type { Draft, Issue } from "../draft";
import { useFields } from "../fields";
import { Problems } from "../Review";
import { useStyles } from "../styles";
import { RateCard } from "./RateCard";
import { VolumeRisk } from "./VolumeRisk";
import { usePriceWords } from "./words";

export interface PricingResultsProps {
  readonly draft: Draft;
  readonly scenario: AnyScenario | undefined;
  readonly breakdown: Breakdown | undefined;
  /** A bid's staffing and monthly table (its rate card's defaults come from them). */
  readonly forecast?: ForecastResult;
  readonly issues: readonly Issue[];
  readonly goTo: (path: string) => void;
}

export function PricingResults(p: PricingResultsProps): JSX.Element {
  const { lang } = useFields();
  const w = usePriceWords();
  const s = useStyles();
  const priced = useMemo(
    () => (p.scenario && p.breakdown ? priceScenario(p.scenario, { breakdown: p.breakdown, ...(p.forecast ? { forecast: p.forecast } : {}) }) : undefined),
    [p.scenario, p.breakdown, p.forecast],
  );
  if (!p.scenario || !p.breakdown || p.issues.length > 0) {
    return <Problems issues={p.issues} draft={p.draft} goTo={p.goTo} intro={w.panePriceFixFirst} />;
  }
  if (priced === undefined || !priced.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{priced === undefined ? "" : pick(priced.error.message, lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  const pricing = priced.value;
  if (pricing === undefined) {
    return (
      <p className={s.hint} data-testid="not-priced">
        {w.panePriceNotPriced}
      </p>
    );
  }
  return (
    <div className={s.results} data-testid="pricing-results">
      <RateCard pricing={pricing} currency={p.scenario.currency} />
      <VolumeRisk pricing={pricing} />
    </div>
  );
}

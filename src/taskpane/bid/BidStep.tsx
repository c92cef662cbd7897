/**
 * A bid's steps 2–4: the forecast section's fields on each (draft/paths.ts says which field is on
 * which step), as the catalogue describes them — a leaf an input, a group a fieldset of its
 * fields, the per-seat costs a list of rows. The volumes and the intraday profile get their own
 * inputs with pasting and presets (Volumes.tsx, Profile.tsx).
 */
import { FORECAST_SECTION, type CatalogueNode } from "../../core";
import { INTERVAL_MINUTES } from "../../core/catalogue/forecastRules";
import { emptySeatCost, forecastKeysOn, stepOfPath, type SeatCostRow } from "../draft";
import { DraftField } from "../fields";
import { GroupFieldset, RowList, type SetRows } from "../steps/CatalogueFieldsets";
import type { StepProps } from "../steps/types";
import { useStyles } from "../styles";
import { Profile } from "./Profile";
import { Volumes } from "./Volumes";

const INTERVAL_LIST = "cc-interval-minutes";

const F = FORECAST_SECTION.children;

function SeatCosts(p: StepProps): JSX.Element {
  const setRows: SetRows<SeatCostRow> = (update) =>
    p.setDraft((d) => ({ ...d, forecast: { ...d.forecast, perSeatMonth: update(d.forecast.perSeatMonth) } }));
  return <RowList node={F.perSeatMonth} path="forecast.perSeatMonth" draft={p.draft} rows={p.draft.forecast.perSeatMonth} setRows={setRows} empty={emptySeatCost} />;
}

export interface BidStepProps extends StepProps {
  readonly step: number;
}

/** The forecast's fields on one step; leaves run together in a grid, groups and lists stand alone. */
export function BidStep(p: BidStepProps): JSX.Element {
  const s = useStyles();
  const keys = forecastKeysOn(p.step);
  const parts: JSX.Element[] = [];
  let leaves: string[] = [];
  const flush = (): void => {
    if (leaves.length === 0) return;
    parts.push(
      <div key={`g-${leaves.join()}`} className={s.grid}>
        {leaves.map((key) => (
          <DraftField key={key} path={`forecast.${key}`} list={key === "intervalMinutes" ? INTERVAL_LIST : undefined} />
        ))}
      </div>,
    );
    leaves = [];
  };
  for (const key of keys) {
    const node: CatalogueNode = F[key];
    if (key === "callsPerMonth" || key === "intradayShares") {
      flush();
      parts.push(key === "callsPerMonth" ? <Volumes key={key} {...p} /> : <Profile key={key} {...p} />);
    } else if (node.kind === "group") {
      flush();
      parts.push(<GroupFieldset key={key} node={node} path={`forecast.${key}`} />);
    } else if (node.kind === "list") {
      flush();
      parts.push(<SeatCosts key={key} {...p} />);
    } else leaves.push(key);
  }
  flush();
  // A bid's tax rate is the scenario's, on its costs step as for actuals.
  if (p.step === stepOfPath("taxRate")) parts.push(<DraftField key="taxRate" path="taxRate" placeholder="6%" />);
  if (keys.includes("intervalMinutes")) {
    parts.push(
      <datalist key="intervals" id={INTERVAL_LIST}>
        {INTERVAL_MINUTES.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>,
    );
  }
  return <div className={s.section}>{parts}</div>;
}

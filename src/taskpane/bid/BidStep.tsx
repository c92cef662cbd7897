/**
 * A bid's steps 2–4: the forecast section's fields on each (draft/paths.ts says which field is on
 * which step), as the catalogue describes them — a leaf an input, a group a fieldset of its
 * fields, the per-seat costs a list of rows. The volumes and the intraday profile get their own
 * inputs with pasting and presets (Volumes.tsx, Profile.tsx).
 */
import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { FORECAST_SECTION, pick, type CatalogueNode } from "../../core";
import { INTERVAL_MINUTES } from "../../core/catalogue/forecastRules";
import { emptySeatCost, forecastKeysOn, type SeatCostRow } from "../draft";
import { DraftField, useFields } from "../fields";
import { rowTitle } from "../labels";
import { GroupFieldset } from "../steps/CatalogueFieldsets";
import { NamedAmountRow } from "../steps/NamedAmountRow";
import type { StepProps } from "../steps/types";
import { useStyles } from "../styles";
import { Profile } from "./Profile";
import { Volumes } from "./Volumes";

const INTERVAL_LIST = "cc-interval-minutes";

const F = FORECAST_SECTION.children;

function SeatCosts(p: StepProps): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const { spec } = F.perSeatMonth;
  const rows = p.draft.forecast.perSeatMonth;
  const setRows = (update: (old: readonly SeatCostRow[]) => readonly SeatCostRow[]): void =>
    p.setDraft((d) => ({ ...d, forecast: { ...d.forecast, perSeatMonth: update(d.forecast.perSeatMonth) } }));
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{pick(spec.label, lang)}</legend>
      {spec.help && <p className={s.hint}>{pick(spec.help, lang)}</p>}
      {rows.map((row, i) => {
        const base = `forecast.perSeatMonth[${i}]`;
        const title = rowTitle("forecast.perSeatMonth", i, p.draft, t, lang);
        return <NamedAmountRow key={row.id} base={base} title={title} focusAfter={addRef} onRemove={() => setRows((old) => old.filter((r) => r.id !== row.id))} />;
      })}
      <div>
        <Button ref={addRef} size="small" onClick={() => setRows((old) => [...old, emptySeatCost()])}>
          + {t.paneAddCost}
        </Button>
      </div>
    </fieldset>
  );
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
  if (p.step === 3) parts.push(<DraftField key="taxRate" path="taxRate" placeholder="6%" />);
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

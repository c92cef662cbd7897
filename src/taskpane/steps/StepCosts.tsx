/**
 * Step 4: labour lines (the seed's presets, then the user's own), the optional cost groups, other
 * lines and the tax rate. Groups and lines show the catalogue's fields, labels and help.
 */
import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { pick, SCENARIO } from "../../core";
import { emptyCost, presetOf, type CostRow } from "../draft";
import { DraftField, useFields } from "../fields";
import { rowTitle } from "../labels";
import { useStyles } from "../styles";
import { GroupFieldset } from "./CatalogueFieldsets";
import { NamedAmountRow } from "./NamedAmountRow";
import type { StepProps } from "./types";

const COSTS = SCENARIO.children.costs.children;
type ListKey = "labor" | "other";

function CostLines(p: StepProps & { readonly list: ListKey }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const { spec } = COSTS[p.list];
  const rows = p.draft.costs[p.list];
  const setRows = (update: (old: readonly CostRow[]) => readonly CostRow[]): void => p.setDraft((d) => ({ ...d, costs: { ...d.costs, [p.list]: update(d.costs[p.list]) } }));
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{pick(spec.label, lang)}</legend>
      {spec.help && <p className={s.hint}>{pick(spec.help, lang)}</p>}
      {rows.map((row, i) => {
        const base = `costs.${p.list}[${i}]`;
        const preset = presetOf(row.preset);
        if (preset) {
          // A preset's name is fixed: it labels the amount.
          return <DraftField key={row.id} path={`${base}.amount`} label={lang === "zh" ? preset.zh : `${preset.en} (${preset.zh})`} />;
        }
        const title = rowTitle(`costs.${p.list}`, i, p.draft, t, lang);
        return <NamedAmountRow key={row.id} base={base} title={title} focusAfter={addRef} onRemove={() => setRows((old) => old.filter((r) => r.id !== row.id))} />;
      })}
      <div>
        <Button ref={addRef} size="small" onClick={() => setRows((old) => [...old, emptyCost()])}>
          + {t.paneAddCost}
        </Button>
      </div>
    </fieldset>
  );
}

export function StepCosts(p: StepProps): JSX.Element {
  const s = useStyles();
  return (
    <div className={s.section}>
      <CostLines {...p} list="labor" />
      <GroupFieldset node={COSTS.recruitment} path="costs.recruitment" />
      <GroupFieldset node={COSTS.training} path="costs.training" />
      <GroupFieldset node={COSTS.management} path="costs.management" />
      <CostLines {...p} list="other" />
      <DraftField path="taxRate" placeholder="6%" />
    </div>
  );
}

/**
 * Step 4: labour lines (the seed's presets, then the user's own), the optional cost groups, other
 * lines and the tax rate. Groups and lines show the catalogue's fields, labels and help.
 */
import { SCENARIO } from "../../core";
import { emptyCost, presetOf, type CostRow } from "../draft";
import { DraftField, useFields } from "../fields";
import { useStyles } from "../styles";
import { GroupFieldset, RowList, type SetRows } from "./CatalogueFieldsets";
import type { StepProps } from "./types";

const COSTS = SCENARIO.children.costs.children;
type ListKey = "labor" | "other";

function CostLines(p: StepProps & { readonly list: ListKey }): JSX.Element {
  const { lang } = useFields();
  const setRows: SetRows<CostRow> = (update) => p.setDraft((d) => ({ ...d, costs: { ...d.costs, [p.list]: update(d.costs[p.list]) } }));
  const presetRow = (row: CostRow, base: string): JSX.Element | undefined => {
    const preset = presetOf(row.preset);
    // A preset's name is fixed: it labels the amount.
    return preset && <DraftField path={`${base}.amount`} label={lang === "zh" ? preset.zh : `${preset.en} (${preset.zh})`} />;
  };
  return <RowList node={COSTS[p.list]} path={`costs.${p.list}`} draft={p.draft} rows={p.draft.costs[p.list]} setRows={setRows} empty={emptyCost} rowAs={presetRow} />;
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

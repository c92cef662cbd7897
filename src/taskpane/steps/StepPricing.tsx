/**
 * Step 6: the pricing section as a plain form — every field of the catalogue's `pricing` group in
 * its order, nested groups (package, terms) as fieldsets. The section starts blank (a scenario is
 * priced only once something is typed here); each default shows as the field's placeholder.
 * The designed step (rate card, volume-risk chart) replaces this form in a later slice.
 */
import { pick, SCENARIO, type CatalogueNode, type Children } from "../../core";
import { prefill } from "../draft";
import { DraftField, useFields } from "../fields";
import { useStyles } from "../styles";

const PRICING = SCENARIO.children.pricing;

function Fields(p: { readonly children: Children; readonly path: string }): JSX.Element {
  const { lang } = useFields();
  const s = useStyles();
  const entries = Object.entries(p.children);
  const leaves = entries.filter((e): e is [string, Exclude<CatalogueNode, { kind: "group" | "list" | "literal" }>] => e[1].kind !== "group" && e[1].kind !== "list" && e[1].kind !== "literal");
  const groups = entries.flatMap(([key, node]) => (node.kind === "group" ? [[key, node] as const] : []));
  return (
    <>
      <div className={s.grid}>
        {leaves.map(([key, node]) => (
          <DraftField key={key} path={`${p.path}.${key}`} placeholder={prefill(node) || undefined} />
        ))}
      </div>
      {groups.map(([key, node]) => (
        <fieldset key={key} className={s.fieldset}>
          <legend className={s.legend}>{pick(node.spec.label, lang)}</legend>
          {node.spec.help && <p className={s.hint}>{pick(node.spec.help, lang)}</p>}
          <Fields children={node.children} path={`${p.path}.${key}`} />
        </fieldset>
      ))}
    </>
  );
}

export function StepPricing(): JSX.Element {
  const { lang } = useFields();
  const s = useStyles();
  return (
    <div className={s.section}>
      {PRICING.spec.help && <p className={s.hint}>{pick(PRICING.spec.help, lang)}</p>}
      <Fields children={PRICING.children} path="pricing" />
    </div>
  );
}

/**
 * The fieldsets a catalogue group or list shows as, on the actuals' and the bid's steps: the
 * node's label as the legend and its help under it, then a group's fields in a grid. Both cost
 * steps use these, so the markup is said once.
 */
import type { ReactNode } from "react";
import { pick, type GroupNode, type LocalizedText } from "../../core";
import { DraftField, useFields } from "../fields";
import { useStyles } from "../styles";

function Described(p: { readonly spec: { readonly label: LocalizedText; readonly help?: LocalizedText }; readonly children: ReactNode }): JSX.Element {
  const { lang } = useFields();
  const s = useStyles();
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{pick(p.spec.label, lang)}</legend>
      {p.spec.help && <p className={s.hint}>{pick(p.spec.help, lang)}</p>}
      {p.children}
    </fieldset>
  );
}

/** A group: a fieldset with every field the catalogue gives it, in a grid. */
export function GroupFieldset(p: { readonly node: GroupNode; readonly path: string }): JSX.Element {
  const s = useStyles();
  return (
    <Described spec={p.node.spec}>
      <div className={s.grid}>
        {Object.keys(p.node.children).map((key) => (
          <DraftField key={key} path={`${p.path}.${key}`} />
        ))}
      </div>
    </Described>
  );
}

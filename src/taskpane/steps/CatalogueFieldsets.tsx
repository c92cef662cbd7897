/**
 * The fieldsets a catalogue group or list shows as, on the actuals' and the bid's steps: the
 * node's label as the legend and its help under it, then a group's fields in a grid or a list's
 * rows with its add button. Both cost steps use these, so the markup is said once.
 */
import { Fragment, useRef, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { pick, type GroupNode, type ListNode, type LocalizedText } from "../../core";
import type { Draft } from "../draft";
import { DraftField, useFields } from "../fields";
import { rowTitle } from "../labels";
import { useStyles } from "../styles";
import { NamedAmountRow } from "./NamedAmountRow";

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

export type SetRows<R> = (update: (old: readonly R[]) => readonly R[]) => void;

export interface RowListProps<R extends { readonly id: string }> {
  readonly node: ListNode;
  /** The list's path in the draft ("costs.labor"). */
  readonly path: string;
  readonly draft: Draft;
  readonly rows: readonly R[];
  readonly setRows: SetRows<R>;
  /** A new blank row, for the add button. */
  readonly empty: () => R;
  /** A row shown its own way (a preset's fixed name labels its amount); undefined for a name-and-amount row. */
  readonly rowAs?: (row: R, base: string) => JSX.Element | undefined;
}

/** A list of name-and-amount rows, each with its remove button, and the list's add button. */
export function RowList<R extends { readonly id: string }>(p: RowListProps<R>): JSX.Element {
  const { t, lang } = useFields();
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <Described spec={p.node.spec}>
      {p.rows.map((row, i) => {
        const base = `${p.path}[${i}]`;
        const own = p.rowAs?.(row, base);
        if (own) return <Fragment key={row.id}>{own}</Fragment>;
        const title = rowTitle(p.path, i, p.draft, t, lang);
        return <NamedAmountRow key={row.id} base={base} title={title} focusAfter={addRef} onRemove={() => p.setRows((old) => old.filter((r) => r.id !== row.id))} />;
      })}
      <div>
        <Button ref={addRef} size="small" onClick={() => p.setRows((old) => [...old, p.empty()])}>
          + {t.paneAddCost}
        </Button>
      </div>
    </Described>
  );
}

/** A list row of a name and an amount (a cost line, a per-seat cost) with its remove button, named after the row. */
import type { RefObject } from "react";
import { Button } from "@fluentui/react-components";
import { DraftField, useFields } from "../fields";
import { useStyles } from "../styles";

export function NamedAmountRow(p: { readonly base: string; readonly title: string; readonly onRemove: () => void; readonly focusAfter: RefObject<HTMLButtonElement> }): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <div className={s.grid} role="group" aria-label={p.title}>
      <DraftField path={`${p.base}.name`} />
      <DraftField path={`${p.base}.amount`} />
      <div className={s.rowActions}>
        <Button
          appearance="subtle"
          size="small"
          aria-label={t.paneRemoveCost(p.title)}
          onClick={() => {
            p.onRemove();
            // The row and its button are gone: focus goes to the list's add button.
            p.focusAfter.current?.focus();
          }}
        >
          ✕
        </Button>
      </div>
    </div>
  );
}

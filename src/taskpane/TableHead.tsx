/** A table's header row as the pane draws it: the first column names the rows, the others hold figures (right-aligned). */
import type { ReactNode } from "react";
import { useStyles } from "./styles";

export function TableHead(p: { readonly columns: readonly { readonly key: string; readonly label: ReactNode }[] }): JSX.Element {
  const s = useStyles();
  return (
    <thead>
      <tr>
        {p.columns.map((c, i) => (
          <th key={c.key} scope="col" className={s.thHead} style={i === 0 ? undefined : { textAlign: "right" }}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

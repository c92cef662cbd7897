/** Step 3: every staffing field of the catalogue, in its order. */
import { SCENARIO } from "../../core";
import { DraftField } from "../fields";
import { useStyles } from "../styles";

const KEYS = Object.keys(SCENARIO.children.staffing.children);

export function StepStaffing(): JSX.Element {
  const s = useStyles();
  return (
    <div className={s.grid}>
      {KEYS.map((key) => (
        <DraftField key={key} path={`staffing.${key}`} />
      ))}
    </div>
  );
}

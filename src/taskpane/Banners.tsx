/** Messages above and below the step: the status line (what just happened) and a step's own problems. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { pick } from "../core";
import type { Issue } from "./draft";
import { useFields } from "./fields";
import type { Status } from "./state";
import { useStyles } from "./styles";

export function StatusBanner(p: { readonly status: Status | null }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const { status } = p;
  return (
    <div role="status" aria-live="polite" data-testid="status">
      {status && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>
            {status.text(t, lang)}
            {status.details && status.details.length > 0 && (
              <ul className={s.list}>
                {status.details.map((d, i) => (
                  // Untrusted text (a file's or a workbook's): rendered as text, never HTML.
                  <li key={i}>{typeof d === "string" ? d : pick(d, lang)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** Problems of the step that no field shows (e.g. "no talk time at all"). */
export function StepProblems(p: { readonly issues: readonly Issue[] }): JSX.Element | null {
  const { lang } = useFields();
  const s = useStyles();
  if (p.issues.length === 0) return null;
  return (
    <div role="alert">
      <ul className={s.list}>
        {p.issues.map((i, k) => (
          <li key={k}>{pick(i.message, lang)}</li>
        ))}
      </ul>
    </div>
  );
}

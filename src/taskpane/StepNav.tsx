/** Moving between the steps: the numbered step buttons (with each step's problem count) and Back / Next. */
import { Button } from "@fluentui/react-components";
import { pick } from "../core";
import { REVIEW, STEP_COUNT, stepName, type DraftKind } from "./draft";
import { useFields } from "./fields";
import { useStyles } from "./styles";

const STEPS = Array.from({ length: STEP_COUNT }, (_, i) => i);

export function StepNav(p: { readonly step: number; readonly kind: DraftKind; readonly problemsOn: (step: number) => number; readonly onStep: (step: number) => void }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <nav aria-label={t.paneStepsNav}>
      <ol className={s.nav}>
        {STEPS.map((i) => {
          const n = i === REVIEW ? 0 : p.problemsOn(i);
          return (
            <li key={i} className={s.navItem}>
              <Button
                size="small"
                appearance={i === p.step ? "primary" : "subtle"}
                aria-current={i === p.step ? "step" : undefined}
                onClick={() => p.onStep(i)}
                data-testid={`nav-${i}`}
              >
                {`${i + 1}. ${pick(stepName(i, p.kind), lang)}`}
                {n > 0 && (
                  <>
                    <span aria-hidden="true">{` ⚠${n}`}</span>
                    <span className={s.srOnly}>{`, ${t.paneStepErrors(n)}`}</span>
                  </>
                )}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function StepFooter(p: { readonly step: number; readonly onStep: (step: number) => void }): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <footer className={s.footer}>
      <Button disabled={p.step === 0} onClick={() => p.onStep(p.step - 1)} data-testid="back" style={{ minWidth: "72px" }}>
        {t.paneBack}
      </Button>
      <span className={s.footerText}>{t.paneStepOf(p.step + 1, STEP_COUNT)}</span>
      <Button appearance="primary" disabled={p.step === STEP_COUNT - 1} onClick={() => p.onStep(p.step + 1)} data-testid="next" style={{ minWidth: "72px" }}>
        {t.paneNext}
      </Button>
    </footer>
  );
}

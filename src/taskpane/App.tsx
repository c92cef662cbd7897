/**
 * The task-pane wizard: the layout of its parts. State and behaviour are useWizard's (over the
 * reducer in state.ts); every part reads the language, words and draft from the fields context.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LANG_TAG, pick } from "../core";
import { StatusBanner, StepProblems } from "./Banners";
import { PRICE, REVIEW, STEP_COUNT, stepName } from "./draft";
import { FieldsCtx } from "./fields";
import { FileActions, Header } from "./Header";
import { Review } from "./Review";
import { StepFooter, StepNav } from "./StepNav";
import { StepCosts } from "./steps/StepCosts";
import { StepPricing } from "./steps/StepPricing";
import { StepScenario } from "./steps/StepScenario";
import { StepStaffing } from "./steps/StepStaffing";
import { StepTraffic } from "./steps/StepTraffic";
import { useStyles } from "./styles";
import { useWizard, type AppProps } from "./useWizard";
import { ConfirmDialog, WorkbookActions } from "./WorkbookActions";

export type { AppProps } from "./useWizard";

export function App(props: AppProps): JSX.Element {
  const w = useWizard(props);
  const s = useStyles();
  const { state, t } = w;
  const { lang, step, draft } = state;
  const stepProps = { draft, setDraft: w.edit, announce: w.announce };
  return (
    <FluentProvider theme={webLightTheme} lang={LANG_TAG[lang]}>
      <FieldsCtx.Provider value={w.ctx}>
        <div className={s.app} data-lang={lang}>
          <Header onLang={w.setLang} />
          <FileActions onExample={w.loadExample} onOpen={(file) => void w.openFile(file)} onSave={w.save} />
          <StepNav step={step} problemsOn={(n) => w.problemsOn(n).length} onStep={w.goToStep} />
          <StatusBanner status={state.status} />
          <main className={s.section} data-testid={`step-${step}`} aria-labelledby="cc-step-h">
            <h2 id="cc-step-h" ref={w.headingRef} tabIndex={-1} className={s.heading}>
              <span className={s.srOnly}>{`${t.paneStepOf(step + 1, STEP_COUNT)}: `}</span>
              {pick(stepName(step), lang)}
            </h2>
            {step === 0 && <StepScenario onLang={w.setLang} />}
            {step === 1 && <StepTraffic {...stepProps} />}
            {step === 2 && <StepStaffing />}
            {step === 3 && <StepCosts {...stepProps} />}
            {step === REVIEW && (
              <>
                <Review
                  draft={draft}
                  scenario={w.analysis.scenario}
                  breakdown={w.analysis.breakdown}
                  issues={w.analysis.issues}
                  seat={state.seat}
                  setSeat={w.setSeat}
                  seatView={w.seatView}
                  goTo={w.goToField}
                />
                <WorkbookActions
                  host={state.host}
                  ready={w.ready}
                  busy={state.busy}
                  formulas={state.formulas}
                  setFormulas={w.setFormulas}
                  onInsert={() => void w.insert()}
                  onDownload={() => void w.downloadXlsx()}
                />
              </>
            )}
            {step === PRICE && <StepPricing />}
            <StepProblems issues={w.stepLevel} />
          </main>
          <StepFooter step={step} onStep={w.goToStep} />
        </div>
        <ConfirmDialog confirm={state.confirm} onAnswer={w.answer} />
      </FieldsCtx.Provider>
    </FluentProvider>
  );
}

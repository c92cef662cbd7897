/**
 * The task-pane wizard: the layout of its parts. State and behaviour are useWizard's (over the
 * reducer in state.ts); every part reads the language, words and draft from the fields context.
 * Step 1 is in the page's first chunk; every other step, the review and the workbook block come
 * in a second one (lazy.ts), so the first render does not wait for them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LANG_TAG, pick } from "../core";
import { StatusBanner, StepProblems } from "./Banners";
import { PRICE, REVIEW, STEP_COUNT, stepName } from "./draft";
import { FieldsCtx } from "./fields";
import { FileActions, Header } from "./Header";
import type { LaterParts } from "./lazy";
import { StepFooter, StepNav } from "./StepNav";
import { StepScenario } from "./steps/StepScenario";
import { useStyles } from "./styles";
import { useWizard, type AppProps, type Wizard } from "./useWizard";

export type { AppProps } from "./useWizard";

/** The current step's content, from the second chunk. */
function LaterStep(p: { readonly w: Wizard; readonly parts: LaterParts }): JSX.Element | null {
  const { w } = p;
  const { state } = w;
  const { draft } = state;
  const stepProps = { draft, setDraft: w.edit, announce: w.announce };
  const { StepTraffic, StepStaffing, StepCosts, StepPricing, Review, WorkbookActions, BidStep } = p.parts;
  // On the review and after pricing: the workbook gets the quote sheet too when the scenario is priced.
  const workbook = (
    <WorkbookActions
      host={state.host}
      ready={w.ready}
      priced={w.analysis.scenario?.pricing !== undefined}
      busy={state.busy}
      formulas={state.formulas}
      setFormulas={w.setFormulas}
      onInsert={() => void w.insert()}
      onDownload={() => void w.downloadXlsx()}
    />
  );
  // A bid's steps 2–4 are its forecast's fields.
  if (draft.kind === "bid" && state.step >= 1 && state.step < REVIEW) return <BidStep {...stepProps} step={state.step} />;
  switch (state.step) {
    case 1:
      return <StepTraffic {...stepProps} />;
    case 2:
      return <StepStaffing />;
    case 3:
      return <StepCosts {...stepProps} />;
    case REVIEW:
      return (
        <>
          <Review
            draft={draft}
            scenario={w.analysis.scenario}
            breakdown={w.analysis.breakdown}
            forecast={w.analysis.forecast}
            issues={w.analysis.issues}
            seat={state.seat}
            setSeat={w.setSeat}
            seatView={w.seatView}
            goTo={w.goToField}
          />
          {workbook}
        </>
      );
    case PRICE:
      return (
        <>
          <StepPricing draft={draft} scenario={w.analysis.scenario} breakdown={w.analysis.breakdown} forecast={w.analysis.forecast} issues={w.analysis.issues} goTo={w.goToField} />
          {w.ready && workbook}
        </>
      );
    default:
      return null;
  }
}

export function App(props: AppProps): JSX.Element {
  const w = useWizard(props);
  const s = useStyles();
  const { state, t } = w;
  const { lang, step } = state;
  const { later } = w;
  return (
    <FluentProvider theme={webLightTheme} lang={LANG_TAG[lang]}>
      <FieldsCtx.Provider value={w.ctx}>
        <div className={s.app} data-lang={lang}>
          <Header onLang={w.setLang}>
            <FileActions onExample={w.loadExample} onBidExample={w.loadBidExample} onOpen={(file) => void w.openFile(file)} onSave={w.save} />
          </Header>
          <StepNav step={step} kind={state.draft.kind} problemsOn={(n) => w.problemsOn(n).length} onStep={w.goToStep} />
          <main className={s.section} data-testid={`step-${step}`} aria-labelledby="cc-step-h" aria-busy={step !== 0 && !later.parts ? true : undefined}>
            <StatusBanner status={state.status} />
            <h2 id="cc-step-h" ref={w.headingRef} tabIndex={-1} className={s.heading}>
              <span className={s.srOnly}>{`${t.paneStepOf(step + 1, STEP_COUNT)}: `}</span>
              {pick(stepName(step, state.draft.kind), lang)}
            </h2>
            {step === 0 ? (
              <StepScenario onLang={w.setLang} onKind={w.setKind} />
            ) : later.parts ? (
              <LaterStep w={w} parts={later.parts} />
            ) : (
              <p className={s.hint}>{later.failed === undefined ? t.paneLoading : t.paneLoadFailed(later.failed)}</p>
            )}
            <StepProblems issues={w.stepLevel} />
          </main>
          <StepFooter step={step} onStep={w.goToStep} />
        </div>
        {later.parts && <later.parts.ConfirmDialog confirm={state.confirm} onAnswer={w.answer} />}
      </FieldsCtx.Provider>
    </FluentProvider>
  );
}

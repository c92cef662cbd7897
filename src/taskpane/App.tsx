/**
 * The task-pane wizard. One draft (the scenario being edited) lives here for all five steps, so
 * moving between steps never loses anything; everything shown is derived from it on render.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { parseScenario, validateScenario, type LocalizedText, type Scenario } from "../core";
import example from "../../examples/worked-example.json";
import { analyse, draftFromScenario, emptyDraft, fieldPaths, stepOfPath, type Draft, type Issue } from "./draft";
import { fieldId, FieldsCtx, useFields, type FieldContext } from "./fields";
import { browserLanguage, detectHost, type HostInfo } from "./host";
import { LANG_TAG, languageFrom, pick, STRINGS, type Lang, type Strings } from "./i18n";
import { Review } from "./Review";
import { computeSeatView, SEAT_DEFAULTS, type SeatDraft } from "./seatview";
import { StepCosts, StepScenario, StepStaffing, StepTraffic, type SetDraft } from "./steps";
import { useStyles } from "./styles";
import type { FormulaMode } from "../workbook/plan";
import { fileNameFor, workbookPort as defaultPort, type WorkbookPort } from "./workbookPort";

const STEP_COUNT = 5;
const REVIEW = 4;

/** Kept as functions of the strings, so a message follows a language switch. */
type Status = {
  readonly text: (t: Strings) => string;
  readonly intent: "info" | "success" | "error";
  /** Localized pairs, or text that exists in one language only (a file's own problems). */
  readonly details?: readonly (string | LocalizedText)[];
};

/** Offer bytes to the user as a file download. */
function download(data: Uint8Array | string, type: string, fileName: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function exampleScenario(): Scenario {
  const v = validateScenario(example);
  // The example ships with the bundle and is tested; failing here is a build error, not user input.
  if (!v.ok) throw new Error(`worked example is invalid: ${v.issues.map((i) => `${i.path}: ${i.message.en}`).join("; ")}`);
  return v.scenario;
}

export interface AppProps {
  /** Injected by tests; the real page detects Office. */
  readonly detect?: () => Promise<HostInfo>;
  readonly port?: WorkbookPort;
  readonly initialLanguage?: string;
}

export function App(props: AppProps): JSX.Element {
  const port = props.port ?? defaultPort;
  const [lang, setLangState] = useState<Lang>(() => languageFrom(props.initialLanguage ?? browserLanguage()));
  const langChosen = useRef(false);
  const t = STRINGS[lang];
  const [host, setHost] = useState<HostInfo | "detecting">("detecting");
  const [draft, setDraftState] = useState<Draft>(() => emptyDraft(lang === "zh" ? "新方案" : "New scenario"));
  const [step, setStep] = useState(0);
  const [seat, setSeatState] = useState<SeatDraft>(SEAT_DEFAULTS);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [revealedSteps, setRevealedSteps] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [formulas, setFormulas] = useState<FormulaMode>("native");
  const [confirm, setConfirm] = useState<{ sheet: string; resolve: (yes: boolean) => void } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const mounted = useRef(false);
  const s = useStyles();

  const setLang = useCallback((l: Lang) => {
    langChosen.current = true;
    setLangState(l);
  }, []);
  const setDraft: SetDraft = useCallback((update) => setDraftState(update), []);
  const setSeat = useCallback((patch: Partial<SeatDraft>) => setSeatState((x) => ({ ...x, ...patch })), []);
  const say = useCallback((text: Status["text"], intent: Status["intent"] = "info", details?: Status["details"]) => setStatus({ text, intent, details }), []);

  const analysis = useMemo(() => analyse(draft), [draft]);
  const seatResult = useMemo(
    () => (analysis.scenario && analysis.breakdown ? computeSeatView(seat, analysis.scenario, analysis.breakdown) : { issues: [] as Issue[], view: undefined }),
    [seat, analysis],
  );

  // ------------------------------------------------------------ host, language, restore
  useEffect(() => {
    let live = true;
    void (props.detect ?? detectHost)().then(async (info) => {
      if (!live) return;
      setHost(info);
      if (info.kind !== "excel") return;
      if (!langChosen.current && info.displayLanguage) setLangState(languageFrom(info.displayLanguage));
      const stored = await port.readStored();
      if (!live) return;
      if (stored.kind === "ok") {
        setDraftState(draftFromScenario(stored.scenario));
        setRevealedSteps(new Set([0, 1, 2, 3]));
        say((x) => x.restored, "success", stored.warnings);
      } else if (stored.kind === "bad") {
        say((x) => x.restoreFailed, "error", [stored.reason]);
      }
    });
    return () => {
      live = false;
    };
    // Once per mount: host detection and restore happen when the pane opens.
  }, []);

  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.title = t.appTitle;
  }, [lang, t]);

  // First paint of step 1: the bench reads this mark (navigation start → wizard visible).
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark("cc-wizard-visible");
  }, []);

  // Move focus to the new step's heading (or to the field a problem link points at).
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const target = pendingFocus.current;
    pendingFocus.current = null;
    const el = target ? document.getElementById(fieldId(target)) : null;
    (el ?? headingRef.current)?.focus();
  }, [step]);

  // ------------------------------------------------------------ problems shown where
  const fields = useMemo(() => fieldPaths(draft), [draft]);
  const allIssues = useMemo(() => [...analysis.issues, ...seatResult.issues], [analysis.issues, seatResult.issues]);
  const isVisible = useCallback(
    (path: string) => path.startsWith("seat.") || revealed.has(path) || revealedSteps.has(stepOfPath(path)),
    [revealed, revealedSteps],
  );
  const ctx: FieldContext = useMemo(
    () => ({
      lang,
      t,
      visibleIssue: (path) => allIssues.find((i) => i.path === path && isVisible(path)),
      reveal: (path) => setRevealed((r) => (r.has(path) ? r : new Set(r).add(path))),
    }),
    [lang, t, allIssues, isVisible],
  );
  const issuesOnStep = (n: number): Issue[] => analysis.issues.filter((i) => stepOfPath(i.path) === n && isVisible(i.path));
  /** Problems of the current step that no field shows (e.g. "no talk time at all"). */
  const stepLevel = step === REVIEW ? [] : issuesOnStep(step).filter((i) => !fields.has(i.path));

  const goToStep = (n: number): void => {
    if (n === step) return;
    // Leaving a step reveals its problems; arriving at the review reveals everything.
    setRevealedSteps((r) => new Set([...r, step, ...(n === REVIEW ? [0, 1, 2, 3] : [])]));
    setStep(Math.max(0, Math.min(STEP_COUNT - 1, n)));
  };
  const goToField = (path: string): void => {
    const target = stepOfPath(path);
    if (path.startsWith("seat.") || target === step) {
      document.getElementById(fieldId(path))?.focus();
      return;
    }
    pendingFocus.current = path;
    goToStep(target);
  };

  // ------------------------------------------------------------ files
  const loadScenario = (scenario: Scenario, message: Status["text"]): void => {
    setDraftState(draftFromScenario(scenario));
    setRevealedSteps(new Set([0, 1, 2, 3]));
    say(message, "success");
  };
  const onOpen = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const parsed = parseScenario(await file.text());
    if (parsed.ok) loadScenario(parsed.scenario, (x) => x.opened(file.name));
    else say((x) => x.openFailed(file.name), "error", parsed.issues.map(({ path, message }) => (path ? { en: `${path}: ${message.en}`, zh: `${path}: ${message.zh}` } : message)));
  };
  const onSave = (): void => {
    if (!analysis.scenario) {
      say((x) => x.cannotSave, "error");
      goToStep(REVIEW);
      return;
    }
    const name = fileNameFor(analysis.scenario.name, "json");
    download(`${JSON.stringify(analysis.scenario, null, 2)}\n`, "application/json", name);
    say((x) => x.saved(name), "success");
  };

  // ------------------------------------------------------------ workbook
  const failText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
  const onDownloadXlsx = async (): Promise<void> => {
    if (!analysis.scenario) return;
    setBusy(true);
    try {
      const bytes = await port.xlsx(analysis.scenario, { lang, formulas });
      const name = fileNameFor(analysis.scenario.name, "xlsx");
      download(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
      say((x) => x.downloaded(name), "success");
    } catch (e) {
      say((x) => x.workbookFailed, "error", [failText(e)]);
    } finally {
      setBusy(false);
    }
  };
  const askUpdate = (sheet: string): Promise<boolean> => new Promise((resolve) => setConfirm({ sheet, resolve }));
  const onInsert = async (): Promise<void> => {
    if (!analysis.scenario) return;
    setBusy(true);
    try {
      const out = await port.insert(analysis.scenario, { lang, formulas }, askUpdate);
      if (out.written) say((x) => (out.renamedFrom ? x.insertedRenamed(out.renamedFrom, out.sheetName) : x.inserted(out.sheetName)), "success");
    } catch (e) {
      say((x) => x.workbookFailed, "error", [failText(e)]);
    } finally {
      setBusy(false);
    }
  };
  const answer = (yes: boolean): void => {
    confirm?.resolve(yes);
    setConfirm(null);
  };

  // ------------------------------------------------------------ render
  const stepProps = { draft, setDraft, announce: (text: Status["text"]) => say(text) };
  const ready = analysis.scenario !== undefined && analysis.breakdown !== undefined;
  return (
    <FluentProvider theme={webLightTheme} lang={LANG_TAG[lang]}>
      <FieldsCtx.Provider value={ctx}>
        <div className={s.app} data-lang={lang}>
          <header className={s.header}>
            <h1 className={s.title} style={{ fontSize: "20px", lineHeight: "28px" }}>
              {t.appTitle}
            </h1>
            <Select
              aria-label={t.language}
              value={lang}
              onChange={(_, d) => setLang(d.value === "zh" ? "zh" : "en")}
              data-testid="lang-select"
              style={{ maxWidth: "130px" }}
            >
              <option value="zh" lang="zh-CN">
                中文
              </option>
              <option value="en" lang="en-US">
                English
              </option>
            </Select>
          </header>
          <div className={s.toolbar} role="group" aria-label={t.fileActions}>
            <Button size="small" onClick={() => loadScenario(exampleScenario(), (x) => x.exampleLoaded)} data-testid="load-example">
              {t.loadExample}
            </Button>
            <Button size="small" onClick={() => fileInput.current?.click()}>
              {t.openScenario}
            </Button>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onOpen(e)} data-testid="open-file" />
            <Button size="small" onClick={onSave} data-testid="save-scenario">
              {t.saveScenario}
            </Button>
          </div>

          <nav aria-label={t.stepsNav}>
            <ol className={s.nav}>
              {t.steps.map((name, i) => {
                const n = i === REVIEW ? 0 : issuesOnStep(i).length;
                return (
                  <li key={name} className={s.navItem}>
                    <Button
                      size="small"
                      appearance={i === step ? "primary" : "subtle"}
                      aria-current={i === step ? "step" : undefined}
                      onClick={() => goToStep(i)}
                      data-testid={`nav-${i}`}
                    >
                      {`${i + 1}. ${name}`}
                      {n > 0 && (
                        <>
                          <span aria-hidden="true">{` ⚠${n}`}</span>
                          <span className={s.srOnly}>{`, ${t.stepErrors(n)}`}</span>
                        </>
                      )}
                    </Button>
                  </li>
                );
              })}
            </ol>
          </nav>

          <div role="status" aria-live="polite" data-testid="status">
            {status && (
              <MessageBar intent={status.intent} layout="multiline">
                <MessageBarBody>
                  {status.text(t)}
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

          <main className={s.section} data-testid={`step-${step}`} aria-labelledby="cc-step-h">
            <h2 id="cc-step-h" ref={headingRef} tabIndex={-1} className={s.heading}>
              <span className={s.srOnly}>{`${t.stepOf(step + 1, STEP_COUNT)}: `}</span>
              {t.steps[step]}
            </h2>
            {step === 0 && <StepScenario {...stepProps} onLang={setLang} />}
            {step === 1 && <StepTraffic {...stepProps} />}
            {step === 2 && <StepStaffing {...stepProps} />}
            {step === 3 && <StepCosts {...stepProps} />}
            {step === REVIEW && (
              <>
                <Review
                  draft={draft}
                  scenario={analysis.scenario}
                  breakdown={analysis.breakdown}
                  issues={analysis.issues}
                  seat={seat}
                  setSeat={setSeat}
                  seatView={seatResult.view}
                  goTo={goToField}
                />
                <WorkbookActions
                  host={host}
                  ready={ready}
                  busy={busy}
                  formulas={formulas}
                  setFormulas={setFormulas}
                  onInsert={() => void onInsert()}
                  onDownload={() => void onDownloadXlsx()}
                />
              </>
            )}
            {stepLevel.length > 0 && (
              <div role="alert">
                <ul className={s.list}>
                  {stepLevel.map((i, k) => (
                    <li key={k}>{pick(i.message, lang)}</li>
                  ))}
                </ul>
              </div>
            )}
          </main>

          <footer className={s.footer}>
            <Button disabled={step === 0} onClick={() => goToStep(step - 1)} data-testid="back" style={{ minWidth: "72px" }}>
              {t.back}
            </Button>
            <span className={s.footerText}>{t.stepOf(step + 1, STEP_COUNT)}</span>
            <Button appearance="primary" disabled={step === REVIEW} onClick={() => goToStep(step + 1)} data-testid="next" style={{ minWidth: "72px" }}>
              {t.next}
            </Button>
          </footer>
        </div>
        <Dialog open={confirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && answer(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t.confirmUpdateTitle}</DialogTitle>
              <DialogContent>{confirm ? t.confirmUpdate(confirm.sheet) : ""}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => answer(true)}>
                  {t.confirm}
                </Button>
                <Button onClick={() => answer(false)}>{t.cancel}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </FieldsCtx.Provider>
    </FluentProvider>
  );
}

function WorkbookActions(p: {
  readonly host: HostInfo | "detecting";
  readonly ready: boolean;
  readonly busy: boolean;
  readonly formulas: FormulaMode;
  readonly setFormulas: (f: FormulaMode) => void;
  readonly onInsert: () => void;
  readonly onDownload: () => void;
}): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby="cc-wb-h">
      <h3 id="cc-wb-h" className={s.subheading}>
        {t.workbook}
      </h3>
      <p className={s.hint}>{p.host === "detecting" ? t.detecting : p.host.kind === "excel" ? t.modeExcel : t.modeStandalone}</p>
      <Checkbox
        checked={p.formulas === "cc"}
        onChange={(_, d) => p.setFormulas(d.checked === true ? "cc" : "native")}
        label={t.ccFormulas}
        data-testid="cc-formulas"
      />
      <div className={s.toolbar}>
        {p.host !== "detecting" && p.host.kind === "excel" ? (
          <Button appearance="primary" disabled={!p.ready || p.busy} onClick={p.onInsert} data-testid="insert-breakdown">
            {t.insertBreakdown}
          </Button>
        ) : (
          <Button appearance="primary" disabled={!p.ready || p.busy || p.host === "detecting"} onClick={p.onDownload} data-testid="download-xlsx">
            {t.downloadXlsx}
          </Button>
        )}
        {p.busy && <Spinner size="tiny" label={t.busy} />}
      </div>
    </section>
  );
}

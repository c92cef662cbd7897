/**
 * The wizard's behaviour around the reducer (state.ts): host detection and restore, language,
 * focus between steps, which problems show where, and the file and workbook actions. The
 * components only render what this returns and call its actions.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { inLang, isBid, LANG_TAG, parseAnyScenario, type AnyScenario, type Lang } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import { analyse, draftFromScenario, fieldPaths, PRICE, REVIEW, stepOfPath, type Analysis, type Draft, type DraftKind, type Issue } from "./draft";
import { fieldId, type FieldContext } from "./fields";
import { bidExampleScenario, download, exampleScenario, XLSX_TYPE } from "./files";
import { browserLanguage, detectHost, type HostInfo } from "./host";
import { preloadLater, useLater } from "./lazy";
import { computeSeatView, type SeatDraft } from "./seatview";
import { initialState, reducer, type Status } from "./state";
import { fileNameFor, workbookPort as defaultPort, type WorkbookPort } from "./workbookPort";

export interface AppProps {
  /** Injected by tests, and by the page (index.tsx asks office.js before the first render); else detected on mount. */
  readonly detect?: () => Promise<HostInfo>;
  readonly port?: WorkbookPort;
  readonly initialLanguage?: string;
}

const failText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const NOTHING_YET: Analysis = { scenario: undefined, breakdown: undefined, issues: [] };

/** A performance mark for the bench and the browser test (absent in older browsers and some test DOMs). */
function mark(name: string): void {
  if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(name);
}

export type Wizard = ReturnType<typeof useWizard>;

export function useWizard(props: AppProps) {
  const port = props.port ?? defaultPort;
  const [state, dispatch] = useReducer(reducer, props.initialLanguage ?? browserLanguage(), initialState);
  const { lang, draft, step, seat, revealed, revealedSteps } = state;
  const t = useMemo(() => inLang(TASKPANE, lang), [lang]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  /** The step focus was last moved for (none on mount: the page keeps its own focus). */
  const focusedStep = useRef(step);
  // Step 1 is in the first chunk; the rest (and the update dialog) in the second.
  const later = useLater(step !== 0 || state.confirm !== null);

  const say = useCallback(
    (text: Status["text"], intent: Status["intent"] = "info", details?: Status["details"]) => dispatch({ type: "status", status: { text, intent, details } }),
    [],
  );
  const load = (scenario: AnyScenario, text: Status["text"], details?: Status["details"]): void =>
    dispatch({ type: "load", draft: draftFromScenario(scenario), status: { text, intent: "success", details } });

  // Until a field or step is left (or the review or the rate card is open) no problem is shown
  // anywhere, so a fresh pane's first render skips the analysis; the result is the same either way.
  const analysed = step === REVIEW || step === PRICE || revealed.size > 0 || revealedSteps.size > 0;
  const analysis = useMemo(() => (analysed ? analyse(draft) : NOTHING_YET), [draft, analysed]);
  const seatResult = useMemo(
    // The seat view compares prices for actuals' agents and months; a bid is priced on step 6.
    () => (analysis.scenario && !isBid(analysis.scenario) && analysis.breakdown ? computeSeatView(seat, analysis.scenario, analysis.breakdown) : { issues: [] as Issue[], view: undefined }),
    [seat, analysis],
  );

  // ------------------------------------------------------------ host, language, restore
  useEffect(() => {
    // The pane may close while office.js answers: a flag the cleanup clears, read through a
    // function so each check sees its current value.
    let live = true;
    const closed = (): boolean => !live;
    void (props.detect ?? detectHost)().then(async (host) => {
      if (closed()) return;
      dispatch({ type: "hostDetected", host });
      // The browser test reads when the workbook button became usable (offline: within 1 s).
      mark("cc-host-detected");
      if (host.kind !== "excel") return;
      const stored = await port.readStored();
      if (closed()) return;
      if (stored.kind === "ok") load(stored.scenario, (x) => x.paneRestored, stored.warnings);
      else if (stored.kind === "bad") say((x) => x.paneRestoreFailed, "error", [stored.reason]);
    });
    return () => {
      live = false;
    };
    // Once per mount: host detection and restore happen when the pane opens.
  }, []);

  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.title = t.paneAppTitle;
  }, [lang, t]);

  // Step 1 answers from here on (its first paint is marked by the page, see prerender.tsx): the
  // bench reads this mark too. Then the second chunk is fetched while the user reads step 1.
  useEffect(() => {
    mark("cc-wizard-interactive");
    preloadLater();
  }, []);

  // Move focus to the new step's heading, or to the field a problem link points at — once the
  // step's part has arrived, if it was still loading.
  const shown = step === 0 || later.parts !== undefined;
  useEffect(() => {
    const target = pendingFocus.current;
    if (focusedStep.current === step && target === null) return;
    const el = target ? document.getElementById(fieldId(target)) : null;
    if (target && !el && !shown) return;
    focusedStep.current = step;
    pendingFocus.current = null;
    (el ?? headingRef.current)?.focus();
  }, [step, shown]);

  // ------------------------------------------------------------ problems shown where
  const fields = useMemo(() => new Set(fieldPaths(draft)), [draft]);
  const allIssues = useMemo(() => [...analysis.issues, ...seatResult.issues], [analysis.issues, seatResult.issues]);
  const isVisible = useCallback(
    (path: string) => path.startsWith("seat.") || revealed.has(path) || revealedSteps.has(stepOfPath(path)),
    [revealed, revealedSteps],
  );
  const ctx: FieldContext = useMemo(
    () => ({
      lang,
      t,
      draft,
      setText: (path, value) => dispatch({ type: "type", path, value }),
      visibleIssue: (path) => allIssues.find((i) => i.path === path && isVisible(path)),
      reveal: (path) => dispatch({ type: "reveal", path }),
    }),
    [lang, t, draft, allIssues, isVisible],
  );
  const problemsOn = (n: number): readonly Issue[] => (n === REVIEW ? [] : analysis.issues.filter((i) => stepOfPath(i.path) === n && isVisible(i.path)));
  /** Problems of the current step that no field shows (e.g. "no talk time at all"). */
  const stepLevel = problemsOn(step).filter((i) => !fields.has(i.path));

  // ------------------------------------------------------------ navigation
  const goToStep = (n: number): void => dispatch({ type: "goTo", step: n });
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
  const openFile = async (file: File): Promise<void> => {
    const parsed = parseAnyScenario(await file.text());
    if (parsed.ok) load(parsed.scenario, (x) => x.paneOpened(file.name));
    else say((x) => x.paneOpenFailed(file.name), "error", parsed.issues.map(({ path, message }) => (path ? { en: `${path}: ${message.en}`, zh: `${path}: ${message.zh}` } : message)));
  };
  const save = (): void => {
    const scenario = analysed ? analysis.scenario : analyse(draft).scenario;
    if (!scenario) {
      goToStep(REVIEW);
      say((x) => x.paneCannotSave, "error");
      return;
    }
    const name = fileNameFor(scenario.name, "json");
    download(`${JSON.stringify(scenario, null, 2)}\n`, "application/json", name);
    say((x) => x.paneSaved(name), "success");
  };

  // ------------------------------------------------------------ workbook
  const withBusy = async (work: (scenario: AnyScenario) => Promise<void>): Promise<void> => {
    if (!analysis.scenario) return;
    dispatch({ type: "busy", busy: true });
    try {
      await work(analysis.scenario);
    } catch (e) {
      say((x) => x.paneWorkbookFailed, "error", [failText(e)]);
    } finally {
      dispatch({ type: "busy", busy: false });
    }
  };
  const output = { lang, formulas: state.formulas };
  const downloadXlsx = (): Promise<void> =>
    withBusy(async (scenario) => {
      const bytes = await port.xlsx(scenario, output);
      const name = fileNameFor(scenario.name, "xlsx");
      download(bytes, XLSX_TYPE, name);
      const priced = scenario.pricing !== undefined;
      say((x) => (priced ? x.paneDownloadedQuote(name) : x.paneDownloaded(name)), "success");
    });
  const askUpdate = (sheet: string): Promise<boolean> => new Promise((resolve) => dispatch({ type: "confirm", confirm: { sheet, resolve } }));
  const insert = (): Promise<void> =>
    withBusy(async (scenario) => {
      const out = await port.insert(scenario, output, askUpdate);
      if (!out.written) return;
      const { renamedFrom, quoteSheetName } = out;
      say((x) => {
        const breakdown = renamedFrom ? x.paneInsertedRenamed(renamedFrom, out.sheetName) : x.paneInserted(out.sheetName);
        return quoteSheetName === undefined ? breakdown : `${breakdown} ${x.paneInsertedQuote(quoteSheetName)}`;
      }, "success");
    });
  const answer = (yes: boolean): void => {
    state.confirm?.resolve(yes);
    dispatch({ type: "confirm", confirm: null });
  };

  return {
    state,
    later,
    t,
    ctx,
    analysis,
    seatView: seatResult.view,
    headingRef,
    problemsOn,
    stepLevel,
    ready: analysis.scenario !== undefined && analysis.breakdown !== undefined,
    setLang: (l: Lang) => dispatch({ type: "chooseLanguage", lang: l }),
    setSeat: (patch: Partial<SeatDraft>) => dispatch({ type: "seat", patch }),
    setFormulas: (formulas: typeof state.formulas) => dispatch({ type: "formulas", formulas }),
    edit: (update: (d: Draft) => Draft) => dispatch({ type: "edit", update }),
    setKind: (kind: DraftKind) => dispatch({ type: "kind", kind }),
    announce: (text: Status["text"], details?: Status["details"]) => say(text, "info", details),
    goToStep,
    goToField,
    loadExample: () => load(exampleScenario(), (x) => x.paneExampleLoaded),
    loadBidExample: () => load(bidExampleScenario(), (x) => x.paneBidExampleLoaded),
    openFile,
    save,
    downloadXlsx,
    insert,
    answer,
  };
}

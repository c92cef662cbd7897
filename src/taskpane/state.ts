/**
 * The wizard's state and every change to it, as one typed reducer. One draft (the scenario being
 * edited) lives here for all the steps, so moving between steps never loses anything; what is
 * shown is derived from it on render (useWizard.ts).
 */
import { languageFrom, pick, type Lang, type LocalizedText } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import type { FormulaMode } from "../workbook/plan";
import { emptyDraft, REVIEW, STEP_COUNT, withText, type Draft, type DraftKind } from "./draft";
import type { HostInfo } from "./host";
import { SEAT_DEFAULTS, type SeatDraft } from "./seatview";
import type { Words } from "./words";

/**
 * What the last action did. Kept as a function of the words, so a message follows a language
 * switch. It belongs to the action that made it: the next action's status replaces it, and any
 * change to what it spoke of (an edit, the seat figures, the workbook option) clears it, so a
 * "Downloaded …" never stands above a scenario that has changed since. Moving between steps
 * and switching the language keep it.
 */
export interface Status {
  /** The words of the pane, and the language for sentences from elsewhere in the book. */
  readonly text: (t: Words, lang: Lang) => string;
  readonly intent: "info" | "success" | "error";
  /** Localized pairs, or text that exists in one language only (a file's own problems). */
  readonly details?: readonly (string | LocalizedText)[];
}

/** An open "update the sheet?" question and how to answer it. */
export interface Confirm {
  readonly sheet: string;
  readonly resolve: (yes: boolean) => void;
}

export interface WizardState {
  readonly lang: Lang;
  /** The user picked a language: Office's display language no longer overrides it. */
  readonly langChosen: boolean;
  readonly host: HostInfo | "detecting";
  readonly draft: Draft;
  readonly step: number;
  readonly seat: SeatDraft;
  /** Fields the user has left: their problems show. */
  readonly revealed: ReadonlySet<string>;
  /** Steps the user has left (or a loaded scenario): all their problems show. */
  readonly revealedSteps: ReadonlySet<number>;
  readonly status: Status | null;
  readonly busy: boolean;
  readonly formulas: FormulaMode;
  readonly confirm: Confirm | null;
}

export type Action =
  | { readonly type: "chooseLanguage"; readonly lang: Lang }
  | { readonly type: "hostDetected"; readonly host: HostInfo }
  | { readonly type: "edit"; readonly update: (d: Draft) => Draft }
  | { readonly type: "kind"; readonly kind: DraftKind }
  | { readonly type: "type"; readonly path: string; readonly value: string }
  | { readonly type: "load"; readonly draft: Draft; readonly status: Status }
  | { readonly type: "goTo"; readonly step: number }
  | { readonly type: "reveal"; readonly path: string }
  | { readonly type: "seat"; readonly patch: Partial<SeatDraft> }
  | { readonly type: "status"; readonly status: Status }
  | { readonly type: "busy"; readonly busy: boolean }
  | { readonly type: "formulas"; readonly formulas: FormulaMode }
  | { readonly type: "confirm"; readonly confirm: Confirm | null };

/** The steps that hold the scenario's fields (all but the review). */
const SCENARIO_STEPS = Array.from({ length: STEP_COUNT }, (_, i) => i).filter((i) => i !== REVIEW);

export function initialState(languageTag: string | undefined): WizardState {
  const lang = languageFrom(languageTag);
  return {
    lang,
    langChosen: false,
    host: "detecting",
    draft: emptyDraft(pick(TASKPANE.paneNewScenario, lang)),
    step: 0,
    seat: SEAT_DEFAULTS,
    revealed: new Set(),
    revealedSteps: new Set(),
    status: null,
    busy: false,
    formulas: "native",
    confirm: null,
  };
}

export function reducer(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case "chooseLanguage":
      return { ...state, lang: action.lang, langChosen: true };
    case "hostDetected": {
      const office = action.host.kind === "excel" && !state.langChosen ? action.host.displayLanguage : undefined;
      return { ...state, host: action.host, lang: office ? languageFrom(office) : state.lang };
    }
    case "edit":
      return { ...state, draft: action.update(state.draft), status: null };
    case "kind":
      // The other side's fields were never visited as this kind's: their problems wait to be left again.
      return action.kind === state.draft.kind ? state : { ...state, draft: { ...state.draft, kind: action.kind }, revealed: new Set(), revealedSteps: new Set(), status: null };
    case "type":
      return { ...state, draft: withText(state.draft, action.path, action.value), status: null };
    case "load":
      // A whole scenario arrived: its problems, if any, show at once.
      return { ...state, draft: action.draft, revealedSteps: new Set(SCENARIO_STEPS), status: action.status };
    case "goTo": {
      if (action.step === state.step) return state;
      // Leaving a step reveals its problems; arriving at the review reveals everything.
      const revealedSteps = new Set([...state.revealedSteps, state.step, ...(action.step === REVIEW ? SCENARIO_STEPS : [])]);
      return { ...state, revealedSteps, step: Math.max(0, Math.min(STEP_COUNT - 1, action.step)) };
    }
    case "reveal":
      return state.revealed.has(action.path) ? state : { ...state, revealed: new Set(state.revealed).add(action.path) };
    case "seat":
      return { ...state, seat: { ...state.seat, ...action.patch }, status: null };
    case "status":
      return { ...state, status: action.status };
    case "busy":
      return { ...state, busy: action.busy };
    case "formulas":
      return { ...state, formulas: action.formulas, status: null };
    case "confirm":
      return { ...state, confirm: action.confirm };
  }
}

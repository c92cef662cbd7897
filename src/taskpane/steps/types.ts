import type { Lang, LocalizedText } from "../../core";
import type { Draft } from "../draft";
import type { Words } from "../words";

export type SetDraft = (update: (d: Draft) => Draft) => void;

export interface StepProps {
  readonly draft: Draft;
  readonly setDraft: SetDraft;
  /**
   * Polite status line (paste results and the like), as a function of the words so it follows
   * the language, with a list of details under it.
   */
  readonly announce: (text: (t: Words, lang: Lang) => string, details?: readonly LocalizedText[]) => void;
}

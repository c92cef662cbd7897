/** The pane's view of the sentence book: its part in one language (`t.paneNext`, `t.paneStepOf(2, 5)`). */
import type { InLang, LocalizedText } from "../core";
import type { TASKPANE } from "../core/sentences/taskpane";

export type Words = InLang<typeof TASKPANE>;

/** A sentence with its figures filled in, in both languages, for a message that must follow a language switch. */
export function both<A extends unknown[]>(s: { readonly en: (...a: A) => string; readonly zh: (...a: A) => string }, ...args: A): LocalizedText {
  return { en: s.en(...args), zh: s.zh(...args) };
}

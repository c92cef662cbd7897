/** The quote CLI's words in one language, from the sentence book's CLI part (core errors carry their own). */
import { CLI } from "../core/sentences/cli";
import { inLang, type InLang, type Lang } from "../core/sentences";
import type { ArgProblem } from "./args";

export type Words = InLang<typeof CLI>;

const VIEWS: Readonly<Record<Lang, Words>> = { en: inLang(CLI, "en"), zh: inLang(CLI, "zh") };

/** The CLI's sentences in `lang`: `say(lang).cliNoFile`, `say(lang).cliNotFound(path)`. */
export function say(lang: Lang): Words {
  return VIEWS[lang];
}

export function argProblemText(p: ArgProblem, lang: Lang): string {
  const t = say(lang);
  switch (p.kind) {
    case "unknown":
      return t.cliUnknownOption(p.option);
    case "noValueAllowed":
      return t.cliNoValueAllowed(p.option);
    case "missingValue":
      return t.cliMissingValue(p.option);
    case "repeated":
      return t.cliRepeatedOption(p.option);
  }
}

/** The header of a printed table; the formula column only with --formulas. */
export function tableHeader(lang: Lang, formulas: boolean): string[] {
  const t = say(lang);
  const header = [t.cliColumnItem, t.cliColumnValue, t.cliColumnUnit];
  return formulas ? [...header, t.cliColumnFormula] : header;
}

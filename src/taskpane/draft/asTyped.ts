/**
 * Problems worded in the units the user typed, not the file's: a rate is typed as a percentage,
 * so its bounds and the value read as percentages too ("must be between 0 % and 100 % (got
 * 150 %)"), and text where a number belongs is quoted back ("must be a number (got text
 * "eight")"). The bounds are the catalogue's; only the wording is the pane's.
 */
import { D, formatExact, MAX_FIGURE, type Lang, type LocalizedText, type NumberSpec } from "../../core";
import { SCHEMA } from "../../core/sentences/schema";
import { TASKPANE } from "../../core/sentences/taskpane";
import { VALIDATION } from "../../core/sentences/validation";

/** How much of a typed text a message quotes. */
const QUOTED_CHARS = 40;

export function notANumber(typed: string): LocalizedText {
  const t = typed.trim();
  const shown = t.length > QUOTED_CHARS ? `${t.slice(0, QUOTED_CHARS)}…` : t;
  return { en: TASKPANE.paneNotNumber.en(shown), zh: TASKPANE.paneNotNumber.zh(shown) };
}

/** A rate as the percentage it is typed as, exact and grouped: 1.5 → "150 %" / "150%". */
function percent(rate: number, lang: Lang): string {
  return TASKPANE.panePercent[lang](formatExact(new D(String(rate)).times(100), lang));
}

type Words = (lang: Lang) => string;

function inBoth(words: Words): LocalizedText {
  return { en: words("en"), zh: words("zh") };
}

/**
 * A rate outside the catalogue's bounds, in percent; undefined when within. An inclusive range
 * reads "between lo and hi"; a rate that must stay above its lower bound says so on its own.
 */
export function rateOutOfRange(spec: Pick<NumberSpec, "min" | "above" | "max">, rate: number): LocalizedText | undefined {
  const hi = spec.max ?? MAX_FIGURE;
  const got = (lang: Lang): string => SCHEMA.schemaGot[lang](percent(rate, lang));
  if (spec.above !== undefined) {
    const above = spec.above;
    if (rate <= above) return inBoth((lang) => SCHEMA.schemaAbove[lang](percent(above, lang), got(lang)));
  } else if (spec.min !== -Infinity) {
    const lo = spec.min ?? 0;
    if (rate < lo || rate > hi) return inBoth((lang) => VALIDATION.notBetween[lang](percent(lo, lang), percent(hi, lang), percent(rate, lang)));
    return undefined;
  }
  return rate > hi ? inBoth((lang) => SCHEMA.schemaAtMost[lang](percent(hi, lang), got(lang))) : undefined;
}

/** "item 3: " before a message about one figure of a list. */
export function forItem(index: number, message: LocalizedText): LocalizedText {
  return { en: VALIDATION.itemPrefix.en(index + 1) + message.en, zh: VALIDATION.itemPrefix.zh(index + 1) + message.zh };
}

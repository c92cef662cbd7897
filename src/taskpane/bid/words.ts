/**
 * The bid path's view of the sentence book: its own part and the forecast part's monthly-table
 * headings (said once, there), per language, built in the later chunk.
 */
import { useMemo } from "react";
import { inLang, type InLang } from "../../core";
import { FORECAST } from "../../core/sentences/forecast";
import { PANE_BID } from "../../core/sentences/paneBid";
import { useFields } from "../fields";

const BOOK = { ...PANE_BID, ...FORECAST };

export type BidWords = InLang<typeof BOOK>;

const BY_LANG = { en: inLang(BOOK, "en"), zh: inLang(BOOK, "zh") } as const;

export function useBidWords(): BidWords {
  const { lang } = useFields();
  return useMemo(() => BY_LANG[lang], [lang]);
}

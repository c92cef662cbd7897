/**
 * Step 6's view of the sentence book: its own part, the billing models' names, and the column
 * headings and totals it shares with the quote sheet and the CLI (said once, there). Built per
 * language in this chunk, so the first chunk's words stay the pane's own.
 */
import { useMemo } from "react";
import { inLang, type InLang } from "../../core";
import { CLI } from "../../core/sentences/cli";
import { CLI_PRICING } from "../../core/sentences/cliPricing";
import { PANE_PRICING } from "../../core/sentences/panePricing";
import { PRICING } from "../../core/sentences/pricing";
import { QUOTE_SHEET } from "../../core/sentences/quoteSheet";
import { useFields } from "../fields";

const BOOK = { ...PRICING, ...CLI_PRICING, ...QUOTE_SHEET, ...PANE_PRICING, cliSeats: CLI.cliSeats, cliMonths: CLI.cliMonths };

export type PriceWords = InLang<typeof BOOK>;

const BY_LANG = { en: inLang(BOOK, "en"), zh: inLang(BOOK, "zh") } as const;

export function usePriceWords(): PriceWords {
  const { lang } = useFields();
  return useMemo(() => BY_LANG[lang], [lang]);
}

/** Models named together: "Per seat-month, per person-day or per hour", "按座席月、按人天或按小时". */
export function modelList(names: readonly string[], w: PriceWords): string {
  return names.reduce((list, name, i) => (i === 0 ? name : i === names.length - 1 ? w.paneModelListLast(list, name) : w.paneModelListJoin(list, name)), "");
}

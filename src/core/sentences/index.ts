/**
 * The sentence book: every English and Chinese sentence of the core and the adapters, by key,
 * in one module. Parts are kept per surface so each file stays short; the keys are one space
 * (a test proves no key is defined twice and every entry has both languages).
 */
import { BID_SHEET } from "./bidSheet";
import { CLI } from "./cli";
import { CLI_PRICING } from "./cliPricing";
import { CORE } from "./core";
import { FORECAST } from "./forecast";
import { FORMULAS } from "./formulas";
import { FUNCTIONS } from "./functions";
import { PANE_BID } from "./paneBid";
import { PANE_PRICING } from "./panePricing";
import { PRICING } from "./pricing";
import { QUOTE_SHEET } from "./quoteSheet";
import { SCHEMA } from "./schema";
import { TASKPANE } from "./taskpane";
import { VALIDATION } from "./validation";
import { WORKBOOK } from "./workbook";

export const BOOK_PARTS = { CORE, VALIDATION, FORMULAS, SCHEMA, FUNCTIONS, CLI, WORKBOOK, TASKPANE, PRICING, CLI_PRICING, QUOTE_SHEET, PANE_PRICING, FORECAST, BID_SHEET, PANE_BID } as const;

export const SENTENCES = { ...CORE, ...VALIDATION, ...FORMULAS, ...SCHEMA, ...FUNCTIONS, ...CLI, ...WORKBOOK, ...TASKPANE, ...PRICING, ...CLI_PRICING, ...QUOTE_SHEET, ...PANE_PRICING, ...FORECAST, ...BID_SHEET, ...PANE_BID };

export type SentenceKey = keyof typeof SENTENCES;
export { filled, inLang, part, type Book, type InLang, type Sentence, type Wording } from "./book";
export { LANG_TAG, languageFrom, pick, type Lang } from "./lang";

/**
 * The sentence book: every English and Chinese sentence of the core and the adapters, by key,
 * in one module. Parts are kept per surface so each file stays short; the keys are one space
 * (a test proves no key is defined twice and every entry has both languages).
 */
import { CORE } from "./core";
import { TASKPANE } from "./taskpane";

export const BOOK_PARTS = { CORE, TASKPANE } as const;

export const SENTENCES = { ...CORE, ...TASKPANE };

export type SentenceKey = keyof typeof SENTENCES;
export { inLang, part, type Book, type InLang, type Sentence, type Wording } from "./book";
export { LANG_TAG, languageFrom, pick, type Lang } from "./lang";

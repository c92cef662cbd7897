/**
 * The shape of the sentence book: every entry has both languages, as text or as a function of
 * the same arguments (a sentence with figures in it). `inLang` gives one language's view, so a
 * surface writes `t.stepOf(2, 5)` and never chooses between zh and en itself.
 */
import type { Lang } from "./lang";

/** A sentence with no arguments, or one that takes figures. */
export type Wording = string | ((...args: never[]) => string);

export interface Sentence<W extends Wording = Wording> {
  readonly en: W;
  readonly zh: W;
}

export type Book = Readonly<Record<string, Sentence>>;

/** One language of a book: each key its text (or its function). */
export type InLang<B extends Book> = { readonly [K in keyof B]: B[K]["en"] };

export function inLang<B extends Book>(book: B, lang: Lang): InLang<B> {
  const out: Record<string, Wording> = {};
  for (const [key, s] of Object.entries(book)) out[key] = lang === "zh" ? s.zh : s.en;
  return out as InLang<B>;
}

/** Declare a part of the book; the type check makes both languages agree on their arguments. */
export function part<B extends Book & { readonly [K in keyof B]: { readonly en: B[K]["zh"]; readonly zh: B[K]["en"] } }>(book: B): B {
  return book;
}

/** A sentence with its figures filled in, in both languages (an error's message, an issue's). */
export function filled<A extends unknown[]>(s: { readonly en: (...a: A) => string; readonly zh: (...a: A) => string }, ...args: A): Sentence<string> {
  return { en: s.en(...args), zh: s.zh(...args) };
}

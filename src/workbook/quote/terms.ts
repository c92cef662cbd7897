/**
 * The terms as sentences with their figures: each sentence is a formula that joins the book's
 * words with the live figures (FIXED for money and percentages, so they read in the reader's own
 * number style), so an edited input or cost changes the sentence too. The book's sentence is
 * called with placeholders, then cut at them: the words stay the book's, in either language.
 */
import { toNumber, type Dec } from "../../core/decimal";
import { literal, type QuoteContext, type QuoteRefs } from "./context";
import { QUOTE_COLUMNS, TERM_COUNT, type QuoteRows } from "./place";

/** A figure inside a sentence: the formula that shows it as text, and its text now. */
interface Shown {
  readonly formula: string;
  readonly text: string | undefined;
}

const MARK = /\{\{(\d+)\}\}/;

/** The sentence as a formula over its figures, and as text with the core's figures (its cached result). */
export function liveSentence(say: (...figures: string[]) => string, figures: readonly Shown[]): { formula: string; result?: string } {
  const parts = say(...figures.map((_, i) => `{{${i}}}`)).split(MARK);
  const formula = parts
    .map((p, i) => (i % 2 === 0 ? (p === "" ? "" : literal(p)) : (figures[Number(p)]?.formula ?? "")))
    .filter((p) => p !== "")
    .join("&");
  const complete = figures.every((f) => f.text !== undefined);
  return complete ? { formula, result: say(...figures.map((f) => f.text ?? "")) } : { formula };
}

const twoDecimals = (n: number): string => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function count(ref: string, value: Dec | undefined): Shown {
  return { formula: ref, text: value === undefined ? undefined : String(toNumber(value)) };
}

function money(ref: string, value: Dec | undefined, currency: string): Shown {
  return { formula: `FIXED(${ref},2)&${literal(` ${currency}`)}`, text: value === undefined ? undefined : `${twoDecimals(toNumber(value))} ${currency}` };
}

function percent(ref: string, value: Dec | undefined): Shown {
  return { formula: `FIXED(${ref}*100,2)&"%"`, text: value === undefined ? undefined : `${twoDecimals(toNumber(value.times(100)))}%` };
}

export function writeTerms(ctx: QuoteContext, rows: QuoteRows, r: QuoteRefs): void {
  const { q, currency } = ctx;
  const p = ctx.core?.pricing;
  const x = p?.inputs;
  const terms = [
    liveSentence(q.quoteTermEngagement, [count(r.input("minSeats"), x?.minSeats), count(r.input("minMonths"), x?.minMonths), money(r.minimumFee, p?.minimumFee, currency)]),
    liveSentence(q.quoteTermPrepayment, [count(r.input("prepayMonths"), x?.prepayMonths), money(r.prepayment, p?.prepayment, currency)]),
    liveSentence(q.quoteTermPenaltyCap, [percent(r.input("penaltyCapRate"), x?.penaltyCapRate)]),
    liveSentence(q.quoteTermHoldback, [percent(r.input("holdbackRate"), x?.holdbackRate)]),
    liveSentence(q.quoteTermMinCommit, [percent(r.input("minCommitShare"), x?.minCommitShare)]),
  ];
  if (terms.length !== TERM_COUNT) throw new Error("quote: terms out of step with the layout"); // a programming error
  ctx.sheet.text(QUOTE_COLUMNS.label, rows.termsSection, q.quoteTerms, "section");
  terms.forEach((t, i) => ctx.sheet.put(QUOTE_COLUMNS.label, rows.firstTerm + i, { role: "sentence", ...t }));
}

/**
 * What every block of the quote sheet reads and writes through: the sheet builder, the words,
 * the core's pricing (each figure cell carries the core's value as its cached result and as the
 * figure the tests compare), and the references every formula is made of.
 */
import type { Breakdown } from "../../core/breakdown.types";
import { toNumber, type Dec } from "../../core/decimal";
import type { Pricing } from "../../core/pricing";
import type { AnyScenario, Scenario } from "../../core/scenario";
import type { InLang } from "../../core/sentences/book";
import type { Lang } from "../../core/sentences/lang";
import type { QUOTE_SHEET } from "../../core/sentences/quoteSheet";
import type { WORKBOOK } from "../../core/sentences/workbook";
import type { SheetBuilder } from "../plan/a1";
import type { CellRole } from "../plan/types";
import type { FigureKind, QuoteFigure } from "./types";

export interface QuoteContext {
  readonly scenario: AnyScenario;
  /** The billed seats' live default now: the agents on payroll, or a bid's ⌈Σ headcount ÷ months⌉. */
  readonly seatsNow: number | undefined;
  readonly pricing: NonNullable<Scenario["pricing"]>;
  readonly lang: Lang;
  readonly currency: string;
  readonly sheet: SheetBuilder;
  readonly words: InLang<typeof WORKBOOK>;
  readonly q: InLang<typeof QUOTE_SHEET>;
  /** The core's breakdown and rate card, when the core accepts the scenario. */
  readonly core: { readonly breakdown: Breakdown; readonly pricing: Pricing } | undefined;
  readonly figures: QuoteFigure[];
}

/** Absolute references of the cells every formula is built from (all on the quote sheet). */
export interface QuoteRefs {
  /** The cost base, linked from the breakdown sheet: C, t, M and the volumes. */
  readonly cost: string;
  readonly taxRate: string;
  readonly months: string;
  readonly agents: string;
  readonly hoursPerDay: string;
  readonly talkMinutes: string;
  readonly answered: string;
  readonly normalizedAnswers: string;
  /** V: answered calls per month. */
  readonly callsPerMonth: string;
  /** A pricing input by its field name (margin, seats, penaltyCapRate …). */
  readonly input: (name: string) => string;
  readonly price: string;
  readonly priceWithTax: string;
  readonly minimumFee: string;
  readonly prepayment: string;
  /** A model's rate (the package's monthly fee, base + commission's base fee per month). */
  readonly rate: (model: string) => string;
  readonly units: (model: string) => string;
  /** The package's overage rate and base + commission's commission per outcome (second rows). */
  readonly overageRate: () => string;
  readonly commission: () => string;
}

export interface FigureCell {
  readonly key: string;
  readonly kind: FigureKind;
  readonly formula: string;
  /** The core's value; null: none (a break-even never reached); undefined: the core refused. */
  readonly expected: Dec | null | undefined;
  readonly numberFormat: string;
  readonly role?: CellRole;
  /** What the formula shows when the core has no value (its cached result then). */
  readonly none?: string;
}

/** A live formula whose value the core computes too: written with the core's value as its cached result. */
export function putFigure(ctx: QuoteContext, column: string, row: number, f: FigureCell): string {
  const expected = f.expected === undefined || f.expected === null ? null : toNumber(f.expected);
  const result = expected ?? (f.expected === null ? f.none : undefined);
  const address = ctx.sheet.put(column, row, { role: f.role ?? "output", formula: f.formula, ...(result === undefined ? {} : { result }), numberFormat: f.numberFormat });
  ctx.figures.push({ key: f.key, address, kind: f.kind, expected });
  return address;
}

/** A string literal inside a formula. */
export const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The reference of a cell on another sheet, its name always quoted (spaces, apostrophes, CJK). */
export function onSheet(sheetName: string, ref: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}

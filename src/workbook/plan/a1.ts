/**
 * A1 addresses and the sheet builder every section writes through: it collects the plan's cells
 * and defined names, keeps every text cell to characters an .xlsx can carry, and carries what all
 * sections share (scenario, language, formula mode, the sheet's words, the core's values).
 */
import type { BreakdownKey } from "../../core/breakdown.types";
import type { Dec } from "../../core/decimal";
import type { NumericUnit, Unit } from "../../core/formats/units";
import type { Scenario } from "../../core/scenario";
import { inLang, type InLang } from "../../core/sentences/book";
import { WORKBOOK } from "../../core/sentences/workbook";
import { cellText } from "../sheetName";
import type { CellRole, FormulaMode, Lang, PlanCell, PlanName } from "./types";

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Column number of a column's letters (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export const addr = (column: string, row: number): string => `${column}${row}`;
export const abs = (column: string, row: number): string => `$${column}$${row}`;
export const absRange = (column: string, top: number, bottom: number): string => `${abs(column, top)}:${abs(column, bottom)}`;
export const range = (left: string, top: number, right: string, bottom: number): string => `${addr(left, top)}:${addr(right, bottom)}`;

/** FNV-1a of a string, base 36: a short stable tag for workbook-unique table names. */
export function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A number field's unit (the catalogue never gives a figure a text unit). */
export function numericUnit(unit: Unit): NumericUnit {
  if (unit === "text" || unit === "currency") throw new Error(`plan: a figure with the unit "${unit}"`); // a programming error
  return unit;
}

/** A cell's content without its address. */
export type CellContent = Omit<PlanCell, "address">;

/** Collects cells and defined names in the order the sections write them. */
export class SheetBuilder {
  readonly cells: PlanCell[] = [];
  readonly names: PlanName[] = [];

  /** A text cell (never a formula, whatever it starts with). */
  text(column: string, row: number, value: string, role: CellRole = "text"): void {
    this.cells.push({ address: addr(column, row), role, value: cellText(value) });
  }

  /** A cell of any kind; returns its address. */
  put(column: string, row: number, content: CellContent): string {
    const address = addr(column, row);
    this.cells.push({ address, ...content });
    return address;
  }

  /** A defined name over one cell; returns its absolute reference. */
  name(name: string, column: string, row: number): string {
    const ref = abs(column, row);
    this.names.push({ name, ref });
    return ref;
  }
}

/** What every section reads. */
export interface PlanContext {
  readonly scenario: Scenario;
  readonly lang: Lang;
  readonly mode: FormulaMode;
  readonly currency: string;
  /** The sheet's sentences in the plan's language. */
  readonly words: InLang<typeof WORKBOOK>;
  /** The core's breakdown values (empty when the core refuses the scenario). */
  readonly core: Partial<Record<BreakdownKey, Dec>>;
  readonly sheet: SheetBuilder;
}

export function planContext(scenario: Scenario, lang: Lang, mode: FormulaMode, core: PlanContext["core"]): PlanContext {
  return { scenario, lang, mode, currency: scenario.currency, words: inLang(WORKBOOK, lang), core, sheet: new SheetBuilder() };
}

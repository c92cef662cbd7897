/**
 * A column pasted from Excel: one figure a row, in the last filled cell of each row (so a label
 * column on the left, "2027-01 ⇥ 112000", is skipped), a header row before the first figure
 * skipped too. Rows whose figure is not a number are left out and named, with the reason.
 */
import type { ClipboardEvent } from "react";
import type { LocalizedText, Unit } from "../../core";
import { notANumber } from "../draft/asTyped";
import { parseFigure } from "../draft/numbers";
import { cellsOf, pasteNoteDetails, type PasteNote } from "../paste";

export interface ColumnPaste {
  /** The figures as typed, in order. */
  readonly figures: readonly string[];
  /** The same, read as numbers in the field's unit ("3.1%" is 0.031 in a share). */
  readonly values: readonly number[];
  readonly skipped: readonly PasteNote[];
}

export function parseColumn(text: string, unit: Unit): ColumnPaste {
  const figures: string[] = [];
  const values: number[] = [];
  const skipped: PasteNote[] = [];
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, index) => {
      const cell = cellsOf(line)
        .filter((c) => c !== "")
        .at(-1);
      if (cell === undefined) return;
      const n = parseFigure(cell, unit);
      if (n === undefined) {
        // Text above the first figure is the column's header.
        if (figures.length > 0) skipped.push({ row: index + 1, message: notANumber(cell) });
        return;
      }
      figures.push(cell);
      values.push(n);
    });
  return { figures, values, skipped };
}

/** A paste of more than one row is a column; a single value pastes as typing would. */
export function isColumn(text: string): boolean {
  return text.replace(/\r\n?/g, "\n").trim().includes("\n");
}

/**
 * A paste of a column onto a field, taken over (the browser's own paste is prevented) and read
 * in the field's unit, with the rows left out as the status lists them; undefined for a single
 * value, which pastes as typing would.
 */
export function takeColumnPaste(e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>, unit: Unit): { col: ColumnPaste; details: LocalizedText[] } | undefined {
  const text = e.clipboardData.getData("text/plain");
  if (!isColumn(text)) return undefined;
  e.preventDefault();
  const col = parseColumn(text, unit);
  return { col, details: pasteNoteDetails(col.skipped) };
}

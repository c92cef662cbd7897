/**
 * Traffic lines pasted from Excel: a copied range arrives as tab-separated text, one row per
 * line. Columns: name, answered, average talk seconds, measured talk minutes (optional).
 * Values are kept as typed (the wizard validates them like any field); rows that cannot be
 * traffic lines at all are left out and reported, and the figures of the rows added that are
 * not numbers are named too, so the paste's message says which rows need a look and why.
 */
import { SCENARIO, type LocalizedText, type NumberNode } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import { emptyStream, isRequired, parseNumber, type StreamRow } from "./draft";
import { notANumber } from "./draft/asTyped";
import { both } from "./words";

export interface PasteNote {
  /** 1-based row number in the pasted text. */
  readonly row: number;
  readonly message: LocalizedText;
}

/** Each note as the status lists it: "row 3: must be a number …", in both languages. */
export function pasteNoteDetails(notes: readonly PasteNote[]): LocalizedText[] {
  return notes.map((n) => ({ en: TASKPANE.panePasteRow.en(n.row, n.message.en), zh: TASKPANE.panePasteRow.zh(n.row, n.message.zh) }));
}

export interface PasteResult {
  readonly rows: StreamRow[];
  /** Rows left out, and what is wrong with each. */
  readonly problems: readonly PasteNote[];
  /** Rows added with a figure that needs fixing (blank where required, or not a number). */
  readonly figures: readonly PasteNote[];
}

const ITEM = SCENARIO.children.traffic.children.streams.item;
const FIGURES: readonly (readonly [keyof StreamRow & keyof typeof ITEM, NumberNode])[] = [
  ["answered", ITEM.answered],
  ["avgTalkSeconds", ITEM.avgTalkSeconds],
  ["talkMinutes", ITEM.talkMinutes],
];

/** What is wrong with a pasted row's figures, field by field ("Answered calls must be a number (got text "x")"). */
function figureNotes(row: StreamRow, at: number): PasteNote[] {
  return FIGURES.flatMap(([key, node]) => {
    const text = row[key].trim();
    const what = text === "" ? (isRequired(node) ? TASKPANE.paneRequired : undefined) : parseNumber(text) === undefined ? notANumber(text) : undefined;
    if (!what) return [];
    const { label } = node.spec;
    return [{ row: at, message: { en: TASKPANE.panePasteField.en(label.en, what.en), zh: TASKPANE.panePasteField.zh(label.zh, what.zh) } }];
  });
}

export function cellsOf(line: string): string[] {
  // Excel always uses tabs; two or more spaces is what a copy from a web page or PDF table gives.
  const cells = line.includes("\t") ? line.split("\t") : line.trim().split(/\s{2,}/);
  return cells.map((c) => c.trim().replace(/^"(.*)"$/s, "$1"));
}

const isNumeric = (cell: string | undefined): boolean => cell !== undefined && cell !== "" && parseNumber(cell) !== undefined;

export function parseTrafficPaste(text: string): PasteResult {
  const rows: StreamRow[] = [];
  const problems: PasteNote[] = [];
  const figures: PasteNote[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let seenData = false;
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const cells = cellsOf(line);
    const [name = "", answered = "", avg = "", minutes = ""] = cells;
    // A first row with no number where the counts go is the range's header (名称 / 应答 / 均长 …).
    if (!seenData && !isNumeric(answered) && !isNumeric(avg)) return;
    seenData = true;
    if (cells.length < 3) {
      problems.push({ row: index + 1, message: TASKPANE.panePasteTooFew });
      return;
    }
    if (cells.length > 4) {
      problems.push({ row: index + 1, message: both(TASKPANE.panePasteTooMany, cells.length) });
      return;
    }
    const row = { ...emptyStream(), name, answered, avgTalkSeconds: avg, talkMinutes: minutes };
    rows.push(row);
    figures.push(...figureNotes(row, index + 1));
  });
  return { rows, problems, figures };
}

/**
 * Traffic lines pasted from Excel: a copied range arrives as tab-separated text, one row per
 * line. Columns: name, answered, average talk seconds, measured talk minutes (optional).
 * Values are kept as typed (the wizard validates them like any field); only rows that cannot be
 * traffic lines at all are reported.
 */
import type { LocalizedText } from "../core";
import { TASKPANE } from "../core/sentences/taskpane";
import { emptyStream, parseNumber, type StreamRow } from "./draft";
import { both } from "./words";

export interface PasteResult {
  readonly rows: StreamRow[];
  /** 1-based row number in the pasted text and what is wrong with it. */
  readonly problems: readonly { readonly row: number; readonly message: LocalizedText }[];
}

function cellsOf(line: string): string[] {
  // Excel always uses tabs; two or more spaces is what a copy from a web page or PDF table gives.
  const cells = line.includes("\t") ? line.split("\t") : line.trim().split(/\s{2,}/);
  return cells.map((c) => c.trim().replace(/^"(.*)"$/s, "$1"));
}

const isNumeric = (cell: string | undefined): boolean => cell !== undefined && cell !== "" && parseNumber(cell) !== undefined;

export function parseTrafficPaste(text: string): PasteResult {
  const rows: StreamRow[] = [];
  const problems: { row: number; message: LocalizedText }[] = [];
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
    rows.push({ ...emptyStream(), name, answered, avgTalkSeconds: avg, talkMinutes: minutes });
  });
  return { rows, problems };
}

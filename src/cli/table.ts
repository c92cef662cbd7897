/**
 * Table layout for the quote CLI: columns measured in terminal columns (汉字 count double), numbers
 * lined up on their decimal separator. The numbers themselves come from src/core/formats/number.ts.
 */
import { decimalSeparator } from "../core/formats/number";
import type { Lang } from "../core/sentences";
import { displayWidth, padEndDisplay, padStartDisplay } from "../core/formats/width";

export type Align = "left" | "right" | "decimal";

/**
 * Right-align numbers so their decimal separators line up: the part from the separator on
 * ("decimal tail", including a trailing % sign) is padded to the longest tail in the column.
 */
function alignDecimals(cells: readonly string[], separator: string): string[] {
  const tails = cells.map((c) => {
    const i = c.indexOf(separator);
    return i < 0 ? "" : c.slice(i);
  });
  const tailWidth = Math.max(0, ...tails.map(displayWidth));
  return cells.map((c, i) => {
    const tail = tails[i] ?? "";
    return c + " ".repeat(tailWidth - displayWidth(tail));
  });
}

/**
 * Lay out rows as a plain-text table: columns two spaces apart, a rule under the header,
 * widths measured in terminal columns (so 汉字 count double). The last column is not padded,
 * and no line ends with spaces.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[], lang: Lang): string {
  const columns = header.length;
  const cells: string[][] = [header.slice(), ...rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ""))];
  for (let c = 0; c < columns; c++) {
    if (aligns[c] !== "decimal") continue;
    const body = alignDecimals(
      cells.slice(1).map((row) => row[c] ?? ""),
      decimalSeparator(lang),
    );
    body.forEach((v, r) => ((cells[r + 1] as string[])[c] = v));
  }
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...cells.map((row) => displayWidth(row[c] ?? ""))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => {
        const w = widths[c] ?? 0;
        if (aligns[c] === "left" || aligns[c] === undefined) return c === columns - 1 ? cell : padEndDisplay(cell, w);
        return padStartDisplay(cell, w);
      })
      .join("  ")
      .trimEnd();
  const ruleWidth = widths.reduce((a, w) => a + w, 0) + 2 * (columns - 1);
  const out = [line(cells[0] as string[]), "-".repeat(ruleWidth), ...cells.slice(1).map(line)];
  return out.join("\n") + "\n";
}

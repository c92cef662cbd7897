/**
 * How wide a cell shows, in characters, CJK counting double — the tests' own estimate, apart
 * from the plan's (src/workbook/plan/page.ts), so a column too narrow for its text is caught.
 */
import type { PlanCell } from "../../src/workbook/plan";

const CJK = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function estimate(cell: PlanCell): number {
  const v = cell.value ?? cell.result;
  if (typeof v === "string") return [...v].reduce((n, ch) => n + (CJK.test(ch) ? 2 : 1), 0);
  if (typeof v !== "number") return 0;
  const format = cell.numberFormat ?? "";
  // A date (the quote's) shows as long as its pattern.
  if (/y{4}/.test(format)) return format.length;
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  const shown = (format.includes("%") ? v * 100 : v).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const literal = /"([^"]*)"/.exec(format)?.[1] ?? "";
  return shown.length + literal.length + (format.includes("%") ? 1 : 0);
}

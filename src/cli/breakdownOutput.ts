/** The breakdown as the CLI prints it: an aligned table in zh or en, or JSON. */
import type { Breakdown } from "../core/breakdown.types";
import { breakdownNumbers } from "../core/breakdown";
import { formatNumber } from "../core/formats/number";
import { unitWords } from "../core/formats/units";
import type { Lang } from "../core/sentences";
import { tableHeader } from "./messages";
import { renderTable, type Align } from "./table";

export interface TableOptions {
  readonly lang: Lang;
  readonly currency: string;
  readonly title: string;
  readonly formulas: boolean;
  readonly exact: boolean;
}

/** The title, a blank line and the aligned table, ending in a newline. */
export function breakdownTable(b: Breakdown, o: TableOptions): string {
  return `${o.title}\n\n${breakdownBody(b, o)}`;
}

/** The aligned table alone, ending in a newline. */
export function breakdownBody(b: Breakdown, o: Omit<TableOptions, "title">): string {
  const columns = o.formulas ? 4 : 3;
  const header = tableHeader(o.lang, o.formulas);
  const rows = b.lines.map((line) => {
    // Decimals and unit words from the core's unit table: the same as the wizard's and the sheet's.
    const row = [line.label[o.lang], formatNumber(line.value, line.unit, o.lang, o.exact), unitWords(line.unit, o.currency, o.lang)];
    if (o.formulas) row.push(line.formula[o.lang]);
    return row;
  });
  const aligns: Align[] = ["left", "decimal", "left", "left"];
  return renderTable(header, rows, aligns.slice(0, columns), o.lang);
}

/**
 * `{ "breakdown": { "<key>": <number> } }`, or exact decimal strings when `exact`. A value
 * beyond a double's range (~1.8e308) has no JSON number (JSON.stringify would write null), so it
 * is refused with its key, pointing to --exact.
 */
export function breakdownJson(b: Breakdown, exact: boolean): { ok: true; text: string } | JsonRefusal {
  const breakdown = breakdownValue(b, exact);
  return breakdown.ok ? { ok: true, text: jsonText({ breakdown: breakdown.value }) } : breakdown;
}

/** A value JSON has no number for: its key and exact value. */
export interface JsonRefusal {
  readonly ok: false;
  readonly key: string;
  readonly value: string;
}

/** The `breakdown` object of the JSON: numbers, or exact decimal strings. */
export function breakdownValue(b: Breakdown, exact: boolean): { ok: true; value: Record<string, number | string> } | JsonRefusal {
  if (exact) return { ok: true, value: Object.fromEntries(b.lines.map((l) => [l.key, l.value.toFixed()])) };
  const breakdown = breakdownNumbers(b);
  const bad = b.lines.find((l) => !Number.isFinite(breakdown[l.key]));
  if (bad) return { ok: false, key: bad.key, value: bad.value.toString() };
  return { ok: true, value: breakdown };
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

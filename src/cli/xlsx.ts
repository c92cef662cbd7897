/**
 * `--xlsx FILE [--xlsx-formulas native|cc]`: after the quote, the same scenario written as a
 * breakdown workbook (live formulas, the scenario stored in it) through src/workbook's plan and
 * exceljs writer — with the quote sheet after the breakdown when the scenario has pricing (the
 * plan carries it). A bid gets the bid sheet instead of the breakdown. Only a scenario quote has
 * a scenario to write.
 */
import { isBid, type AnyScenario } from "../core/scenario";
import type { Lang } from "../core/sentences";
import type { FormulaMode } from "../workbook";
import type { OptionSpec, ParsedArgs } from "./args";
import { say } from "./messages";
import { EXIT, usageError, type Failure } from "./outcome";

export const XLSX_OPTIONS: readonly OptionSpec[] = [
  { name: "xlsx", kind: "string" },
  { name: "xlsx-formulas", kind: "string" },
];

export interface WorkbookRequest {
  readonly path: string;
  readonly formulas: FormulaMode;
}

/** A workbook to write once the quote is printed. */
export interface WorkbookOrder extends WorkbookRequest {
  readonly scenario: AnyScenario;
}

/** The workbook the command line asks for, if any; a wrong --xlsx-formulas is a usage error. */
export function workbookRequest(args: ParsedArgs, lang: Lang): { ok: true; request?: WorkbookRequest } | { ok: false; outcome: Failure } {
  const t = say(lang);
  const path = args.values.get("xlsx");
  const formulas = args.values.get("xlsx-formulas");
  if (formulas !== undefined && formulas !== "native" && formulas !== "cc") return { ok: false, outcome: usageError(lang, t.cliXlsxFormulasChoice(formulas)) };
  if (path === undefined) return formulas === undefined ? { ok: true } : { ok: false, outcome: usageError(lang, t.cliXlsxFormulasNeedXlsx) };
  // "-" would name standard output, which carries the quote itself.
  if (path === "-") return { ok: false, outcome: usageError(lang, t.cliMissingValue("--xlsx")) };
  return { ok: true, request: { path, formulas: formulas ?? "native" } };
}

/** Write the workbook: the notes for stderr, or the reason it could not be written (exit 1). */
export async function writeWorkbook(order: WorkbookOrder, lang: Lang, writeFile: (path: string, bytes: Uint8Array) => void): Promise<{ ok: true; notes: string[] } | Failure> {
  const t = say(lang);
  try {
    // Loaded only when a workbook is asked for: exceljs is most of the CLI's weight, and a plain
    // quote should start in a blink.
    const { buildPlan, writeXlsx } = await import("../workbook");
    const plan = buildPlan(order.scenario, { lang, formulas: order.formulas });
    writeFile(order.path, await writeXlsx(plan));
    const notes = [t.cliXlsxWrote(order.path, plan.sheetName)];
    // A bid sheet's formulas are native whatever was asked: say so rather than let it surprise.
    if (order.formulas === "cc") notes.push(isBid(order.scenario) ? t.cliXlsxBidNative : t.cliXlsxCcNote);
    // Excel saves add-in functions under an internal prefix; a file written outside Excel lacks it.
    return { ok: true, notes };
  } catch (e) {
    return { ok: false, code: EXIT.badInput, lines: [t.cliXlsxCannotWrite(order.path, e instanceof Error ? e.message : String(e))] };
  }
}

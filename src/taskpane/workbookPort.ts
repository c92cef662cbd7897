/**
 * What the wizard asks of the workbook code (src/workbook): an .xlsx file standalone, the
 * breakdown sheet and the stored scenario inside Excel. The exceljs writer is loaded only when a
 * download is asked for, so the pane's first render does not wait for it.
 */
import type { LocalizedText, Scenario } from "../core";
import { buildPlan } from "../workbook/plan";
import type { Lang } from "./i18n";

export type StoredResult =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly scenario: Scenario; readonly warnings: readonly LocalizedText[] }
  | { readonly kind: "bad"; readonly reason: LocalizedText };

export interface InsertOutcome {
  readonly written: boolean;
  readonly sheetName: string;
}

export interface WorkbookPort {
  /** Standalone: the breakdown workbook as .xlsx bytes. */
  readonly xlsx: (scenario: Scenario, lang: Lang) => Promise<Uint8Array>;
  /** Excel: write (or, after `confirmUpdate` says yes, update) the scenario's sheet. */
  readonly insert: (scenario: Scenario, lang: Lang, confirmUpdate: (sheetName: string) => Promise<boolean>) => Promise<InsertOutcome>;
  /** Excel: the scenario stored in the open workbook, if any. */
  readonly readStored: () => Promise<StoredResult>;
}

async function xlsx(scenario: Scenario, lang: Lang): Promise<Uint8Array> {
  const { writeXlsx } = await import("../workbook/exceljsWriter");
  return writeXlsx(buildPlan(scenario, { lang }));
}

export const workbookPort: WorkbookPort = {
  xlsx,
  insert: () => Promise.reject(new Error("not wired yet")),
  readStored: () => Promise.resolve({ kind: "none" }),
};

/** A file name from the scenario's name: letters, digits, CJK and a few marks; nothing a file system trips on. */
export function fileNameFor(name: string, extension: string): string {
  const base = name
    // Control characters are invalid in file names on every system we save to.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return `${base === "" ? "scenario" : base}.${extension}`;
}

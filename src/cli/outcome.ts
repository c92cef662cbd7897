/** What the quote commands share: the I/O surface, exit codes, outcomes and error lines. */
import { describe as describeError, type CoreError } from "../core/result";
import type { ScenarioIssue } from "../core/scenario";
import type { Lang } from "../core/sentences";
import { say } from "./messages";
import type { WorkbookOrder } from "./xlsx";

export interface QuoteIO {
  /** The file's text (UTF-8); throws a Node error (with `code`) when it cannot be read. */
  readonly readFile: (path: string) => string;
  /** Writes a file (the --xlsx workbook); throws when it cannot. */
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** What a command produced: text for stdout (and maybe a workbook to write), or error lines for stderr and an exit code. */
export type Outcome = Success | Failure;

export interface Success {
  readonly ok: true;
  readonly stdout: string;
  readonly workbook?: WorkbookOrder;
}

export interface Failure {
  readonly ok: false;
  readonly code: number;
  readonly lines: readonly string[];
}

export function usageError(lang: Lang, message: string): Failure {
  return { ok: false, code: EXIT.usage, lines: [message, say(lang).cliSeeHelp] };
}

/** Read a file, turning the usual failures into a sentence; a UTF-8 byte-order mark is dropped. */
export function readText(io: QuoteIO, path: string, lang: Lang): { ok: true; text: string } | { ok: false; outcome: Failure } {
  try {
    const text = io.readFile(path);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const t = say(lang);
    const why =
      code === "ENOENT" ? t.cliNotFound : code === "EISDIR" ? t.cliIsDirectory : code === "EACCES" || code === "EPERM" ? t.cliNoAccess : t.cliCannotRead;
    return { ok: false, outcome: { ok: false, code: EXIT.badInput, lines: [why(path)] } };
  }
}

/** A heading naming the file, then one "path: message" line per issue, indented. */
export function issueLines(heading: string, issues: readonly ScenarioIssue[], lang: Lang): string[] {
  return [heading, ...issues.map((i) => `  ${i.path === "" ? say(lang).cliWholeFile : i.path}: ${i.message[lang]}`)];
}

export function coreErrorLines(file: string, error: CoreError, lang: Lang): string[] {
  return [say(lang).cliCannotQuote(file), `  ${describeError(error, lang)}`];
}

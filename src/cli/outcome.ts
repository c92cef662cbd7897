/** What the quote commands share: the I/O surface, exit codes, outcomes and error lines. */
import { MAX_FILE_BYTES, MAX_LISTED_PROBLEMS } from "../core/catalogue/limits";
import { D } from "../core/decimal";
import { formatExact } from "../core/formats/number";
import { describe as describeError, type CoreError } from "../core/result";
import type { ScenarioIssue } from "../core/scenario";
import type { Lang } from "../core/sentences";
import { say } from "./messages";
import type { WorkbookOrder } from "./xlsx";

export interface QuoteIO {
  /**
   * The file's bytes, at most `maxBytes + 1` of them (so a larger file, or an endless device,
   * shows as too large without being read whole); throws a Node error (with `code`) when it cannot be read.
   */
  readonly readFile: (path: string, maxBytes: number) => Uint8Array;
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

/**
 * Strict: a byte that is not UTF-8 is refused rather than read as U+FFFD into a name. The
 * byte-order mark is left to the JSON reader, which drops one (so two are not JSON).
 */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Read a file as UTF-8 text, turning the usual failures into a sentence: a file over
 * MAX_FILE_BYTES is refused before it is decoded or parsed, and so are bytes that are not UTF-8.
 */
export function readText(io: QuoteIO, path: string, lang: Lang): { ok: true; text: string } | { ok: false; outcome: Failure } {
  const t = say(lang);
  const refused = (line: string) => ({ ok: false, outcome: { ok: false, code: EXIT.badInput, lines: [line] } }) as const;
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path, MAX_FILE_BYTES);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === "ENOENT" ? t.cliNotFound : code === "EISDIR" ? t.cliIsDirectory : code === "EACCES" || code === "EPERM" ? t.cliNoAccess : t.cliCannotRead;
    return refused(why(path));
  }
  if (bytes.length > MAX_FILE_BYTES) return refused(t.cliFileTooLarge(path, formatExact(new D(MAX_FILE_BYTES), lang), formatExact(new D(MAX_FILE_BYTES).div(1024 * 1024), lang)));
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return refused(t.cliNotUtf8(path));
  }
  // A byte-order mark stays: the JSON reader drops it (the wizard's text can have one too).
  return { ok: true, text };
}

/**
 * A heading naming the file, then one "path: message" line per issue, indented: at most
 * MAX_LISTED_PROBLEMS of them, and a last line counting the rest.
 */
export function issueLines(heading: string, issues: readonly ScenarioIssue[], lang: Lang): string[] {
  const t = say(lang);
  const listed = issues.slice(0, MAX_LISTED_PROBLEMS).map((i) => `  ${i.path === "" ? t.cliWholeFile : i.path}: ${i.message[lang]}`);
  const rest = issues.length - listed.length;
  return rest > 0 ? [heading, ...listed, `  ${t.cliMoreProblems(formatExact(new D(rest), lang), rest === 1)}`] : [heading, ...listed];
}

export function coreErrorLines(file: string, error: CoreError, lang: Lang): string[] {
  return [say(lang).cliCannotQuote(file), `  ${describeError(error, lang)}`];
}

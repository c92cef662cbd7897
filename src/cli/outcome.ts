/** What the quote commands share: the I/O surface, exit codes, outcomes and error lines. */
import { describe as describeError, type CoreError } from "../core/result";
import type { ScenarioIssue } from "../core/scenario";
import type { Lang } from "./format";
import { TEXT } from "./messages";

export interface QuoteIO {
  /** The file's text (UTF-8); throws a Node error (with `code`) when it cannot be read. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** What a command produced: text for stdout, or error lines for stderr and an exit code. */
export type Outcome = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly code: number; readonly lines: readonly string[] };

/** The colon that ends a heading: fullwidth in Chinese. */
export function colon(lang: Lang): string {
  return lang === "zh" ? "：" : ":";
}

export function usageError(lang: Lang, message: string): Outcome {
  return { ok: false, code: EXIT.usage, lines: [message, TEXT.seeHelp[lang]] };
}

/** Read a file, turning the usual failures into a sentence; a UTF-8 byte-order mark is dropped. */
export function readText(io: QuoteIO, path: string, lang: Lang): { ok: true; text: string } | { ok: false; outcome: Outcome } {
  try {
    const text = io.readFile(path);
    return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why =
      code === "ENOENT" ? TEXT.notFound : code === "EISDIR" ? TEXT.isDirectory : code === "EACCES" || code === "EPERM" ? TEXT.noAccess : TEXT.cannotRead;
    return { ok: false, outcome: { ok: false, code: EXIT.badInput, lines: [`${path}: ${why[lang]}`] } };
  }
}

/** "path: message" lines, indented under a heading naming the file. */
export function issueLines(file: string, heading: string, issues: readonly ScenarioIssue[], lang: Lang): string[] {
  return [`${file} ${heading}${colon(lang)}`, ...issues.map((i) => `  ${i.path === "" ? TEXT.wholeFile[lang] : i.path}: ${i.message[lang]}`)];
}

export function coreErrorLines(file: string, error: CoreError, lang: Lang): string[] {
  return [`${file} ${TEXT.cannotCompute[lang]}${colon(lang)}`, `  ${describeError(error, lang)}`];
}

/**
 * Errors are values: every core function returns a Result instead of throwing, so adapters
 * (Excel functions, CLI, wizard) can show a reason that names the argument at fault.
 */

/**
 * Stable error codes. Adapters map them to Excel errors:
 * notNumber / mismatch / badChoice → #VALUE!, outOfRange → #NUM!, divByZero → #DIV/0!.
 */
export type ErrorCode = "notNumber" | "outOfRange" | "divByZero" | "mismatch" | "badChoice";

export interface LocalizedText {
  readonly en: string;
  readonly zh: string;
}

export interface CoreError {
  readonly code: ErrorCode;
  /** The argument (or JSON path / field) at fault, as the caller named it. */
  readonly arg: string;
  /** What is wrong, in English and Chinese, without the function name (adapters prefix it). */
  readonly message: LocalizedText;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CoreError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, arg: string, en: string, zh: string): Result<T> {
  return { ok: false, error: { code, arg, message: { en, zh } } };
}

/** Re-type a failed result (the error carries no value, so this is safe). */
export function failed<T>(r: { readonly ok: false; readonly error: CoreError }): Result<T> {
  return { ok: false, error: r.error };
}

/** Map a successful result. */
export function map<T, U>(r: Result<T>, f: (value: T) => U): Result<U> {
  return r.ok ? ok(f(r.value)) : failed(r);
}

/** A failed result under another name for the argument: a path, or a function of the old name. */
export function renamed<T>(r: Result<T>, path: string | ((arg: string) => string)): Result<T> {
  if (r.ok) return r;
  return { ok: false, error: { ...r.error, arg: typeof path === "string" ? path : path(r.error.arg) } };
}

/** The error text in a language, prefixed by the argument: "taxRate: must be between 0 and 1". */
export function describe(error: CoreError, lang: "en" | "zh" = "en"): string {
  return `${error.arg}: ${lang === "zh" ? error.message.zh : error.message.en}`;
}

/**
 * Reading a file's JSON text as the file readers need it: bounded in size and depth, and strict
 * where JSON.parse is lenient. JSON.parse keeps the last of two equal keys, so
 * `{"taxRate": 0.06, "taxRate": 0}` would quote at 0 % while a reader of the file sees 6 %: a
 * repeated key is a problem of the file, reported at its path. Linear in the text; never throws.
 */
import { MAX_DEPTH } from "./catalogue/limits";
import { jsonPath, notJson, type SchemaIssue } from "./schemaIssues";
import { filled } from "./sentences/book";
import { SCHEMA as S } from "./sentences/schema";

export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  /** `syntax`: JSON.parse's own words, when the text is not JSON at all. */
  | { readonly ok: false; readonly issues: SchemaIssue[]; readonly syntax?: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const COMMA = 0x2c;

/** A key longer than this is shown by its start in a path. */
const SHOWN_KEY = 40;

/** The index of the quote closing the string that opens at `start` (or the text's length). */
function stringEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return text.length;
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
  }
}

/** Whether brackets outside strings nest deeper than `max` (checked before parsing, on any text). */
function tooDeep(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i);
    else if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_LIST) depth--;
  }
  return false;
}

interface Frame {
  readonly keys?: Set<string>;
  /** The key or index being read in this object or list. */
  at: string | number;
  expectKey: boolean;
}

function pathOf(stack: readonly Frame[], key: string): string {
  const steps = [...stack.slice(0, -1).map((f) => f.at), key];
  return jsonPath(steps.map((step) => (typeof step === "string" && step.length > SHOWN_KEY ? `${step.slice(0, SHOWN_KEY)}…` : step)));
}

/** Every key given twice in one object, at its path. `text` must be valid JSON. */
export function repeatedKeys(text: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        // Escapes spell the same key differently ("a" and "\u0061"): compare what they decode to.
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key)) issues.push({ path: pathOf(stack, key), message: S.schemaDuplicateKey });
        else top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) stack.push({ keys: new Set(), at: "", expectKey: true });
    else if (c === OPEN_LIST) stack.push({ at: 0, expectKey: false });
    else if (c === CLOSE_OBJECT || c === CLOSE_LIST) stack.pop();
    else if (c === COMMA && top) {
      if (top.keys) top.expectKey = true;
      else if (typeof top.at === "number") top.at++;
    }
  }
  return issues;
}

/**
 * Parse a file's JSON text: at most `maxChars` characters and MAX_DEPTH levels, no key given
 * twice in one object. A leading byte-order mark is dropped (Windows Notepad writes one).
 */
export function readJson(text: string, maxChars: number): JsonRead {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.length > maxChars) return { ok: false, issues: [{ path: "", message: filled(S.schemaTooLong, String(body.length), String(maxChars)) }] };
  if (tooDeep(body, MAX_DEPTH)) return { ok: false, issues: [{ path: "", message: filled(S.schemaTooDeep, String(MAX_DEPTH)) }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const syntax = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [notJson(syntax)], syntax };
  }
  const repeated = repeatedKeys(body);
  return repeated.length > 0 ? { ok: false, issues: repeated } : { ok: true, value };
}

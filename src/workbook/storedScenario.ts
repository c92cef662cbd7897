/**
 * The scenario stored inside a workbook: its JSON as the text of one small XML element in a
 * custom XML part under our namespace, so reopening the wizard in that workbook restores it.
 *
 * A workbook is shared, so what we read back is untrusted input. The reader accepts only the
 * exact shape the writer produces (one root element, attributes, text — no DTD, no entities
 * beyond XML's five and numeric references, no child elements), caps its size, validates the
 * JSON with the scenario schema (actuals or a bid from a forecast), and returns plain strings: nothing is evaluated, and nothing
 * is meant to be rendered as HTML (the UI renders text). It never throws.
 */
import { MAX_STORED_CHARS } from "../core/catalogue/limits";
import { BID_SCENARIO } from "../core/catalogue/forecast";
import { SCENARIO } from "../core/catalogue/scenario";
import { fields, valueAt } from "../core/catalogue/walk";
import { readJson } from "../core/jsonText";
import type { LocalizedText } from "../core/result";
import { isBid, validateAnyScenario, type AnyScenario } from "../core/scenario";
import { filled, pick, type Lang } from "../core/sentences";
import { WORKBOOK as S } from "../core/sentences/workbook";

/** Namespace of our custom XML part (Office.js: `customXmlParts.getByNamespace(SCENARIO_NAMESPACE)`). */
export const SCENARIO_NAMESPACE = "urn:cc-pricing:scenario:v1";
export const STORED_VERSION = "1";
/** Larger than any real scenario (1 000 lines ≈ 60 KB) and small enough to parse at once (the bound is in limits.ts). */
export { MAX_STORED_CHARS } from "../core/catalogue/limits";

export type StoredFailure =
  | "notText"
  | "tooLarge"
  | "doctype"
  | "badXml"
  | "wrongNamespace"
  | "wrongVersion"
  | "badJson"
  | "badScenario";

export type StoredRead =
  | {
      readonly ok: true;
      readonly scenario: AnyScenario;
      /** The sheet the scenario was written to ("" if not recorded). */
      readonly sheetName: string;
      /** Things worth telling the user that do not stop the restore (e.g. markup in a name). */
      readonly warnings: readonly LocalizedText[];
    }
  | { readonly ok: false; readonly code: StoredFailure; readonly reason: LocalizedText };

/** At most this many of a bad stored scenario's problems are listed; the rest are counted. */
const SHOWN_ISSUES = 5;

/** "path: problem; path: problem (+3)" in one language. */
function issueList(issues: readonly { readonly path: string; readonly message: LocalizedText }[], lang: Lang): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path || pick(S.storedRoot, lang)}: ${pick(i.message, lang)}`);
  const more = issues.length > SHOWN_ISSUES ? ` (+${issues.length - SHOWN_ISSUES})` : "";
  return shown.join(pick(S.storedIssueSeparator, lang)) + more;
}

function failure(code: StoredFailure, reason: LocalizedText): StoredRead {
  return { ok: false, code, reason };
}

// ---------------------------------------------------------------- writing

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The XML document of a stored scenario. */
export function encodeStoredScenario(scenario: AnyScenario, sheetName: string): string {
  // JSON.stringify already escapes control characters and lone surrogates; U+FFFE/U+FFFF are not
  // XML characters, so they are escaped in JSON's own \u form (they can only occur inside strings).
  const json = JSON.stringify(scenario).replace(/\uFFFE/g, "\\ufffe").replace(/\uFFFF/g, "\\uffff");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<scenario xmlns="${SCENARIO_NAMESPACE}" version="${STORED_VERSION}" sheet="${escapeXml(sheetName.replace(/[\uFFFE\uFFFF]/g, ""))}">` +
    `${escapeXml(json)}</scenario>`
  );
}

// ---------------------------------------------------------------- reading

// A Map, not an object: "&constructor;" or "&toString;" must not find Object.prototype's members.
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

function xmlCharAllowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Decode XML's five entities and numeric references; anything else is an error (returns null). */
function decodeEntities(text: string): string | null {
  const decoded: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/&([^;&\s]{0,12});?/g)) {
    const char = entityChar(m[0], m[1] ?? "");
    if (char === null) return null;
    decoded.push(text.slice(last, m.index), char);
    last = m.index + m[0].length;
  }
  decoded.push(text.slice(last));
  return decoded.join("");
}

/** One entity's character, or null when it is unterminated, unknown or not an XML character. */
function entityChar(whole: string, body: string): string | null {
  if (!whole.endsWith(";")) return null;
  const named = NAMED_ENTITIES.get(body);
  if (named !== undefined) return named;
  const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
  if (!m) return null;
  const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] ?? "", 10);
  return xmlCharAllowed(code) ? String.fromCodePoint(code) : null;
}

// One root element with attributes and text only. Each part matches a disjoint set of characters,
// so the expressions stay linear on hostile input.
const DECLARATION = /^<\?xml\s[^?<>]*\?>/;
const ROOT = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(?:\/>|>([^<]*)<\/([^\s>]+)\s*>)$/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

interface ParsedRoot {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly text: string;
}

function parseRoot(xml: string): ParsedRoot | LocalizedText {
  let rest = xml.replace(/^\uFEFF/, "").trim();
  const decl = DECLARATION.exec(rest);
  if (decl) rest = rest.slice(decl[0].length).trim();
  const m = ROOT.exec(rest);
  if (!m) {
    return S.storedNotOurXml;
  }
  const [, name = "", attrText = "", body = "", closing] = m;
  if (closing !== undefined && closing !== name) {
    return filled(S.storedClosingTag, closing, name);
  }
  const attributes = new Map<string, string>();
  for (const a of attrText.matchAll(ATTRIBUTE)) {
    const key = a[1] ?? "";
    const value = decodeEntities(a[2] ?? a[3] ?? "");
    if (value === null) return filled(S.storedAttributeEntity, key);
    if (attributes.has(key)) return filled(S.storedAttributeTwice, key);
    attributes.set(key, value);
  }
  const text = decodeEntities(body);
  if (text === null) return S.storedTextEntity;
  return { name, attributes, text };
}

type TypedText = readonly { readonly path: string; readonly freeText: boolean }[];

/** A catalogue's typed-text fields (names and notes; not the currency code). */
function typedText(root: typeof SCENARIO | typeof BID_SCENARIO): TypedText {
  return fields(root).flatMap((e) => (e.node.kind === "text" && e.node.spec.unit === "text" ? [{ path: e.path, freeText: e.node.spec.multiline === true }] : []));
}

const TYPED_TEXT = { actuals: typedText(SCENARIO), bid: typedText(BID_SCENARIO) };

/** The file paths a catalogue path stands for in a scenario: "a[].b" → "a[0].b", "a[1].b" … */
function filePaths(root: unknown, path: string): string[] {
  const at = path.indexOf("[]");
  if (at < 0) return [path];
  const items = valueAt(root, path.slice(0, at));
  const count = Array.isArray(items) ? items.length : 0;
  return Array.from({ length: count }, (_, i) => `${path.slice(0, at)}[${i}]${path.slice(at + 2)}`).flatMap((p) => filePaths(root, p));
}

/** Strings of a scenario a person typed, in catalogue order; free text (notes) may start with anything. */
function textFields(s: AnyScenario): { path: string; text: string; freeText: boolean }[] {
  return TYPED_TEXT[isBid(s) ? "bid" : "actuals"].flatMap(({ path, freeText }) =>
    filePaths(s, path).flatMap((p) => {
      const text = valueAt(s, p);
      return typeof text === "string" ? [{ path: p, text, freeText }] : [];
    }),
  );
}

const MARKUP = /<\s*\/?\s*[A-Za-z!?]/;
const FORMULA_LIKE = /^[=+\-@]/;

/**
 * Text that looks like HTML or a spreadsheet formula is legal in a scenario but suspicious in a
 * shared file: it is kept (it is the user's data) and reported, and it is only ever used as text.
 */
function suspiciousText(s: AnyScenario): LocalizedText[] {
  const out: LocalizedText[] = [];
  for (const { path, text, freeText } of textFields(s)) {
    if (MARKUP.test(text)) {
      out.push(filled(S.storedMarkup, path));
    } else if (FORMULA_LIKE.test(text) && !freeText) {
      out.push(filled(S.storedFormulaLike, path));
    }
  }
  return out;
}

/** Read a stored scenario's XML (untrusted). Never throws; every refusal has a reason. */
export function readStoredScenario(xml: unknown): StoredRead {
  try {
    return read(xml);
  } catch {
    // Defensive: nothing above should throw, but a hostile file must never crash the pane.
    return failure("badXml", S.storedUnreadable);
  }
}

function read(xml: unknown): StoredRead {
  if (typeof xml !== "string") return failure("notText", S.storedNotText);
  if (xml.length > MAX_STORED_CHARS) return failure("tooLarge", filled(S.storedTooLarge, xml.length, MAX_STORED_CHARS));
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return failure("doctype", S.storedDoctype);
  const root = parseRoot(xml);
  if (!("name" in root)) return failure("badXml", root);
  const [prefix, local] = root.name.includes(":") ? root.name.split(":", 2) : [undefined, root.name];
  const ns = root.attributes.get(prefix === undefined ? "xmlns" : `xmlns:${prefix}`);
  if (local !== "scenario" || ns !== SCENARIO_NAMESPACE) {
    return failure("wrongNamespace", filled(S.storedWrongNamespace, root.name, ns));
  }
  const version = root.attributes.get("version");
  if (version !== STORED_VERSION) return failure("wrongVersion", filled(S.storedWrongVersion, version, STORED_VERSION));
  // The same JSON reader as a file's: depth bounded, a key given twice refused.
  const json = readJson(root.text, MAX_STORED_CHARS);
  if (!json.ok) {
    const detail = (lang: Lang): string => json.syntax ?? issueList(json.issues, lang);
    return failure("badJson", { en: S.storedBadJson.en(detail("en")), zh: S.storedBadJson.zh(detail("zh")) });
  }
  const v = validateAnyScenario(json.value);
  if (!v.ok) return failure("badScenario", { en: S.storedBadScenario.en(issueList(v.issues, "en")), zh: S.storedBadScenario.zh(issueList(v.issues, "zh")) });
  return { ok: true, scenario: v.scenario, sheetName: root.attributes.get("sheet") ?? "", warnings: suspiciousText(v.scenario) };
}

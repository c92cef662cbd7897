/**
 * Excel's rules for worksheet names, applied to a scenario name: at most 31 characters, none of
 * [ ] : * ? / \, not starting or ending with an apostrophe, not "History" (reserved by Excel),
 * and unique in the workbook ignoring case.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters cannot be typed into a sheet tab and XML 1.0 cannot carry most of them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * Text a cell (or a sheet tab) can hold in an .xlsx: XML 1.0 characters only — no control
 * characters but tab and line breaks, no U+FFFE/U+FFFF, no lone surrogates.
 */
export function cellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair (Excel counts units). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = text.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/**
 * A valid sheet name for `name`, ignoring uniqueness. A name given in alternatives ("人工成本测算 /
 * Labour cost breakdown", as bilingual names are written) is named by its first; a name still too
 * long is cut at a word boundary where one falls in its second half.
 */
export function cleanSheetName(name: string, fallback = "Scenario"): string {
  const first = name.split(" / ")[0] ?? name;
  let s = cellText(first).replace(CONTROL, " ").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim();
  if (s.length > MAX_SHEET_NAME) {
    const space = s.lastIndexOf(" ", MAX_SHEET_NAME);
    if (space > MAX_SHEET_NAME / 2) s = s.slice(0, space);
  }
  s = s.replace(/^'+/, "").replace(/'+$/, "").trim();
  s = cut(s, MAX_SHEET_NAME).replace(/'+$/, "").trim();
  if (s === "" || s.toLowerCase() === "history") s = fallback;
  return s;
}

/**
 * A valid sheet name for `name` that differs (ignoring case) from every name in `taken`:
 * "Name", then "Name (2)", "Name (3)" … shortened so the suffix fits in 31 characters.
 */
export function uniqueSheetName(name: string, taken: readonly string[] = []): string {
  const base = cleanSheetName(name);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cut(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "").trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

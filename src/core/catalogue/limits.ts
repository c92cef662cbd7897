/**
 * Every bound a file reader holds to, in one place: the catalogue's schemas (figures, lists), the
 * JSON reader (size, depth) and the adapters (the CLI's read, the workbook's stored part) take
 * them from here, and `scripts/bounds-table.ts` writes the table in README.md and docs/core.md
 * from these values (a test fails when the docs differ).
 */

/**
 * The largest figure a file may hold. Far above any centre's annual numbers, and small enough
 * that every product and quotient of the breakdown stays a finite double at the boundary.
 */
export const MAX_FIGURE = 1e15;

/**
 * The most entries one list of a file may hold (traffic lines, labour and other cost lines). A
 * centre's year has tens of lines; a thousand is a generous ceiling that still lets the schema
 * refuse a runaway list with one problem, before looking at any of its entries.
 */
export const MAX_ITEMS = 1000;

/**
 * The largest scenario or seat-quote file read, in bytes (1 MiB): a year's scenario is a few KB,
 * and a thousand lines in every list with plain names stay under half of it. Refused before
 * decoding or parsing; text given directly (the wizard's open-file) is held to as many characters.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * How deeply a file's JSON may nest. The catalogue's deepest field is four levels down
 * (`costs.labor[].amount`); deeper JSON is never a scenario, and refusing it up front keeps every
 * later step (messages quoting a value) away from recursion on hostile nesting.
 */
export const MAX_DEPTH = 32;

/** The largest stored-scenario XML part a workbook reader accepts, in characters: twice the file limit, room for the XML escaping of any realistic scenario. */
export const MAX_STORED_CHARS = 2_000_000;

/** How many of a file's problems the CLI lists; the rest are counted in one line. */
export const MAX_LISTED_PROBLEMS = 20;

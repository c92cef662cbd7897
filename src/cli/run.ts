/**
 * The quote command as a function: argv and a small I/O surface in, exit code out, so every
 * path is testable without spawning a process. The whole output is built before anything is
 * written, so a failure never leaves half a table on stdout. A workbook (--xlsx) is written
 * after the quote is printed.
 */
import { costScenario, priceScenario } from "../core/costing";
import { parseAnyScenario } from "../core/scenario";
import type { Lang } from "../core/sentences";
import { langFromEnv, langFromTag, parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { breakdownJson, breakdownTable } from "./breakdownOutput";
import { bidJson, bidText } from "./bidOutput";
import { pricingTables, quoteJson } from "./pricingOutput";
import { argProblemText, say } from "./messages";
import { coreErrorLines, EXIT, issueLines, readText, usageError, type Outcome, type QuoteIO } from "./outcome";
import { isSeatQuoteText, runSeat, SEAT_OPTIONS } from "./seatCommand";
import { workbookRequest, writeWorkbook, XLSX_OPTIONS, type WorkbookRequest } from "./xlsx";

/** The options of every command (the seat command adds SEAT_OPTIONS, a scenario quote XLSX_OPTIONS). */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "lang", kind: "string" },
  { name: "formulas", kind: "flag" },
  { name: "json", kind: "flag" },
  { name: "exact", kind: "flag" },
  { name: "help", kind: "flag", short: "h" },
];

/** Every option the command line accepts: what the parser is given, and what the help lists. */
export const QUOTE_OPTIONS: readonly OptionSpec[] = [...COMMON_OPTIONS, ...XLSX_OPTIONS, ...SEAT_OPTIONS];

function quoteScenario(args: ParsedArgs, lang: Lang, io: QuoteIO, workbook: WorkbookRequest | undefined): Outcome {
  const t = say(lang);
  const seatOption = SEAT_OPTIONS.find((o) => args.values.has(o.name) || args.flags.has(o.name));
  if (seatOption) return usageError(lang, t.cliSeatOnly(`--${seatOption.name}`));
  const [file, ...extra] = args.positionals;
  if (file === undefined) return usageError(lang, t.cliNoFile);
  if (extra.length > 0) return usageError(lang, t.cliTooManyFiles(extra.join(" ")));

  const read = readText(io, file, lang);
  if (!read.ok) return read.outcome;
  const parsed = parseAnyScenario(read.text);
  if (!parsed.ok) {
    // The word "seat" forgotten: say so instead of listing a scenario's missing fields.
    if (isSeatQuoteText(read.text)) return { ok: false, code: EXIT.badInput, lines: [t.cliIsSeatQuoteFile(file)] };
    return { ok: false, code: EXIT.badInput, lines: issueLines(t.cliInvalidScenario(file), parsed.issues, lang) };
  }
  const scenario = parsed.scenario;
  const costed = costScenario(scenario);
  if (!costed.ok) return { ok: false, code: EXIT.badInput, lines: coreErrorLines(file, costed.error, lang) };
  const pricing = priceScenario(scenario, costed.value);
  if (!pricing.ok) return { ok: false, code: EXIT.badInput, lines: coreErrorLines(file, pricing.error, lang) };
  // A bid (from a forecast) also has its monthly table: printed before the breakdown, "monthly" in JSON.
  const { breakdown, forecast } = costed.value;
  const order = workbook && { ...workbook, scenario };

  const exact = args.flags.has("exact");
  const priced = pricing.value;
  if (args.flags.has("json")) {
    const json = forecast ? bidJson(forecast, priced, exact) : priced ? quoteJson(breakdown, priced, exact) : breakdownJson(breakdown, exact);
    if (!json.ok) return { ok: false, code: EXIT.badInput, lines: [t.cliCannotQuote(file), `  ${t.cliTooLargeForJson(json.key, json.value)}`] };
    return { ok: true, stdout: json.text, workbook: order };
  }
  const o = { lang, currency: scenario.currency, title: scenario.name, formulas: args.flags.has("formulas"), exact };
  if (forecast) return { ok: true, stdout: bidText(forecast, priced, o), workbook: order };
  const table = breakdownTable(breakdown, o);
  // A scenario without pricing prints the breakdown alone, as before version 2.
  return { ok: true, stdout: priced ? table + pricingTables(priced, o) : table, workbook: order };
}

/** The --lang value if one is recognisable even in a command line that fails to parse. */
function langHint(argv: readonly string[]): Lang | undefined {
  const i = argv.indexOf("--lang");
  const inline = argv.find((a) => a.startsWith("--lang="));
  const tag = inline !== undefined ? inline.slice("--lang=".length) : i >= 0 ? argv[i + 1] : undefined;
  return tag === undefined ? undefined : langFromTag(tag);
}

function decide(argv: readonly string[], io: QuoteIO): { outcome: Outcome; lang: Lang } {
  // So that "--lang zh --jsn" already complains in Chinese.
  let lang = langHint(argv) ?? langFromEnv(io.env);
  const parsed = parseArgs(argv, QUOTE_OPTIONS);
  if (!parsed.ok) return { outcome: usageError(lang, argProblemText(parsed.problem, lang)), lang };
  const args = parsed.args;
  const tag = args.values.get("lang");
  if (tag !== undefined) {
    const chosen = langFromTag(tag);
    if (!chosen) return { outcome: usageError(lang, say(lang).cliBadLang(tag)), lang };
    lang = chosen;
  }
  const workbook = workbookRequest(args, lang);
  if (!workbook.ok) return { outcome: workbook.outcome, lang };
  const seat = args.positionals[0] === "seat";
  // Checked before --help, so that "--help --xlsx f" is refused rather than writing nothing.
  if (workbook.request && (seat || args.flags.has("help"))) return { outcome: usageError(lang, say(lang).cliXlsxNeedsScenario), lang };
  if (args.flags.has("help")) return { outcome: { ok: true, stdout: say(lang).cliHelp }, lang };
  if (seat) return { outcome: runSeat({ ...args, positionals: args.positionals.slice(1) }, lang, io), lang };
  return { outcome: quoteScenario(args, lang, io, workbook.request), lang };
}

/**
 * Run the quote command. Exit codes: 0 printed, 1 the file or its figures are wrong (or the
 * workbook cannot be written), 2 the command line is wrong. A failure writes stderr only; a
 * success writes stdout once, and with --xlsx a note on stderr once the workbook is written.
 */
export async function runQuote(argv: readonly string[], io: QuoteIO): Promise<number> {
  const { outcome, lang } = decide(argv, io);
  const t = say(lang);
  const fail = (lines: readonly string[]): void => io.stderr(lines.map((l, i) => (i === 0 ? t.cliErrorPrefix + l : l)).join("\n") + "\n");
  if (!outcome.ok) {
    fail(outcome.lines);
    return outcome.code;
  }
  io.stdout(outcome.stdout);
  if (!outcome.workbook) return EXIT.ok;
  const written = await writeWorkbook(outcome.workbook, lang, io.writeFile);
  if (!written.ok) {
    fail(written.lines);
    return written.code;
  }
  // stderr, so that stdout stays exactly the quote (e.g. pure JSON with --json).
  io.stderr(written.notes.map((n) => t.cliNotePrefix + n + "\n").join(""));
  return EXIT.ok;
}

export { EXIT, type QuoteIO } from "./outcome";

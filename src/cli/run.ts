/**
 * The quote command as a function: argv and a small I/O surface in, exit code out, so every
 * path is testable without spawning a process. The whole output is built before anything is
 * written, so a failure never leaves half a table on stdout.
 */
import { computeBreakdown } from "../core/breakdown";
import { parseScenario } from "../core/scenario";
import { langFromEnv, langFromTag, parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { breakdownJson, breakdownTable } from "./breakdownOutput";
import type { Lang } from "./format";
import { argProblemText, errorPrefix, HELP, TEXT } from "./messages";
import { colon, coreErrorLines, EXIT, issueLines, readText, usageError, type Outcome, type QuoteIO } from "./outcome";
import { runSeat, SEAT_OPTIONS } from "./seatCommand";

/** The options of every command (the seat command adds SEAT_OPTIONS; --xlsx is taken off before). */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "lang", kind: "string" },
  { name: "formulas", kind: "flag" },
  { name: "json", kind: "flag" },
  { name: "exact", kind: "flag" },
  { name: "help", kind: "flag", short: "h" },
];

function quoteScenario(args: ParsedArgs, lang: Lang, io: QuoteIO): Outcome {
  const seatOption = SEAT_OPTIONS.find((o) => args.values.has(o.name) || args.flags.has(o.name));
  if (seatOption) return usageError(lang, `--${seatOption.name} ${TEXT.seatOnly[lang]}`);
  const [file, ...extra] = args.positionals;
  if (file === undefined) return usageError(lang, TEXT.noFile[lang]);
  if (extra.length > 0) return usageError(lang, `${TEXT.tooManyFiles[lang]}: ${extra.join(" ")}`);

  const read = readText(io, file, lang);
  if (!read.ok) return read.outcome;
  const parsed = parseScenario(read.text);
  if (!parsed.ok) return { ok: false, code: EXIT.badInput, lines: issueLines(file, TEXT.invalidFile[lang], parsed.issues, lang) };
  const breakdown = computeBreakdown(parsed.scenario);
  if (!breakdown.ok) return { ok: false, code: EXIT.badInput, lines: coreErrorLines(file, breakdown.error, lang) };

  const exact = args.flags.has("exact");
  if (args.flags.has("json")) {
    const json = breakdownJson(breakdown.value, exact);
    if (!json.ok) return { ok: false, code: EXIT.badInput, lines: [`${file} ${TEXT.cannotCompute[lang]}${colon(lang)}`, `  ${json.key} = ${json.value}: ${TEXT.tooLargeForJson[lang]}`] };
    return { ok: true, stdout: json.text };
  }
  const { name, currency } = parsed.scenario;
  return { ok: true, stdout: breakdownTable(breakdown.value, { lang, currency, title: name, formulas: args.flags.has("formulas"), exact }) };
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
  const parsed = parseArgs(argv, [...COMMON_OPTIONS, ...SEAT_OPTIONS]);
  if (!parsed.ok) return { outcome: usageError(lang, argProblemText(parsed.problem, lang)), lang };
  const args = parsed.args;
  const tag = args.values.get("lang");
  if (tag !== undefined) {
    const chosen = langFromTag(tag);
    if (!chosen) return { outcome: usageError(lang, `${TEXT.badLang[lang]} "${tag}"`), lang };
    lang = chosen;
  }
  if (args.flags.has("help")) return { outcome: { ok: true, stdout: HELP[lang] }, lang };
  if (args.positionals[0] === "seat") {
    return { outcome: runSeat({ ...args, positionals: args.positionals.slice(1) }, lang, io), lang };
  }
  return { outcome: quoteScenario(args, lang, io), lang };
}

/**
 * Run the quote command. Exit codes: 0 printed, 1 the file or its figures are wrong,
 * 2 the command line is wrong. Writes to stdout only on success and to stderr only on failure,
 * each exactly once.
 */
export function runQuote(argv: readonly string[], io: QuoteIO): number {
  const { outcome, lang } = decide(argv, io);
  if (outcome.ok) {
    io.stdout(outcome.stdout);
    return EXIT.ok;
  }
  const prefix = errorPrefix(lang);
  io.stderr(outcome.lines.map((l, i) => (i === 0 ? prefix + l : l)).join("\n") + "\n");
  return outcome.code;
}

export { EXIT, type QuoteIO } from "./outcome";

/**
 * `--xlsx out.xlsx` for the quote CLI: after the quote has been printed, the same scenario is
 * written as a breakdown workbook (live native formulas, stored scenario) with the exceljs writer.
 *
 * Kept out of src/cli so the CLI's own parser and messages stay as they are: the option is taken
 * off argv here, the quote runs unchanged, and the scenario file it read is exported.
 */
import { parseScenario, type Scenario } from "../core/scenario";
import { writeXlsx } from "./exceljsWriter";
import { buildPlan, type FormulaMode, type Lang } from "./plan";

export interface XlsxQuoteIO {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type TakenXlsx =
  | { readonly ok: true; readonly argv: string[]; readonly path?: string; readonly formulas: FormulaMode }
  | { readonly ok: false; readonly message: string };

/** The options taken here (each takes a value), so the CLI's help can be checked against them. */
export const XLSX_OPTIONS = ["xlsx", "xlsx-formulas"] as const;

/**
 * Remove `--xlsx PATH` / `--xlsx=PATH` and `--xlsx-formulas native|cc` from argv (before a `--`).
 * PATH must not start with "-" unless written inline, as with the CLI's other options.
 */
export function takeXlsxOption(argv: readonly string[]): TakenXlsx {
  const rest: string[] = [];
  let path: string | undefined;
  let formulas: FormulaMode = "native";
  let formulasSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!XLSX_OPTIONS.some((o) => name === `--${o}`)) {
      rest.push(arg);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) return { ok: false, message: `${name} needs a value` };
      value = next;
      i++;
    }
    if (value === "") return { ok: false, message: `${name} needs a value` };
    if (name === "--xlsx") {
      if (path !== undefined) return { ok: false, message: "--xlsx given twice" };
      path = value;
    } else {
      if (formulasSeen) return { ok: false, message: "--xlsx-formulas given twice" };
      if (value !== "native" && value !== "cc") return { ok: false, message: `--xlsx-formulas must be "native" or "cc" (got "${value}")` };
      formulas = value;
      formulasSeen = true;
    }
  }
  if (formulasSeen && path === undefined) return { ok: false, message: "--xlsx-formulas needs --xlsx" };
  return path === undefined ? { ok: true, argv: rest, formulas } : { ok: true, argv: rest, path, formulas };
}

/** The language of the quote: --lang if given, else the POSIX locale (as the CLI chooses it). */
function quoteLang(argv: readonly string[], env: XlsxQuoteIO["env"]): Lang {
  const i = argv.indexOf("--lang");
  const inline = argv.find((a) => a.startsWith("--lang="));
  const tag = (inline !== undefined ? inline.slice("--lang=".length) : i >= 0 ? argv[i + 1] : undefined) ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v) ?? "";
  return tag.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Write a scenario's breakdown workbook to `path` (Node). Returns the sheet name used. */
export async function scenarioToXlsxFile(
  scenario: Scenario,
  path: string,
  writeFile: (path: string, bytes: Uint8Array) => void,
  options: { readonly lang?: Lang; readonly formulas?: FormulaMode } = {},
): Promise<string> {
  const plan = buildPlan(scenario, options);
  writeFile(path, await writeXlsx(plan));
  return plan.sheetName;
}

/**
 * Run the quote command, then — when `--xlsx PATH` was given and the quote succeeded — write the
 * workbook. Exit codes are the quote's; 2 for a bad --xlsx option, 1 when the file cannot be written.
 */
export async function runQuoteWithXlsx(
  argv: readonly string[],
  io: XlsxQuoteIO,
  runQuote: (argv: readonly string[], io: Omit<XlsxQuoteIO, "writeFile">) => number,
): Promise<number> {
  const taken = takeXlsxOption(argv);
  if (!taken.ok) {
    io.stderr(`quote: ${taken.message}\n`);
    return 2;
  }
  let scenarioText: string | undefined;
  const code = runQuote(taken.argv, {
    ...io,
    readFile: (p) => {
      const text = io.readFile(p);
      scenarioText = text;
      return text;
    },
  });
  if (code !== 0 || taken.path === undefined) return code;
  if (scenarioText === undefined) {
    io.stderr("quote: --xlsx needs a scenario file (it does not apply to seat quotes or --help)\n");
    return 2;
  }
  const parsed = parseScenario(scenarioText.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return 1; // unreachable: the quote already accepted this file
  try {
    const sheet = await scenarioToXlsxFile(parsed.scenario, taken.path, io.writeFile, { lang: quoteLang(taken.argv, io.env), formulas: taken.formulas });
    // stderr, so that stdout stays exactly the quote (e.g. pure JSON with --json).
    io.stderr(`quote: wrote ${taken.path} (sheet "${sheet}")\n`);
    if (taken.formulas === "cc") {
      // Excel saves add-in functions under an internal prefix; a file written outside Excel lacks it.
      io.stderr("quote: note: CC.* formulas compute only where the CC Pricing add-in is loaded, and Excel may show #NAME? until each cell is re-entered; the default native formulas work everywhere\n");
    }
    return 0;
  } catch (e) {
    io.stderr(`quote: cannot write ${taken.path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

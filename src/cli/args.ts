/**
 * Command-line parsing for the quote CLI: a small strict parser, so an unknown or misspelt flag
 * is an error (a typo must not silently change a quote) and messages can be given in zh or en.
 */
import { languageFrom, type Lang } from "../core/sentences";

export interface OptionSpec {
  /** Long name without dashes, e.g. "daily-rate". */
  readonly name: string;
  /** A string option takes a value (`--lang zh` or `--lang=zh`); a flag takes none. */
  readonly kind: "flag" | "string";
  readonly short?: string;
}

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

export type ArgProblem =
  | { readonly kind: "unknown"; readonly option: string }
  | { readonly kind: "noValueAllowed"; readonly option: string }
  | { readonly kind: "missingValue"; readonly option: string }
  | { readonly kind: "repeated"; readonly option: string };

export type ParseResult = { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly problem: ArgProblem };

/**
 * Parse argv against the option specs. `--` ends the options; a lone `-` and anything not
 * starting with `-` is positional. A string option's value may start with `-` only when written
 * inline (`--margin=-0.1`) or when it is a negative number (`--margin -0.1`), so `--lang --json` is
 * reported as a missing value, not taken as one.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParseResult {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const rawName = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const spec = rawName.startsWith("--") ? specs.find((s) => s.name === rawName.slice(2)) : specs.find((s) => s.short !== undefined && `-${s.short}` === rawName);
    if (!spec) return { ok: false, problem: { kind: "unknown", option: rawName } };
    const option = `--${spec.name}`;
    if (seen.has(spec.name)) return { ok: false, problem: { kind: "repeated", option } };
    seen.add(spec.name);
    if (spec.kind === "flag") {
      if (inline !== undefined) return { ok: false, problem: { kind: "noValueAllowed", option } };
      flags.add(spec.name);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // A negative number is a value ("--margin -0.1" is then refused for its range, not its form).
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\.?\d/.test(next))) return { ok: false, problem: { kind: "missingValue", option } };
      value = next;
      i++;
    }
    if (value === "") return { ok: false, problem: { kind: "missingValue", option } };
    values.set(spec.name, value);
  }
  return { ok: true, args: { flags, values, positionals } };
}

/** The language a value of --lang names ("zh", "zh-CN", "en_US" …), or undefined if none. */
export function langFromTag(tag: string): Lang | undefined {
  const t = tag.trim().toLowerCase();
  if (t === "zh" || t.startsWith("zh-") || t.startsWith("zh_")) return "zh";
  if (t === "en" || t.startsWith("en-") || t.startsWith("en_")) return "en";
  return undefined;
}

/**
 * The default language from the environment, as POSIX tools choose it: the first non-empty of
 * LC_ALL, LC_MESSAGES, LANG, read by the core's one rule (zh_CN.UTF-8, zh_TW … Chinese, else English).
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return languageFrom([env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== ""));
}

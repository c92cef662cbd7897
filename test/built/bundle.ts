/**
 * The BUILT add-in (dist/, from `npm run build`; `npm test` builds before Jest runs), loaded as
 * Excel would: dist/functions.js evaluated in a bare context that has only a `CustomFunctions`
 * global — no window, document, Office, require or process. Shared by the tests in test/built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

export const DIST = join(__dirname, "..", "..", "dist");

/** A file of dist/, or a clear failure saying how to make it. */
export function distFile(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does it before Jest).`);
  return readFileSync(path, "utf8");
}

/** The bare context's CustomFunctions.Error: a code and the message Excel would keep. */
export class BareError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
export type Fn = (...args: unknown[]) => unknown;

/** Evaluate dist/functions.js with nothing but CustomFunctions; return what it registered. */
export function loadBundle(): { registered: Map<string, Fn>; context: object } {
  const registered = new Map<string, Fn>();
  const CustomFunctions = {
    associate(id: string, fn: Fn) {
      if (registered.has(id)) throw new Error(`${id} associated twice`);
      registered.set(id, fn);
    },
    Error: BareError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };
  const context = createContext({ CustomFunctions });
  runInContext(distFile("functions.js"), context, { filename: "dist/functions.js" });
  return { registered, context };
}

/** Call a registered function: its value, or the error it threw as { code, message }. */
export function call(registered: Map<string, Fn>, id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  try {
    return fn(...args);
  } catch (e) {
    if (e instanceof BareError) return { code: e.code, message: e.message };
    throw e;
  }
}

/**
 * Test helpers for CC adapters: call a function as Excel would and capture either its number
 * or the CustomFunctions.Error it throws (code + message).
 */
export interface Thrown {
  code: string;
  message: string;
}

/** Run `f`, returning the number or the Excel error it threw; anything else fails the test. */
export function excel(f: () => number): number | Thrown {
  try {
    return f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
  }
}

/** The Excel error thrown by `f` (fails the test when `f` returns a value). */
export function excelError(f: () => number): Thrown {
  const r = excel(f);
  if (typeof r === "number") throw new Error(`expected an Excel error, got ${r}`);
  return r;
}

export const VALUE = "#VALUE!";
export const NUM = "#NUM!";
export const DIV0 = "#DIV/0!";

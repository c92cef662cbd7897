/**
 * Test helpers for CC adapters: call a function as Excel would and capture either its number
 * or the CustomFunctions.Error it throws (code + message).
 */
export interface Thrown {
  code: string;
  message: string;
}

/** Run `f`, returning its value (a number, or a matrix) or the Excel error it threw; anything else fails the test. */
export function excel<T = number>(f: () => T): T | Thrown {
  try {
    return f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw new Error(`not a CustomFunctions.Error: ${String(e)}`);
  }
}

/** The Excel error thrown by `f` (fails the test when `f` returns a value). */
export function excelError<T = number>(f: () => T): Thrown {
  try {
    const v = f();
    throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw e;
  }
}

export const VALUE = "#VALUE!";
export const NUM = "#NUM!";
export const DIV0 = "#DIV/0!";

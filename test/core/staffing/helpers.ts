import type { Result } from "../../../src/core/result";

/** The value of a Result, failing the test with its error otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code} ${r.error.arg}: ${r.error.message.en}`);
  return r.value;
}

/** |actual − expected| / |expected| (absolute when expected is 0). */
export function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Assert agreement to `tolerance` relative, with a message that shows both numbers. */
export function expectRelative(actual: number, expected: number | string, tolerance: number, what = ""): void {
  const e = typeof expected === "string" ? Number(expected) : expected;
  const err = relativeError(actual, e);
  if (!(err <= tolerance)) throw new Error(`${what} got ${actual}, want ${e} (relative error ${err.toExponential(2)} > ${tolerance})`);
}

/** Tolerances for the staffing tests, which run in IEEE doubles (unwrapping Results: test/helpers/result.ts). */

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

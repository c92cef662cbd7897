/** Unwrapping core Results in tests: a failure fails the test and shows the core's error. */
import type { Dec } from "../../src/core/decimal";
import type { Result } from "../../src/core/result";

/** The value of a Result, failing the test with its error otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.error.code} ${r.error.arg}: ${r.error.message.en}`);
  return r.value;
}

/** A decimal Result's exact digits ("167600", "0.3"), to compare with a hand-worked figure. */
export function digits(r: Result<Dec>): string {
  return value(r).toString();
}

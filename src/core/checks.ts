/**
 * Allocation-free argument checks for the formula families' hot paths (internal; not part of
 * the public surface). Each predicate is a plain boolean, and the error is built only when
 * something is wrong — the Result helpers in validate.ts allocate even on success.
 * The one source of the out-of-range and divide-by-zero wording: validate.ts builds its errors here.
 */
import type { Dec } from "./decimal";
import { fail, type Result } from "./result";

/** True when x < 0 (−0 counts as 0). */
export function isNeg(x: Dec): boolean {
  return x.s < 0 && !x.isZero();
}

/** " (item 3)"-style prefix for an element of a list argument. */
function where(item: number | undefined): { en: string; zh: string } {
  return item === undefined ? { en: "", zh: "" } : { en: `item ${item + 1}: `, zh: `第 ${item + 1} 项：` };
}

/**
 * arg must be ≥ 0. `item` is the 0-based index when the argument is a list. The staffing family
 * checks plain doubles with the same wording, so the value may be a number too.
 */
export function negativeError<T>(arg: string, x: Dec | number, item?: number): Result<T> {
  const w = where(item);
  return fail("outOfRange", arg, `${w.en}must be ≥ 0 (got ${x.toString()})`, `${w.zh}不能为负数（当前为 ${x.toString()}）`);
}

/** arg must be > 0. */
export function positiveError<T>(arg: string, x: Dec | number): Result<T> {
  return fail("outOfRange", arg, `must be > 0 (got ${x.toString()})`, `必须大于 0（当前为 ${x.toString()}）`);
}

/** arg must lie in [0, 1): a margin or shrinkage of 1 would divide by zero downstream. */
export function belowOneError<T>(arg: string, x: Dec): Result<T> {
  return fail("outOfRange", arg, `must be ≥ 0 and < 1 (got ${x.toString()})`, `必须大于等于 0 且小于 1（当前为 ${x.toString()}）`);
}

/** arg must lie in [lo, hi]. */
export function rangeError<T>(arg: string, x: Dec, lo: string, hi: string, item?: number): Result<T> {
  const w = where(item);
  return fail(
    "outOfRange",
    arg,
    `${w.en}must be between ${lo} and ${hi} (got ${x.toString()})`,
    `${w.zh}必须在 ${lo} 到 ${hi} 之间（当前为 ${x.toString()}）`,
  );
}

/** True when x is outside [0, 1]. */
export function notUnit(x: Dec): boolean {
  return x.s < 0 ? !x.isZero() : x.gt(1);
}

/** arg must lie in [0, 1]. */
export function unitError<T>(arg: string, x: Dec, item?: number): Result<T> {
  return rangeError(arg, x, "0", "1", item);
}

/** Zero divisor, named. */
export function zeroError<T>(arg: string): Result<T> {
  return fail("divByZero", arg, "is zero, so the division is undefined", "为零，无法相除");
}

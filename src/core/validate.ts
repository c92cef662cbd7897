/**
 * Argument checks shared by every formula family. Each returns the value unchanged or an
 * error naming the argument, so formulas read as a list of preconditions then the math.
 * The error wording lives in checks.ts, shared with the allocation-free hot-path checks.
 */
import { belowOneError, isNeg, negativeError, positiveError, unitError, zeroError } from "./checks";
import { D, type Dec } from "./decimal";
import { fail, ok, type Result } from "./result";

/** A JS number (from a cell, JSON or a form) to an exact decimal; NaN/±Infinity are refused. */
export function fromNumber(arg: string, value: number): Result<Dec> {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail("notNumber", arg, "must be a finite number", "必须是有限数值");
  }
  // decimal.js reads a number through its shortest round-trip digits, so 0.1 becomes exactly 0.1,
  // not the double's binary expansion.
  return ok(new D(value));
}

export function nonNegative(arg: string, x: Dec): Result<Dec> {
  return isNeg(x) ? negativeError(arg, x) : ok(x);
}

export function positive(arg: string, x: Dec): Result<Dec> {
  return x.gt(0) ? ok(x) : positiveError(arg, x);
}

/** A rate that must lie in [0, 1] (a share, a probability, a tax rate). */
export function unitInterval(arg: string, x: Dec): Result<Dec> {
  return x.gte(0) && x.lte(1) ? ok(x) : unitError(arg, x);
}

/** A rate in [0, 1): a margin, a shrinkage — 1 would divide by zero downstream. */
export function belowOne(arg: string, x: Dec): Result<Dec> {
  return x.gte(0) && x.lt(1) ? ok(x) : belowOneError(arg, x);
}

/** Divide, refusing a zero divisor with a divByZero error that names it. */
export function divide(numerator: Dec, divisor: Dec, divisorArg: string): Result<Dec> {
  return divisor.isZero() ? zeroError(divisorArg) : ok(numerator.div(divisor));
}

/**
 * Every argument check of the core, in one place. Decimal checks serve the exact formula
 * families; double checks serve staffing, which runs in IEEE doubles (see staffing/erlangB.ts
 * for why). Predicates are plain booleans and errors are built only when something is wrong, so
 * hot paths allocate nothing on success. The wording is the sentence book's (sentences/validation.ts).
 */
import { D, type Dec } from "./decimal";
import { fail, ok, type ErrorCode, type Result } from "./result";
import { filled, type Sentence } from "./sentences/book";
import { VALIDATION as V } from "./sentences/validation";

/**
 * An error whose message is a book sentence; `item` (0-based) is the index when the argument is
 * a list, and the message then starts with "item N: " (1-based).
 */
export function refuse<T>(code: ErrorCode, arg: string, s: Sentence<string>, item?: number): Result<T> {
  if (item === undefined) return fail(code, arg, s.en, s.zh);
  return fail(code, arg, V.itemPrefix.en(item + 1) + s.en, V.itemPrefix.zh(item + 1) + s.zh);
}

// ---------------------------------------------------------------- errors

/** arg must be ≥ 0. `item` is the 0-based index when the argument is a list. */
export function negativeError<T>(arg: string, x: Dec | number, item?: number): Result<T> {
  return refuse("outOfRange", arg, filled(V.notNegative, x.toString()), item);
}

function positiveError<T>(arg: string, x: Dec | number): Result<T> {
  return refuse("outOfRange", arg, filled(V.notPositive, x.toString()));
}

/** A share as the user typed it, in percent: 1.5 → "150" (exact, so 0.07 is "7", not 7.000000000000001). */
function percentOf(x: Dec | number): string {
  return D(x).times(100).toString();
}

/** arg must lie in [0, 1): a margin or shrinkage of 1 would divide by zero downstream. */
function belowOneError<T>(arg: string, x: Dec): Result<T> {
  return refuse("outOfRange", arg, filled(V.notBelowOne, percentOf(x)));
}

/** arg must lie in [lo, hi]. */
export function rangeError<T>(arg: string, x: Dec, lo: string, hi: string, item?: number): Result<T> {
  return refuse("outOfRange", arg, filled(V.notBetween, lo, hi, x.toString()), item);
}

export function unitError<T>(arg: string, x: Dec, item?: number): Result<T> {
  return rangeError(arg, x, "0", "1", item);
}

/** Zero divisor, named. */
export function zeroError<T>(arg: string): Result<T> {
  return refuse("divByZero", arg, V.zeroDivisor);
}

export function notFiniteError<T>(arg: string): Result<T> {
  return refuse("notNumber", arg, V.notFinite);
}

// ---------------------------------------------------------------- decimals

/** True when x < 0 (−0 counts as 0). */
export function isNeg(x: Dec): boolean {
  return x.s < 0 && !x.isZero();
}

/** True when x is outside [0, 1]. */
export function notUnit(x: Dec): boolean {
  return x.s < 0 ? !x.isZero() : x.gt(1);
}

/** A JS number (from a cell, JSON or a form) to an exact decimal; NaN/±Infinity are refused. */
export function fromNumber(arg: string, value: number): Result<Dec> {
  if (typeof value !== "number" || !Number.isFinite(value)) return notFiniteError(arg);
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

// ---------------------------------------------------------------- doubles (staffing)

/** A finite number; NaN/±Infinity are refused. */
export function finite(arg: string, x: number): Result<number> {
  return typeof x === "number" && Number.isFinite(x) ? ok(x) : notFiniteError(arg);
}

export function atLeastZero(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x >= 0 ? ok(x === 0 ? 0 : x) : negativeError(arg, x);
}

export function aboveZero(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x > 0 ? ok(x) : positiveError(arg, x);
}

/** A service-level target: 100 % within any finite time would need infinitely many agents. */
export function targetBelowOne(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x >= 0 && x < 1 ? ok(x) : refuse("outOfRange", arg, filled(V.targetNotBelowOne, percentOf(x)));
}

/** A cap such as maximum occupancy: a share in (0, 1]. */
export function shareAboveZero(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x > 0 && x <= 1 ? ok(x) : refuse("outOfRange", arg, filled(V.notShare, percentOf(x)));
}

export function wholeNumber(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x >= 0 && Number.isInteger(x) ? ok(x) : refuse("outOfRange", arg, filled(V.notWhole, String(x)));
}

/**
 * Largest traffic accepted. Each evaluation costs about √(90·A) + (N − A) cheap steps, so this
 * keeps one call well under a second; no real queue comes near a billion Erlangs.
 */
export const MAX_TRAFFIC_ERLANGS = 1e9;

export function trafficInRange(arg: string, x: number): Result<number> {
  const r = atLeastZero(arg, x);
  if (!r.ok) return r;
  return x <= MAX_TRAFFIC_ERLANGS ? r : refuse("outOfRange", arg, filled(V.tooMuchTraffic, String(MAX_TRAFFIC_ERLANGS), String(x)));
}

/**
 * Most agents the staffing solver (CC.AGENTS) will look for. A search needs a ceiling: past 2⁵³
 * `n + 1 === n` in doubles and a walk up the agents would never end. Ten million agents on one
 * queue is far beyond any real centre, and the walk up to it stays under a second.
 */
export const MAX_AGENTS = 1e7;

/**
 * Overload: with N ≤ A agents the queue grows without bound, so waiting-time measures do not
 * exist. Said plainly instead of returning a negative or infinite wait. `headroom` is N − A when
 * the caller knows it better than the doubles' difference (from the exact traffic, staffing/traffic.ts).
 */
export function notOverloaded(agents: number, trafficErlangs: number, headroom = agents - trafficErlangs): Result<number> {
  const a = Number(trafficErlangs.toPrecision(12));
  return headroom > 0 ? ok(agents) : refuse("outOfRange", "agents", filled(V.overloaded, String(a), String(agents)));
}

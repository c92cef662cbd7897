/**
 * Argument checks for the staffing family. Staffing runs in IEEE doubles (see erlangB.ts for
 * why), so these mirror ../validate.ts but take and return plain numbers; the shared wording
 * comes from ../checks.ts. Messages name the argument exactly as the Excel catalogue does, so
 * adapters only prefix `CC.NAME: `.
 */
import { negativeError, positiveError } from "../checks";
import { fail, ok, type Result } from "../result";

/** A finite number; NaN/±Infinity are refused. */
export function finite(arg: string, x: number): Result<number> {
  return typeof x === "number" && Number.isFinite(x) ? ok(x) : fail("notNumber", arg, "must be a finite number", "必须是有限数值");
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
  return x >= 0 && x < 1
    ? ok(x)
    : fail(
        "outOfRange",
        arg,
        `must be ≥ 0 and < 1 (got ${x}); 100% can never be guaranteed`,
        `必须大于等于 0 且小于 1（当前为 ${x}）；100% 无法保证`,
      );
}

/** A cap such as maximum occupancy: a share in (0, 1]. */
export function shareAboveZero(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x > 0 && x <= 1
    ? ok(x)
    : fail("outOfRange", arg, `must be > 0 and ≤ 1 (got ${x})`, `必须大于 0 且小于等于 1（当前为 ${x}）`);
}

export function wholeNumber(arg: string, x: number): Result<number> {
  if (!Number.isFinite(x)) return finite(arg, x);
  return x >= 0 && Number.isInteger(x)
    ? ok(x)
    : fail("outOfRange", arg, `must be a whole number ≥ 0 (got ${x})`, `必须是非负整数（当前为 ${x}）`);
}

/**
 * Largest traffic accepted. Each evaluation costs about √(90·A) + (N − A) cheap steps, so this
 * keeps one call well under a second; no real queue comes near a billion Erlangs.
 */
export const MAX_TRAFFIC_ERLANGS = 1e9;

export function trafficInRange(arg: string, x: number): Result<number> {
  const r = atLeastZero(arg, x);
  if (!r.ok) return r;
  return x <= MAX_TRAFFIC_ERLANGS
    ? r
    : fail("outOfRange", arg, `must be ≤ ${MAX_TRAFFIC_ERLANGS} Erlangs (got ${x})`, `不能超过 ${MAX_TRAFFIC_ERLANGS} 爱尔兰（当前为 ${x}）`);
}

/**
 * Overload: with N ≤ A agents the queue grows without bound, so waiting-time measures do not
 * exist. Said plainly instead of returning a negative or infinite wait.
 */
export function notOverloaded(agents: number, trafficErlangs: number): Result<number> {
  const a = Number(trafficErlangs.toPrecision(12));
  return agents > trafficErlangs
    ? ok(agents)
    : fail(
        "outOfRange",
        "agents",
        `must exceed the traffic of ${a} Erlangs (got ${agents}): the queue is overloaded and waits grow without bound`,
        `必须大于话务量 ${a} 爱尔兰（当前为 ${agents}）：队列过载，等待时间无限增长`,
      );
}

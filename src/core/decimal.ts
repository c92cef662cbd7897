/**
 * The one Decimal constructor of CC Pricing.
 *
 * A private clone so that nothing we do (and nothing a host page does with the global
 * decimal.js) can change how money is rounded. 40 significant digits keep every quotient in
 * the domain exact to far beyond a double; ROUND_HALF_UP is how analysts round by hand.
 */
import DecimalJs from "decimal.js";

export const D = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -21,
  toExpPos: 40,
});

/** An exact decimal value made by {@link D}. */
export type Dec = DecimalJs;

export const ZERO = new D(0);
export const ONE = new D(1);

/** Sum of a list of decimals (0 for an empty list). */
export function sum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** The one place a Decimal becomes a JS number: the boundary to Excel, JSON and the UI. */
export function toNumber(value: Dec): number {
  return value.toNumber();
}

/**
 * Generated exact decimals for the core's property tests, and what "exactly" means for them.
 *
 * Sums and products of the inputs (integers and short decimals) are exact in a 40-significant-digit
 * Decimal, so identities built only from them are checked with `eq`. A division rounds once to 40
 * significant digits (relative error ≤ 5 × 10⁻⁴⁰), and the multiplication that undoes it rounds
 * once more, so "q × d = n" is checked as: the difference is at most n × 10⁻³⁸, and both sides
 * agree when rounded to 34 significant digits (decimal128's precision — far beyond any currency).
 */
import fc from "fast-check";
import { D, type Dec } from "../../src/core/decimal";

/** An exact decimal n ÷ 10^scale with n in [min, max]. */
export const dec = (min: number, max: number, scale = 0): fc.Arbitrary<Dec> => fc.integer({ min, max }).map((n) => D(n).div(D(10).pow(scale)));
export const money = dec(0, 1e11, 2); // up to 1 000 000 000.00
export const count = dec(0, 1e7);
export const rate = dec(0, 10000, 4); // [0, 1] in steps of 0.0001
export const anyDec = fc.oneof(dec(-1e6, 1e6, 3), fc.constant(D(0)), fc.constant(D(-1)), fc.constant(D(1)));

/** q × d reproduces n "exactly" in the sense stated at the top of this file. */
export function reproduces(product: Dec, n: Dec): boolean {
  const closeEnough = product.minus(n).abs().lte(n.abs().times("1e-38"));
  return closeEnough && product.toSignificantDigits(34).eq(n.toSignificantDigits(34));
}

/** Decimal lists for test inputs: ds(0, 50, "0.5") is [D(0), D(50), D(0.5)]. */
import { D, type Dec } from "../../src/core/decimal";

export function ds(...xs: (number | string)[]): Dec[] {
  return xs.map((x) => D(x));
}

/**
 * Hostile argument lists for the fuzz of the built CC functions (test/built/fuzz.test.ts), within
 * Excel's contract and a little beyond it: what a cell, a range or a careless caller can hand a
 * custom function. Excel gives a scalar parameter a number, a text, a boolean or null (blank or
 * omitted); a matrix parameter a rectangular 2-D array of those. We add what other hosts and
 * tests can pass: NaN and ±Infinity, undefined, ragged and empty ranges, a lone value for a range,
 * a range for a value, and too few or too many arguments.
 */
import fc from "fast-check";

/** Parameter shape as dist/functions.json states it. */
export interface ParamShape {
  readonly name: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}

/** Figures at the edges of doubles and of the domains (shares, counts, seconds, Erlangs). */
const EDGE_NUMBERS = [
  NaN, Infinity, -Infinity, 5e-324, -5e-324, 1e308, -1e308, 1.7976931348623157e308, -0, 0, 1, -1, 2, 0.5, 0.999999,
  1 - 2 ** -53, 1 + 2 ** -52, 2 ** 53, 2 ** 53 + 2, 1e15, 1e16, 1e-15, 1e-300, 1e-7, 1e7, 1e7 + 1, 1e9, 1e9 + 1, 1e12,
  0.05, 0.1, 0.2, 0.3, 0.8, 0.85, 0.95, 7, 10, 12, 14, 20, 43, 60, 100, 120, 180, 600, 1800, 3600, 86400, 21.75, 8, 22,
];

/** Texts a cell can hold: percent and full-width digits, keys of Object.prototype, words of the choice lists. */
const TEXTS = [
  "12%", "１２", "12", " 12 ", "1e3", "0x10", "NaN", "Infinity", "-0", "", " ", "abc", "__proto__", "constructor",
  "toString", "hasOwnProperty", "valueOf", "TRUE", "FALSE", "answer", "应答", "minute", "分钟", "margin", "毛利",
  "markup", "加成", "graduated", "超额累进", "volume", "全额累进", " Minute ", "\u0000", "😀", "x".repeat(300),
  "#VALUE!", "=1+1",
];

const number: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 5000, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 20000 }) },
);

const text = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TEXTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const blank = fc.constantFrom(null, undefined);

/** What one cell can hold. */
export const cell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: number },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, "") },
);

/** A rectangular block, 1×1 up to 5×4. */
const block = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

/** Shapes Excel never sends but a caller might: ragged, empty, flat, nested a level too deep. */
const oddRange = fc.oneof(
  fc.constantFrom<unknown>([], [[]], [[], []], [[[1]]], [[[]]]),
  fc.array(fc.array(cell, { maxLength: 4 }), { minLength: 2, maxLength: 4 }), // ragged (usually)
  fc.array(cell, { minLength: 1, maxLength: 4 }), // one-dimensional
);

/** A value for a scalar parameter. */
export const scalarArg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 16, arbitrary: cell },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: block },
  { weight: 1, arbitrary: oddRange },
);

/** A value for a matrix (range) parameter. */
export const rangeArg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: block },
  { weight: 2, arbitrary: oddRange },
  { weight: 2, arbitrary: cell }, // a lone value where a range is expected
  { weight: 1, arbitrary: blank },
);

/**
 * An argument list for a function of these parameters: usually one per parameter (omitted
 * optionals as null, as Excel passes them), sometimes fewer (trailing ones missing) or more.
 */
export function argumentLists(params: readonly ParamShape[]): fc.Arbitrary<unknown[]> {
  const each = params.map((p) => (p.dimensionality === "matrix" ? rangeArg : scalarArg));
  const count = fc.oneof(
    { weight: 8, arbitrary: fc.constant(params.length) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.max(0, params.length - 1) }) },
    { weight: 1, arbitrary: fc.integer({ min: params.length + 1, max: params.length + 2 }) },
  );
  return fc.tuple(fc.tuple(...each), fc.array(scalarArg, { minLength: 2, maxLength: 2 }), count).map(([args, extra, n]) => [...args, ...extra].slice(0, n));
}

/** A figure nudged the way a slip of the keyboard or a formula might: scaled, negated, pushed to an edge. */
const nudged = (x: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(x * 1e6, x * 1e-6, x * 1e15, x / 1e300, -x, x + 0.5, Math.floor(x), x * (1 + 2 ** -52), x * (1 - 2 ** -53)),
    fc.double({ min: 0, max: Math.max(1, 4 * Math.abs(x)), noNaN: true }),
  );

/**
 * An argument list near a working one (a published example): each argument kept, nudged or
 * replaced by a hostile value, so the search paths behind the argument checks are fuzzed too.
 */
export function argumentListsNear(params: readonly ParamShape[], seed: readonly unknown[]): fc.Arbitrary<unknown[]> {
  const each = params.map((p, i) => {
    const v = seed[i] ?? null;
    const hostile = p.dimensionality === "matrix" ? rangeArg : scalarArg;
    const near = typeof v === "number" ? nudged(v) : hostile;
    return fc.oneof({ weight: 4, arbitrary: fc.constant(v) }, { weight: 2, arbitrary: near }, { weight: 2, arbitrary: hostile });
  });
  return fc.tuple(...each);
}

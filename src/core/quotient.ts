/**
 * Fast exact quotients (internal to the core; not re-exported).
 *
 * Why: a decimal.js division at 40 digits costs microseconds, and cost per answer is evaluated
 * for every recalculated cell. Most pricing inputs are short decimals (answers, seconds, cents),
 * so their products and sums fit exactly in a double's 53-bit integer range. For those, the
 * quotient's 40 significant digits are found by schoolbook long division on exact integers and
 * rounded half-up — the same digits `D`'s division gives (tests compare the two on generated
 * inputs). Anything that does not fit falls back to decimal.js, so results never depend on which
 * path ran.
 *
 * The fast path reads and builds decimal.js's documented internal representation (sign `s`,
 * exponent `e`, base-1e7 words `d`); the equality tests would catch a change in it.
 */
import { D, ZERO, type Dec } from "./decimal";

const MAX = Number.MAX_SAFE_INTEGER;
/** Largest divisor whose remainder × 10 is still exact. */
const MAX_DIVISOR = Math.floor(MAX / 10);
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Significant digits of every result: must equal D's precision. */
const DIGITS = D.precision;

// Scratch output of `scaled`: [mantissa, exponent]. A typed array, because a module-level
// number variable would allocate a heap number on each write of a large integer.
const out2 = new Float64Array(2);

/**
 * Read a non-negative finite Dec as out2[0] × 10^out2[1] with out2[0] a safe integer without trailing zeros.
 * False when it does not fit (or is negative / non-finite): the caller then uses decimal.js.
 */
function scaled(x: Dec): boolean {
  const d = x.d as readonly number[] | null;
  if (d === null || x.s < 0) return false;
  const len = d.length;
  if (len > 3) return false;
  // Trailing zeros live in the last word only (decimal.js drops zero words): strip them there,
  // in small-integer arithmetic, before the words are joined.
  let last = d[len - 1] as number;
  if (last === 0) {
    out2[0] = 0;
    out2[1] = 0;
    return true;
  }
  let zeros = 0;
  while (last % 10 === 0) {
    last /= 10;
    zeros++;
  }
  let n = 0;
  for (let i = 0; i < len - 1; i++) n = n * 1e7 + (d[i] as number);
  n = len === 1 ? last : n * (POW10[7 - zeros] as number) + last;
  if (n > MAX) return false;
  const e = x.e;
  out2[0] = n;
  out2[1] = e - (((e % 7) + 7) % 7) - 7 * (len - 1) + zeros;
  return true;
}

/** A Dec from its base-1e7 words (first word non-zero, no trailing zero words) and exponent. */
function fromWords(words: number[], exp: number): Dec {
  // decimal.js instances carry their constructor, sign, exponent and words; see the file comment.
  const out = Object.create(D.prototype) as { constructor: unknown; s: number; e: number; d: number[] };
  out.constructor = D;
  out.s = 1;
  out.e = exp;
  out.d = words;
  return out as unknown as Dec;
}

/**
 * (p × 10^pe) ÷ (q × 10^qe) to DIGITS significant digits, half-up, for safe integers p ≥ 0,
 * q > 0. Undefined when q is too large for exact long division.
 * Written as one function with local variables: module-level or captured number variables
 * would box a heap number on every write of a non-small integer, which dominated the time.
 */
function divideScaled(p: number, pe: number, q: number, qe: number): Dec | undefined {
  if (p === 0) return ZERO;
  let lead = pe - qe; // exponent of the quotient's first digit, adjusted below
  let r = p;
  while (r >= q * 10) {
    q *= 10;
    lead++;
  }
  if (q > MAX_DIVISOR) return undefined;
  while (r < q) {
    r *= 10;
    lead--;
  }
  // How many digits one exact double division can yield: rem × 10^step must stay ≤ MAX.
  let step = 1;
  while (step < 7 && q * (POW10[step + 1] as number) <= MAX) step++;
  // Now q ≤ r < 10q: the first digit is r ÷ q. Words follow decimal.js's layout: the first holds
  // the digits down to the exponent's multiple of 7, then 7 digits each.
  let word = Math.floor(r / q);
  if (word * q > r) word--;
  let rem = r - word * q;
  const firstLen = (((lead % 7) + 7) % 7) + 1;
  const words: number[] = [];
  let left = DIGITS - 1;
  let want = firstLen - 1; // digits still to put in the current word
  let pad = 0;
  for (;;) {
    const take = want < left ? want : left;
    // Long division, up to `step` digits at a time. A double quotient can round up past an
    // integer (never down); the sign of the remainder tells, exactly.
    let todo = take;
    while (todo > 0) {
      const k = todo < step ? todo : step;
      const scale = POW10[k] as number;
      const x = rem * scale;
      let digits = Math.floor(x / q);
      rem = x - digits * q;
      if (rem < 0) {
        digits--;
        rem += q;
      }
      word = word * scale + digits;
      todo -= k;
    }
    left -= take;
    pad = want - take;
    words.push(word * (POW10[pad] as number));
    if (left === 0 || rem === 0) break;
    word = 0;
    want = 7;
  }
  // Half-up: round away when the remainder is at least half of the divisor.
  if (left === 0 && rem * 2 >= q) {
    let i = words.length - 1;
    words[i] = (words[i] as number) + (POW10[pad] as number);
    while (i > 0 && (words[i] as number) >= 1e7) {
      words[i] = (words[i] as number) - 1e7;
      i--;
      words[i] = (words[i] as number) + 1;
    }
    // All nines carried out of the first word: the result is 10^(lead + 1).
    if ((words[0] as number) >= (POW10[firstLen] as number)) {
      const exp = lead + 1;
      return fromWords([POW10[((exp % 7) + 7) % 7] as number], exp);
    }
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  return fromWords(words, lead);
}

/** n ÷ d for non-negative n and positive d, equal to n.div(d) but faster for short decimals. */
export function quotient(n: Dec, d: Dec): Dec {
  if (scaled(n)) {
    const p = out2[0]!;
    const pe = out2[1]!;
    if (scaled(d) && out2[0]! !== 0) {
      const r = divideScaled(p, pe, out2[0]!, out2[1]!);
      if (r !== undefined) return r;
    }
  }
  return n.div(d);
}

/** What the fused kernel needs of a traffic line. */
interface AnsweredLine {
  readonly answered: Dec;
  readonly avgTalkSeconds: Dec;
}

/**
 * (a × b) ÷ Σ answeredᵢ × avgTalkSecondsᵢ — the shape of cost per answer, total cost × standard
 * seconds ÷ total talk seconds — with one rounding. Every value is ≥ 0 and the sum must be > 0
 * (the caller checks). Equal to a.times(b).div(Σ) in decimal.js.
 */
export function productOverTalkSeconds(a: Dec, b: Dec, streams: readonly AnsweredLine[]): Dec {
  fast: {
    if (!scaled(a)) break fast;
    let p = out2[0]!;
    let pe = out2[1]!;
    if (!scaled(b)) break fast;
    p *= out2[0]!;
    pe += out2[1]!;
    if (p > MAX) break fast;
    let q = 0;
    let qe = 0;
    for (let i = 0; i < streams.length; i++) {
      const s = streams[i] as AnsweredLine;
      if (!scaled(s.answered)) break fast;
      let t = out2[0]!;
      let te = out2[1]!;
      if (!scaled(s.avgTalkSeconds)) break fast;
      t *= out2[0]!;
      te += out2[1]!;
      if (t > MAX) break fast;
      if (t === 0) continue;
      if (q === 0) {
        q = t;
        qe = te;
        continue;
      }
      // Align exponents on the smaller one, exactly, or give up.
      if (te < qe) {
        const k = qe - te;
        if (k > 15) break fast;
        q *= POW10[k] as number;
        qe = te;
      } else if (te > qe) {
        const k = te - qe;
        if (k > 15) break fast;
        t *= POW10[k] as number;
      }
      q += t;
      if (q > MAX) break fast;
    }
    if (q === 0) break fast;
    const r = divideScaled(p, pe, q, qe);
    if (r !== undefined) return r;
  }
  let sum = ZERO;
  for (const s of streams) sum = sum.plus(s.answered.times(s.avgTalkSeconds));
  return a.times(b).div(sum);
}

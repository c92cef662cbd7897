/** How the benches time a function: evaluations per second, best of 3 rounds after a warm-up. */

/** Evaluations per second over about `ms` milliseconds (after a warm-up), best of 3 rounds. */
export function opsPerSecond(f: (i: number) => number, ms: number): { ops: number; sink: number } {
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += f(i);
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let n = 0;
    const start = process.hrtime.bigint();
    const until = start + BigInt(ms) * 1_000_000n;
    let now = start;
    while (now < until) {
      for (let j = 0; j < 1000; j++) sink += f(n++);
      now = process.hrtime.bigint();
    }
    best = Math.max(best, n / (Number(now - start) / 1e9));
  }
  return { ops: best, sink };
}

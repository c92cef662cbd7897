/**
 * The quote command's wall time, as a user runs it: the built CLI (dist/cli/cc-quote.js, what
 * `npm run quote` and `cc-quote` run) beside the plain baseline `node -e 1` and the TypeScript
 * source through tsx (what `npm run quote` ran before the build). Median of 7 runs each.
 * Needs `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const example = join(root, "examples", "worked-example.json");
const built = join(root, "dist", "cli", "cc-quote.js");

function medianMs(command: string, args: readonly string[], runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: root, stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${String(r.status)}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

if (!existsSync(built)) {
  console.log("dist/cli/cc-quote.js is missing: run `npm run build` first");
  process.exit(1);
}
const rows: [string, number][] = [
  ["node -e 1 (baseline)", medianMs(process.execPath, ["-e", "1"])],
  ["node dist/cli/cc-quote.js example", medianMs(process.execPath, [built, example])],
  ["node dist/cli/cc-quote.js example --json", medianMs(process.execPath, [built, example, "--json"])],
  ["tsx src/cli/quote.ts example (before)", medianMs(join(root, "node_modules", ".bin", "tsx"), ["src/cli/quote.ts", example])],
];
for (const [what, ms] of rows) console.log(`${what.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);

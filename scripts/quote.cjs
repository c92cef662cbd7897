/**
 * `npm run quote`: runs the built CLI (dist/cli/cc-quote.js, also the `cc-quote` bin) in this
 * process. When any source file is newer than the build — or there is none yet — the CLI is
 * rebuilt first (webpack's "cli" config, a few seconds), so the command never runs stale code.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, statSync, utimesSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const built = join(root, "dist", "cli", "cc-quote.js");

/** The newest modification time under a folder (ms). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, "src"))) {
  const webpack = join(root, "node_modules", ".bin", "webpack");
  const r = spawnSync(webpack, ["--mode", "production", "--config-name", "cli"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // webpack leaves an unchanged output file as it was: mark the build as seen now.
  const now = new Date();
  utimesSync(built, now, now);
}
require(built);

/**
 * Entry point of `npm run quote`: wires runQuote to the real process. All logic lives in
 * run.ts so it can be tested without spawning.
 */
import { writeFileSync } from "node:fs";
import { readBounded } from "./files";
import { runQuote } from "./run";

void runQuote(process.argv.slice(2), {
  readFile: readBounded,
  writeFile: (path, bytes) => writeFileSync(path, bytes),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});

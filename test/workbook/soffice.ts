/**
 * LibreOffice headless as an independent spreadsheet engine: converts .xlsx files to .xlsx in
 * one soffice call, with a throw-away profile that forces a full recalculation on load
 * (OOXMLRecalcMode = 0, "always"), so every formula value in the output is LibreOffice's own.
 */
import { spawn, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable, or a thrown error saying how to get it. */
export function findSoffice(): string {
  const which = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" });
  const path = which.stdout.trim().split("\n")[0] ?? "";
  if (which.status !== 0 || path === "") {
    throw new Error(
      "LibreOffice (soffice) is not installed, so the workbook recalculation test cannot run. " +
        "Install it with `bash scripts/ensure-system-deps.sh` (Debian: apt-get install libreoffice-calc-nogui).",
    );
  }
  return path;
}

/** A fresh working folder with a LibreOffice profile that always recalculates on load. */
export function makeWorkDir(): { dir: string; profile: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "cc-lo-"));
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = join(dir, "out");
  mkdirSync(out);
  return { dir, profile, out };
}

/**
 * Recalculate `inputs` with LibreOffice and write them (same base names) into `outDir`.
 * One soffice process for all files; its whole process group is killed afterwards.
 */
export function recalculate(inputs: readonly string[], profile: string, outDir: string, timeoutMs = 120_000): Promise<void> {
  return convert("xlsx", inputs, profile, outDir, timeoutMs);
}

/** Convert `inputs` with LibreOffice to `format` (xlsx, pdf …) into `outDir`, one process for all. */
export async function convert(format: string, inputs: readonly string[], profile: string, outDir: string, timeoutMs = 120_000): Promise<void> {
  const soffice = findSoffice();
  const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", outDir, ...inputs];
  // detached: soffice gets its own process group, so the wrapper and oosplash/soffice.bin go together.
  const child = spawn(soffice, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const killGroup = (): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        killGroup();
        reject(new Error(`soffice did not finish in ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code !== 0) throw new Error(`soffice exited with ${String(code)}:\n${output}`);
  } finally {
    killGroup();
  }
}

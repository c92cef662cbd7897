/**
 * `npm run docs:functions`: regenerate docs/functions.md (the CC function reference) from the
 * JSDoc metadata and the zh-CN strings. `--check` only compares and exits 1 when it is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, generateMetadata, localize, readZhStrings } from "./functions-meta";
import { boundsTable } from "./bounds-table";
import { renderMarkdown } from "./functions-reference";

export const DOCS_FILE = join(ROOT, "docs", "functions.md");

/** The reference as it should be committed now: the functions, then every bound they and the files hold to. */
export async function freshReference(): Promise<string> {
  const en = await generateMetadata();
  const bounds = ["", "## Bounds · 上限", "", "The same table as the README's, from the code:", "", boundsTable(), ""].join("\n");
  return renderMarkdown(en, localize(en, readZhStrings())).trimEnd() + "\n" + bounds;
}

async function main(): Promise<void> {
  const fresh = await freshReference();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(DOCS_FILE, "utf8");
    } catch {
      // missing file: reported as stale below
    }
    if (current !== fresh) {
      console.error("docs/functions.md is stale: run `npm run docs:functions` and commit it.");
      process.exit(1);
    }
    console.log("docs/functions.md is up to date.");
    return;
  }
  writeFileSync(DOCS_FILE, fresh);
  console.log(`wrote ${DOCS_FILE}`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

/** The quote CLI's --xlsx option, through the real runQuote with in-memory I/O. */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { runQuote } from "../../src/cli/run";
import { customXmlParts } from "../../src/workbook/exceljsWriter";
import { buildPlan } from "../../src/workbook/plan";
import { runQuoteWithXlsx, takeXlsxOption, type XlsxQuoteIO } from "../../src/workbook/quoteXlsx";
import { readStoredScenario } from "../../src/workbook/storedScenario";

const EXAMPLE = "examples/worked-example.json";
const text = readFileSync(join(__dirname, "../..", EXAMPLE), "utf8");

function fakeIO(files: Record<string, string> = { [EXAMPLE]: text }): { io: XlsxQuoteIO; out: string[]; err: string[]; written: Map<string, Uint8Array> } {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: XlsxQuoteIO = {
    readFile: (p) => {
      const t = files[p];
      if (t === undefined) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      return t;
    },
    writeFile: (p, bytes) => written.set(p, bytes),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
  };
  return { io, out, err, written };
}

describe("quote --xlsx", () => {
  it("prints the same quote and writes the workbook with live formulas and the stored scenario", async () => {
    const plain = fakeIO();
    expect(await runQuoteWithXlsx([EXAMPLE, "--lang", "zh"], plain.io, runQuote)).toBe(0);
    const withXlsx = fakeIO();
    expect(await runQuoteWithXlsx([EXAMPLE, "--xlsx", "out.xlsx", "--lang", "zh"], withXlsx.io, runQuote)).toBe(0);
    expect(withXlsx.out).toEqual(plain.out);
    const bytes = withXlsx.written.get("out.xlsx");
    if (!bytes) throw new Error("no workbook written");
    const stored = readStoredScenario((await customXmlParts(bytes))[0]);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const plan = buildPlan(stored.scenario, { lang: "zh" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet(plan.sheetName);
    expect(ws?.getCell(plan.breakdown.costPerAnswer.address).formula).toBe(plan.cells.find((c) => c.address === plan.breakdown.costPerAnswer.address)?.formula);
    expect(ws?.getCell("E6").value).toBe("折算应答量");
    expect(withXlsx.err.join("")).toContain("out.xlsx");
  });

  it("writes CC.* formulas with --xlsx-formulas cc, and keeps stdout pure JSON with --json", async () => {
    const f = fakeIO();
    expect(await runQuoteWithXlsx([EXAMPLE, "--json", "--xlsx=cc.xlsx", "--xlsx-formulas", "cc"], f.io, runQuote)).toBe(0);
    expect(() => JSON.parse(f.out.join("")) as unknown).not.toThrow();
    const bytes = f.written.get("cc.xlsx");
    if (!bytes) throw new Error("no workbook written");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets[0]?.getCell("F18").formula).toMatch(/^CC\.PERANSWER\(/);
  });

  it("writes nothing when the quote fails, and reports bad options", async () => {
    const missing = fakeIO({});
    expect(await runQuoteWithXlsx(["nope.json", "--xlsx", "out.xlsx"], missing.io, runQuote)).toBe(1);
    expect(missing.written.size).toBe(0);
    for (const argv of [[EXAMPLE, "--xlsx"], [EXAMPLE, "--xlsx", "--json"], [EXAMPLE, "--xlsx", "a", "--xlsx", "b"], [EXAMPLE, "--xlsx-formulas", "cc"], [EXAMPLE, "--xlsx", "a", "--xlsx-formulas", "vba"]]) {
      const f = fakeIO();
      expect(await runQuoteWithXlsx(argv, f.io, runQuote)).toBe(2);
      expect(f.written.size).toBe(0);
      expect(f.out).toEqual([]);
    }
    const seat = fakeIO();
    expect(await runQuoteWithXlsx(["seat", "--help", "--xlsx", "s.xlsx"], seat.io, runQuote)).toBe(2);
  });

  it("leaves other arguments in order and stops at --", () => {
    expect(takeXlsxOption(["a", "--xlsx", "o.xlsx", "--json", "--", "--xlsx", "x"])).toEqual({ ok: true, argv: ["a", "--json", "--", "--xlsx", "x"], path: "o.xlsx", formulas: "native" });
  });
});

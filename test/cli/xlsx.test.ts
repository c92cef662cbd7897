/** The quote CLI's --xlsx option, through the real runQuote with in-memory I/O. */
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { QUOTE_OPTIONS } from "../../src/cli/run";
import { customXmlParts } from "../../src/workbook/exceljsWriter";
import { buildPlan } from "../../src/workbook/plan";
import { readStoredScenario } from "../../src/workbook/storedScenario";
import { run, workedExampleJson, WORKED_EXAMPLE_PATH as EXAMPLE } from "./fake-io";

async function workbook(bytes: Uint8Array | undefined): Promise<ExcelJS.Workbook> {
  if (!bytes) throw new Error("no workbook written");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe("quote --xlsx", () => {
  it("prints the same quote and writes the workbook with live formulas and the stored scenario", async () => {
    const plain = await run([EXAMPLE, "--lang", "zh"]);
    expect(plain.code).toBe(0);
    const withXlsx = await run([EXAMPLE, "--xlsx", "out.xlsx", "--lang", "zh"]);
    expect(withXlsx.code).toBe(0);
    expect(withXlsx.stdout).toEqual(plain.stdout);
    expect(withXlsx.stdoutWrites).toBe(1);
    const bytes = withXlsx.written.get("out.xlsx");
    if (!bytes) throw new Error("no workbook written");
    const stored = readStoredScenario((await customXmlParts(bytes))[0]);
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const plan = buildPlan(stored.scenario, { lang: "zh" });
    const ws = (await workbook(bytes)).getWorksheet(plan.sheetName);
    expect(ws?.getCell(plan.breakdown.costPerAnswer.address).formula).toBe(plan.cells.find((c) => c.address === plan.breakdown.costPerAnswer.address)?.formula);
    expect(ws?.getCell("E6").value).toBe("折算应答量");
    expect(withXlsx.stderr).toContain("out.xlsx");
    // The note speaks the quote's language, after the CLI's own prefix.
    expect(withXlsx.stderr).toBe(`quote：已写入 out.xlsx（工作表 "${plan.sheetName}"）\n`);
  });

  it("a priced scenario's workbook gains the quote sheet after the breakdown: live rates over the breakdown sheet", async () => {
    const r = await run([EXAMPLE, "--xlsx", "priced.xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    const bytes = r.written.get("priced.xlsx");
    const stored = readStoredScenario((await customXmlParts(bytes ?? new Uint8Array()))[0]);
    if (!stored.ok) throw new Error("no stored scenario");
    const plan = buildPlan(stored.scenario, { lang: "en" });
    const quote = plan.quote;
    if (!quote) throw new Error("the example has pricing");
    const wb = await workbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([plan.sheetName, quote.sheetName]);
    const rate = quote.figures.find((f) => f.key === "rate.seatMonth")?.address ?? "";
    expect(wb.worksheets[1]?.getCell(rate).formula).toBe(quote.cells.find((c) => c.address === rate)?.formula);
    const cost = quote.figures.find((f) => f.key === "base.cost")?.address ?? "";
    expect(wb.worksheets[1]?.getCell(cost).formula).toBe(`'${plan.sheetName}'!$F$15`);
  });

  it("a file without pricing (version 1) writes the one-sheet workbook it wrote before", async () => {
    const { pricing: _pricing, ...rest } = workedExampleJson();
    const v1 = { ...rest, version: 1 };
    const r = await run(["v1.json", "--xlsx", "v1.xlsx", "--lang", "en"], { "v1.json": JSON.stringify(v1) });
    expect(r.code).toBe(0);
    expect((await workbook(r.written.get("v1.xlsx"))).worksheets).toHaveLength(1);
  });

  it("writes native formulas by default, in English with --lang en", async () => {
    const r = await run([EXAMPLE, "--xlsx", "en.xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    const wb = await workbook(r.written.get("en.xlsx"));
    expect(wb.worksheets[0]?.getCell("F18").formula).not.toMatch(/CC\./);
    expect(wb.worksheets[0]?.getCell("E6").value).toBe("Normalised answers");
    expect(r.stderr).toMatch(/^quote: wrote en\.xlsx \(sheet "[^"]+"\)\n$/);
  });

  it("writes CC.* formulas with --xlsx-formulas cc, and keeps stdout pure JSON with --json", async () => {
    const f = await run([EXAMPLE, "--json", "--xlsx=cc.xlsx", "--xlsx-formulas", "cc"]);
    expect(f.code).toBe(0);
    expect(() => JSON.parse(f.stdout) as unknown).not.toThrow();
    const wb = await workbook(f.written.get("cc.xlsx"));
    expect(wb.worksheets[0]?.getCell("F18").formula).toMatch(/^CC\.PERANSWER\(/);
    expect(f.stderr).toMatch(/^quote: note: CC\.\* formulas compute only where the CC Pricing add-in is loaded/m);
  });

  it("writes nothing when the quote fails, and reports bad options", async () => {
    const missing = await run(["nope.json", "--xlsx", "out.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.written.size).toBe(0);
    for (const argv of [[EXAMPLE, "--xlsx"], [EXAMPLE, "--xlsx", "--json"], [EXAMPLE, "--xlsx", "a", "--xlsx", "b"], [EXAMPLE, "--xlsx-formulas", "cc"], [EXAMPLE, "--xlsx", "a", "--xlsx-formulas", "vba"], [EXAMPLE, "--xlsx", "-"]]) {
      const f = await run(argv);
      expect(f.code).toBe(2);
      expect(f.written.size).toBe(0);
      expect(f.stdout).toBe("");
      expect(f.stdoutWrites).toBe(0);
      expect(f.stderr).toMatch(/run with --help for usage\n$/);
    }
    const seat = await run(["seat", "--help", "--xlsx", "s.xlsx"]);
    expect(seat.code).toBe(2);
    expect(seat.stderr).toMatch(/^quote: error: --xlsx needs a scenario file \(it does not apply to seat quotes or --help\)$/m);
    const seatQuote = await run(["seat", "--daily-rate", "220", "--xlsx", "s.xlsx"]);
    expect(seatQuote.code).toBe(2);
    expect(seatQuote.stdout).toBe("");
  });

  it("names the bad choice, in the language asked for", async () => {
    expect((await run([EXAMPLE, "--xlsx", "a", "--xlsx-formulas", "vba", "--lang", "en"])).stderr).toMatch(/^quote: error: --xlsx-formulas must be "native" or "cc" \(got "vba"\)$/m);
    expect((await run([EXAMPLE, "--xlsx-formulas", "cc", "--lang", "zh"])).stderr).toBe("quote 错误：--xlsx-formulas 需要与 --xlsx 一起使用\n使用 --help 查看用法\n");
  });

  it("exits 1 when the workbook cannot be written, after the quote", async () => {
    const r = await run([EXAMPLE, "--xlsx", "locked.xlsx", "--lang", "en"], { "locked.xlsx": "EACCES" });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Total cost");
    expect(r.stderr).toMatch(/^quote: error: cannot write locked\.xlsx: EACCES: simulated$/m);
  });

  it("takes --xlsx as an ordinary option: other arguments stay in order, and -- ends the options", () => {
    const parsed = parseArgs(["a", "--xlsx", "o.xlsx", "--json", "--", "--xlsx", "x"], QUOTE_OPTIONS);
    expect(parsed.ok && parsed.args.positionals).toEqual(["a", "--xlsx", "x"]);
    expect(parsed.ok && parsed.args.values.get("xlsx")).toBe("o.xlsx");
    expect(parsed.ok && parsed.args.values.has("xlsx-formulas")).toBe(false);
    expect(parsed.ok && [...parsed.args.flags]).toEqual(["json"]);
  });
});

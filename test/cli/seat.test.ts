import { run, SEAT_EXAMPLE_PATH } from "./fake-io";

/** Seed (domain.md §2): 220 per agent-day × 22 days = 4 840; + 600 phone = 5 440 per seat-month. */
describe("quote seat", () => {
  it("prices the example file: 2 seats × 1 month at 220 × 22 + 600, 15 % margin", async () => {
    const r = await run(["seat", SEAT_EXAMPLE_PATH, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Day rate × working days +4,840\.00 +CNY\/seat-month$/m);
    expect(r.stdout).toMatch(/^Cost per seat-month +5,440\.00 +CNY\/seat-month$/m);
    // 5 440 × 1 month × 2 seats
    expect(r.stdout).toMatch(/^Total cost +10,880\.00 +CNY$/m);
    // Margin on price: 10 880 ÷ (1 − 0.15) = 12 800; 5 440 ÷ 0.85 = 6 400.
    expect(r.stdout).toMatch(/^Price per seat-month +6,400\.00 +CNY\/seat-month$/m);
    expect(r.stdout).toMatch(/^Price +12,800\.00 +CNY$/m);
    expect(r.stdout).toMatch(/^Gross profit +1,920\.00 +CNY$/m);
    expect(r.stdout.split("\n")[0]).toContain("(2 seats × 1 month)");
  });

  it("works from options alone, with defaults of 22 days, 1 month, 1 seat, no phone, no price", async () => {
    const r = await run(["seat", "--daily-rate", "220", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ seat: { laborPerSeatMonth: 4840, costPerSeatMonth: 4840, totalCost: 4840 } });
  });

  it("lets options override the file", async () => {
    const r = await run(["seat", SEAT_EXAMPLE_PATH, "--months", "3", "--markup=0.2", "--json"]);
    expect(r.code).toBe(0);
    // 5 440 × 3 × 2 = 32 640; markup on cost: × 1.2 = 39 168; per seat-month 5 440 × 1.2 = 6 528.
    expect(JSON.parse(r.stdout)).toEqual({
      seat: { laborPerSeatMonth: 4840, costPerSeatMonth: 5440, totalCost: 32640, pricePerSeatMonth: 6528, price: 39168, grossProfit: 6528 },
    });
  });

  it("prints Chinese, with formulas, aligned", async () => {
    const r = await run(["seat", SEAT_EXAMPLE_PATH, "--lang", "zh", "--formulas"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^每座席月成本 +5,440\.00 +CNY\/座席\/月 +220 × 22 \+ 话费 600$/m);
    expect(r.stdout).toMatch(/^报价 +12,800\.00 +CNY +总成本 ÷ \(1 − 15%\)$/m);
  });

  it("keeps decimals exact: 0.1 + 0.2 style inputs do not drift", async () => {
    const r = await run(["seat", "--daily-rate", "0.1", "--work-days", "3", "--phone", "0.2", "--json", "--exact"]);
    expect(JSON.parse(r.stdout)).toEqual({ seat: { laborPerSeatMonth: "0.3", costPerSeatMonth: "0.5", totalCost: "0.5" } });
  });

  it.each([
    [["seat", "--daily-rate", "220", "--margin", "1"], 1, /^ {2}--margin: a margin must be ≥ 0 and < 1 \(got 1\)$/m],
    [["seat", "--daily-rate=-220"], 1, /^ {2}--daily-rate: must be ≥ 0/m],
    [["seat", "--daily-rate", "220", "--work-days", "40"], 1, /^ {2}--work-days: /m],
    [["seat", "--daily-rate", "abc"], 2, /--daily-rate must be a number; got "abc"/],
    [["seat"], 2, /needs a daily rate/],
    [["seat", "--daily-rate", "220", "--margin", "0.1", "--markup", "0.1"], 2, /either --margin or --markup/],
    [["seat", "--daily-rate", "220", "--currency", "rmb"], 2, /--currency must be a 3-letter/],
    [["seat", "a.json", "b.json"], 2, /only one file/],
    [["seat", "missing.json"], 1, /missing\.json: file not found/],
  ])("%p fails with exit %p", async (argv, code, message) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("refuses --json beyond a double's range, naming the figure", async () => {
    const r = await run(["seat", "--daily-rate", "1e308", "--seats", "10", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    // 1e308 × 22 per seat-month is already past Number.MAX_VALUE: the first such figure is named.
    expect(r.stderr).toMatch(/^ {2}laborPerSeatMonth = 2\.2e\+309: is too large for a JSON number/m);
  });

    it("names the file's field when a value from the file is wrong", async () => {
    const file = JSON.stringify({ kind: "seatQuote", version: 1, dailyRate: 220, seats: -2 });
    const r = await run(["seat", "s.json", "--lang", "en"], { "s.json": file });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}s\.json: seats: must be ≥ 0/m);
  });

  it("reports a malformed seat-quote file with JSON paths", async () => {
    const file = JSON.stringify({ kind: "seatQuote", version: 1, dailyRate: "220", pricing: { method: "discount", rate: 0.1 } });
    const r = await run(["seat", "s.json", "--lang", "en"], { "s.json": file });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/s\.json is not a valid seat-quote file:/);
    expect(r.stderr).toMatch(/^ {2}dailyRate: must be a number \(got text\)$/m);
    expect(r.stderr).toMatch(/^ {2}pricing\.method: must be one of "margin", "markup" \(got "discount"\)$/m);
    expect((await run(["seat", "s.json"], { "s.json": "{" })).stderr).toMatch(/\(whole file\): not valid JSON/);
  });
});

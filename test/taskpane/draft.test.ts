/**
 * The wizard's model without a browser: draft ↔ scenario round trips, problems under the right
 * paths with the core's own messages, pasted rows, number display and the seat view.
 */
import fc from "fast-check";
import { D, breakEvenUnits, computeBreakdown, formatFixed, formatMoney, formatValue, languageFrom, validateScenario, type Scenario } from "../../src/core";
import example from "../../examples/worked-example.json";
import { analyse, draftFromScenario, emptyDraft, groupedText, LABOR_PRESETS, parseNumber, percentText, type Draft } from "../../src/taskpane/draft";
import { parseTrafficPaste } from "../../src/taskpane/paste";
import { computeSeatView, SEAT_DEFAULTS } from "../../src/taskpane/seatview";

function scenarioOf(value: unknown): Scenario {
  const v = validateScenario(value);
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

const worked = scenarioOf(example);

describe("draft ↔ scenario", () => {
  test("the worked example survives the wizard unchanged", () => {
    const a = analyse(draftFromScenario(worked));
    expect(a.issues).toEqual([]);
    expect(a.scenario).toEqual(worked);
    expect(a.breakdown).toBeDefined();
  });

  test("labour lines keep the file's order; missing presets are offered blank and left out", () => {
    const s = scenarioOf({ ...example, costs: { ...example.costs, labor: [{ name: "加班费", amount: 5 }, { name: "Bonus", amount: 7 }] } });
    const d = draftFromScenario(s);
    expect(d.costs.labor.slice(0, 2).map((r) => [r.preset, r.name])).toEqual([
      ["overtime", "加班费"],
      [undefined, "Bonus"],
    ]);
    expect(d.costs.labor).toHaveLength(2 + LABOR_PRESETS.length - 1);
    expect((analyse(d).scenario as Scenario | undefined)?.costs.labor).toEqual(s.costs.labor);
  });

  // Trimmed text: the wizard trims names, so only trimmed names can round-trip.
  const text = fc.string({ maxLength: 12 }).map((x) => x.trim());
  const nonNeg = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
  const pos = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const line = fc.record({ name: text, amount: nonNeg });
  const scenarioArb = fc.record({
    version: fc.constant(1 as const),
    name: text.filter((x) => x.length > 0),
    currency: fc.constantFrom("CNY", "USD", "EUR", "XAF"),
    notes: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((x) => x.trim() !== ""), { nil: undefined }),
    traffic: fc.record({
      standardTalkSeconds: fc.option(pos, { nil: undefined }),
      streams: fc.array(fc.record({ name: text, answered: nonNeg, avgTalkSeconds: nonNeg, talkMinutes: fc.option(nonNeg, { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
    }),
    staffing: fc.record({ agents: pos, hoursPerDay: fc.double({ min: 0.5, max: 24, noNaN: true }), paidDaysPerMonth: fc.double({ min: 1, max: 31, noNaN: true }), months: pos }),
    costs: fc.record({
      labor: fc.array(line, { maxLength: 5 }),
      recruitment: fc.option(fc.record({ hires: nonNeg, feePerHire: nonNeg }), { nil: undefined }),
      training: fc.option(fc.record({ hires: nonNeg, days: nonNeg, dailyAllowance: nonNeg }), { nil: undefined }),
      management: fc.option(fc.record({ managers: nonNeg, monthlySalary: nonNeg, months: nonNeg }), { nil: undefined }),
      other: fc.array(line, { maxLength: 3 }),
    }),
    taxRate: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  });

  test("any valid scenario comes back from the draft exactly (numbers, order, optional parts)", () => {
    fc.assert(
      fc.property(scenarioArb, (raw) => {
        // Drop undefined keys the way JSON would, then let the schema add its defaults.
        const s = scenarioOf(JSON.parse(JSON.stringify(raw)));
        const a = analyse(draftFromScenario(s));
        expect(a.scenario).toEqual(s);
        // The only problem left can be the core refusing the numbers (e.g. no talk time at all).
        expect(a.issues).toHaveLength(a.breakdown ? 0 : 1);
      }),
      { numRuns: 200 },
    );
  });

  test("percent text parses back to the same rate", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (rate) => {
        const d: Draft = { ...draftFromScenario(worked), taxRate: percentText(rate) };
        expect(analyse(d).scenario?.taxRate).toBe(rate === 0 ? 0 : rate);
      }),
    );
  });
});

describe("problems are the core's, in both languages, under the draft's paths", () => {
  const base = draftFromScenario(worked);

  test("a negative amount in a labour row after blank rows names that row", () => {
    const labor = base.costs.labor.map((r, i) => (i === 0 ? { ...r, amount: "" } : i === 3 ? { ...r, amount: "-5" } : r));
    const a = analyse({ ...base, costs: { ...base.costs, labor } });
    expect(a.scenario).toBeUndefined();
    expect(a.issues).toEqual([{ path: "costs.labor[3].amount", message: { en: "must be ≥ 0 (got -5)", zh: "不能为负数（当前为 -5）" } }]);
  });

  test("text that is not a number, a blank required field, a rate above 1 — in the units typed", () => {
    const streams = base.traffic.streams.map((s, i) => (i === 1 ? { ...s, answered: "lots" } : s));
    const a = analyse({ ...base, traffic: { ...base.traffic, streams }, staffing: { ...base.staffing, agents: " " }, taxRate: "106%" });
    expect(a.issues).toEqual([
      { path: "traffic.streams[1].answered", message: { en: 'must be a number (got text "lots")', zh: "必须是数字（当前为文本“lots”）" } },
      { path: "staffing.agents", message: { en: "is required", zh: "必填" } },
      { path: "taxRate", message: { en: "must be between 0 % and 100 % (got 106 %)", zh: "必须在 0% 到 100% 之间（当前为 106%）" } },
    ]);
  });

  test.each([
    ["150%", "must be between 0 % and 100 % (got 150 %)", "必须在 0% 到 100% 之间（当前为 150%）"],
    // A fraction typed for a rate is still spoken of in percent.
    ["1.5", "must be between 0 % and 100 % (got 150 %)", "必须在 0% 到 100% 之间（当前为 150%）"],
    ["-0.5%", "must be between 0 % and 100 % (got -0.5 %)", "必须在 0% 到 100% 之间（当前为 -0.5%）"],
    ["eight", 'must be a number (got text "eight")', "必须是数字（当前为文本“eight”）"],
    ["6 %%", 'must be a number (got text "6 %%")', "必须是数字（当前为文本“6 %%”）"],
  ])("the tax rate typed as %s: %s", (typed, en, zh) => {
    expect(analyse({ ...base, taxRate: typed }).issues).toEqual([{ path: "taxRate", message: { en, zh } }]);
  });

  test("a long text is quoted by its start", () => {
    const [issue] = analyse({ ...base, staffing: { ...base.staffing, agents: "x".repeat(100) } }).issues;
    expect(issue?.message.en).toBe(`must be a number (got text "${"x".repeat(40)}…")`);
  });

  test("what only the file format checks (text length, the 1e15 limit) comes in both languages", () => {
    expect(analyse({ ...base, name: "x".repeat(201) }).issues).toEqual([{ path: "name", message: { en: "must be at most 200 characters long", zh: "最多 200 个字符" } }]);
    expect(analyse({ ...base, staffing: { ...base.staffing, agents: "2e15" } }).issues).toEqual([
      { path: "staffing.agents", message: { en: "must be at most 1e+15", zh: "不能超过 1e+15（场景文件允许的最大数值）" } },
    ]);
  });

  test("hours above 24 and a lower-case currency", () => {
    const a = analyse({ ...base, currency: "cny", staffing: { ...base.staffing, hoursPerDay: "25" } });
    expect(a.issues.map((i) => i.path)).toEqual(["currency", "staffing.hoursPerDay"]);
    expect(a.issues[1]?.message.zh).toContain("24");
  });

  test("the core's refusal of the whole scenario (no talk time) is reported with its path", () => {
    const streams = base.traffic.streams.map((s) => ({ ...s, answered: "0", talkMinutes: "" }));
    const a = analyse({ ...base, traffic: { ...base.traffic, streams } });
    expect(a.breakdown).toBeUndefined();
    expect(a.issues).toHaveLength(1);
    expect(a.issues[0]?.path).toBe("traffic.streams");
    expect(a.issues[0]?.message.zh).toMatch(/为 0/);
  });

  test("a fresh draft asks only for what it cannot guess", () => {
    const a = analyse(emptyDraft("x"));
    expect(a.issues.map((i) => i.path)).toEqual(["traffic.streams[0].answered", "traffic.streams[0].avgTalkSeconds", "staffing.agents"]);
  });

  test("optional groups: all blank is left out, partly filled asks for the rest", () => {
    const d: Draft = { ...base, costs: { ...base.costs, recruitment: { hires: "", feePerHire: "" }, training: { hires: "3", days: "", dailyAllowance: "" } } };
    const a = analyse(d);
    expect(a.issues.map((i) => i.path)).toEqual(["costs.training.days", "costs.training.dailyAllowance"]);
  });
});

describe("numbers as typed", () => {
  test.each([
    ["164,509", 164509],
    [" 2 495 951 ", 2495951],
    ["+43", 43],
    ["21.75", 21.75],
    [".5", 0.5],
    ["1e3", 1000],
    ["-3", -3],
  ])("%s → %s", (text, n) => expect(parseNumber(text)).toBe(n));
  test.each(["", "abc", "1.2.3", "12a", "--1", "1e", "∞"])("%s is not a number", (text) => expect(parseNumber(text)).toBeUndefined());
});

describe("pasting rows from Excel", () => {
  test("header skipped, CRLF, grouping, optional minutes", () => {
    const r = parseTrafficPaste("名称\t应答\t均长\t总长\r\n话务2\t164,509\t33\t87746\r\n话务3\t2495951\t120\r\n");
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.answered, x.avgTalkSeconds, x.talkMinutes])).toEqual([
      ["话务2", "164,509", "33", "87746"],
      ["话务3", "2495951", "120", ""],
    ]);
  });

  test("rows with too few or too many columns are reported by row number", () => {
    const r = parseTrafficPaste("a\t1\t2\nb\t5\nc\t1\t2\t3\t4\n");
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => p.row)).toEqual([2, 3]);
  });

  test("values are kept as typed, so the fields validate them", () => {
    const r = parseTrafficPaste("x\t-1\tabc");
    const d = { ...draftFromScenario(worked) };
    const a = analyse({ ...d, traffic: { ...d.traffic, streams: r.rows } });
    expect(a.issues.map((i) => i.path)).toEqual(["traffic.streams[0].answered", "traffic.streams[0].avgTalkSeconds"]);
  });

  test("figures of the rows added that are not numbers are named by row, field and why", () => {
    const r = parseTrafficPaste("名称\t应答\t均长\na\t1\t2\nb\tx\t30\nc\t5\n d\t7\t\t?\n");
    expect(r.rows.map((x) => x.name)).toEqual(["a", "b", "d"]);
    expect(r.problems.map((p) => p.row)).toEqual([4]);
    expect(r.figures).toEqual([
      { row: 3, message: { en: 'Answered calls must be a number (got text "x")', zh: "应答量（通）必须是数字（当前为文本“x”）" } },
      { row: 5, message: { en: "Average talk time (s) is required", zh: "通话均长（秒）必填" } },
      { row: 5, message: { en: 'Measured talk minutes (optional) must be a number (got text "?")', zh: "实测通话总长（分，可选）必须是数字（当前为文本“?”）" } },
    ]);
  });
});

describe("display", () => {
  test.each([
    ["17000000", "en", "17,000,000"],
    ["17000000", "zh", "17,000,000"],
    ["-1234.5678", "en", "-1,234.5678"],
    ["2495951 ", "en", "2,495,951"],
    ["999", "en", "999"],
    ["21.75", "en", "21.75"],
    ["17,000,000", "en", "17,000,000"],
    ["6%", "en", "6%"],
    ["1e6", "en", "1e6"],
    ["12.", "en", "12."],
    ["lots", "en", "lots"],
  ] as const)("%s reads as %s in %s when not being edited", (typed, lang, shown) => {
    expect(groupedText(typed, lang)).toBe(shown);
    // What is shown reads back as the same number.
    if (parseNumber(typed) !== undefined) expect(parseNumber(groupedText(typed, lang))).toBe(parseNumber(typed));
  });

  test("grouping and half-up rounding on the exact value", () => {
    expect(formatFixed(new D("1234567.895"), 2, "en")).toBe("1,234,567.90");
    expect(formatFixed(new D("999.994"), 2, "zh")).toBe("999.99");
    expect(formatFixed(new D("-0.001"), 2, "en")).toBe("0.00");
    expect(formatFixed(new D("-1234.5"), 0, "en")).toBe("-1,235");
    expect(formatMoney(new D("167600"), "CNY", "zh")).toBe("¥167,600.00");
    expect(formatMoney(new D("1"), "XAF", "en")).toBe("XAF 1.00");
    expect(formatValue(new D("0.68"), "ratio", "CNY", "en")).toBe("68.00%");
  });

  test("the seed's recruitment, training and management lines display as the page prints them", () => {
    const b = computeBreakdown(worked);
    if (!b.ok) throw new Error("example must compute");
    const byKey = Object.fromEntries(b.value.lines.map((l) => [l.key, formatValue(l.value, l.unit, "CNY", "zh")]));
    // seeds/002: 419 × 400 = 167 600; 419 × 7 × 30 = 87 990; 4 500 × 12 × 9 = 486 000.
    expect(byKey.recruitmentCost).toBe("¥167,600.00");
    expect(byKey.trainingCost).toBe("¥87,990.00");
    expect(byKey.managementCost).toBe("¥486,000.00");
  });

  test("language from Office's or the browser's tag", () => {
    expect(["zh-CN", "zh-TW", "zh", "ZH-hans"].map(languageFrom)).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "de-DE", "", undefined, null, "zhx"].map(languageFrom)).toEqual(["en", "en", "en", "en", "en", "en"]);
  });
});

describe("seat price vs per-minute price", () => {
  const b = computeBreakdown(worked);
  if (!b.ok) throw new Error("example must compute");

  test("seed defaults: 220 × 22 + 600 = 5 440 per seat-month; break-even × minute price = seat price", () => {
    const r = computeSeatView(SEAT_DEFAULTS, worked, b.value);
    expect(r.issues).toEqual([]);
    const v = r.view;
    if (!v) throw new Error("view expected");
    expect(v.seatMonthPrice.toString()).toBe("5440"); // seeds/001: 220 × 22 = 4 840, with phone 5 440
    expect(v.perMinutePrice.eq(b.value.values.costPerMinuteWithTax)).toBe(true);
    const be = breakEvenUnits(new D(5440), v.perMinutePrice);
    expect(be.ok && be.value.eq(v.breakEvenMinutes)).toBe(true);
    expect(v.seatTotal.toString()).toBe(new D(5440).times(404).times(12).toString());
    const better = v.minuteTotal.gt(v.seatTotal) ? "minute" : v.minuteTotal.lt(v.seatTotal) ? "seat" : "even";
    expect(v.better).toBe(better);
  });

  test("the view's fields carry the core's errors", () => {
    const r = computeSeatView({ ...SEAT_DEFAULTS, workDays: "40", perMinutePrice: "0" }, worked, b.value);
    expect(r.view).toBeUndefined();
    expect(r.issues.map((i) => i.path)).toContain("seat.workDays");
    const z = computeSeatView({ ...SEAT_DEFAULTS, perMinutePrice: "0" }, worked, b.value);
    expect(z.issues).toEqual([{ path: "seat.perMinutePrice", message: { en: "is zero, so the division is undefined", zh: "为零，无法相除" } }]);
  });
});

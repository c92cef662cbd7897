import { breakdownNumbers, computeBreakdown } from "../../src/core/breakdown";
import { BREAKDOWN_KEYS, type Breakdown } from "../../src/core/breakdown.types";
import { D } from "../../src/core/decimal";
import { parseScenario, type Scenario } from "../../src/core/scenario";
import { workedExample, workedExampleText } from "../fixtures/examples";
import { value } from "../helpers/result";

function breakdown(s: Scenario): Breakdown {
  return value(computeBreakdown(s));
}

describe("the worked example (domain.md §1) — expectations derived by hand below", () => {
  const b = breakdown(workedExample);
  const v = b.values;

  // Hand arithmetic, step by step:
  // talk seconds: 40606700 × 43 = 1746088100; 164509 × 33 = 5428797; 2495951 × 120 = 299514120
  const talkSeconds = 1746088100 + 5428797 + 299514120; // = 2051031017
  // talk minutes (all three measured): 29101468 + 87746 + 5227716
  const talkMinutes = 29101468 + 87746 + 5227716; // = 34416930
  // paid minutes: 404 × 8 × 21.75 × 12 × 60 = 3232 × 21.75 = 70296; × 12 = 843552; × 60
  const paid = 843552 * 60; // = 50613120
  // labour: 17000000 + 3400000 + 1020000 + 680000 + 340000 + 255000 + 520000 + 610000
  const labour = 23825000;
  // total: labour + 167600 (419 × 400) + 87990 (419 × 7 × 30) + 486000 (9 × 4500 × 12)
  const total = labour + 167600 + 87990 + 486000; // = 24566590
  // tax 6 %: 24566590 × 6 ÷ 100 = 1473995.4 → with tax 26040585.4

  it("has every key in BREAKDOWN_KEYS order, labelled in both languages", () => {
    expect(b.lines.map((l) => l.key)).toEqual([...BREAKDOWN_KEYS]);
    for (const l of b.lines) {
      expect(l.label.zh.length).toBeGreaterThan(0);
      expect(l.label.en.length).toBeGreaterThan(0);
      expect(l.formula.en.length).toBeGreaterThan(0);
      expect(l.value.eq(v[l.key])).toBe(true);
    }
    expect(b.lines.find((l) => l.key === "costPerAnswer")?.label.zh).toBe("单次应答成本");
    expect(b.lines.find((l) => l.key === "costPerMinute")?.label.zh).toBe("每分钟应答成本");
  });

  it("traffic and time", () => {
    expect(talkSeconds).toBe(2051031017);
    // 2051031017 ÷ 43 to 40 significant digits.
    expect(v.normalizedAnswers.toString()).toBe("47698395.74418604651162790697674418604651");
    expect(v.talkMinutes.toString()).toBe(String(talkMinutes));
    expect(v.paidMinutes.toString()).toBe("50613120");
    expect(paid).toBe(50613120);
    // 34416930 ÷ 50613120 = 0.680000165…: the page's 68 %.
    expect(v.utilization.toDecimalPlaces(2).toString()).toBe("0.68");
    expect(v.utilization.toString()).toBe("0.6800001659648723493038959068320625165965");
  });

  it("cost items and totals", () => {
    expect(v.laborCost.toString()).toBe(String(labour));
    expect(v.recruitmentCost.toString()).toBe("167600");
    expect(v.trainingCost.toString()).toBe("87990");
    expect(v.managementCost.toString()).toBe("486000");
    expect(v.otherCost.toString()).toBe("0");
    expect(v.totalCost.toString()).toBe("24566590");
    expect(total).toBe(24566590);
    expect(v.tax.toString()).toBe("1473995.4");
    expect(v.totalCostWithTax.toString()).toBe("26040585.4");
  });

  it("unit costs", () => {
    // cost per answer = 24566590 ÷ (2051031017 ÷ 43) = 24566590 × 43 ÷ 2051031017
    //   = 1056363370 ÷ 2051031017 = 0.51504017308578810244291883373307367199118276…
    // computed with one rounding (total × standard ÷ talk seconds), so all 40 digits hold.
    expect(v.costPerAnswer.toString()).toBe("0.5150401730857881024429188337330736719912");
    expect(v.costPerAnswer.toString()).toBe(D(total).times(43).div(talkSeconds).toString());
    // cost per minute = 24566590 ÷ 34416930 (one exact division) = 0.71379376370873288233436276855605656867129…
    expect(v.costPerMinute.toString()).toBe("0.7137937637087328823343627685560565686713");
    // with tax: 26040585.4 × 43 ÷ 2051031017 = 0.54594258347093538858949396375705809231065373…
    expect(v.costPerAnswerWithTax.toString()).toBe("0.5459425834709353885894939637570580923107");
    // 26040585.4 ÷ 34416930 = 0.75662138953125685527442453466941996279156798…
    expect(v.costPerMinuteWithTax.toString()).toBe("0.7566213895312568552744245346694199627916");
  });

  it("breakdownNumbers gives JS numbers for JSON and Excel", () => {
    const n = breakdownNumbers(b);
    expect(Object.keys(n)).toEqual([...BREAKDOWN_KEYS]);
    expect(n.totalCost).toBe(24566590);
    expect(n.costPerMinute).toBeCloseTo(0.7137937637087329, 15);
    expect(n.utilization).toBeCloseTo(0.68, 6);
  });

  it("examples/worked-example.json read as a user's file (parseScenario of its text) gives the same figures", () => {
    const parsed = parseScenario(workedExampleText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(breakdownNumbers(breakdown(parsed.scenario))).toEqual(breakdownNumbers(b));
  });
});

describe("breakdown defaults", () => {
  const base: Scenario = {
    version: 2,
    name: "t",
    currency: "CNY",
    traffic: { streams: [{ name: "a", answered: 100, avgTalkSeconds: 30 }, { name: "b", answered: 10, avgTalkSeconds: 60 }] },
    staffing: { agents: 1, hoursPerDay: 8, paidDaysPerMonth: 20, months: 1 },
    costs: { labor: [{ name: "工资", amount: 1000 }], other: [{ name: "系统", amount: 200 }] },
    taxRate: 0,
  };

  it("standard talk time defaults to the first stream's; minutes are computed when not measured", () => {
    const v = breakdown(base).values;
    // (100 × 30 + 10 × 60) ÷ 30 = 3600 ÷ 30 = 120 answers; 3600 s ÷ 60 = 60 minutes.
    expect(v.normalizedAnswers.toString()).toBe("120");
    expect(v.talkMinutes.toString()).toBe("60");
    // 1 × 8 × 20 × 1 × 60 = 9600 paid minutes; 60 ÷ 9600 = 0.00625.
    expect(v.paidMinutes.toString()).toBe("9600");
    expect(v.utilization.toString()).toBe("0.00625");
  });

  it("missing recruitment, training and management count as 0; other costs are added", () => {
    const v = breakdown(base).values;
    expect([v.recruitmentCost, v.trainingCost, v.managementCost].map(String)).toEqual(["0", "0", "0"]);
    expect(v.otherCost.toString()).toBe("200");
    expect(v.totalCost.toString()).toBe("1200");
    // 1200 ÷ 120 = 10 per answer; 1200 ÷ 60 = 20 per minute; no tax → same with tax.
    expect(v.costPerAnswer.toString()).toBe("10");
    expect(v.costPerMinute.toString()).toBe("20");
    expect(v.tax.toString()).toBe("0");
    expect(v.costPerAnswerWithTax.toString()).toBe("10");
  });
});

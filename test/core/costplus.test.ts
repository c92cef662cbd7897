import { D } from "../../src/core/decimal";
import {
  costPerAnswer,
  costPerAnswerFromStreams,
  costPerMinute,
  managementCost,
  recruitmentCost,
  sumCostLines,
  taxAmount,
  trainingCost,
  withTax,
} from "../../src/core/costplus";
import { digits } from "../helpers/result";

describe("cost items — seed figures, domain.md §1 step 2", () => {
  it("recruitment (招聘成本) 419 × 400 = 167 600", () => {
    expect(digits(recruitmentCost(D(419), D(400)))).toBe("167600");
  });
  it("training (培训成本) 419 × 7 × 30 = 87 990", () => {
    expect(digits(trainingCost(D(419), D(7), D(30)))).toBe("87990");
  });
  it("management (管理人员成本) 9 × 4 500 × 12 = 486 000", () => {
    expect(digits(managementCost(D(9), D(4500), D(12)))).toBe("486000");
  });
  it("labour lines add up exactly: 0.1 + 0.2 = 0.3, not 0.30000000000000004", () => {
    const lines = [
      { name: "a", amount: D("0.1") },
      { name: "b", amount: D("0.2") },
    ];
    expect(digits(sumCostLines(lines, "costs.labor"))).toBe("0.3");
    expect(digits(sumCostLines([], "costs.labor"))).toBe("0");
  });
});

describe("tax (营改增 6 %)", () => {
  it("tax = total × rate, with tax = total × 1.06", () => {
    // 24566590 × 0.06 = 1473995.4; × 1.06 = 26040585.4.
    expect(digits(taxAmount(D(24566590), D("0.06")))).toBe("1473995.4");
    expect(digits(withTax(D(24566590), D("0.06")))).toBe("26040585.4");
  });
  it("rate 0 and 1 are allowed ends", () => {
    expect(digits(withTax(D(100), D(0)))).toBe("100");
    expect(digits(withTax(D(100), D(1)))).toBe("200");
  });
});

describe("unit costs", () => {
  it("cost per answer = total ÷ normalised answers (1 ÷ 3 to 40 digits)", () => {
    expect(digits(costPerAnswer(D(1), D(3)))).toBe("0.3333333333333333333333333333333333333333");
  });
  it("cost per minute = total ÷ talk minutes", () => {
    // 24566590 ÷ 34416930 = 0.71379376370873288233436276855605656867129…
    expect(digits(costPerMinute(D(24566590), D(34416930)))).toBe("0.7137937637087328823343627685560565686713");
  });
});

describe("cost per answer straight from the traffic lines", () => {
  it("the worked example: 24 566 590 × 43 ÷ (40606700 × 43 + 164509 × 33 + 2495951 × 120)", () => {
    // = 1056363370 ÷ 2051031017 = 0.51504017308578810244291883373307367199118…, one rounding.
    const streams = [
      { answered: D(40606700), avgTalkSeconds: D(43) },
      { answered: D(164509), avgTalkSeconds: D(33) },
      { answered: D(2495951), avgTalkSeconds: D(120) },
    ];
    expect(digits(costPerAnswerFromStreams(D(24566590), streams, D(43)))).toBe("0.5150401730857881024429188337330736719912");
  });
  it("one line at the standard talk time: cost ÷ answers", () => {
    // 1200 ÷ 120 = 10.
    expect(digits(costPerAnswerFromStreams(D(1200), [{ answered: D(120), avgTalkSeconds: D(30) }], D(30)))).toBe("10");
  });
});

import { D } from "../../src/core/decimal";
import {
  normalizedAnswers,
  paidMinutes,
  streamNormalizedAnswers,
  streamTalkMinutes,
  talkMinutesFromAnswers,
  totalTalkMinutes,
  utilization,
} from "../../src/core/traffic";
import { digits } from "../helpers/result";

describe("talk-time normalisation (话务折算) — seed figures, domain.md §1 step 4", () => {
  it("话务2: 164 509 × 33 ÷ 43 = 126 251.093… (40 significant digits, half-up)", () => {
    // 164509 × 33 = 5428797; 5428797 ÷ 43 = 126251.093023255813953488372|093023… (period 21);
    // the 40th digit is followed by 5348…, so it rounds up …5581395→…55814 and the trailing 0 drops.
    expect(digits(streamNormalizedAnswers(D(164509), D(33), D(43)))).toBe("126251.093023255813953488372093023255814");
  });
  it("话务3: 2 495 951 × 120 ÷ 43 = 6 965 444.651… (the page truncates to 6 965 444)", () => {
    // 2495951 × 120 = 299514120; ÷ 43 = 6965444.651162790697674418604|651162… (period 21).
    expect(digits(streamNormalizedAnswers(D(2495951), D(120), D(43)))).toBe("6965444.651162790697674418604651162790698");
  });
  it("several lines divide once: Σ answered × avg ÷ standard", () => {
    // 40606700 × 43 = 1746088100; 164509 × 33 = 5428797; 2495951 × 120 = 299514120;
    // Σ = 2051031017; ÷ 43 = 47698395.744186046511627906976744186046511|6… → 40 digits.
    const streams = [
      { answered: D(40606700), avgTalkSeconds: D(43) },
      { answered: D(164509), avgTalkSeconds: D(33) },
      { answered: D(2495951), avgTalkSeconds: D(120) },
    ];
    expect(digits(normalizedAnswers(streams, D(43)))).toBe("47698395.74418604651162790697674418604651");
  });
  it("an empty list has 0 normalised answers", () => {
    expect(digits(normalizedAnswers([], D(43)))).toBe("0");
  });
});

describe("talk minutes", () => {
  it("from answers: answered × seconds ÷ 60 (164 509 × 33 ÷ 60 = 90 479.95)", () => {
    // 164509 × 33 = 5428797 s; ÷ 60 = 90479.95 min exactly.
    expect(digits(talkMinutesFromAnswers(D(164509), D(33)))).toBe("90479.95");
  });
  it("measured minutes win over answers × seconds (the page's 87 746 for 话务2)", () => {
    expect(digits(streamTalkMinutes({ answered: D(164509), avgTalkSeconds: D(33), talkMinutes: D(87746) }))).toBe("87746");
    expect(digits(streamTalkMinutes({ answered: D(164509), avgTalkSeconds: D(33) }))).toBe("90479.95");
    expect(digits(streamTalkMinutes({ answered: D(164509), avgTalkSeconds: D(33), talkMinutes: null }))).toBe("90479.95");
  });
  it("total mixes measured and computed lines", () => {
    // 87746 measured + 2495951 × 120 ÷ 60 = 4991902 computed → 5079648.
    const streams = [
      { answered: D(164509), avgTalkSeconds: D(33), talkMinutes: D(87746) },
      { answered: D(2495951), avgTalkSeconds: D(120) },
    ];
    expect(digits(totalTalkMinutes(streams))).toBe("5079648");
  });
});

describe("paid minutes (计薪工时) and utilisation (工时利用率)", () => {
  it("404 agents × 8 h × 21.75 days × 12 months × 60 = 50 613 120", () => {
    // 404 × 8 = 3232; × 21.75 = 70296; × 12 = 843552; × 60 = 50613120.
    expect(digits(paidMinutes(D(404), D(8), D("21.75"), D(12)))).toBe("50613120");
  });
  it("utilisation = talk ÷ paid: the worked example's 34 416 930 ÷ 50 613 120 ≈ 68 %", () => {
    // 29101468 + 87746 + 5227716 = 34416930 talk minutes.
    const u = utilization(D(34416930), D(50613120));
    expect(u.ok && u.value.toDecimalPlaces(2).toString()).toBe("0.68");
    expect(digits(u)).toBe("0.6800001659648723493038959068320625165965");
  });
});

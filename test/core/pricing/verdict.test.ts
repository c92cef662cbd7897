/**
 * The verdict of the volume risk (step 6's sentence): at the lowest volume ratio tested below 1
 * and the highest above 1, which models keep the most margin and which the least. Hand-made
 * risk tables with the choice worked out beside them, then the worked example's real table.
 */
import { D, type Dec } from "../../../src/core/decimal";
import { computeBreakdown } from "../../../src/core/breakdown";
import { computePricing, sameRiskGroups, volumeVerdict, type ModelKey, type RiskTable } from "../../../src/core/pricing";
import { workedExample } from "../../fixtures/examples";
import { value } from "../../helpers/result";

const d = (xs: readonly (string | number)[]): Dec[] => xs.map((x) => new D(x));
/** A row whose worst case is the margin less 0.15 (enough to tell the two apart). */
const row = (key: ModelKey, margins: readonly (string | number)[]) => ({ key, margin: d(margins), worstMargin: d(margins).map((m) => m.minus("0.15")) });

describe("volumeVerdict", () => {
  it("the worked example's shape: seats keep the margin when volume falls, volume billing when it rises", () => {
    // P = C ÷ 0.85. Time-billed: margin 15 % at every volume. Volume-billed: 1 − C ÷ (P × v) = 1 − 0.85 ÷ v:
    // v = 0.7 → 1 − 1.2142857 = −0.2142857; v = 1 → 0.15; v = 1.3 → 1 − 0.6538462 = 0.3461538.
    const t: RiskTable = {
      volumeRatios: d([0.7, 1, 1.3]),
      models: [
        row("seatMonth", [0.15, 0.15, 0.15]),
        row("personDay", [0.15, 0.15, 0.15]),
        row("hour", [0.15, 0.15, 0.15]),
        row("talkMinute", ["-0.2142857", 0.15, "0.3461538"]),
        row("answeredCall", ["-0.2142857", 0.15, "0.3461538"]),
        row("standardCall", ["-0.2142857", 0.15, "0.3461538"]),
      ],
    };
    const v = volumeVerdict(t);
    expect(v.falling?.ratio.toString()).toBe("0.7");
    expect(v.falling?.best.keys).toEqual(["seatMonth", "personDay", "hour"]);
    expect(v.falling?.best.margin.toString()).toBe("0.15");
    expect(v.falling?.best.worstMargin.toString()).toBe("0");
    expect(v.falling?.least.keys).toEqual(["talkMinute", "answeredCall", "standardCall"]);
    expect(v.falling?.least.margin.toString()).toBe("-0.2142857");
    expect(v.rising?.ratio.toString()).toBe("1.3");
    expect(v.rising?.best.keys).toEqual(["talkMinute", "answeredCall", "standardCall"]);
    expect(v.rising?.best.margin.toString()).toBe("0.3461538");
    expect(v.rising?.least.keys).toEqual(["seatMonth", "personDay", "hour"]);
    expect(sameRiskGroups(t)).toEqual([
      ["seatMonth", "personDay", "hour"],
      ["talkMinute", "answeredCall", "standardCall"],
    ]);
  });

  it("reads the furthest ratios whatever their order; ties at one ratio are named together, in the table's order", () => {
    // Ratios 1.2, 0.9, 0.8, 1, 1.1: falling reads 0.8 (column 2), rising 1.2 (column 0).
    // At 0.8: seat 0.20, package 0.10, minute 0.00, base + commission 0.20 → best seat and base + commission, least minute.
    // At 1.2: seat 0.20, package 0.30, minute 0.33, base + commission 0.25 → best minute, least seat.
    const t: RiskTable = {
      volumeRatios: d([1.2, 0.9, 0.8, 1, 1.1]),
      models: [row("seatMonth", [0.2, 0.2, 0.2, 0.2, 0.2]), row("package", [0.3, 0.15, 0.1, 0.2, 0.25]), row("talkMinute", [0.33, 0.11, 0, 0.2, 0.27]), row("baseCommission", [0.25, 0.21, 0.2, 0.2, 0.22])],
    };
    const v = volumeVerdict(t);
    expect(v.falling?.ratio.toString()).toBe("0.8");
    expect(v.falling?.best.keys).toEqual(["seatMonth", "baseCommission"]);
    expect(v.falling?.best.margin.toString()).toBe("0.2");
    expect(v.falling?.least.keys).toEqual(["talkMinute"]);
    expect(v.falling?.least.margin.toString()).toBe("0");
    expect(v.rising?.ratio.toString()).toBe("1.2");
    expect(v.rising?.best.keys).toEqual(["talkMinute"]);
    expect(v.rising?.best.margin.toString()).toBe("0.33");
    expect(v.rising?.least.keys).toEqual(["seatMonth"]);
    // No two rows equal at every ratio: four groups of one.
    expect(sameRiskGroups(t)).toEqual([["seatMonth"], ["package"], ["talkMinute"], ["baseCommission"]]);
  });

  it("says nothing of a fall (or a rise) that is not tested", () => {
    const rows = [row("seatMonth", [0.1, 0.1]), row("talkMinute", [0.1, 0.2])];
    const upOnly = volumeVerdict({ volumeRatios: d([1, 1.1]), models: rows });
    expect(upOnly.falling).toBeUndefined();
    expect(upOnly.rising?.best.keys).toEqual(["talkMinute"]);
    const downOnly = volumeVerdict({ volumeRatios: d([0.9, 1]), models: [row("seatMonth", [0.1, 0.1]), row("talkMinute", [0, 0.1])] });
    expect(downOnly.rising).toBeUndefined();
    expect(downOnly.falling?.best.keys).toEqual(["seatMonth"]);
    expect(volumeVerdict({ volumeRatios: d([1]), models: [row("seatMonth", [0.1])] })).toEqual({});
  });

  it("when every model holds the same margin, best and least are all of them", () => {
    // A minimum commitment of 100 %: volume-billed models bill the forecast at 0.7 too.
    const t: RiskTable = { volumeRatios: d([0.7, 1]), models: [row("seatMonth", [0.15, 0.15]), row("talkMinute", [0.15, 0.15])] };
    const v = volumeVerdict(t);
    expect(v.falling?.best.keys).toEqual(["seatMonth", "talkMinute"]);
    expect(v.falling?.least.keys).toEqual(["seatMonth", "talkMinute"]);
    expect(v.falling?.best.margin.eq(v.falling.least.margin)).toBe(true);
  });

  it("on the worked example's own risk table (a 15 % margin, 5 % cap and 10 % holdback)", () => {
    const p = value(computePricing(workedExample, value(computeBreakdown(workedExample))));
    if (!p) throw new Error("the example is priced");
    const v = volumeVerdict(p);
    // Falling to 70 %: the time-billed models keep 15 % (worst 15 % − 15 % of the fee = 0 %), the volume-billed
    // ones 1 − 0.85 ÷ 0.7 = −3 ÷ 14 = −21.43 %.
    expect(v.falling?.ratio.toString()).toBe("0.7");
    expect(v.falling?.best.keys).toEqual(["seatMonth", "personDay", "hour"]);
    expect(v.falling?.best.margin.toFixed(10)).toBe("0.1500000000");
    expect(v.falling?.best.worstMargin.toFixed(10)).toBe("0.0000000000");
    expect(v.falling?.least.keys).toEqual(["talkMinute", "answeredCall", "standardCall"]);
    expect(v.falling?.least.margin.toFixed(10)).toBe(new D(-3).div(14).toFixed(10));
    // Rising to 130 %: 1 − 0.85 ÷ 1.3 = 0.45 ÷ 1.3 = 9 ÷ 26 = 34.62 %.
    expect(v.rising?.best.keys).toEqual(["talkMinute", "answeredCall", "standardCall"]);
    expect(v.rising?.best.margin.toFixed(10)).toBe(new D(9).div(26).toFixed(10));
    expect(v.rising?.least.keys).toEqual(["seatMonth", "personDay", "hour"]);
  });
});

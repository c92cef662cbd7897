/**
 * Reading a bid: a file holds actuals or a forecast, never both; version 1 files and actuals files
 * read as before; every cross-field rule of the forecast names its field in both languages.
 */
import { parseAnyScenario, parseScenario, validateAnyScenario, validateScenario, isBid } from "../../../src/core/scenario";
import { bidForecastJson, bidForecastText, workedExampleJson, workedExampleText } from "../../fixtures/examples";

type Json = Record<string, unknown>;

const bid = (): Json => structuredClone(bidForecastJson);
const forecastOf = (file: Json): Json => file.forecast as Json;

/** The problems of a bid edited by `edit`, as [path, en, zh]. */
function problems(edit: (forecast: Json, file: Json) => void): [string, string, string][] {
  const file = bid();
  edit(forecastOf(file), file);
  const r = validateAnyScenario(file);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.message.en, i.message.zh]);
}

describe("either actuals or a forecast", () => {
  it("reads the bid example as a bid, with its defaults", () => {
    const r = parseAnyScenario(bidForecastText);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(isBid(r.scenario)).toBe(true);
    if (isBid(r.scenario)) expect(r.scenario.forecast.shrinkage).toEqual([0.1, 0.08, 0.05]);
  });

  it("reads actuals files exactly as the actuals reader does (version 2 and version 1)", () => {
    expect(parseAnyScenario(workedExampleText)).toEqual(parseScenario(workedExampleText));
    const { pricing: _pricing, ...actuals }: Json = structuredClone(workedExampleJson);
    const v1 = { ...actuals, version: 1 };
    expect(validateAnyScenario(v1)).toEqual(validateScenario(v1));
    expect(validateAnyScenario(v1).ok).toBe(true);
  });

  it("refuses a file with both, naming the clash at forecast in both languages, and nothing else", () => {
    const file = { ...bid(), traffic: (workedExampleJson as Json).traffic, costs: (workedExampleJson as Json).costs };
    for (const r of [validateAnyScenario(file), validateScenario(file)]) {
      expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en, i.message.zh])).toEqual([
        [
          "forecast",
          "cannot sit beside traffic, costs: a scenario holds either actuals (traffic, staffing, costs) or a forecast, never both — remove one",
          "不能与 traffic, costs 同时出现：一个方案要么是实际数据（traffic、staffing、costs），要么是投标预测（forecast），只能二选一，请删除其中一方",
        ],
      ]);
    }
  });

  it("the actuals-only reader refuses a bid with one line saying what it expected", () => {
    const r = validateScenario(bid());
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en])).toEqual([["forecast", "is a bid from a forecast, where actuals (traffic, staffing, costs) are expected"]]);
  });

  it("a version 1 file with a forecast is asked for version 2 (its forecast is not read as actuals)", () => {
    const r = validateAnyScenario({ ...bid(), version: 1 });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en])).toEqual([
      ["pricing", 'is a version 2 field: set "version": 2 to price the scenario'],
      ["forecast", 'is a version 2 field: set "version": 2 to bid from a forecast'],
    ]);
  });
});

describe("the forecast's cross-field rules", () => {
  it("callsPerMonth has `months` entries", () => {
    expect(problems((f) => (f.callsPerMonth = [1, 2, 3]))).toEqual([["forecast.callsPerMonth", "must have one entry per month: 12 (got 3)", "每月一项，应有 12 项（当前为 3 项）"]]);
  });

  it("months is a whole number", () => {
    expect(problems((f) => (f.months = 11.5))).toEqual([["forecast.months", "must be a whole number of months (got 11.5)", "必须是整数个月（当前为 11.5）"]]);
  });

  it("intervalMinutes is 15, 30 or 60", () => {
    expect(problems((f) => (f.intervalMinutes = 20))).toEqual([["forecast.intervalMinutes", "must be 15, 30 or 60 minutes (got 20)", "只能是 15、30 或 60 分钟（当前为 20）"]]);
  });

  it("intradayShares has 24 × 60 ÷ intervalMinutes entries", () => {
    expect(problems((f) => (f.intervalMinutes = 60))).toEqual([
      ["forecast.intradayShares", "must have 24 entries, one per 60-minute interval of the day (got 48)", "应有 24 项，一天中每 60 分钟一项（当前为 48 项）"],
    ]);
    expect(problems((f) => (f.intervalMinutes = 15))[0]?.[1]).toBe("must have 96 entries, one per 15-minute interval of the day (got 48)");
  });

  it("intradayShares sum to 1 within 1e-9", () => {
    const shifted = (by: number) => (f: Json) => {
      const shares = [...(f.intradayShares as number[])];
      shares[20] = (shares[20] as number) + by;
      f.intradayShares = shares;
    };
    expect(problems(shifted(0.01))).toEqual([["forecast.intradayShares", "must add up to 100% of the day (got 101%)", "各时段占比之和必须为 100%（当前为 101%）"]]);
    expect(problems(shifted(2e-9)).map((p) => p[0])).toEqual(["forecast.intradayShares"]);
    expect(problems(shifted(5e-10))).toEqual([]);
  });

  it("each share ≥ 0; maxOccupancy in (0, 1]; shrinkage components in [0, 1); attrition in [0, 1]", () => {
    expect(problems((f) => ((f.intradayShares as number[])[3] = -0.01)).map((p) => p[0])).toEqual(["forecast.intradayShares[3]"]);
    expect(problems((f) => (f.maxOccupancy = 0)).map((p) => p[0])).toEqual(["forecast.maxOccupancy"]);
    expect(problems((f) => (f.maxOccupancy = 1.01)).map((p) => p[0])).toEqual(["forecast.maxOccupancy"]);
    expect(problems((f) => (f.maxOccupancy = 1))).toEqual([]);
    expect(problems((f) => (f.shrinkage = [0.1, 1]))).toEqual([["forecast.shrinkage[1]", "must be < 1 (got 1)", expect.stringContaining("1")]]);
    expect(problems((f) => (f.attritionPerMonth = 1.2)).map((p) => p[0])).toEqual(["forecast.attritionPerMonth"]);
    expect(problems((f) => (f.attritionPerMonth = 1))).toEqual([]);
  });

  it("a 100% service-level target is refused (it can never be guaranteed)", () => {
    expect(problems((f) => ((f.serviceLevel as Json).target = 1))).toEqual([
      ["forecast.serviceLevel.target", "must be below 100% (got 100%): 100% can never be guaranteed", "必须小于 100%（当前为 100%）：100% 无法保证"],
    ]);
  });

  it("a field out of its own limits is reported once, without the rules that read it", () => {
    expect(problems((f) => (f.months = 0)).map((p) => p[0])).toEqual(["forecast.months"]);
    expect(problems((f) => (f.intervalMinutes = 90)).map((p) => p[0])).toEqual(["forecast.intervalMinutes"]);
    expect(problems((f) => (f.callsPerMonth = [1, -1])).map((p) => p[0])).toEqual(["forecast.callsPerMonth[1]"]);
  });
});

/**
 * The bid example's figures as docs/forecast.md and the README say them in words are the core's:
 * a change to the example or to the maths that moves them fails here until the words follow.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { costScenario, priceScenario, type Dec } from "../../../src/core";
import { bidForecast } from "../../fixtures/examples";
import { value } from "../../helpers/result";

const ROOT = join(__dirname, "../../..");
/** A document's text with line breaks and runs of spaces as one space. */
const words = (file: string): string => readFileSync(join(ROOT, file), "utf8").replace(/\s+/g, " ");
/** Figures as the docs write them: thousands apart by a space ("5 309 819.00"). */
const spaced = (d: Dec, places: number): string => d.toFixed(places).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

const costed = value(costScenario(bidForecast));
const forecast = costed.forecast;
if (forecast === undefined) throw new Error("a bid has its monthly table");
const v = costed.breakdown.values;
const priced = value(priceScenario(bidForecast, costed));
const seatMonth = priced?.models.find((m) => m.key === "seatMonth");

describe("the bid example, as the docs say it", () => {
  const busiest = forecast.months.reduce((a, b) => (b.calls.gt(a.calls) ? b : a));
  const curve = forecast.agents[busiest.month - 1] ?? [];
  const open = curve.filter((n) => n > 0);

  it("docs/forecast.md: the staffing curve, the headcount by month, the cost and the unit costs", () => {
    const doc = words("docs/forecast.md");
    expect(doc).toContain(`busiest month (month ${busiest.month}`);
    expect(doc).toContain(`from ${open[0]} agents at 08:00 to ${Math.max(...curve)} from 10:00 to 11:00`);
    expect(curve.indexOf(open[0] ?? -1)).toBe(16); // 08:00 is the 17th half hour
    expect(doc).toContain(`ends at ${open[open.length - 1]} from 21:00`);
    expect(doc).toContain(`Headcount by month: ${forecast.months.map((m) => m.headcount.toString()).join(", ")}`);
    expect(doc).toContain(`The year costs ${spaced(v.totalCost, 2)} CNY (${spaced(v.totalCostWithTax, 2)} with 6 % tax)`);
    expect(doc).toContain(`${v.costPerAnswer.toFixed(4)} CNY per call and ${v.costPerMinute.toFixed(4)} CNY per talk minute`);
    expect(doc).toContain(`that is ${spaced(seatMonth?.rate ?? v.totalCost, 2)} CNY per seat-month`);
    expect(doc).toContain(`= ${seatMonth?.units.div(12).toString()} seats`);
  });

  it("README.md: the curve, the headcount range and the year's cost in words", () => {
    const readme = words("README.md");
    const heads = forecast.months.map((m) => m.headcount.toNumber());
    expect(readme).toContain(`headcount runs from ${Math.min(...heads)} to ${Math.max(...heads)} over the year`);
    expect(readme).toContain(`the year costs ${spaced(v.totalCost, 2)} CNY before tax — ${v.costPerAnswer.toFixed(4)} per call, ${v.costPerMinute.toFixed(4)} per talk minute`);
    expect(readme).toContain(`${spaced(seatMonth?.rate ?? v.totalCost, 2)} per seat-month on ${seatMonth?.units.div(12).toString()} billed seats`);
  });
});

/**
 * @jest-environment jsdom
 *
 * The review and price steps of a bid in the rendered wizard: every figure shown for
 * examples/bid-forecast.json is the core's (computeForecast, priceScenario), in the units the
 * core's tables name; the staffing curve follows the month chosen; the workbook gets the bid.
 */
import { act } from "react";
import {
  computeForecast,
  formatFixed,
  formatNumber,
  formatValue,
  intervalStartText,
  isBid,
  MODELS,
  MONTH_COLUMN_SPEC,
  priceScenario,
  UNITS,
  validateAnyScenario,
  type BidScenario,
  type Dec,
  type MonthColumn,
} from "../../src/core";
import example from "../../examples/bid-forecast.json";
import { PANE_MONTH_COLUMNS } from "../../src/taskpane/bid/MonthlyTable";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";
import { click, mount, q, unmount } from "./pane";

afterEach(unmount);

const bid = ((): BidScenario => {
  const v = validateAnyScenario(example);
  if (!v.ok || !isBid(v.scenario)) throw new Error("bid example expected");
  return v.scenario;
})();
const result = ((): NonNullable<ReturnType<typeof computeForecast> & { ok: true }>["value"] => {
  const r = computeForecast(bid);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
})();

const text = (sel: string): string => (document.querySelector(sel)?.textContent ?? "").trim();

function shown(c: MonthColumn, d: Dec): string {
  const { unit, fixed } = MONTH_COLUMN_SPEC[c];
  return fixed === true ? formatFixed(d, UNITS[unit].decimals, "en") : formatNumber(d, unit, "en");
}

async function openReview(): Promise<jest.Mocked<WorkbookPort>> {
  const port = await mount();
  await click('[data-testid="load-bid-example"]');
  await click('[data-testid="nav-4"]');
  return port;
}

test("the breakdown, the monthly table and the staffing curve are the core's", async () => {
  await openReview();
  expect(document.querySelector('[data-testid="problems"]')).toBeNull();
  // The same 16 lines as for actuals, each the core's value in its unit.
  const lines = result.breakdown.lines;
  expect(lines).toHaveLength(16);
  for (const l of lines) expect(text(`[data-key="${l.key}"]`)).toBe(formatValue(l.value, l.unit, bid.currency, "en"));
  // Every month, every column shown.
  for (const row of result.months) for (const c of PANE_MONTH_COLUMNS) expect(text(`[data-month-cell="${row.month}.${c}"]`)).toBe(shown(c, row[c]));
  expect(document.querySelectorAll('[data-testid="monthly-staffing"] tbody tr')).toHaveLength(bid.forecast.months);

  // The curve opens on the peak month: the month with the most agents at once.
  const peaks = result.months.map((m) => m.peakAgents.toNumber());
  const peakMonth = peaks.indexOf(Math.max(...peaks)) + 1;
  expect(q<HTMLSelectElement>('[data-testid="curve-month"]').value).toBe(String(peakMonth));
  const agents = result.agents[peakMonth - 1] ?? [];
  const most = Math.max(...agents);
  const first = agents.findIndex((n) => n > 0);
  const last = agents.length - 1 - [...agents].reverse().findIndex((n) => n > 0);
  const at = (i: number): string => intervalStartText(i, bid.forecast.intervalMinutes);
  expect(text('[data-testid="curve-text"]')).toBe(
    `Month ${peakMonth} needs at most ${most} agents logged in, at ${at(agents.indexOf(most))}; agents are needed from ${at(first)} to ${at(last + 1)}.`,
  );
  // The example's line is open 08:00–22:00.
  expect([at(first), at(last + 1)]).toEqual(["08:00", "22:00"]);
  agents.forEach((n, i) => {
    if (i >= first && i <= last) expect(text(`[data-interval="${i}"]`)).toBe(String(n));
  });
});

test("choosing another month redraws the curve from that month's agents", async () => {
  await openReview();
  const select = q<HTMLSelectElement>('[data-testid="curve-month"]');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(select) below
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set;
  await act(async () => {
    setter?.call(select, "10");
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
  const agents = result.agents[9] ?? [];
  expect(text('[data-testid="curve-text"]')).toMatch(new RegExp(`^Month 10 needs at most ${Math.max(...agents)} agents`));
  const first = agents.findIndex((n) => n > 0);
  expect(text(`[data-interval="${first}"]`)).toBe(String(agents[first]));
});

test("step 6 prices the bid as the core does, and the workbook gets the bid", async () => {
  const port = await openReview();
  await click('[data-testid="download-xlsx"]');
  expect(port.xlsx).toHaveBeenCalledTimes(1);
  expect(port.xlsx.mock.calls[0]?.[0]).toEqual(bid);
  await click('[data-testid="nav-5"]');
  const priced = priceScenario(bid, { breakdown: result.breakdown, forecast: result });
  if (!priced.ok || priced.value === undefined) throw new Error("the bid example is priced");
  for (const m of priced.value.models) expect(text(`[data-rate="${m.key}"]`)).toBe(formatNumber(m.rate, MODELS[m.key].unit, "en"));
});

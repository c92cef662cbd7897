/**
 * Workbook export time for a 1 000-line scenario (1 000 traffic lines and 1 000 labour cost
 * lines): building the sheet plan, then writing the .xlsx with exceljs (formulas, formats,
 * tables, names, data bars, stored-scenario custom XML part) — beside a plain baseline: exceljs
 * writing the same number of cells as bare values (no formulas, formats, tables or names).
 * Median of BENCH_RUNS runs (default 7) after one warm-up. Printed, never asserted.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { scenarioSchema, type Scenario } from "../src/core/scenario";
import { writeXlsx } from "../src/workbook/exceljsWriter";
import { buildPlan, type SheetPlan } from "../src/workbook/plan";

const LINES = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const scenario: Scenario = scenarioSchema.parse({
  version: 1,
  name: "Bench 1 000 lines",
  traffic: {
    streams: Array.from({ length: LINES }, (_, i) => ({
      name: `线路 ${i + 1}`,
      answered: 10_000 + i * 37,
      avgTalkSeconds: 30 + (i % 90),
      ...(i % 3 === 0 ? { talkMinutes: 5_000 + i } : {}),
    })),
  },
  staffing: { agents: 404, hoursPerDay: 8, paidDaysPerMonth: 21.75, months: 12 },
  costs: {
    labor: Array.from({ length: LINES }, (_, i) => ({ name: `成本 ${i + 1}`, amount: 10_000 + i * 12.34 })),
    recruitment: { hires: 419, feePerHire: 400 },
    training: { hires: 419, days: 7, dailyAllowance: 30 },
    management: { managers: 9, monthlySalary: 4500 },
  },
  taxRate: 0.06,
});

async function baseline(plan: SheetPlan): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("plain");
  for (const c of plan.cells) ws.getCell(c.address).value = typeof c.value === "string" || typeof c.value === "number" ? c.value : (c.result ?? 0);
  return (await wb.xlsx.writeBuffer()).byteLength;
}

async function time(fn: () => unknown): Promise<number> {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const plan = buildPlan(scenario, { lang: "zh" });
  const planMs = await time(() => buildPlan(scenario, { lang: "zh" }));
  const writeMs = await time(() => writeXlsx(plan));
  const totalMs = await time(async () => writeXlsx(buildPlan(scenario, { lang: "zh" })));
  const baseMs = await time(() => baseline(plan));
  const bytes = (await writeXlsx(plan)).byteLength;
  const f = (x: number): string => x.toFixed(1).padStart(8);
  console.log(`scenario: ${LINES} traffic lines + ${LINES} labour lines → ${plan.cells.length} cells (${plan.cells.filter((c) => c.formula).length} formulas), ${(bytes / 1024).toFixed(0)} KB`);
  console.log(`median of ${RUNS} runs (ms):`);
  console.log(`  buildPlan (pure plan)                         ${f(planMs)}`);
  console.log(`  writeXlsx (exceljs + custom XML part)         ${f(writeMs)}`);
  console.log(`  export = plan + write                         ${f(totalMs)}`);
  console.log(`  baseline: exceljs, same cells as bare values  ${f(baseMs)}`);
  console.log(`  export ÷ baseline                             ${(totalMs / baseMs).toFixed(2).padStart(8)}×`);
}

void main();

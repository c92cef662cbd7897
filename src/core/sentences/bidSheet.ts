/**
 * The bid sheet's words (投标测算, src/workbook/bid): its note, blocks and the marking of the
 * agents per interval as the core's values rather than formulas. Keys start with "bidSheet".
 */
import { part } from "./book";

export const BID_SHEET = part({
  bidSheetNote: {
    en: "Made by CC Pricing. Blue cells are inputs; the monthly table and the breakdown are live formulas over them and over the agents per interval.",
    zh: "由 CC Pricing 生成。蓝色单元格是输入；各月明细和成本测算是随之重算的公式，并以各时段座席数为基础。",
  },
  bidSheetShrinkage: { en: "Shrinkage components", zh: "缺勤与损耗（各项）" },
  bidSheetShrinkageItem: { en: (n: number) => `Component ${n}`, zh: (n: number) => `第 ${n} 项` },
  bidSheetTotalShrinkage: { en: "Total shrinkage 1 − Π(1 − s)", zh: "合计损耗 1 − Π(1 − s)" },
  bidSheetPerSeat: { en: "Costs per seat and month", zh: "每座席月费用" },
  bidSheetPerSeatTotal: { en: "Per seat-month, all items", zh: "每座席月合计" },
  bidSheetQuoteBase: { en: "For the quote", zh: "报价依据" },
  bidSheetBilledSeats: { en: "Billed seats ⌈Σ headcount ÷ months⌉", zh: "计费座席 ⌈Σ 在岗人数 ÷ 月数⌉" },
  bidSheetHoursPerDay: { en: "Billed hours per day", zh: "每日计费小时" },
  bidSheetMonthly: { en: "Month by month", zh: "各月明细" },
  bidSheetAgents: { en: "Agents per interval", zh: "各时段所需座席" },
  bidSheetAgentsFrom: {
    en: (model: string) =>
      `Values computed by CC Pricing's queueing model (${model}) from the calls per month, the handle time, the operating days, the interval profile, the service level, the occupancy cap and the patience above.`,
    zh: (model: string) => `以上方的各月话务量、平均处理时长、运营天数、日内分布、服务水平、最高占用率和耐心时长，由 CC Pricing 排队模型（${model}）算出的数值。`,
  },
  bidSheetAgentsStatic: {
    en: "No spreadsheet function sizes a queue, so these cells do not follow those inputs: build the sheet again from the wizard or the CLI after changing them. Everything downstream recalculates from these cells.",
    zh: "电子表格没有排队测算函数，这些单元格不会随上述输入变化：修改后请在向导或命令行中重新生成本表。其下游的所有数字都由这些单元格实时重算。",
  },
  bidSheetIntervalStart: { en: "Interval from", zh: "时段起" },
  bidSheetShare: { en: "Share of the day", zh: "日内占比" },
  bidSheetMonth: { en: (n: number) => `Month ${n}`, zh: (n: number) => `第 ${n} 月` },
  bidSheetTotal: { en: "Total", zh: "合计" },
});

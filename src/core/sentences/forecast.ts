/**
 * A bid from a forecast (the scenario's `forecast` section, src/core/forecast): the rules a file's
 * forecast must follow, the breakdown's formulas in words for a bid, and the monthly table's
 * headings. Keys start with "forecast" so they never clash with other parts.
 */
import { part } from "./book";

export const FORECAST = part({
  // ------------------------------------------------------------ the file's rules
  forecastNeedsVersion2: {
    en: 'is a version 2 field: set "version": 2 to bid from a forecast',
    zh: '是第 2 版的字段：请将 "version" 设为 2 后再填写投标预测',
  },
  forecastClash: {
    en: (keys: string) => `cannot sit beside ${keys}: a scenario holds either actuals (traffic, staffing, costs) or a forecast, never both — remove one`,
    zh: (keys: string) => `不能与 ${keys} 同时出现：一个方案要么是实际数据（traffic、staffing、costs），要么是投标预测（forecast），只能二选一，请删除其中一方`,
  },
  forecastNotHere: {
    en: "is a bid from a forecast, where actuals (traffic, staffing, costs) are expected",
    zh: "是投标预测方案，此处需要实际数据（traffic、staffing、costs）",
  },
  forecastWholeMonths: { en: (got: string) => `must be a whole number of months (got ${got})`, zh: (got: string) => `必须是整数个月（当前为 ${got}）` },
  forecastOnePerMonth: {
    en: (months: string, got: string) => `must have one entry per month: ${months} (got ${got})`,
    zh: (months: string, got: string) => `每月一项，应有 ${months} 项（当前为 ${got} 项）`,
  },
  forecastIntervalChoice: { en: (got: string) => `must be 15, 30 or 60 minutes (got ${got})`, zh: (got: string) => `只能是 15、30 或 60 分钟（当前为 ${got}）` },
  forecastOnePerInterval: {
    en: (count: string, minutes: string, got: string) => `must have ${count} entries, one per ${minutes}-minute interval of the day (got ${got})`,
    zh: (count: string, minutes: string, got: string) => `应有 ${count} 项，一天中每 ${minutes} 分钟一项（当前为 ${got} 项）`,
  },
  forecastSharesSum: {
    en: (sum: string) => `must add up to 100% of the day (got ${sum})`,
    zh: (sum: string) => `各时段占比之和必须为 100%（当前为 ${sum}）`,
  },
  forecastTargetBelowOne: {
    en: (got: string) => `must be below 100% (got ${got}): 100% can never be guaranteed`,
    zh: (got: string) => `必须小于 100%（当前为 ${got}）：100% 无法保证`,
  },
  forecastNoCalls: { en: "has no calls in any month, so there is nothing to staff or cost per call", zh: "各月均无话务量，无法测算人力和单次成本" },
  /** An interval's sizing failed: the month it was in, before the solver's "(interval i)" and reason. */
  forecastInMonth: { en: (month: number) => `(month ${month}) `, zh: (month: number) => `（第 ${month} 月）` },

  // ------------------------------------------------------------ the breakdown of a bid, in words
  forecastFormulaAnswers: { en: "Σ calls per month (the standard is the AHT)", zh: "Σ 各月话务量（标准时长即平均处理时长）" },
  forecastFormulaTalk: { en: "Σ calls per month × AHT seconds ÷ 60", zh: "Σ 各月话务量 × 平均处理时长（秒）÷ 60" },
  forecastFormulaPaid: { en: "Σ headcount per month × paid hours per FTE-month × 60", zh: "Σ 各月在岗人数 × 每人月计薪工时 × 60" },
  forecastFormulaLabour: {
    en: "Σ headcount × monthly wage × (1 + on-cost rate) × escalation",
    zh: "Σ 在岗人数 × 月薪 × (1 + 附加成本率) × 调薪系数",
  },
  forecastFormulaRecruitment: { en: "Σ hires × fee per hire", zh: "Σ 招聘人数 × 单人招聘费用" },
  forecastFormulaTraining: { en: "Σ hires × training days × daily allowance", zh: "Σ 招聘人数 × 培训天数 × 每日培训补贴" },
  forecastFormulaManagement: {
    en: "Σ ⌈headcount ÷ agents per manager⌉ × monthly salary × escalation",
    zh: "Σ ⌈在岗人数 ÷ 管理幅度⌉ × 管理人员月薪 × 调薪系数",
  },
  forecastFormulaOther: { en: "Σ peak agents × per-seat costs + setup cost", zh: "Σ 峰值座席 × 每座席月费用 + 启动成本" },
  forecastFormulaTotal: { en: "Σ monthly totals", zh: "Σ 各月合计" },

  // ------------------------------------------------------------ the monthly table
  forecastStaffingHeading: { en: "Staffing by month", zh: "各月人力" },
  forecastCostHeading: { en: (currency: string) => `Cost by month (${currency})`, zh: (currency: string) => `各月成本（${currency}）` },
  forecastColumnMonth: { en: "Month", zh: "月份" },
  forecastColumnCalls: { en: "Calls", zh: "话务量" },
  forecastColumnPeak: { en: "Peak agents", zh: "峰值座席" },
  forecastColumnAgentHours: { en: "Agent hours", zh: "在线工时" },
  forecastColumnFte: { en: "FTE", zh: "全职人力" },
  forecastColumnHeadcount: { en: "Headcount", zh: "在岗人数" },
  forecastColumnHires: { en: "Hires", zh: "招聘人数" },
  forecastColumnManagers: { en: "Managers", zh: "管理人员" },
  forecastColumnLabour: { en: "Labour", zh: "人工" },
  forecastColumnRecruitment: { en: "Recruitment", zh: "招聘" },
  forecastColumnTraining: { en: "Training", zh: "培训" },
  forecastColumnManagement: { en: "Management", zh: "管理" },
  forecastColumnSeats: { en: "Seat costs", zh: "座席费用" },
  forecastColumnSetup: { en: "Setup", zh: "启动" },
  forecastColumnTotal: { en: "Total", zh: "合计" },
  forecastTotalRow: { en: "Total", zh: "合计" },
});

/**
 * The wizard's bid path (src/taskpane/bid): pasting a column of volumes or of the intraday
 * profile, the presets, and the review's staffing curve and monthly chart. The monthly table's
 * headings are the forecast part's (FORECAST), said once there. Keys start with "paneBid".
 */
import { part } from "./book";

export const PANE_BID = part({
  // ------------------------------------------------------------ pasting a column
  paneBidVolumesHint: {
    en: "Pasting a range, a header row and a label column on the left are skipped. Contract months follow the number of figures.",
    zh: "粘贴区域时，表头行和左侧的标签列会被跳过。合同月数随数字个数自动调整。",
  },
  paneBidPasteShares: {
    en: "Paste a column from Excel: shares, or calls per interval (divided by their total to make shares). A header row and a label column on the left are skipped.",
    zh: "可从 Excel 粘贴一列：占比，或各时段话务量（除以合计得到占比）。表头行和左侧的标签列会被跳过。",
  },
  paneBidCallsSummary: {
    en: (months: string, total: string) => `${months} months · ${total} calls in all`,
    zh: (months: string, total: string) => `共 ${months} 个月 · 合计 ${total} 通`,
  },
  paneBidSharesSummary: {
    en: (intervals: string, total: string) => `${intervals} intervals · adding up to ${total}`,
    zh: (intervals: string, total: string) => `共 ${intervals} 个时段 · 合计 ${total}`,
  },
  paneBidVolumesPasted: {
    en: (n: number) => `Pasted ${n} months of calls; contract months set to ${n}.`,
    zh: (n: number) => `已粘贴 ${n} 个月的话务量，合同月数已设为 ${n}。`,
  },
  paneBidSharesPasted: { en: (n: number) => `Pasted ${n} shares; they add up to 100%.`, zh: (n: number) => `已粘贴 ${n} 个占比，合计 100%。` },
  paneBidSharesNormalised: {
    en: (n: number, total: string) =>
      `Pasted ${n} figures adding up to ${total}, not 100%: read as calls per interval and each divided by the total, so it is that interval's share of the day (rounded to 6 decimals of a percent, adding up to exactly 100%).`,
    zh: (n: number, total: string) => `已粘贴 ${n} 个数，合计 ${total} 而非 100%：按各时段话务量处理，每项除以合计，得到该时段占全天的比例（百分比保留 6 位小数，合计恰为 100%）。`,
  },
  paneBidIntervalFollows: {
    en: (minutes: number, n: number) => `The interval length is now ${minutes} minutes (${n} rows a day).`,
    zh: (minutes: number, n: number) => `时段长度已改为 ${minutes} 分钟（每天 ${n} 行）。`,
  },
  paneBidProfileNothing: {
    en: "Nothing to use: the profile needs figures of 0 or more with a total above 0.",
    zh: "无法使用：日内分布需要大于等于 0 且合计大于 0 的数字。",
  },
  paneBidPasteNothing: { en: "Nothing pasted: the text has no rows with a number.", zh: "未粘贴：文本中没有含数字的行。" },
  paneBidPasteSkipped: { en: "These rows were left out:", zh: "以下行未采用：" },

  // ------------------------------------------------------------ the intraday presets
  paneBidPresets: { en: "Or start from a preset", zh: "或使用预设分布" },
  paneBidPresetsHint: {
    en: "Built for the interval length above (30 minutes when it is blank); the figures stay editable.",
    zh: "按上方的时段长度生成（留空时为 30 分钟），生成后仍可修改。",
  },
  paneBidPresetFlat: { en: "Flat 09–18", zh: "09–18 平均" },
  paneBidPresetTwoPeak: { en: "Two-peak weekday", zh: "工作日双峰" },
  paneBidPresetAllDay: { en: "24-hour", zh: "24 小时" },
  paneBidPresetApplied: {
    en: (name: string, n: number, minutes: number) => `Profile set to "${name}": ${n} intervals of ${minutes} minutes.`,
    zh: (name: string, n: number, minutes: number) => `日内分布已设为“${name}”：${n} 个 ${minutes} 分钟时段。`,
  },

  // ------------------------------------------------------------ the review
  paneBidCurve: { en: "Staffing curve", zh: "座席需求曲线" },
  paneBidCurveMonth: { en: "Month shown", zh: "显示月份" },
  paneBidMonthN: { en: (n: number) => `Month ${n}`, zh: (n: number) => `第 ${n} 月` },
  paneBidPeakMonthN: { en: (n: number) => `Month ${n} (peak)`, zh: (n: number) => `第 ${n} 月（峰值）` },
  paneBidCurveLabel: {
    en: (month: number) => `Bar chart: agents needed in each interval of month ${month} (y) against the time of day (x). The sentence and the table give the figures.`,
    zh: (month: number) => `柱状图：第 ${month} 月每个时段所需座席数（纵轴）随一天中的时间（横轴）变化。数值见图下的文字和表格。`,
  },
  paneBidCurveText: {
    en: (month: number, peak: string, at: string, from: string, to: string) => `Month ${month} needs at most ${peak} agents logged in, at ${at}; agents are needed from ${from} to ${to}.`,
    zh: (month: number, peak: string, at: string, from: string, to: string) => `第 ${month} 月最多需要 ${peak} 名座席同时在线（${at}）；${from} 至 ${to} 需要座席。`,
  },
  paneBidCurveNone: { en: (month: number) => `Month ${month} has no calls: no agents are needed.`, zh: (month: number) => `第 ${month} 月没有话务量，不需要座席。` },
  paneBidCurveTable: { en: "Agents per interval", zh: "各时段所需座席" },
  paneBidTime: { en: "Time", zh: "时间" },
  paneBidAgents: { en: "Agents", zh: "座席" },
  paneBidMonthly: { en: "Month by month", zh: "各月明细" },
  paneBidCostIn: { en: (currency: string) => `Cost (${currency})`, zh: (currency: string) => `成本（${currency}）` },
  paneBidMonthlyLabel: {
    en: "Bar chart: cost per month (bars, left axis) and headcount (line, right axis) for each month of the contract. The table gives the figures.",
    zh: "柱状图：合同各月的成本（柱，左轴）和在岗人数（折线，右轴）。数值见下表。",
  },
  paneBidMonthlyText: {
    en: (low: string, high: string, peakMonth: number, cost: string) => `Headcount runs from ${low} to ${high}; the dearest month is month ${peakMonth} at ${cost}.`,
    zh: (low: string, high: string, peakMonth: number, cost: string) => `在岗人数为 ${low} 至 ${high} 人；成本最高的是第 ${peakMonth} 月，为 ${cost}。`,
  },
  paneBidChartLoading: { en: "Loading the chart…", zh: "正在加载图表…" },
  paneBidChartFailed: { en: "The chart could not be loaded; the table has the figures.", zh: "图表无法加载，数值见表格。" },
});

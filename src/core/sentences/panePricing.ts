/**
 * The wizard's step 6, Price · 报价 (src/taskpane/pricing): its groups of fields, the rate card's
 * and risk table's own words, the chart's names and the verdict sentence. Column headings and
 * totals the quote sheet and the CLI already say (QUOTE_SHEET, CLI_PRICING) are theirs, not
 * repeated here. Keys start with "panePrice" or "paneVerdict".
 */
import { part } from "./book";

/** A model's name inside an English sentence: "Per seat-month" → "per seat-month". */
function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export const PANE_PRICING = part({
  // ------------------------------------------------------------ the form's groups
  panePriceGroupMargin: { en: "Price", zh: "定价" },
  panePriceGroupSeats: { en: "Billed seats and minimum engagement", zh: "计费座席与最低合作规模" },
  panePriceGroupOutcomes: { en: "Outcomes, base + commission", zh: "效果量与底薪+提成" },
  panePriceGroupVolume: { en: "Volume to test", zh: "测试业务量" },
  panePriceNotPriced: {
    en: "Not priced yet: fill in any field above (a margin, say) and the rate card, the volume risk and the quote sheet follow.",
    zh: "尚未报价：填写上方任一字段（例如毛利率），即可看到报价单价、业务量风险，并生成报价单。",
  },
  panePriceFixFirst: { en: "The rate card needs a complete scenario. Fix these first:", zh: "报价单价需要完整的方案，请先修正以下问题：" },

  // ------------------------------------------------------------ the rate card
  /** Under a model's name: its unit in words and the forecast units its rate divides the price by. */
  panePriceUnitLine: { en: (unit: string, forecast: string) => `${unit} · forecast ${forecast}`, zh: (unit: string, forecast: string) => `${unit} · 预测量 ${forecast}` },

  // ------------------------------------------------------------ the volume risk
  panePriceChartTitle: { en: "Margin against volume, by billing model", zh: "不同计费方式的毛利率随业务量变化" },
  panePriceChartLabel: {
    en: "Line chart: margin (y) against actual ÷ forecast volume (x), one line per billing model, worst case dashed. The table below gives every figure.",
    zh: "折线图：纵轴为毛利率，横轴为实际 ÷ 预测业务量，每种计费方式一条线，虚线为最坏情况。下表列出全部数值。",
  },
  panePriceChartLoading: { en: "Loading the chart…", zh: "正在加载图表…" },
  panePriceChartFailed: { en: "The chart could not be loaded; the table below has the figures.", zh: "图表无法加载，数值见下表。" },
  /** Under the chart, when the terms put part of the fee at risk (a worst case is drawn). */
  panePriceKeyAtRisk: {
    en: "Solid lines: the margin; dashed: the worst case (deductions at their cap, the holdback withheld). In the table, each cell gives the margin and, under it in grey, the worst case.",
    zh: "实线为毛利率，虚线为最坏情况（扣罚达到上限、考核预留款未支付）。表中每格上方为毛利率，下方灰色为最坏情况。",
  },
  panePriceKeyPlain: { en: "Each line: a billing model's margin.", zh: "每条线为一种计费方式的毛利率。" },
  /** A worst-case line's name (in the chart's tooltips and for screen readers). */
  panePriceWorstLine: { en: (model: string) => `${model} (worst case)`, zh: (model: string) => `${model}（最坏情况）` },
  panePriceVolume: { en: "Volume", zh: "业务量" },
  panePriceMarginAxis: { en: "Margin", zh: "毛利率" },
  panePriceWorst: { en: (figure: string) => `worst ${figure}`, zh: (figure: string) => `最坏 ${figure}` },

  // ------------------------------------------------------------ the verdict (one sentence)
  /** Models named together: "a, b" then "… or c" (each name lower-cased inside an English sentence). */
  paneModelListJoin: { en: (list: string, name: string) => `${list}, ${lower(name)}`, zh: (list: string, name: string) => `${list}、${name}` },
  paneModelListLast: { en: (list: string, name: string) => `${list} or ${lower(name)}`, zh: (list: string, name: string) => `${list}或${name}` },
  paneVerdictFalls: {
    en: (ratio: string, best: string, bestMargin: string, least: string, leastMargin: string) =>
      `If volume falls to ${ratio}, billing ${lower(best)} keeps the most margin (${bestMargin}, against ${leastMargin} ${lower(least)})`,
    zh: (ratio: string, best: string, bestMargin: string, least: string, leastMargin: string) =>
      `业务量降至 ${ratio} 时，${best}保住的毛利率最高（${bestMargin}；${least}为 ${leastMargin}）`,
  },
  paneVerdictRises: {
    en: (ratio: string, best: string, bestMargin: string, least: string, leastMargin: string) =>
      `If volume rises to ${ratio}, billing ${lower(best)} earns the most margin (${bestMargin}, against ${leastMargin} ${lower(least)})`,
    zh: (ratio: string, best: string, bestMargin: string, least: string, leastMargin: string) =>
      `业务量升至 ${ratio} 时，${best}的毛利率最高（${bestMargin}；${least}为 ${leastMargin}）`,
  },
  paneVerdictFallsEven: {
    en: (ratio: string, margin: string) => `If volume falls to ${ratio}, every billing model keeps the same margin (${margin})`,
    zh: (ratio: string, margin: string) => `业务量降至 ${ratio} 时，各计费方式的毛利率相同（${margin}）`,
  },
  paneVerdictRisesEven: {
    en: (ratio: string, margin: string) => `If volume rises to ${ratio}, every billing model earns the same margin (${margin})`,
    zh: (ratio: string, margin: string) => `业务量升至 ${ratio} 时，各计费方式的毛利率相同（${margin}）`,
  },
  /** The two clauses as one sentence. */
  paneVerdictBoth: {
    en: (falls: string, rises: string) => `${falls}; ${rises.charAt(0).toLowerCase()}${rises.slice(1)}.`,
    zh: (falls: string, rises: string) => `${falls}；${rises}。`,
  },
  paneVerdictOne: { en: (clause: string) => `${clause}.`, zh: (clause: string) => `${clause}。` },
});

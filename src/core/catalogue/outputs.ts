/**
 * The breakdown's output catalogue: for every line, its label, unit and formula in words, in
 * both languages. The CLI, the wizard's review and the sheet all take their words from here.
 */
import type { BreakdownKey, BreakdownUnit } from "../breakdown.types";

export interface LineText {
  readonly label: { readonly zh: string; readonly en: string };
  readonly unit: BreakdownUnit;
  readonly formula: { readonly zh: string; readonly en: string };
}

/** Labels, units and formulas in words for every breakdown key, in both languages. */
export const BREAKDOWN_TEXT: Readonly<Record<BreakdownKey, LineText>> = {
  normalizedAnswers: {
    label: { zh: "折算应答量", en: "Normalised answers" },
    unit: "count",
    formula: { zh: "Σ 应答量 × 通话均长 ÷ 标准通话时长", en: "Σ answered × avg talk seconds ÷ standard talk seconds" },
  },
  talkMinutes: {
    label: { zh: "总通话时长", en: "Talk minutes" },
    unit: "minutes",
    formula: {
      zh: "Σ 各线路通话分钟（有实测值用实测值，否则 应答量 × 通话均长 ÷ 60）",
      en: "Σ each line's talk minutes (measured if given, else answered × avg talk seconds ÷ 60)",
    },
  },
  paidMinutes: {
    label: { zh: "计薪工时", en: "Paid minutes" },
    unit: "minutes",
    formula: { zh: "话务员人数 × 每日工时 × 标准记薪天数 × 月数 × 60", en: "agents × hours per day × paid days per month × months × 60" },
  },
  utilization: {
    label: { zh: "工时利用率", en: "Utilisation" },
    unit: "ratio",
    formula: { zh: "总通话时长 ÷ 计薪工时", en: "talk minutes ÷ paid minutes" },
  },
  laborCost: {
    label: { zh: "人工成本", en: "Labour cost" },
    unit: "money",
    formula: { zh: "Σ 人工成本项（工资、社保、公积金等）", en: "Σ labour cost lines (wages, social insurance, housing fund …)" },
  },
  recruitmentCost: {
    label: { zh: "招聘成本", en: "Recruitment cost" },
    unit: "money",
    formula: { zh: "入职人数 × 单人招聘费用", en: "hires × fee per hire" },
  },
  trainingCost: {
    label: { zh: "培训成本", en: "Training cost" },
    unit: "money",
    formula: { zh: "入职人数 × 培训天数 × 每日培训补贴", en: "hires × training days × daily allowance" },
  },
  managementCost: {
    label: { zh: "管理人员成本", en: "Management cost" },
    unit: "money",
    formula: { zh: "管理人员数 × 月薪 × 月数", en: "managers × monthly salary × months" },
  },
  otherCost: {
    label: { zh: "其他成本", en: "Other costs" },
    unit: "money",
    formula: { zh: "Σ 其他成本项", en: "Σ other cost lines" },
  },
  totalCost: {
    label: { zh: "总成本", en: "Total cost" },
    unit: "money",
    formula: { zh: "人工 + 招聘 + 培训 + 管理 + 其他", en: "labour + recruitment + training + management + other" },
  },
  tax: {
    label: { zh: "税额", en: "Tax" },
    unit: "money",
    formula: { zh: "总成本 × 税率", en: "total cost × tax rate" },
  },
  totalCostWithTax: {
    label: { zh: "计税后总成本", en: "Total cost with tax" },
    unit: "money",
    formula: { zh: "总成本 × (1 + 税率)", en: "total cost × (1 + tax rate)" },
  },
  costPerAnswer: {
    label: { zh: "单次应答成本", en: "Cost per answer" },
    unit: "moneyPerAnswer",
    formula: { zh: "总成本 ÷ 折算应答量", en: "total cost ÷ normalised answers" },
  },
  costPerMinute: {
    label: { zh: "每分钟应答成本", en: "Cost per talk minute" },
    unit: "moneyPerMinute",
    formula: { zh: "总成本 ÷ 总通话时长", en: "total cost ÷ talk minutes" },
  },
  costPerAnswerWithTax: {
    label: { zh: "计税后单次应答成本", en: "Cost per answer with tax" },
    unit: "moneyPerAnswer",
    formula: { zh: "计税后总成本 ÷ 折算应答量", en: "total cost with tax ÷ normalised answers" },
  },
  costPerMinuteWithTax: {
    label: { zh: "计税后每分钟应答成本", en: "Cost per talk minute with tax" },
    unit: "moneyPerMinute",
    formula: { zh: "计税后总成本 ÷ 总通话时长", en: "total cost with tax ÷ talk minutes" },
  },
};


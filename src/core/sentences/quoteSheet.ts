/**
 * The quote sheet's words (报价单, src/workbook/quote): its title, blocks, headers and the terms
 * as sentences. A term's figures are filled in by the sheet's own formulas (they follow the
 * inputs), so each term is a function of the figures as text. Keys start with "quote".
 */
import { part } from "./book";

export const QUOTE_SHEET = part({
  /** Appended to the breakdown sheet's name to name the quote sheet beside it. */
  quoteSheetSuffix: { en: "quote", zh: "报价单" },
  quoteTitle: { en: (name: string) => `Quotation: ${name}`, zh: (name: string) => `报价单：${name}` },
  quoteNote: {
    en: (sheet: string) => `Made by CC Pricing. The rates follow the cost breakdown on sheet "${sheet}" and the blue pricing inputs below.`,
    zh: (sheet: string) => `由 CC Pricing 生成。报价随工作表“${sheet}”的成本测算和下方蓝色报价参数自动重算。`,
  },
  quoteDate: { en: "Date", zh: "报价日期" },
  quoteValidUntil: { en: "Valid until", zh: "有效期至" },

  quoteRateCard: { en: "Rate card", zh: "报价单价" },
  quoteColModel: { en: "Billing model", zh: "计费方式" },
  quoteColRate: { en: "Rate", zh: "单价" },
  quoteColWithTax: { en: "With tax", zh: "含税" },
  quoteColForecast: { en: "Forecast units", zh: "预测量" },
  quotePrice: { en: "Price for the period", zh: "期间报价" },
  quoteMinimumFee: { en: "Minimum fee", zh: "最低收费" },
  quotePrepayment: { en: "Prepayment", zh: "预付款" },

  quoteTerms: { en: "Terms", zh: "合作条款" },
  quoteTermEngagement: {
    en: (seats: string, months: string, fee: string) => `Minimum engagement: ${seats} seat(s) for ${months} month(s); the minimum fee is ${fee}.`,
    zh: (seats: string, months: string, fee: string) => `最低合作规模：${seats} 个座席、${months} 个月，最低收费 ${fee}。`,
  },
  quoteTermPrepayment: {
    en: (months: string, amount: string) => `Prepayment: ${months} month(s) of the price with tax, ${amount}, paid before the service starts.`,
    zh: (months: string, amount: string) => `预付款：含税报价 ${months} 个月，共 ${amount}，于服务开始前支付。`,
  },
  quoteTermPenaltyCap: {
    en: (rate: string) => `Deductions for missed service levels are capped at ${rate} of the fee.`,
    zh: (rate: string) => `未达服务标准的扣罚不超过服务费的 ${rate}。`,
  },
  quoteTermHoldback: {
    en: (rate: string) => `${rate} of the fee is held back until the KPIs are met.`,
    zh: (rate: string) => `服务费的 ${rate} 作为考核预留，达到考核指标后支付。`,
  },
  quoteTermMinCommit: {
    en: (rate: string) => `Volume-billed models bill at least ${rate} of the forecast volume.`,
    zh: (rate: string) => `按量计费的模式至少按预测量的 ${rate} 结算。`,
  },

  quoteRisk: { en: "Margin at actual ÷ forecast volume", zh: "不同业务量（实际 ÷ 预测）下的毛利率" },
  quoteRiskWorst: { en: "Worst case: deductions at their cap, the holdback withheld", zh: "最坏情况：扣罚达到上限，考核预留款未支付" },
  quoteBreakEven: { en: "Break-even", zh: "盈亏平衡点" },
  /** In the break-even column: the model covers its cost at every volume. */
  quoteNoBreakEven: { en: "none", zh: "无" },

  quoteInputs: { en: "Pricing inputs", zh: "报价参数" },
  quoteCostBase: { en: (sheet: string) => `Cost base (sheet "${sheet}")`, zh: (sheet: string) => `成本基础（工作表“${sheet}”）` },
  quoteAnswered: { en: "Answered calls (all lines)", zh: "应答量合计（所有线路）" },
  quoteCallsPerMonth: { en: "Answered calls per month", zh: "月均应答量" },
  /** Beside the method input: the words its formulas accept. */
  quoteMethodWords: { en: "margin or markup", zh: "margin 或 markup" },
});

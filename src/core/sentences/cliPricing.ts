/**
 * The quote CLI's rate card and risk tables (src/cli/pricingOutput.ts): headings, columns and
 * row labels. Keys start with "cliPrice" or "cliRisk" so they never clash with other parts.
 */
import { part } from "./book";

export const CLI_PRICING = part({
  cliPriceCardMargin: { en: (rate: string) => `Rate card (margin ${rate})`, zh: (rate: string) => `报价单价（毛利率 ${rate}）` },
  cliPriceCardMarkup: { en: (rate: string) => `Rate card (markup ${rate})`, zh: (rate: string) => `报价单价（加成率 ${rate}）` },
  cliPriceColumnModel: { en: "Billing model", zh: "计费方式" },
  cliPriceColumnRate: { en: "Rate", zh: "单价" },
  cliPriceColumnWithTax: { en: "With tax", zh: "含税单价" },
  cliPriceColumnForecast: { en: "Forecast units", zh: "预测量" },
  cliPriceForPeriod: { en: "Price for the period", zh: "期间报价" },
  cliPriceWithTax: { en: "Price with tax", zh: "含税报价" },
  cliPriceMinimumFee: { en: (terms: string) => `Minimum fee (${terms})`, zh: (terms: string) => `最低收费（${terms}）` },
  cliPricePrepayment: { en: (months: string) => `Prepayment (${months})`, zh: (months: string) => `预付款（${months}）` },
  cliRiskMargin: { en: "Margin at actual ÷ forecast volume", zh: "不同业务量（实际 ÷ 预测）下的毛利率" },
  cliRiskWorst: {
    en: (cap: string, holdback: string) => `Worst case: deductions at their cap (${cap}) and the holdback (${holdback}) withheld`,
    zh: (cap: string, holdback: string) => `最坏情况：扣罚达到上限（${cap}），考核预留款（${holdback}）未支付`,
  },
  cliRiskBreakEven: { en: "Break-even", zh: "盈亏平衡点" },
  /** In the break-even column: the model covers its cost at every volume. */
  cliRiskNoBreakEven: { en: "none", zh: "无" },
});

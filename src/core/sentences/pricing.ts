/**
 * Deal pricing's sentences (src/core/pricing, the scenario's `pricing` section): the rules a
 * file's pricing must follow and the billing models' names. Keys start with "pricing" or "model".
 */
import { part } from "./book";

export const PRICING = part({
  // ------------------------------------------------------------ the file's rules
  pricingNeedsVersion2: {
    en: 'is a version 2 field: set "version": 2 to price the scenario',
    zh: '是第 2 版的字段：请将 "version" 设为 2 后再填写报价',
  },
  pricingMarginBelowOne: {
    en: 'must be below 100% with method "margin" (use "markup" for a share of the cost)',
    zh: '定价方式为 "margin" 时必须小于 100%（按成本加成请用 "markup"）',
  },
  pricingBaseNeedsOutcomes: {
    en: "needs pricing.outcomes: the commission is paid per forecast outcome",
    zh: "需要填写 pricing.outcomes：提成按预计效果量计算",
  },
  pricingTermsAtRisk: {
    en: "plus pricing.terms.holdbackRate must be below 100%, or the whole fee is at risk",
    zh: "与 pricing.terms.holdbackRate 之和必须小于 100%，否则全部服务费都有风险",
  },
  pricingNothingToPrice: { en: "is 0, so there is no cost to price", zh: "为 0，没有可以报价的成本" },
  pricingNeedsRatios: { en: "needs at least one volume ratio", zh: "至少需要一个业务量比例" },

  // ------------------------------------------------------------ billing models
  modelSeatMonth: { en: "Per seat-month", zh: "按座席月" },
  modelPersonDay: { en: "Per person-day", zh: "按人天" },
  modelHour: { en: "Per hour", zh: "按小时" },
  modelTalkMinute: { en: "Per talk minute", zh: "按通话分钟" },
  modelAnsweredCall: { en: "Per answered call", zh: "按应答量（每通）" },
  modelStandardCall: { en: "Per standard call", zh: "按折算应答量（每通）" },
  modelOutcome: { en: "Per outcome", zh: "按效果" },
  /** The outcome model named by the file's outcomeName ("Per 意向客户", "按意向客户"). */
  modelOutcomeNamed: { en: (name: string) => `Per ${name}`, zh: (name: string) => `按${name}` },
  modelPackage: { en: "Monthly package", zh: "月包" },
  modelPackageOverage: { en: "Package overage", zh: "月包超量" },
  modelBaseCommission: { en: "Base + commission", zh: "底薪+提成" },
  modelCommission: { en: "Commission", zh: "提成" },
});

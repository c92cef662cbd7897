/** The core's sentences: file formats and the breakdown's refusals. */
import { part } from "./book";

export const CORE = part({
  figureTooLarge: { en: "must be at most 1e+15", zh: "不能超过 1e+15（场景文件允许的最大数值）" },
  /** The same bound in a seat-quote file (its own English, so each file kind keeps its Chinese). */
  seatFigureTooLarge: { en: "must be at most 1e+15 (the largest figure a seat-quote file may hold)", zh: "不能超过 1e+15（座席报价文件允许的最大数值）" },
  // ------------------------------------------------ the seat-quote file's fields (catalogue/seatQuote.ts)
  seatFile: { en: "Seat quote", zh: "座席报价" },
  seatFileName: { en: "Quote name", zh: "报价名称" },
  seatFileCurrency: { en: "Currency (ISO code)", zh: "币种（ISO 代码）" },
  seatFileNotes: { en: "Notes", zh: "备注" },
  seatFileDailyRate: { en: "Day rate per seat", zh: "人天单价" },
  seatFileWorkDays: { en: "Working days per month", zh: "每月工作天数" },
  seatFileMonths: { en: "Months", zh: "月数" },
  seatFileSeats: { en: "Seats", zh: "座席数" },
  seatFilePhone: { en: "Phone fee per seat-month", zh: "每座席每月话费" },
  seatFilePricing: { en: "Pricing", zh: "定价" },
  seatFileMethod: { en: "Margin on price or markup on cost", zh: "毛利率或成本加成" },
  seatFileRate: { en: "Rate", zh: "比率" },
  currencyCode: { en: "must be a 3-letter ISO 4217 code such as CNY", zh: "必须是 3 个大写字母的 ISO 4217 货币代码，例如 CNY" },
  needsStream: { en: "needs at least one traffic stream", zh: "至少需要一条话务线路" },
  unsupportedVersion: {
    en: (shown: string, latest: string) => `unsupported scenario version ${shown}; this tool reads versions 1 to ${latest}`,
    zh: (shown: string, latest: string) => `不支持的场景文件版本 ${shown}；本工具只能读取第 1 至 ${latest} 版`,
  },
  noPaidMinutes: { en: "gives 0 paid minutes, so utilisation is undefined", zh: "计薪工时为 0，无法计算工时利用率" },
  noTalkTime: {
    en: "have no talk time (answered × avg talk seconds is 0), so cost per answer is undefined",
    zh: "话务总时长为 0，无法计算单次应答成本",
  },
  noTalkMinutes: { en: "have 0 talk minutes, so cost per minute is undefined", zh: "总通话时长为 0，无法计算每分钟成本" },
});

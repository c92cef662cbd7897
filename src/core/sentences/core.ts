/** The core's sentences: file formats and the breakdown's refusals. */
import { part } from "./book";

export const CORE = part({
  figureTooLarge: { en: "must be at most 1e+15", zh: "不能超过 1e+15（场景文件允许的最大数值）" },
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

/** What the validators say when a value is out of its domain (every formula family shares these). */
import { part } from "./book";

export const VALIDATION = part({
  notFinite: { en: "must be a finite number", zh: "必须是有限数值" },
  itemPrefix: { en: (n: number) => `item ${n}: `, zh: (n: number) => `第 ${n} 项：` },
  notNegative: { en: (got: string) => `must be ≥ 0 (got ${got})`, zh: (got: string) => `不能为负数（当前为 ${got}）` },
  notPositive: { en: (got: string) => `must be > 0 (got ${got})`, zh: (got: string) => `必须大于 0（当前为 ${got}）` },
  /** got: the value in percent (a share typed as 15 % arrives as 0.15 and is shown as typed). */
  notBelowOne: { en: (got: string) => `must be at least 0 % and below 100 % (got ${got} %)`, zh: (got: string) => `必须大于等于 0% 且小于 100%（当前为 ${got}%）` },
  notBetween: {
    en: (lo: string, hi: string, got: string) => `must be between ${lo} and ${hi} (got ${got})`,
    zh: (lo: string, hi: string, got: string) => `必须在 ${lo} 到 ${hi} 之间（当前为 ${got}）`,
  },
  zeroDivisor: { en: "is zero, so the division is undefined", zh: "为零，无法相除" },
  targetNotBelowOne: {
    en: (got: string) => `must be at least 0 % and below 100 % (got ${got} %); 100 % can never be guaranteed`,
    zh: (got: string) => `必须大于等于 0% 且小于 100%（当前为 ${got}%）；100% 无法保证`,
  },
  notShare: { en: (got: string) => `must be above 0 % and at most 100 % (got ${got} %)`, zh: (got: string) => `必须大于 0% 且小于等于 100%（当前为 ${got}%）` },
  notWhole: { en: (got: string) => `must be a whole number ≥ 0 (got ${got})`, zh: (got: string) => `必须是非负整数（当前为 ${got}）` },
  tooMuchTraffic: {
    en: (max: string, got: string) => `must be ≤ ${max} Erlangs (got ${got})`,
    zh: (max: string, got: string) => `不能超过 ${max} 爱尔兰（当前为 ${got}）`,
  },
  overloaded: {
    en: (traffic: string, got: string) => `must exceed the traffic of ${traffic} Erlangs (got ${got}): the queue is overloaded and waits grow without bound`,
    zh: (traffic: string, got: string) => `必须大于话务量 ${traffic} 爱尔兰（当前为 ${got}）：队列过载，等待时间无限增长`,
  },
});

/** What the formula families say when their arguments do not fit together (beyond the validators). */
import { part } from "./book";

export const FORMULAS = part({
  costLineNegative: {
    en: (name: string, got: string) => `"${name}" must be ≥ 0 (got ${got})`,
    zh: (name: string, got: string) => `“${name}”不能为负数（当前为 ${got}）`,
  },
  kpiMetNotBoolean: { en: "must be TRUE or FALSE", zh: "必须是 TRUE 或 FALSE" },
  noTiers: { en: "needs at least one tier", zh: "至少需要一个阶梯" },
  tierPricesMismatch: {
    en: (thresholds: number, prices: number) => `needs one price per threshold (${thresholds} thresholds, ${prices} prices)`,
    zh: (thresholds: number, prices: number) => `价格个数必须与阶梯起点个数相同（起点 ${thresholds} 个，价格 ${prices} 个）`,
  },
  firstTierNotZero: {
    en: (got: string) => `the first tier must start at 0 (got ${got})`,
    zh: (got: string) => `第一个阶梯必须从 0 开始（当前为 ${got}）`,
  },
  tiersNotAscending: {
    en: (got: string, after: string) => `tier starts must be strictly ascending (got ${got} after ${after})`,
    zh: (got: string, after: string) => `阶梯起点必须严格递增（${after} 之后为 ${got}）`,
  },
  tierModeChoice: {
    en: (got: string) => `must be "graduated" or "volume" (got "${got}")`,
    zh: (got: string) => `必须是 "graduated"（分段累进）或 "volume"（全量）（当前为 "${got}"）`,
  },
  targetIsBaseline: {
    en: (both: string) => `must differ from baseline (both ${both})`,
    zh: (both: string) => `必须与基础值不同（均为 ${both}）`,
  },
  pointsMismatch: {
    en: (xs: number, ys: number) => `needs one y per x (${xs} xs, ${ys} ys)`,
    zh: (xs: number, ys: number) => `ys 个数必须与 xs 相同（xs ${xs} 个，ys ${ys} 个）`,
  },
  tooFewPoints: { en: (got: number) => `needs at least two points (got ${got})`, zh: (got: number) => `至少需要两个点（当前 ${got} 个）` },
  pointsNotMonotone: {
    en: (got: string, after: string) => `xs must be strictly ascending or strictly descending (got ${got} after ${after})`,
    zh: (got: string, after: string) => `xs 必须严格递增或严格递减（${after} 之后为 ${got}）`,
  },
  marginNotBelowOne: {
    en: (got: string) => `a margin must be ≥ 0 and < 1 (got ${got})`,
    zh: (got: string) => `毛利率必须大于等于 0 且小于 1（当前为 ${got}）`,
  },
  pricingMethodChoice: {
    en: (got: string) => `must be "margin" or "markup" (got "${got}")`,
    zh: (got: string) => `必须是 "margin"（毛利率）或 "markup"（加成率）（当前为 "${got}"）`,
  },
  patienceTooLong: {
    en: (states: number) => `is too long for a queue this loaded (more than ${states} waiting states to sum); add agents or shorten patience`,
    zh: (states: number) => `对如此高负荷的队列过长（需累加超过 ${states} 个排队状态）；请增加座席或缩短耐心时间`,
  },
  agentCeiling: {
    en: (max: string, got: string) => `would need more than ${max} agents, the ceiling of the staffing solver (got ${got})`,
    zh: (max: string, got: string) => `需要超过 ${max} 名座席，超出人力测算的上限（当前为 ${got}）`,
  },
  /** After the argument of a forecast's interval: "calls (interval 3) must be ≥ 0 …" (1-based, row by row). */
  intervalPrefix: { en: (n: number) => `(interval ${n}) `, zh: (n: number) => `（第 ${n} 个时段）` },
  /** Before a shrinkage component's own message: "cell 2 must be ≥ 0 …". */
  cellPrefix: { en: (n: number) => `cell ${n} `, zh: (n: number) => `第 ${n} 个单元格` },
});

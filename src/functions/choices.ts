/**
 * The words a CC function accepts for a choice argument, in English and Chinese, each mapped to
 * its meaning. These are input data, not sentences: an analyst types them into a cell (="分钟"),
 * so they stay as they are here rather than in the sentence book; an unknown word is refused
 * with the book's fnOneOf reason, which lists these words in this order.
 */

/** CC.UNITCOST's basis. */
export const UNIT_BASIS = { answer: "answer", 应答: "answer", minute: "minute", 分钟: "minute" } as const;

/** CC.PRICE's method. */
export const PRICE_METHOD = { margin: "margin", 毛利: "margin", markup: "markup", 加成: "markup" } as const;

/** CC.TIERFEE's mode. */
export const TIER_MODE = { graduated: "graduated", 超额累进: "graduated", volume: "volume", 全额累进: "volume" } as const;

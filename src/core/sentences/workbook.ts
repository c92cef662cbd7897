/**
 * The breakdown sheet's words (note, section titles, table headers, cost kinds) and the stored
 * scenario reader's refusals. Keys start with "sheet" or "stored" to stay apart from other parts.
 */
import { part } from "./book";

export const WORKBOOK = part({
  // ---------------------------------------------------------------- the sheet
  sheetNote: {
    en: "Made by CC Pricing. Blue cells and the two tables are inputs; the breakdown recalculates from them.",
    zh: "由 CC Pricing 生成。蓝色单元格和两张表是输入，成本测算随之自动重算。",
  },
  sheetCurrency: { en: "Currency", zh: "币种" },
  sheetInputs: { en: "Inputs", zh: "输入参数" },
  sheetBreakdown: { en: "Breakdown", zh: "成本测算" },
  sheetComposition: { en: "Cost composition", zh: "成本构成" },
  sheetTraffic: { en: "Traffic lines", zh: "话务线路" },
  sheetCosts: { en: "Cost lines", zh: "成本项目" },
  sheetItem: { en: "Item", zh: "项目" },
  sheetValue: { en: "Value", zh: "数值" },
  sheetUnit: { en: "Unit", zh: "单位" },
  sheetFormula: { en: "Formula", zh: "计算公式" },
  sheetShare: { en: "Share", zh: "占比" },
  sheetAmount: { en: "Amount", zh: "金额" },
  sheetColName: { en: "Name", zh: "名称" },
  sheetColKind: { en: "Kind", zh: "类别" },
  sheetColAnswered: { en: "Answered", zh: "应答量" },
  sheetColAvgTalk: { en: "Avg talk (s)", zh: "通话均长（秒）" },
  sheetColMeasured: { en: "Measured talk minutes", zh: "实测通话分钟" },
  sheetColUsed: { en: "Talk minutes used", zh: "采用通话分钟" },
  /** Cost kinds: written in the cost table's kind column and matched by the breakdown's SUMIF. */
  sheetKindLabour: { en: "labour", zh: "人工" },
  sheetKindOther: { en: "other", zh: "其他" },

  // ---------------------------------------------------------------- the stored scenario reader
  storedUnreadable: { en: "could not be read", zh: "无法读取" },
  storedNotText: { en: "is not text", zh: "不是文本" },
  storedTooLarge: {
    en: (length: number, max: number) => `is too large (${length} characters; the limit is ${max})`,
    zh: (length: number, max: number) => `内容过大（${length} 个字符，上限 ${max}）`,
  },
  storedDoctype: { en: "contains a DTD or entity declaration, which is never accepted", zh: "含有 DTD 或实体声明，不予接受" },
  storedNotOurXml: {
    en: "is not the XML CC Pricing writes (expected one <scenario> element holding text only)",
    zh: "不是 CC Pricing 写入的 XML 格式（应为仅含文本的单个 <scenario> 元素）",
  },
  storedClosingTag: {
    en: (closing: string, name: string) => `has a closing tag </${closing}> that does not match <${name}>`,
    zh: (closing: string, name: string) => `结束标签 </${closing}> 与 <${name}> 不匹配`,
  },
  storedAttributeEntity: { en: (key: string) => `attribute ${key} has an unknown entity`, zh: (key: string) => `属性 ${key} 含有未知实体` },
  storedAttributeTwice: { en: (key: string) => `attribute ${key} appears twice`, zh: (key: string) => `属性 ${key} 重复出现` },
  storedTextEntity: { en: "the text has an unknown or malformed entity", zh: "文本中有未知或格式错误的实体" },
  storedWrongNamespace: {
    en: (element: string, ns: string | undefined) => `is not a CC Pricing scenario (element ${element}, namespace ${ns ?? "none"})`,
    zh: (element: string, ns: string | undefined) => `不是 CC Pricing 场景（元素 ${element}，命名空间 ${ns ?? "无"}）`,
  },
  storedWrongVersion: {
    en: (version: string | undefined, readable: string) => `has storage version ${version ?? "(none)"}; this add-in reads version ${readable}`,
    zh: (version: string | undefined, readable: string) => `存储版本为 ${version ?? "（无）"}，本加载项只能读取版本 ${readable}`,
  },
  storedBadJson: { en: (detail: string) => `does not hold valid JSON (${detail})`, zh: (detail: string) => `其中的 JSON 无效（${detail}）` },
  storedBadScenario: { en: (list: string) => `is not a valid scenario: ${list}`, zh: (list: string) => `不是有效的场景：${list}` },
  storedRoot: { en: "(root)", zh: "（根）" },
  storedIssueSeparator: { en: "; ", zh: "；" },
  storedMarkup: {
    en: (path: string) => `${path} contains HTML-like markup; it is kept and shown as plain text`,
    zh: (path: string) => `${path} 含有类似 HTML 的标记，按纯文本保留和显示`,
  },
  storedFormulaLike: {
    en: (path: string) => `${path} starts like a formula; it is kept and written as text, never as a formula`,
    zh: (path: string) => `${path} 以公式符号开头，按文本写入，不作为公式`,
  },
});

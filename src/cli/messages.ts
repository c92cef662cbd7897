/** The quote CLI's own words, in English and Chinese (core errors carry their own). */
import type { ArgProblem } from "./args";
import type { Lang } from "./format";

export const HELP: Readonly<Record<Lang, string>> = {
  en: `Usage: npm run quote -- <scenario.json> [options]
       npm run quote -- seat [seat-quote.json] [seat options] [options]

Prints the cost breakdown of a call-centre scenario (scenario file version 1): normalised
answers, talk and paid minutes, utilisation, cost items, totals, tax, and the cost per answer
and per talk minute before and after tax. "seat" prices seats from a day rate instead.

Options:
  --lang zh|en     language of the table and messages (default: from LC_ALL, LC_MESSAGES or
                   LANG — Chinese when it starts with "zh", else English)
  --formulas       add a column with each line's formula in words
  --json           print {"breakdown": {"<key>": <number>, ...}} instead of the table
  --exact          exact decimals: every digit in the table, decimal strings in --json
  --xlsx FILE      also write the breakdown to FILE as an Excel workbook (live formulas, with
                   the scenario stored in it, so the task pane can reopen it); not for "seat"
  --xlsx-formulas native|cc
                   formulas in that workbook: native Excel formulas (default; compute in any
                   spreadsheet) or CC.* functions (compute only where the CC Pricing add-in
                   is loaded)
  -h, --help       show this help

Seat options (with "seat"; a seat-quote file gives the same fields, options override it):
  --daily-rate N   price per agent per working day (required unless the file gives it)
  --work-days N    working days per month (default 22)
  --months N       months (default 1)
  --seats N        seats (default 1)
  --phone N        phone fee per seat per month (default 0)
  --margin R       price = cost ÷ (1 − R), R in [0, 1)
  --markup R       price = cost × (1 + R), R ≥ 0
  --currency CODE  ISO 4217 currency code (default CNY)

Money is shown to 2 decimals, ratios as % to 2 decimals, counts to at most 2 decimals; all
figures are computed exactly and rounded half up only for display.

Exit status: 0 printed; 1 the file or its figures are wrong; 2 the command line is wrong.
Examples:
  npm run quote -- examples/worked-example.json --lang zh
  npm run quote -- examples/worked-example.json --json
  npm run quote -- examples/worked-example.json --xlsx breakdown.xlsx
  npm run quote -- seat --daily-rate 220 --work-days 22 --seats 2 --phone 600 --margin 0.15
`,
  zh: `用法：npm run quote -- <场景文件.json> [选项]
      npm run quote -- seat [座席报价文件.json] [座席选项] [选项]

输出呼叫中心场景（场景文件第 1 版）的成本测算：折算应答量、通话与计薪工时、工时利用率、
各成本项、总成本、税额，以及税前、税后的单次应答成本和每分钟应答成本。
"seat" 按人天单价计算座席报价。

选项：
  --lang zh|en     表格与提示的语言（默认取 LC_ALL、LC_MESSAGES 或 LANG：以 "zh" 开头为中文，
                   否则为英文）
  --formulas       增加一列，用文字写出每行的计算方式
  --json           输出 {"breakdown": {"<键>": <数值>, ...}}，不输出表格
  --exact          精确小数：表格显示全部位数，--json 输出十进制字符串
  --xlsx 文件      同时把测算写入该文件，生成 Excel 工作簿（含实时公式，并保存场景，
                   任务窗格可重新打开）；不适用于 "seat"
  --xlsx-formulas native|cc
                   工作簿中的公式：native 为 Excel 原生公式（默认，任何电子表格都能计算），
                   cc 为 CC.* 函数（仅在加载了 CC Pricing 加载项时计算）
  -h, --help       显示本帮助

座席选项（用于 "seat"；座席报价文件可给出同样的字段，命令行选项优先）：
  --daily-rate N   每名话务员每个工作日的单价（文件未给出时必填）
  --work-days N    每月工作天数（默认 22）
  --months N       月数（默认 1）
  --seats N        座席数（默认 1）
  --phone N        每座席每月话费（默认 0）
  --margin R       报价 = 成本 ÷ (1 − R)，R 在 [0, 1) 之间
  --markup R       报价 = 成本 × (1 + R)，R ≥ 0
  --currency CODE  ISO 4217 币种代码（默认 CNY）

金额保留 2 位小数，比率以百分数保留 2 位小数，数量最多 2 位小数；全部精确计算，仅在显示时四舍五入。

退出码：0 成功；1 文件或其中数据有误；2 命令行有误。
示例：
  npm run quote -- examples/worked-example.json --lang zh
  npm run quote -- examples/worked-example.json --json
  npm run quote -- examples/worked-example.json --xlsx breakdown.xlsx
  npm run quote -- seat --daily-rate 220 --work-days 22 --seats 2 --phone 600 --margin 0.15
`,
};

export function argProblemText(p: ArgProblem, lang: Lang): string {
  const zh = lang === "zh";
  switch (p.kind) {
    case "unknown":
      return zh ? `未知选项 ${p.option}` : `unknown option ${p.option}`;
    case "noValueAllowed":
      return zh ? `选项 ${p.option} 不接受值` : `option ${p.option} takes no value`;
    case "missingValue":
      return zh ? `选项 ${p.option} 需要一个值` : `option ${p.option} needs a value`;
    case "repeated":
      return zh ? `选项 ${p.option} 重复给出` : `option ${p.option} is given more than once`;
  }
}

type Words = Readonly<Record<Lang, string>>;

/** Short texts, keyed by what they say. */
export const TEXT = {
  seeHelp: { en: "run with --help for usage", zh: "使用 --help 查看用法" },
  noFile: { en: "no scenario file given", zh: "未指定场景文件" },
  tooManyFiles: { en: "only one file can be quoted at a time; extra", zh: "一次只能测算一个文件；多余的参数" },
  badLang: { en: "--lang must be zh or en; got", zh: "--lang 只能是 zh 或 en；当前为" },
  seatOnly: { en: "is a seat option: use it with the seat command", zh: "是座席选项，只能与 seat 命令一起使用" },
  notFound: { en: "file not found", zh: "文件不存在" },
  isDirectory: { en: "is a directory, not a file", zh: "是目录，不是文件" },
  noAccess: { en: "cannot be read (permission denied)", zh: "无法读取（没有权限）" },
  cannotRead: { en: "cannot be read", zh: "无法读取" },
  invalidFile: { en: "is not a valid scenario", zh: "不是有效的场景文件" },
  invalidSeatFile: { en: "is not a valid seat-quote file", zh: "不是有效的座席报价文件" },
  cannotCompute: { en: "cannot be quoted", zh: "无法测算" },
  seatCannotCompute: { en: "cannot compute the seat quote", zh: "无法计算座席报价" },
  wholeFile: { en: "(whole file)", zh: "（整个文件）" },
  notANumber: { en: "must be a number; got", zh: "必须是数值；当前为" },
  tooLargeForJson: { en: "is too large for a JSON number; use --json --exact for decimal strings", zh: "超出 JSON 数值范围；请用 --json --exact 输出十进制字符串" },
  bothPricing: { en: "give either --margin or --markup, not both", zh: "--margin 与 --markup 只能给出一个" },
  needDailyRate: { en: "a seat quote needs a daily rate (--daily-rate or dailyRate in the file)", zh: "座席报价需要人天单价（--daily-rate 或文件中的 dailyRate）" },
  badCurrency: { en: "--currency must be a 3-letter ISO 4217 code such as CNY; got", zh: "--currency 必须是 3 个大写字母的 ISO 4217 代码，如 CNY；当前为" },
} satisfies Record<string, Words>;

/** "quote: " / "quote：" — the prefix of every error line, so a user knows which tool spoke. */
export function errorPrefix(lang: Lang): string {
  return lang === "zh" ? "quote 错误：" : "quote: error: ";
}

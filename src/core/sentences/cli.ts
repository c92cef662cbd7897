/**
 * The quote CLI's sentences (src/cli): messages, table headings, the seat quote's words, the
 * --xlsx notes and the help. Keys start with "cli" so they never clash with other parts.
 */
import { part } from "./book";

export const CLI = part({
  // ------------------------------------------------------------ framing of stderr lines
  /** The prefix of every error line, so a user knows which tool spoke. */
  cliErrorPrefix: { en: "quote: error: ", zh: "quote 错误：" },
  /** The prefix of a note on stderr after a success (the workbook written). */
  cliNotePrefix: { en: "quote: ", zh: "quote：" },
  cliSeeHelp: { en: "run with --help for usage", zh: "使用 --help 查看用法" },

  // ------------------------------------------------------------ the command line
  cliUnknownOption: { en: (option: string) => `unknown option ${option}`, zh: (option: string) => `未知选项 ${option}` },
  cliNoValueAllowed: { en: (option: string) => `option ${option} takes no value`, zh: (option: string) => `选项 ${option} 不接受值` },
  cliMissingValue: { en: (option: string) => `option ${option} needs a value`, zh: (option: string) => `选项 ${option} 需要一个值` },
  cliRepeatedOption: { en: (option: string) => `option ${option} is given more than once`, zh: (option: string) => `选项 ${option} 重复给出` },
  cliBadLang: { en: (tag: string) => `--lang must be zh or en; got "${tag}"`, zh: (tag: string) => `--lang 只能是 zh 或 en；当前为 "${tag}"` },
  cliNoFile: { en: "no scenario file given", zh: "未指定场景文件" },
  cliTooManyFiles: {
    en: (extra: string) => `only one file can be quoted at a time; extra: ${extra}`,
    zh: (extra: string) => `一次只能测算一个文件；多余的参数: ${extra}`,
  },
  cliSeatOnly: {
    en: (option: string) => `${option} is a seat option: use it with the seat command`,
    zh: (option: string) => `${option} 是座席选项，只能与 seat 命令一起使用`,
  },

  // ------------------------------------------------------------ reading a file
  cliNotFound: { en: (path: string) => `${path}: file not found`, zh: (path: string) => `${path}: 文件不存在` },
  cliIsDirectory: { en: (path: string) => `${path}: is a directory, not a file`, zh: (path: string) => `${path}: 是目录，不是文件` },
  cliNoAccess: { en: (path: string) => `${path}: cannot be read (permission denied)`, zh: (path: string) => `${path}: 无法读取（没有权限）` },
  cliCannotRead: { en: (path: string) => `${path}: cannot be read`, zh: (path: string) => `${path}: 无法读取` },
  cliFileTooLarge: {
    en: (path: string, bytes: string, mib: string) => `${path}: is larger than ${bytes} bytes (${mib} MiB), the most a scenario or seat-quote file may hold`,
    zh: (path: string, bytes: string, mib: string) => `${path}: 超过 ${bytes} 字节（${mib} MiB），场景或座席报价文件不能更大`,
  },
  cliNotUtf8: { en: (path: string) => `${path}: is not UTF-8 text (save it as UTF-8)`, zh: (path: string) => `${path}: 不是 UTF-8 文本（请另存为 UTF-8）` },
  /** The last line of a long list of problems. */
  cliMoreProblems: {
    en: (n: string, one: boolean) => `… and ${n} more problem${one ? "" : "s"}`,
    zh: (n: string, _one: boolean) => `……另有 ${n} 个问题`,
  },
  cliInvalidScenario: { en: (file: string) => `${file} is not a valid scenario:`, zh: (file: string) => `${file} 不是有效的场景文件：` },
  cliInvalidSeatFile: { en: (file: string) => `${file} is not a valid seat-quote file:`, zh: (file: string) => `${file} 不是有效的座席报价文件：` },
  /** Where a problem of the file as a whole is listed, in place of a JSON path. */
  cliWholeFile: { en: "(whole file)", zh: "（整个文件）" },
  cliCannotQuote: { en: (file: string) => `${file} cannot be quoted:`, zh: (file: string) => `${file} 无法测算：` },
  cliTooLargeForJson: {
    en: (key: string, value: string) => `${key} = ${value}: is too large for a JSON number; use --json --exact for decimal strings`,
    zh: (key: string, value: string) => `${key} = ${value}: 超出 JSON 数值范围；请用 --json --exact 输出十进制字符串`,
  },

  // ------------------------------------------------------------ tables
  cliColumnItem: { en: "Item", zh: "项目" },
  cliColumnValue: { en: "Value", zh: "数值" },
  cliColumnUnit: { en: "Unit", zh: "单位" },
  cliColumnFormula: { en: "How it is computed", zh: "计算方式" },

  // ------------------------------------------------------------ quote seat
  cliSeatCannotCompute: { en: "cannot compute the seat quote:", zh: "无法计算座席报价：" },
  cliIsSeatQuoteFile: {
    en: (file: string) => `${file} is a seat-quote file, not a scenario: run  npm run quote -- seat ${file}`,
    zh: (file: string) => `${file} 是座席报价文件，不是场景文件：请运行  npm run quote -- seat ${file}`,
  },
  cliNotANumber: { en: (option: string, got: string) => `${option} must be a number; got "${got}"`, zh: (option: string, got: string) => `${option} 必须是数值；当前为 "${got}"` },
  cliBothPricing: { en: "give either --margin or --markup, not both", zh: "--margin 与 --markup 只能给出一个" },
  cliNeedDailyRate: {
    en: "a seat quote needs a daily rate (--daily-rate or dailyRate in the file)",
    zh: "座席报价需要人天单价（--daily-rate 或文件中的 dailyRate）",
  },
  cliBadCurrency: {
    en: (got: string) => `--currency must be a 3-letter ISO 4217 code such as CNY; got "${got}"`,
    zh: (got: string) => `--currency 必须是 3 个大写字母的 ISO 4217 代码，如 CNY；当前为 "${got}"`,
  },
  cliSeatQuote: { en: "Seat quote", zh: "座席报价" },
  /** "2 seats", "1 seat" (Chinese has no plural). */
  cliSeats: { en: (n: string, one: boolean) => `${n} seat${one ? "" : "s"}`, zh: (n: string, _one: boolean) => `${n} 座席` },
  cliMonths: { en: (n: string, one: boolean) => `${n} month${one ? "" : "s"}`, zh: (n: string, _one: boolean) => `${n} 个月` },
  cliSeatTitle: { en: (name: string, seats: string, months: string) => `${name} (${seats} × ${months})`, zh: (name: string, seats: string, months: string) => `${name}（${seats} × ${months}）` },
  cliPerSeatMonth: { en: (currency: string) => `${currency}/seat-month`, zh: (currency: string) => `${currency}/座席/月` },
  cliSeatLabor: { en: "Day rate × working days", zh: "人天单价 × 工作天数" },
  cliSeatCostPerSeatMonth: { en: "Cost per seat-month", zh: "每座席月成本" },
  cliSeatTotalCost: { en: "Total cost", zh: "总成本" },
  cliSeatPricePerSeatMonth: { en: "Price per seat-month", zh: "每座席月报价" },
  cliSeatPrice: { en: "Price", zh: "报价" },
  cliSeatGrossProfit: { en: "Gross profit", zh: "毛利" },
  cliSeatCostFormula: {
    en: (rate: string, days: string, phone: string) => `${rate} × ${days} + phone ${phone}`,
    zh: (rate: string, days: string, phone: string) => `${rate} × ${days} + 话费 ${phone}`,
  },
  cliSeatTotalFormula: {
    en: (months: string, seats: string) => `cost per seat-month × ${months} × ${seats}`,
    zh: (months: string, seats: string) => `每座席月成本 × ${months} × ${seats}`,
  },
  cliSeatPricePerSeatMonthFormula: { en: (rule: string) => `cost per seat-month ${rule}`, zh: (rule: string) => `每座席月成本 ${rule}` },
  cliSeatPriceFormula: { en: (rule: string) => `total cost ${rule}`, zh: (rule: string) => `总成本 ${rule}` },
  cliSeatGrossProfitFormula: { en: "price − total cost", zh: "报价 − 总成本" },

  // ------------------------------------------------------------ --xlsx
  cliXlsxFormulasChoice: {
    en: (got: string) => `--xlsx-formulas must be "native" or "cc" (got "${got}")`,
    zh: (got: string) => `--xlsx-formulas 只能是 "native" 或 "cc"（当前为 "${got}"）`,
  },
  cliXlsxFormulasNeedXlsx: { en: "--xlsx-formulas needs --xlsx", zh: "--xlsx-formulas 需要与 --xlsx 一起使用" },
  /** --xlsx-formulas cc with a bid: the bid sheet is written with native formulas all the same. */
  cliXlsxBidNative: {
    en: "note: a bid sheet is written with native formulas whatever --xlsx-formulas says; its agents per interval are the core's values, marked as such on the sheet",
    zh: "注意：投标工作表一律使用原生公式（不受 --xlsx-formulas 影响）；其中各时段坐席数为测算核心算出的数值，并在表中注明",
  },
  cliXlsxNeedsScenario: {
    en: "--xlsx needs a scenario file (it does not apply to seat quotes or --help)",
    zh: "--xlsx 需要场景文件（不适用于座席报价或 --help）",
  },
  cliXlsxWrote: { en: (path: string, sheet: string) => `wrote ${path} (sheet "${sheet}")`, zh: (path: string, sheet: string) => `已写入 ${path}（工作表 "${sheet}"）` },
  cliXlsxCcNote: {
    en: "note: CC.* formulas compute only where the CC Pricing add-in is loaded, and Excel may show #NAME? until each cell is re-entered; the default native formulas work everywhere",
    zh: "注意：CC.* 公式仅在加载了 CC Pricing 加载项时计算，Excel 可能显示 #NAME?，直到逐个重新输入单元格；默认的原生公式在任何电子表格中都能计算",
  },
  cliXlsxCannotWrite: { en: (path: string, why: string) => `cannot write ${path}: ${why}`, zh: (path: string, why: string) => `无法写入 ${path}：${why}` },

  // ------------------------------------------------------------ --help
  cliHelp: {
    en: `Usage: npm run quote -- <scenario.json> [options]
       npm run quote -- seat [seat-quote.json] [seat options] [options]

Prints the cost breakdown of a call-centre scenario (scenario file version 1 or 2): normalised
answers, talk and paid minutes, utilisation, cost items, totals, tax, and the cost per answer
and per talk minute before and after tax; with a "pricing" section (version 2), then the rate
card and the margin of each billing model across volumes. A bid (a version 2 file with a
"forecast" in place of traffic, staffing and costs) first prints its staffing and cost month by
month. "seat" prices seats from a day rate.

Options:
  --lang zh|en     language of the table and messages (default: from LC_ALL, LC_MESSAGES or
                   LANG — Chinese when it starts with "zh", else English)
  --formulas       add a column with each line's formula in words
  --json           print {"breakdown": {"<key>": <number>, ...}, "pricing": ...} as JSON
                   (a bid adds "monthly": [...] beside "breakdown")
  --exact          exact decimals: every digit in the table, decimal strings in --json
  --xlsx FILE      also write the breakdown (a bid: the bid sheet) to FILE as an Excel workbook
                   (live formulas, with the scenario stored in it, so the task pane can reopen
                   it), and the quote sheet when priced; not for "seat"
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
  --margin R       price = cost ÷ (1 − R), R in [0, 1): 0.15 or 15%
  --markup R       price = cost × (1 + R), R ≥ 0: 0.2 or 20%
  --currency CODE  ISO 4217 currency code (default CNY)

Money is shown to 2 decimals, ratios as % to 2 decimals, counts to at most 2 decimals; all
figures are computed exactly and rounded half up only for display.

Exit status: 0 printed; 1 the file or its figures are wrong; 2 the command line is wrong.
Examples:
  npm run quote -- examples/worked-example.json --lang zh
  npm run quote -- examples/worked-example.json --json
  npm run quote -- examples/worked-example.json --xlsx breakdown.xlsx
  npm run quote -- examples/bid-forecast.json
  npm run quote -- seat --daily-rate 220 --work-days 22 --seats 2 --phone 600 --margin 0.15
`,
    zh: `用法：npm run quote -- <场景文件.json> [选项]
      npm run quote -- seat [座席报价文件.json] [座席选项] [选项]

输出呼叫中心场景（场景文件第 1 或第 2 版）的成本测算：折算应答量、通话与计薪工时、工时利用率、
各成本项、总成本、税额，以及税前、税后的单次应答成本和每分钟应答成本；含 "pricing"（第 2 版）时，
再输出各计费方式的报价单价及不同业务量下的毛利率。投标方案（第 2 版文件中以 "forecast" 代替 traffic、
staffing 和 costs）先逐月输出人力与成本。"seat" 按人天单价计算座席报价。

选项：
  --lang zh|en     表格与提示的语言（默认取 LC_ALL、LC_MESSAGES 或 LANG：以 "zh" 开头为中文，
                   否则为英文）
  --formulas       增加一列，用文字写出每行的计算方式
  --json           输出 {"breakdown": {"<键>": <数值>, ...}}（及 "pricing"），不输出表格
                   （投标方案在 "breakdown" 旁另有 "monthly": [...]）
  --exact          精确小数：表格显示全部位数，--json 输出十进制字符串
  --xlsx 文件      同时把测算（投标方案为投标工作表）写入该文件，生成 Excel 工作簿（含实时
                   公式，并保存场景，任务窗格可重新打开），含定价时另有报价单；不适用于 "seat"
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
  --margin R       报价 = 成本 ÷ (1 − R)，R 在 [0, 1) 之间：0.15 或 15%
  --markup R       报价 = 成本 × (1 + R)，R ≥ 0：0.2 或 20%
  --currency CODE  ISO 4217 币种代码（默认 CNY）

金额保留 2 位小数，比率以百分数保留 2 位小数，数量最多 2 位小数；全部精确计算，仅在显示时四舍五入。

退出码：0 成功；1 文件或其中数据有误；2 命令行有误。
示例：
  npm run quote -- examples/worked-example.json --lang zh
  npm run quote -- examples/worked-example.json --json
  npm run quote -- examples/worked-example.json --xlsx breakdown.xlsx
  npm run quote -- examples/bid-forecast.json
  npm run quote -- seat --daily-rate 220 --work-days 22 --seats 2 --phone 600 --margin 0.15
`,
  },
});

/**
 * The task-pane wizard's own words: chrome, steps, messages and the review's prose. Field labels
 * and hints are the catalogue's (catalogue/scenario.ts) and breakdown lines are BREAKDOWN_TEXT,
 * so neither is here. Keys start with "pane" so they stay unique in the merged book.
 */
import { part } from "./book";

export const TASKPANE = part({
  paneAppTitle: { en: "CC Pricing — cost breakdown wizard", zh: "CC Pricing — 成本测算向导" },
  paneNewScenario: { en: "New scenario", zh: "新方案" },
  paneLanguage: { en: "Language", zh: "语言" },
  // Each language is named in itself, whatever the pane's language.
  paneLanguageZh: { en: "中文", zh: "中文" },
  paneLanguageEn: { en: "English", zh: "English" },
  paneLanguageHint: {
    en: "Chosen from Office's (or the browser's) display language; switch any time.",
    zh: "按 Office（或浏览器）的显示语言自动选择，可随时切换。",
  },
  paneReview: { en: "Review", zh: "结果" },
  paneStepOf: { en: (n: number, total: number) => `Step ${n} of ${total}`, zh: (n: number, total: number) => `第 ${n} 步，共 ${total} 步` },
  paneStepsNav: { en: "Wizard steps", zh: "向导步骤" },
  paneStepErrors: { en: (n: number) => (n === 1 ? "1 problem" : `${n} problems`), zh: (n: number) => `${n} 个问题` },
  paneBack: { en: "Back", zh: "上一步" },
  paneNext: { en: "Next", zh: "下一步" },
  paneRequired: { en: "is required", zh: "必填" },
  /** What was typed, quoted (cut to its start when long). */
  paneNotNumber: { en: (typed: string) => `must be a number (got text "${typed}")`, zh: (typed: string) => `必须是数字（当前为文本“${typed}”）` },
  /** A rate in the percent it is typed in: "150 %" / "150%". */
  panePercent: { en: (n: string) => `${n} %`, zh: (n: string) => `${n}%` },
  paneLoading: { en: "Loading…", zh: "正在加载…" },
  paneLoadFailed: {
    en: (why: string) => `This step could not be loaded (${why}). Reload the pane to try again.`,
    zh: (why: string) => `无法加载此步骤（${why}）。请重新打开任务窗格再试。`,
  },

  // Scenario file
  paneLoadExample: { en: "Load example", zh: "载入示例" },
  paneOpenScenario: { en: "Open scenario…", zh: "打开方案…" },
  paneSaveScenario: { en: "Save scenario", zh: "保存方案" },
  paneFileActions: { en: "Scenario file", zh: "方案文件" },
  paneExampleLoaded: { en: "The worked example is loaded.", zh: "已载入测算示例。" },
  paneLoadBidExample: { en: "Load bid example", zh: "载入投标示例" },
  paneBidExampleLoaded: { en: "The bid example (a made-up hotline) is loaded.", zh: "已载入投标示例（虚构的热线）。" },

  // What is being costed (step 1); the bid's label is the catalogue's (投标测算)
  paneKind: { en: "What are you costing?", zh: "测算类型" },
  /** Shown in both languages, the pane's first (the bid's name is the catalogue's). */
  paneKindActuals: { en: "Actuals", zh: "实际数据" },
  paneKindHint: {
    en: "Actuals: a period's measured traffic, staff and costs. Bid: a volume forecast sized interval by interval into agents, headcount and monthly cost. Switching keeps what you typed on either side.",
    zh: "实际数据：按一段时期的实际话务、人员和成本测算。投标测算：按预测话务量逐时段测算座席、在岗人数和每月成本。切换时两边已填写的内容都会保留。",
  },
  paneBidVolumes: { en: "Volumes", zh: "话务预测" },
  paneBidService: { en: "Service and staffing", zh: "服务目标与排班" },
  paneOpened: { en: (file: string) => `Opened ${file}.`, zh: (file: string) => `已打开 ${file}。` },
  paneOpenFailed: { en: (file: string) => `${file} is not a valid scenario file:`, zh: (file: string) => `${file} 不是有效的方案文件：` },
  paneSaved: { en: (file: string) => `Saved ${file}.`, zh: (file: string) => `已保存 ${file}。` },
  paneCannotSave: { en: "Fix the problems listed on the review step before saving.", zh: "请先修正“结果”步骤列出的问题再保存。" },

  // Traffic lines and cost rows
  paneAddLine: { en: "Add line", zh: "添加线路" },
  paneRemove: { en: "Remove", zh: "删除" },
  paneRemoveLine: { en: (name: string) => `Remove line ${name}`, zh: (name: string) => `删除线路 ${name}` },
  paneLineN: { en: (n: number) => `Line ${n}`, zh: (n: number) => `话务${n}` },
  paneAddCost: { en: "Add item", zh: "添加项目" },
  paneRemoveCost: { en: (name: string) => `Remove item ${name}`, zh: (name: string) => `删除项目 ${name}` },

  // Pasting from Excel
  panePasteBox: { en: "Paste rows from Excel", zh: "从 Excel 粘贴" },
  panePasteHint: {
    en: "One line per row, columns separated by tabs: name, answered, average talk seconds, measured minutes (optional). A header row is skipped.",
    zh: "每行一条线路，列之间用制表符分隔：名称、应答量、通话均长（秒）、实测分钟（可选）。表头行会被跳过。",
  },
  panePasteApply: { en: "Add pasted rows", zh: "添加粘贴的行" },
  panePasteReplace: { en: "Replace lines with pasted rows", zh: "用粘贴的行替换现有线路" },
  panePasted: { en: (n: number) => (n === 1 ? "Added 1 line." : `Added ${n} lines.`), zh: (n: number) => `已添加 ${n} 条线路。` },
  panePasteProblems: { en: "Some rows could not be read:", zh: "以下行无法读取：" },
  /** After panePasted: the rows were added, but some of their figures need fixing. */
  panePasteCheck: { en: "Check these figures:", zh: "请检查以下数值：" },
  /** After panePasted, when rows were left out and figures need fixing too. */
  panePasteBoth: { en: "Some rows could not be read, and some figures need fixing:", zh: "部分行无法读取，部分数值需要修正：" },
  panePasteField: { en: (field: string, what: string) => `${field} ${what}`, zh: (field: string, what: string) => `${field}${what}` },
  panePasteRow: { en: (n: number, what: string) => `row ${n}: ${what}`, zh: (n: number, what: string) => `第 ${n} 行：${what}` },
  panePasteNothing: { en: "Nothing to add: the pasted text has no rows with numbers.", zh: "没有可添加的内容：粘贴的文本中没有含数字的行。" },
  panePasteTooFew: { en: "needs at least 3 columns: name, answered, average talk seconds", zh: "至少需要 3 列：名称、应答量、通话均长" },
  panePasteTooMany: { en: (n: number) => `has ${n} columns; expected 3 or 4`, zh: (n: number) => `有 ${n} 列，应为 3 或 4 列` },

  // Review
  paneBreakdown: { en: "Cost breakdown", zh: "成本测算" },
  paneItem: { en: "Item", zh: "项目" },
  paneValue: { en: "Value", zh: "数值" },
  paneFixFirst: { en: "Fix these before the breakdown can be computed:", zh: "请先修正以下问题，才能计算成本：" },
  paneComposition: { en: "Cost composition", zh: "成本构成" },
  paneCompositionDesc: {
    en: (total: string) => `Share of each cost item in the total cost before tax, ${total}.`,
    zh: (total: string) => `各成本项占税前总成本 ${total} 的比例。`,
  },
  paneUtilisation: { en: "Utilisation", zh: "工时利用率" },
  /** Both figures come with their unit words ("5,315,462 min"). */
  paneUtilisationText: {
    en: (talk: string, paid: string) => `Talk time ${talk} of ${paid} paid.`,
    zh: (talk: string, paid: string) => `通话 ${talk} / 计薪工时 ${paid}。`,
  },

  // Seat price vs per-minute price
  paneSeatVsMinute: { en: "Seat price vs per-minute price", zh: "按座席计价与按分钟计价" },
  paneSeatView: { en: "Per seat", zh: "按座席" },
  paneMinuteView: { en: "Per talk minute", zh: "按通话分钟" },
  paneDailyRate: { en: "Day rate per seat", zh: "每座席日单价" },
  paneWorkDays: { en: "Working days per month", zh: "每月工作天数" },
  panePhoneFee: { en: "Phone fee per seat-month", zh: "每座席每月话费" },
  paneSeatMonthPrice: { en: "Price per seat-month", zh: "每座席每月价格" },
  paneSeatTotal: {
    en: (agents: string, months: string) => `For ${agents} seats × ${months} months`,
    zh: (agents: string, months: string) => `${agents} 个座席 × ${months} 个月合计`,
  },
  panePerMinutePrice: { en: "Price per talk minute", zh: "每分钟单价" },
  panePerMinuteHint: {
    en: (cost: string) => `Blank: this scenario's cost per minute with tax, ${cost}.`,
    zh: (cost: string) => `留空则用本方案计税后每分钟成本 ${cost}。`,
  },
  /** The figure comes with its unit words. */
  paneMinuteTotal: { en: (minutes: string) => `For ${minutes} of talk time`, zh: (minutes: string) => `通话 ${minutes}合计` },
  paneBreakEven: { en: "Break-even", zh: "盈亏平衡点" },
  /** After the break-even figure: what it counts. */
  paneBreakEvenUnit: { en: "talk minutes per seat-month", zh: "分钟通话 / 每座席每月" },
  /** `minutes` comes with its unit words. */
  paneBreakEvenText: {
    en: (minutes: string, seat: string, price: string) => `A seat at ${seat} a month earns the same as ${minutes} of talk time a month at ${price} a minute.`,
    zh: (minutes: string, seat: string, price: string) => `每座席每月 ${seat} 的收入，相当于按每分钟 ${price} 计价时每座席每月通话 ${minutes}。`,
  },
  /** `minutes` comes with its unit words. */
  paneActualPerSeat: {
    en: (minutes: string) => `This scenario has ${minutes} of talk time per seat-month.`,
    zh: (minutes: string) => `本方案每座席每月通话 ${minutes}。`,
  },
  paneSeatWins: {
    en: "Here the seat price brings in more: per-minute billing would need more talk time per seat.",
    zh: "此时按座席计价收入更高：按分钟计价需要每座席更多的通话时长。",
  },
  paneMinuteWins: { en: "Here per-minute billing brings in more than the seat price.", zh: "此时按分钟计价收入高于按座席计价。" },
  paneEvenWins: { en: "Here both bring in the same.", zh: "此时两种计价收入相同。" },
  paneCostPerSeatMonth: { en: (cost: string) => `Your cost per seat-month (with tax): ${cost}.`, zh: (cost: string) => `每座席每月成本（计税后）：${cost}。` },
  paneSeatExplain: {
    en: "Seat pricing bills (day rate × working days + phone fee) per seat-month whatever the traffic; per-minute pricing bills talk time. The break-even is the talk time per seat-month at which both bills are equal.",
    zh: "按座席计价：无论话务量多少，每座席每月收取（日单价 × 工作天数 + 话费）；按分钟计价：按通话时长收费。盈亏平衡点是两种计价收入相等时每座席每月的通话分钟数。",
  },

  // Workbook
  paneWorkbook: { en: "Workbook", zh: "工作簿" },
  paneInsertBreakdown: { en: "Insert breakdown", zh: "插入成本测算" },
  /** A priced scenario: the quote sheet is written beside the breakdown. */
  paneInsertBreakdownQuote: { en: "Insert breakdown and quote", zh: "插入成本测算和报价单" },
  paneCcFormulas: {
    en: "Use CC.* functions in the formulas (the workbook then needs this add-in; by default only built-in functions, so it computes anywhere)",
    zh: "公式使用 CC.* 函数（工作簿需安装本加载项才能计算；默认只用内置函数，任何地方都能计算）",
  },
  paneDownloadXlsx: { en: "Download workbook (.xlsx)", zh: "下载工作簿（.xlsx）" },
  paneDownloadXlsxQuote: { en: "Download workbook with quote (.xlsx)", zh: "下载工作簿（含报价单，.xlsx）" },
  paneDetecting: { en: "Checking for Excel…", zh: "正在检测 Excel…" },
  paneModeExcel: { en: "Running in Excel.", zh: "正在 Excel 中运行。" },
  paneModeStandalone: { en: "Running in a browser: the workbook is downloaded.", zh: "正在浏览器中运行：工作簿将以文件下载。" },
  paneConfirmUpdateTitle: { en: "Update the breakdown sheet?", zh: "更新成本测算工作表？" },
  paneConfirmUpdate: {
    en: (sheet: string) => `The sheet "${sheet}" already holds a breakdown from this wizard. Update it? Cells outside the wizard's blocks are not touched.`,
    zh: (sheet: string) => `工作表“${sheet}”中已有本向导生成的测算。要更新吗？向导区域以外的单元格不会改动。`,
  },
  paneConfirm: { en: "Update", zh: "更新" },
  paneCancel: { en: "Cancel", zh: "取消" },
  paneInserted: { en: (sheet: string) => `Wrote the breakdown to sheet "${sheet}".`, zh: (sheet: string) => `已将成本测算写入工作表“${sheet}”。` },
  paneInsertedRenamed: {
    en: (taken: string, sheet: string) => `A sheet "${taken}" not made by this wizard already exists and was left alone; the breakdown is on sheet "${sheet}".`,
    zh: (taken: string, sheet: string) => `已有同名工作表“${taken}”（并非本向导生成），未作改动；成本测算写入了工作表“${sheet}”。`,
  },
  paneDownloaded: { en: (file: string) => `Downloaded ${file}.`, zh: (file: string) => `已下载 ${file}。` },
  paneDownloadedQuote: {
    en: (file: string) => `Downloaded ${file}: the breakdown sheet and the quote sheet.`,
    zh: (file: string) => `已下载 ${file}：含成本测算工作表和报价单工作表。`,
  },
  /** After the breakdown sentence (inserted or renamed): where the quote went. */
  paneInsertedQuote: { en: (sheet: string) => `The quote is on sheet "${sheet}".`, zh: (sheet: string) => `报价单写入了工作表“${sheet}”。` },
  paneWorkbookFailed: { en: "The workbook could not be written:", zh: "无法写入工作簿：" },
  paneNeedsExcelApi: {
    en: "This version of Excel lacks ExcelApi 1.5, which the breakdown sheet needs.",
    zh: "此版本的 Excel 不支持 ExcelApi 1.5，无法写入。",
  },
  paneRestored: { en: "Restored the scenario stored in this workbook.", zh: "已恢复此工作簿中保存的方案。" },
  paneRestoreFailed: {
    en: "The scenario stored in this workbook could not be read (nothing was changed):",
    zh: "无法读取此工作簿中保存的方案（未做任何更改）：",
  },
  paneBusy: { en: "Working…", zh: "处理中…" },
});

/**
 * The scenario catalogue, version 1: every field of a scenario file once — its JSON path (the
 * tree's keys), kind, limits, default, unit, the sheet's name for it, its labels and help in
 * Chinese and English. `SCENARIO.schema` is the file's validator; the wizard, the sheet's input
 * block, the CLI and the stored-scenario reader walk the same tree (see walk.ts).
 *
 * Adding a field: add its node here, use it in the core's math (breakdown.ts); the surfaces pick
 * it up, and the tests in test/catalogue/ fail until every surface shows it (docs/architecture.md).
 */
import { SENTENCES } from "../sentences";
import { group, list, literal, num, text } from "./nodes";

const label = (en: string, zh: string) => ({ en, zh });

const costLine = {
  name: text({ unit: "text", maxLength: 200, label: label("Item", "项目") }),
  amount: num({ unit: "money", label: label("Amount", "金额") }),
};

export const SCENARIO = group(
  { label: label("Scenario", "方案") },
  {
    version: literal(1),
    name: text({ unit: "text", minLength: 1, maxLength: 200, label: label("Scenario name", "方案名称") }),
    currency: text({
      unit: "currency",
      default: "CNY",
      pattern: { regex: /^[A-Z]{3}$/, message: SENTENCES.currencyCode },
      label: label("Currency (ISO code)", "币种（ISO 代码）"),
      help: label("Three capital letters, e.g. CNY, USD.", "三个大写字母，例如 CNY、USD。"),
    }),
    notes: text({
      unit: "text",
      maxLength: 5000,
      optional: true,
      multiline: true,
      label: label("Notes", "备注"),
      help: label("Where the figures come from, what was assumed (saved in the file).", "数据来源、测算假设（随文件保存）。"),
    }),
    traffic: group(
      { label: label("Traffic", "话务") },
      {
        standardTalkSeconds: num({
          unit: "seconds",
          above: 0,
          optional: true,
          sheetName: "standardTalkSeconds",
          label: label("Standard talk time (s)", "标准通话时长（秒）"),
          help: label("Answers are normalised to calls of this length. Blank: the first line's average.", "应答量按此时长折算。留空则用第一条线路的通话均长。"),
        }),
        streams: list(
          { label: label("Traffic lines", "话务线路"), minItems: 1, minMessage: SENTENCES.needsStream },
          {
            name: text({ unit: "text", maxLength: 200, label: label("Line name", "线路名称") }),
            answered: num({ unit: "count", label: label("Answered calls", "应答量（通）") }),
            avgTalkSeconds: num({ unit: "seconds", label: label("Average talk time (s)", "通话均长（秒）") }),
            talkMinutes: num({
              unit: "minutes",
              optional: true,
              label: label("Measured talk minutes (optional)", "实测通话总长（分，可选）"),
              help: label("When given, used instead of answered × average ÷ 60.", "填写后代替 应答量 × 通话均长 ÷ 60。"),
            }),
          },
        ),
      },
    ),
    staffing: group(
      { label: label("Staffing", "人员与工时") },
      {
        agents: num({ unit: "people", above: 0, sheetName: "agents", label: label("Agents on payroll (monthly average)", "月均在职话务员（人）") }),
        hoursPerDay: num({ unit: "hours", above: 0, max: 24, suggested: 8, sheetName: "hoursPerDay", label: label("Hours per day", "日均工作小时") }),
        paidDaysPerMonth: num({
          unit: "days",
          above: 0,
          max: 31,
          suggested: 21.75,
          sheetName: "paidDaysPerMonth",
          label: label("Paid days per month", "标准记薪天数（天/月）"),
          help: label("21.75 is China's statutory figure.", "国家规定的月计薪天数为 21.75。"),
        }),
        months: num({ unit: "months", above: 0, default: 12, suggested: 12, sheetName: "months", label: label("Months", "月数") }),
      },
    ),
    costs: group(
      { label: label("Costs", "成本") },
      {
        labor: list(
          {
            label: label("Labour cost lines (totals for the period)", "人工成本项（期间合计）"),
            help: label("Blank amounts are left out.", "金额留空的项不计入。"),
            emptyByDefault: true,
          },
          costLine,
        ),
        recruitment: group(
          { label: label("Recruitment", "招聘成本"), optional: true, help: label("Leave all blank if not part of this scenario.", "不适用时全部留空。") },
          {
            hires: num({ unit: "people", sheetName: "hires", label: label("Hires (recruitment)", "入职人数（招聘）") }),
            feePerHire: num({ unit: "money", sheetName: "feePerHire", label: label("Fee per hire", "单人招聘费用") }),
          },
        ),
        training: group(
          { label: label("Training", "培训成本"), optional: true, help: label("Leave all blank if not part of this scenario.", "不适用时全部留空。") },
          {
            hires: num({ unit: "people", sheetName: "trainingHires", label: label("Hires (training)", "入职人数（培训）") }),
            days: num({ unit: "days", sheetName: "trainingDays", label: label("Training days", "培训天数") }),
            dailyAllowance: num({ unit: "money", sheetName: "dailyAllowance", label: label("Daily training allowance", "每日培训补贴") }),
          },
        ),
        management: group(
          {
            label: label("Management staff", "管理人员成本"),
            optional: true,
            // Months is pre-filled with 12, so only managers and salary decide whether the group is used.
            presentWhen: ["managers", "monthlySalary"],
            help: label("Leave all blank if not part of this scenario.", "不适用时全部留空。"),
          },
          {
            managers: num({ unit: "people", sheetName: "managers", label: label("Managers", "管理人员数") }),
            monthlySalary: num({ unit: "money", sheetName: "monthlySalary", label: label("Manager monthly salary", "管理人员月薪") }),
            months: num({ unit: "months", default: 12, suggested: 12, sheetName: "managementMonths", label: label("Management months", "管理月数") }),
          },
        ),
        other: list({ label: label("Other cost lines", "其他成本项"), emptyByDefault: true }, costLine),
      },
    ),
    taxRate: num({
      unit: "ratio",
      max: 1,
      default: 0,
      sheetName: "taxRate",
      label: label("Tax rate", "税率"),
      help: label("As a percentage (6%) or a fraction (0.06); 6% is VAT after 营改增.", "可填百分比（6%）或小数（0.06）；营改增后税率为 6%。"),
    }),
  },
);

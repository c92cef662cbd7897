/**
 * The scenario catalogue, version 2: every field of a scenario file once — its JSON path (the
 * tree's keys), kind, limits, default, unit, the sheet's name for it, its labels and help in
 * Chinese and English. `SCENARIO.schema` is the file's validator; the wizard, the sheet's input
 * block, the CLI and the stored-scenario reader walk the same tree (see walk.ts).
 *
 * Version 2 added the optional `pricing` section (the deal's billing models and terms); a version 1
 * file is read as version 2 without it (scenario.ts).
 *
 * Adding a field: add its node here, use it in the core's math (breakdown.ts); the surfaces pick
 * it up, and the tests in test/catalogue/ fail until every surface shows it (docs/architecture.md).
 */
import { SENTENCES } from "../sentences";
import { choice } from "./choice";
import { figures } from "./figures";
import { group, list, literal, num, text } from "./nodes";
import { MAX_MARKUP, pricingRules, termsRules } from "./pricingRules";
import { ruled } from "./rules";

const label = (en: string, zh: string) => ({ en, zh });

const costLine = {
  name: text({ unit: "text", maxLength: 200, label: label("Item", "项目") }),
  amount: num({ unit: "money", label: label("Amount", "金额") }),
};

export const SCENARIO = group(
  { label: label("Scenario", "方案") },
  {
    version: literal(2),
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
    pricing: ruled(
      group(
        {
          label: label("Pricing", "报价"),
          optional: true,
          // The deal's terms are the quote sheet's inputs (src/workbook/quote), not the breakdown sheet's.
          storedOnly: true,
          help: label("Leave all blank to quote the cost only.", "只测算成本时全部留空。"),
        },
        {
          margin: num({
            unit: "ratio",
            max: MAX_MARKUP,
            default: 0,
            label: label("Margin (or markup)", "毛利率（或加成率）"),
            help: label("Profit as a share of the price (margin, below 100%) or of the cost (markup): 20% markup is 16.7% margin.", "利润占报价的比例（毛利率，小于 100%），或占成本的比例（加成率）：加成 20% 即毛利 16.7%。"),
          }),
          method: choice({
            choices: ["margin", "markup"],
            words: { margin: label("Margin", "毛利率"), markup: label("Markup", "加成率") },
            default: "margin",
            label: label("Margin or markup", "定价方式"),
            help: label('Margin is on the price, markup on the cost (in the file: "margin", "markup").', '毛利率按报价计，加成率按成本计（文件中记为 "margin"、"markup"）。'),
          }),
          billingDaysPerMonth: num({
            unit: "days",
            above: 0,
            max: 31,
            default: 22,
            label: label("Billed days per seat-month", "每座席月计费天数"),
            help: label("Working days billed per seat and month (the seeds: 22).", "每个座席每月计费的工作日（种子资料为 22 天）。"),
          }),
          seats: num({
            unit: "people",
            above: 0,
            optional: true,
            label: label("Billed seats", "计费座席数"),
            help: label("Blank: the agents on payroll.", "留空则按月均在职话务员人数。"),
          }),
          minSeats: num({
            unit: "people",
            default: 1,
            label: label("Minimum seats", "最低座席数"),
            help: label("The minimum engagement (the seeds: two seats for one month).", "最低合作规模（种子资料：两个座席、一个月）。"),
          }),
          minMonths: num({
            unit: "months",
            default: 1,
            label: label("Minimum months", "最短合作月数"),
            help: label("With the minimum seats: the minimum fee is the seat-month rate × seats × months.", "与最低座席数一起：最低收费 = 座席月单价 × 座席数 × 月数。"),
          }),
          outcomes: num({
            unit: "count",
            above: 0,
            optional: true,
            label: label("Forecast outcomes (for the period)", "预计效果量（期间合计）"),
            help: label("Billable connects, leads or sales over the scenario's months.", "期间内可计费的接通、意向客户或成单数量。"),
          }),
          outcomeName: text({ unit: "text", maxLength: 50, optional: true, label: label("Outcome name", "效果名称"), help: label("e.g. lead, sale.", "例如：意向客户、成单。") }),
          package: group(
            { label: label("Monthly package", "月包"), optional: true, help: label("A monthly fee with calls included, plus a rate per call over them.", "月包基本收费（含一定通数）+ 超出部分每通收费。") },
            {
              includedPerMonth: num({
                unit: "count",
                label: label("Calls included per month", "每月包含通数"),
                help: label("Each call over them is billed at the per-answered-call rate.", "超出部分按每通应答单价计费。"),
              }),
            },
          ),
          baseShare: num({
            unit: "ratio",
            max: 1,
            optional: true,
            label: label("Base share of the price", "底薪部分占比"),
            help: label("Billed as a fixed monthly base; the rest is commission per outcome.", "按固定月费收取的比例，其余按效果提成。"),
          }),
          terms: ruled(
            group(
              { label: label("Terms", "合作条款"), optional: true, help: label("Blank: no commitment, no deductions or holdback, nothing prepaid.", "留空：无保底、无扣罚与预留、无预付。") },
              {
                minCommitShare: num({
                  unit: "ratio",
                  max: 1,
                  default: 0,
                  label: label("Minimum commitment (share of forecast)", "保底量（占预测量比例）"),
                  help: label("Volume-billed models bill at least this share of the forecast.", "按量计费的模式至少按预测量的此比例结算。"),
                }),
                penaltyCapRate: num({
                  unit: "ratio",
                  max: 1,
                  default: 0,
                  label: label("Deductions cap (share of the fee)", "扣罚上限（占服务费比例）"),
                  help: label("The seeds cap deductions at 5% of the fee.", "种子资料：扣罚不超过服务费的 5%。"),
                }),
                holdbackRate: num({
                  unit: "ratio",
                  max: 1,
                  default: 0,
                  label: label("Held back until KPIs are met", "考核预留比例"),
                  help: label("Share of the fee paid only once the KPIs are met (the seeds: 10–20%).", "达到考核指标后才支付的费用比例（种子资料：10%–20%）。"),
                }),
                prepayMonths: num({
                  unit: "months",
                  default: 0,
                  label: label("Prepaid months", "预付月数"),
                  help: label("Months of the price with tax paid in advance (the seeds: one).", "预先支付的含税报价月数（种子资料：一个月）。"),
                }),
                validityDays: num({
                  unit: "days",
                  above: 0,
                  max: 3650,
                  default: 30,
                  label: label("Quote valid for (days)", "报价有效期（天）"),
                  help: label("How long the quoted rates hold.", "报价单价的有效天数。"),
                }),
              },
            ),
            ...termsRules,
          ),
          volumeRatios: figures({
            unit: "ratio",
            above: 0,
            max: 100,
            minItems: 1,
            maxItems: 50,
            default: [0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3],
            label: label("Volume ratios to test", "测试的业务量比例"),
            help: label("Actual ÷ forecast volume, e.g. 70%, 100%, 130%.", "实际量 ÷ 预测量，例如 70%、100%、130%。"),
          }),
        },
      ),
      ...pricingRules,
    ),
  },
);

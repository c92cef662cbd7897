/**
 * The bid catalogue: the scenario's `forecast` section (a volume forecast, an intraday profile,
 * a service target and the wage assumptions a bid is costed from) and the bid scenario that holds
 * it — the same file as an actuals scenario (scenario.ts) with `forecast` in place of `traffic`,
 * `staffing` and `costs`. Field names and defaults are issue 11's contract; the maths is
 * src/core/forecast. A file holds one kind or the other (src/core/scenario.ts reads both).
 *
 * It is its own root rather than a fourth group of SCENARIO: the wizard and the breakdown sheet
 * walk SCENARIO and show every field of it, and they have no forecast path yet.
 */
import { forecastRules, MAX_FORECAST_MONTHS, serviceLevelRules } from "./forecastRules";
import { figures } from "./figures";
import { group, list, num, text } from "./nodes";
import { ruled } from "./rules";
import { SCENARIO } from "./scenario";

const label = (en: string, zh: string) => ({ en, zh });

export { MAX_FORECAST_MONTHS };

/** A day in seconds: no handle time, answer time or patience is longer. */
const DAY_SECONDS = 86_400;

export const FORECAST_SECTION = ruled(
  group(
    { label: label("Bid from a forecast", "投标测算") },
    {
      months: num({ unit: "months", above: 0, max: MAX_FORECAST_MONTHS, label: label("Contract months", "合同月数") }),
      callsPerMonth: figures({
        unit: "count",
        minItems: 1,
        maxItems: MAX_FORECAST_MONTHS,
        label: label("Forecast calls per month", "各月预测话务量（通）"),
        help: label("One figure per contract month, in order (paste a column from Excel).", "每个合同月一个数，按月份顺序（可从 Excel 粘贴一列）。"),
      }),
      ahtSeconds: num({ unit: "seconds", above: 0, max: DAY_SECONDS, label: label("Average handle time (s)", "平均处理时长（秒）"), help: label("Talk, hold and wrap-up per call.", "每通电话的通话、保持和话后处理时间。") }),
      operatingDaysPerMonth: num({
        unit: "days",
        above: 0,
        max: 31,
        label: label("Operating days per month", "每月运营天数"),
        help: label("Days the line is open; each has the intraday profile below.", "热线开放的天数；每天按下方的日内分布。"),
      }),
      intervalMinutes: num({ unit: "minutes", min: 15, max: 60, label: label("Interval length (min)", "时段长度（分钟）"), help: label("15, 30 or 60.", "15、30 或 60。") }),
      intradayShares: figures({
        unit: "ratio",
        max: 1,
        minItems: 1,
        maxItems: 96,
        label: label("Share of the day's calls per interval", "日内各时段话务占比"),
        help: label("One share per interval from midnight (24 × 60 ÷ interval length of them), adding up to 100%.", "从零点起每个时段一项（共 24 × 60 ÷ 时段长度 项），合计 100%。"),
      }),
      serviceLevel: ruled(
        group(
          { label: label("Service level", "服务水平") },
          {
            target: num({ unit: "ratio", max: 1, label: label("Target share answered in time", "目标接通率"), help: label("e.g. 80% answered within 20 s.", "例如 80% 的来电在 20 秒内接通。") }),
            seconds: num({ unit: "seconds", max: DAY_SECONDS, label: label("Answered within (s)", "目标应答时间（秒）") }),
          },
        ),
        ...serviceLevelRules,
      ),
      maxOccupancy: num({
        unit: "ratio",
        above: 0,
        max: 1,
        default: 1,
        label: label("Maximum occupancy", "最高占用率"),
        help: label("The busiest share of logged-in time agents may spend on calls.", "话务员在线时间中用于处理来电的最高比例。"),
      }),
      patienceSeconds: num({
        unit: "seconds",
        above: 0,
        max: DAY_SECONDS,
        optional: true,
        label: label("Average patience (s)", "平均耐心时长（秒）"),
        help: label("Given: callers hang up after this on average (Erlang A). Blank: nobody hangs up (Erlang C).", "填写：来电者平均等待这么久后挂断（Erlang A）。留空：无人挂断（Erlang C）。"),
      }),
      shrinkage: figures({
        unit: "ratio",
        below: 1,
        maxItems: 20,
        default: [],
        label: label("Shrinkage components", "缺勤与损耗（各项）"),
        help: label("Breaks, training, absence …: each a share of paid time; they compound as 1 − Π(1 − s).", "休息、培训、缺勤等，各占计薪时间的比例；合计为 1 − Π(1 − s)。"),
      }),
      paidHoursPerFteMonth: num({ unit: "hours", above: 0, max: 744, label: label("Paid hours per FTE-month", "每人月计薪工时"), help: label("e.g. 21.75 days × 8 hours = 174.", "例如 21.75 天 × 8 小时 = 174。") }),
      wage: group(
        { label: label("Agent wage", "话务员薪酬") },
        {
          monthly: num({ unit: "money", label: label("Monthly wage", "月薪") }),
          onCostRate: num({ unit: "ratio", max: 10, label: label("On-cost rate", "附加成本率"), help: label("Social insurance, housing fund, benefits … on top of the wage.", "社保、公积金、福利等占工资的比例。") }),
          annualEscalation: num({ unit: "ratio", max: 1, default: 0, label: label("Annual pay rise", "年度调薪率"), help: label("Applied from month 13, again from month 25 …", "自第 13 个月起、第 25 个月起……逐年生效。") }),
        },
      ),
      attritionPerMonth: num({ unit: "ratio", max: 1, default: 0, label: label("Attrition per month", "月流失率"), help: label("Share of last month's headcount that leaves and is replaced.", "上月在岗人数中离职并需补招的比例。") }),
      recruitment: group({ label: label("Recruitment", "招聘") }, { feePerHire: num({ unit: "money", label: label("Fee per hire", "单人招聘费用") }) }),
      training: group(
        { label: label("Training", "培训") },
        {
          days: num({ unit: "days", label: label("Training days per hire", "每人培训天数") }),
          dailyAllowance: num({ unit: "money", label: label("Daily training allowance", "每日培训补贴") }),
        },
      ),
      management: group(
        { label: label("Management", "管理") },
        {
          agentsPerManager: num({ unit: "people", above: 0, label: label("Agents per manager", "管理幅度（人/管理人员）") }),
          monthlySalary: num({ unit: "money", label: label("Manager monthly salary", "管理人员月薪") }),
        },
      ),
      perSeatMonth: list(
        { label: label("Costs per seat and month", "每座席月费用"), help: label("Telephony, systems …: billed on the peak agents logged in.", "话费、系统等，按峰值在线座席计。"), emptyByDefault: true, maxItems: 50 },
        {
          name: text({ unit: "text", maxLength: 200, label: label("Item", "项目") }),
          amount: num({ unit: "money", label: label("Amount per seat-month", "每座席月金额") }),
        },
      ),
      setupCost: num({ unit: "money", default: 0, label: label("Setup cost", "启动成本"), help: label("One-off, spread evenly over the months.", "一次性成本，按月平均分摊。") }),
    },
  ),
  ...forecastRules,
);

const C = SCENARIO.children;

/** A bid: the scenario's own fields, with the forecast in place of the actuals. */
export const BID_SCENARIO = group(
  { label: label("Bid from a forecast", "投标测算") },
  { version: C.version, name: C.name, currency: C.currency, notes: C.notes, forecast: FORECAST_SECTION, taxRate: C.taxRate, pricing: C.pricing },
);

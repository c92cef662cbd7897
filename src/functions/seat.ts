/**
 * CC functions, seats and prices (座席与报价): seat cost, overtime, price from cost, break-even.
 * Adapters over src/core/seat.ts — see args.ts for the conventions.
 */
import { breakEvenUnits, overtimePay, priceFromCost, seatCost } from "../core/seat";
import { cc } from "./args";
import { PRICE_METHOD } from "./choices";

/**
 * Seat cost (座席费用): (dailyRate × workDays + phoneFeePerSeatMonth) × months × seats.
 * Examples: =CC.SEATCOST(220) → 4 840; =CC.SEATCOST(220, 22, 1, 1, 600) → 5 440.
 * @customfunction SEATCOST
 * @helpurl https://localhost:3000/functions.html#cc-seatcost
 * @param dailyRate Price per agent per working day (人天单价, money, ≥ 0). Example: 220.
 * @param [workDays] Working days per month (days, default 22). Example: 22.
 * @param [months] Number of months (default 1). Example: 1.
 * @param [seats] Number of seats / agents (座席数, default 1). Example: 2.
 * @param [phoneFeePerSeatMonth] Phone charges per seat per month (话费, money, default 0). Example: 600.
 * @returns Seat cost over the period (money).
 * @example =CC.SEATCOST(220) → 4840
 * @example =CC.SEATCOST(220, 22, 1, 1, 600) → 5440
 * @example =CC.SEATCOST("220 per day") → #VALUE!
 */
export function ccSeatCost(dailyRate: unknown, workDays?: unknown, months?: unknown, seats?: unknown, phoneFeePerSeatMonth?: unknown): number {
  return cc("SEATCOST", (a) =>
    seatCost(
      a.num("dailyRate", dailyRate),
      a.optNum("workDays", workDays, 22),
      a.optNum("months", months, 1),
      a.optNum("seats", seats, 1),
      a.optNum("phoneFeePerSeatMonth", phoneFeePerSeatMonth, 0),
    ),
  );
}

/**
 * Overtime pay (加班费): dailyRate ÷ hoursPerDay × overtimeHours × multiplier.
 * Example: =CC.OVERTIME(220, 8, 10) → 412.5.
 * @customfunction OVERTIME
 * @helpurl https://localhost:3000/functions.html#cc-overtime
 * @param dailyRate Price per agent per day (money, ≥ 0). Example: 220.
 * @param hoursPerDay Hours in that day (hours, > 0). Example: 8.
 * @param overtimeHours Overtime hours worked (hours, ≥ 0). Example: 10.
 * @param [multiplier] Overtime rate as a multiple of the base hourly price (default 1.5). Example: 2.
 * @returns Overtime charge (money).
 * @example =CC.OVERTIME(220, 8, 10) → 412.5
 */
export function ccOvertime(dailyRate: unknown, hoursPerDay: unknown, overtimeHours: unknown, multiplier?: unknown): number {
  return cc("OVERTIME", (a) =>
    overtimePay(
      a.num("dailyRate", dailyRate),
      a.num("hoursPerDay", hoursPerDay),
      a.num("overtimeHours", overtimeHours),
      a.optNum("multiplier", multiplier, 1.5),
    ),
  );
}

/**
 * Price from cost (报价): method "margin" (毛利): cost ÷ (1 − rate), rate below 1; method
 * "markup" (加成): cost × (1 + rate).
 * Examples: =CC.PRICE(80, 20%) → 100; =CC.PRICE(80, 25%, "markup") → 100.
 * @customfunction PRICE
 * @helpurl https://localhost:3000/functions.html#cc-price
 * @param cost Cost to price from (money, ≥ 0). Example: 80.
 * @param rate Margin on price (0 ≤ rate < 1) or markup on cost (≥ 0), as a ratio. Example: 20%.
 * @param [method] "margin" / "毛利" (default) or "markup" / "加成".
 * @returns Price (money).
 * @example =CC.PRICE(80, 20%) → 100
 * @example =CC.PRICE(80, 25%, "markup") → 100
 * @example =CC.PRICE(80, 25%, "加成") → 100
 * @example =CC.PRICE(80, 100%) → #NUM!
 */
export function ccPrice(cost: unknown, rate: unknown, method?: unknown): number {
  return cc("PRICE", (a) => {
    const c = a.num("cost", cost);
    const r = a.num("rate", rate);
    return priceFromCost(c, r, a.choice("method", method, PRICE_METHOD, "margin"));
  });
}

/**
 * Break-even units (盈亏平衡量): fixedPrice ÷ unitPrice — the volume at which a fixed price and a
 * per-unit price cost the same.
 * Example: =CC.BREAKEVEN(5440, 0.85) → 6 400.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/functions.html#cc-breakeven
 * @param fixedPrice The fixed price, e.g. a seat-month (money, ≥ 0). Example: 5440.
 * @param unitPrice The price per unit, e.g. per answered call (money, > 0). Example: 0.85.
 * @returns Units (calls, minutes, …) at which both prices are equal.
 * @example =CC.BREAKEVEN(5440, 0.85) → 6400
 * @example =CC.BREAKEVEN(5440, 0) → #DIV/0!
 */
export function ccBreakEven(fixedPrice: unknown, unitPrice: unknown): number {
  return cc("BREAKEVEN", (a) => breakEvenUnits(a.num("fixedPrice", fixedPrice), a.num("unitPrice", unitPrice)));
}

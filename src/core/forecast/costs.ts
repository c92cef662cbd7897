/**
 * A month's cost lines of a bid, exact: labour and management rise with the annual pay rise,
 * recruitment and training follow the hires, seat costs the peak agents, and the setup cost is
 * spread evenly over the contract.
 */
import { ONE, type Dec } from "../decimal";

/** eₖ = (1 + annual escalation)^⌊(k − 1) ÷ 12⌋: months 1–12 at 1, 13–24 one rise, … */
export function escalationOfMonth(annualEscalation: Dec, month: number): Dec {
  return ONE.plus(annualEscalation).pow(Math.floor((month - 1) / 12));
}

/** labourₖ = headcountₖ × monthly wage × (1 + on-cost rate) × eₖ. */
export function labourOfMonth(headcount: Dec, monthlyWage: Dec, onCostRate: Dec, escalation: Dec): Dec {
  return headcount.times(monthlyWage).times(ONE.plus(onCostRate)).times(escalation);
}

/** recruitmentₖ = hiresₖ × fee per hire. */
export function recruitmentOfMonth(hires: Dec, feePerHire: Dec): Dec {
  return hires.times(feePerHire);
}

/** trainingₖ = hiresₖ × training days × daily allowance. */
export function trainingOfMonth(hires: Dec, days: Dec, dailyAllowance: Dec): Dec {
  return hires.times(days).times(dailyAllowance);
}

/** managementₖ = managersₖ × monthly salary × eₖ. */
export function managementOfMonth(managers: Dec, monthlySalary: Dec, escalation: Dec): Dec {
  return managers.times(monthlySalary).times(escalation);
}

/** seatCostsₖ = peak agentsₖ × Σ per-seat-month amounts. */
export function seatCostsOfMonth(peakAgents: Dec, perSeatMonth: Dec): Dec {
  return peakAgents.times(perSeatMonth);
}

/** setupₖ = setup cost ÷ months. */
export function setupOfMonth(setupCost: Dec, months: Dec): Dec {
  return setupCost.div(months);
}

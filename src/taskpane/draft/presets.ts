/**
 * The seed's labour items (002: 人工成本测算), in the order of its cost table: a data table, the
 * one place their names live. A preset row's name is fixed; the Chinese term is what is saved.
 */
export type LaborPresetKey = "wages" | "socialInsurance" | "housingFund" | "welfare" | "unionFees" | "disabilityFund" | "leaveCost" | "overtime";

export interface LaborPreset {
  readonly key: LaborPresetKey;
  readonly zh: string;
  readonly en: string;
}

export const LABOR_PRESETS: readonly LaborPreset[] = [
  { key: "wages", zh: "工资", en: "Wages" },
  { key: "socialInsurance", zh: "社保", en: "Social insurance" },
  { key: "housingFund", zh: "公积金", en: "Housing fund" },
  { key: "welfare", zh: "福利费用", en: "Welfare" },
  { key: "unionFees", zh: "工会经费", en: "Union fees" },
  { key: "disabilityFund", zh: "残疾人基金", en: "Disability fund" },
  { key: "leaveCost", zh: "休假成本", en: "Leave cost" },
  { key: "overtime", zh: "加班费", en: "Overtime pay" },
];

/** The list whose rows start as the presets. */
export const PRESET_LIST = "costs.labor";

export function presetOf(key: LaborPresetKey | undefined): LaborPreset | undefined {
  return key === undefined ? undefined : LABOR_PRESETS.find((p) => p.key === key);
}

/** The preset a saved line's name stands for, in either language. */
export function presetNamed(name: string): LaborPresetKey | undefined {
  const n = name.trim();
  return LABOR_PRESETS.find((p) => p.zh === n || p.en.toLowerCase() === n.toLowerCase())?.key;
}

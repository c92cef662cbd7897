/** The wizard's model: the draft (model.ts), typed numbers, its reading and analysis, paths and steps. */
export { analyse, toDraftPath, type Analysis } from "./analyse";
export { DRAFT_ROOT, draftFromScenario, emptyCost, emptyDraft, emptySeatCost, emptyStream, newId, prefill, rootOf, type CostRow, type Draft, type DraftKind, type Issue, type SeatCostRow, type StreamRow } from "./model";
export { figureItems, figuresTotal, groupedText, parseNumber, parseRate, percentText } from "./numbers";
export { fieldPaths, forecastKeysOn, PRICE, REVIEW, STEP_COUNT, stepName, stepOfPath, textAt, tokens, withText } from "./paths";
export { LABOR_PRESETS, presetOf, type LaborPresetKey } from "./presets";
export { isRequired, readDraft } from "./read";

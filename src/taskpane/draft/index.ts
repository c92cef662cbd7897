/** The wizard's model: the draft (model.ts), typed numbers, its reading and analysis, paths and steps. */
export { analyse, toDraftPath, type Analysis } from "./analyse";
export { draftFromScenario, emptyCost, emptyDraft, emptyStream, newId, prefill, type CostRow, type Draft, type Issue, type StreamRow } from "./model";
export { figureItems, groupedText, parseNumber, parseRate, percentText } from "./numbers";
export { fieldPaths, PRICE, REVIEW, STEP_COUNT, stepName, stepOfPath, textAt, tokens, withText } from "./paths";
export { LABOR_PRESETS, presetOf, type LaborPresetKey } from "./presets";
export { isRequired, readDraft } from "./read";

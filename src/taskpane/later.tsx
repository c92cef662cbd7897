/**
 * Everything the first step does not need, in one chunk of its own (see lazy.ts): the later
 * steps, the review with its chart and seat comparison, and the workbook block with its dialog.
 */
export { BidStep } from "./bid/BidStep";
export { Review } from "./Review";
export { StepCosts } from "./steps/StepCosts";
export { StepPricing } from "./steps/StepPricing";
export { StepStaffing } from "./steps/StepStaffing";
export { StepTraffic } from "./steps/StepTraffic";
export { ConfirmDialog, WorkbookActions } from "./WorkbookActions";

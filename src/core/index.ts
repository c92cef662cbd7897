/** The pricing core's public surface, for adapters and for Node users. */
export * from "./decimal";
export * from "./result";
export * from "./validators";
export * from "./scenario";
export * from "./schemaIssues";
export * from "./breakdown.types";
export * from "./traffic";
export * from "./costplus";
export * from "./breakdown";
export * from "./seat";
export * from "./outcome";
export * from "./kpi";
export * from "./staffing";

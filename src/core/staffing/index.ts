/** Staffing (Erlang B, C, A, solver, shrinkage): IEEE-double queueing math, see erlangB.ts for why. */
export { MAX_AGENTS, MAX_TRAFFIC_ERLANGS } from "../validators";
export * from "./traffic";
export * from "./gamma";
export * from "./erlangB";
export * from "./erlangC";
export * from "./serviceLevel";
export * from "./solver";
export * from "./shrinkage";
export * from "./erlangA";
export * from "./intervals";

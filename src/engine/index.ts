/**
 * The engine's one entry point: `check(grid, options)` gives the findings, `narrate(result, supplement,
 * prior)` the 情况说明. Callers never hand internals back and forth.
 */
export { check, type CheckOptions } from './check';
export { narrate, type NarrateResult } from './narrate';
export type { AttachmentSummary, CheckResult, TableSummary } from './result';

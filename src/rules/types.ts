/** Rules are data: which figures must relate how, written as a short formula a finance officer can read. */
import type { Severity } from '../core/findings';
import type { TableKey } from '../core/template';

export interface Check {
  /**
   * A relation between figures, e.g. `T01[本年收入合计] = T02[合计/本年收入合计]`.
   * Operand: `T02[row/column]`; `[row]` uses the rule's table and its default column;
   * `Σ[类/column]` sums the 功能类 rows; `*` in the row or column place repeats the check for every row
   * (or column); `{类}` repeats it for every 功能类 code present. Relations: =, ≤, ≥.
   */
  formula: string;
  severity?: Severity;
  /** Checked only when this holds exactly (no tolerance), e.g. `T09[决算数/公务用车运行维护费] > 0`. */
  when?: string;
  /** What this check says, when the rule says more than it (a rule of several kinds of checks). */
  title?: string;
}

/**
 * Checks derived from what the table holds instead of listed by hand; each kind has its evaluator in
 * rules/evaluate/derived.ts (the registry of kinds).
 */
export type Derived =
  /** 合计 = Σ类, per column. */
  | { kind: 'class-total' }
  /** 类 = Σ款 (or Σ项 when no 款 is listed), 款 = Σ项, per column, from the 功能分类 codes present. */
  | { kind: 'code-hierarchy' }
  /** 经济分类: each 3-digit 类 = Σ its 5-digit 款. */
  | { kind: 'economic-hierarchy' }
  /** Cells printed "——" (not applicable), and the 款 of these 类, hold no amount. */
  | { kind: 'not-applicable'; codes: string[] }
  /** Count figures (车辆数, 台套) are non-negative integers. */
  | { kind: 'integer-counts' };

export type DerivedKind = Derived['kind'];

export interface RuleDef {
  id: string;
  severity: Severity;
  /** What must hold, in the officer's words. */
  title: string;
  /** Default table for operands written without one. */
  table?: TableKey;
  /** Relations written out, one readable formula each. */
  checks?: (string | Check)[];
  /** Relations and cell rules derived from the codes and kinds of the table's figures. */
  derived?: Derived[];
}

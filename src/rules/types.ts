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
}

export interface RuleDef {
  id: string;
  severity: Severity;
  /** What must hold, in the officer's words. */
  title: string;
  /** Default table for operands written without one. */
  table?: TableKey;
  checks?: (string | Check)[];
  /** Generated from the codes present: 合计 = Σ类 ('total') or 类 = Σ款, 款 = Σ项 ('children'). */
  hierarchy?: 'total' | 'children';
  /** 经济分类: 类 (3 digits) = Σ its 5-digit items. */
  economicHierarchy?: boolean;
  /** Cells printed "——" (not applicable) must hold no amount: codes with these prefixes. */
  mustBeEmpty?: string[];
  /** Count figures must be non-negative integers. */
  integers?: boolean;
}

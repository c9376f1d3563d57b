/** What a rule evaluation works on: the tables by key, the report unit, and checks resolved to figures. */
import type { Decimal } from '../../core/money';
import type { Severity } from '../../core/findings';
import type { TableLookup } from '../../core/lookup';
import type { Figure, RecognizedTable } from '../../core/table';
import type { TableKey } from '../../core/template';
import { scaledFromText, SCALE, type Scaled } from '../../core/tolerance';
import type { RuleDef } from '../types';

/** The tables the rules read, through the one lookup (its unit is the report unit). */
export type Context = TableLookup;

/** One operand of a relation, found in the tables (or a literal). */
export interface Resolved {
  figure?: Figure;
  table?: RecognizedTable;
  literal?: Decimal;
  sign: 1 | -1;
  /** Operand named in the formula but not present in the table (another year's row, a missing column). */
  absent?: boolean;
  /** Where an absent operand was looked for, and whether its row was there (only the column missing). */
  missingAt?: { rowKey: string; colKey: string; rowFound: boolean };
}

/** A relation between figures found broken by the fast pass, ready to become a finding. */
export interface ResolvedCheck {
  rule: RuleDef;
  severity: Severity;
  /** Where the check applies, e.g. "2010350 事业运行" or "一般公共预算财政拨款". */
  scope?: string;
  /** Row / column every operand shares, left out of each operand's description. */
  scopeRow?: string;
  scopeCol?: string;
  title: string;
  left: Resolved[];
  right: Resolved[];
  relation: '=' | '≤' | '≥';
  /** Operands named by the rule but not found in their table: the relation cannot be judged (R04). */
  missing?: Resolved[];
}

/** A table named by a formula is not in the workbook: G01 reports it, the check is skipped. */
export class MissingTable extends Error {
  constructor(readonly key: TableKey) {
    super(key);
  }
}

const NO_FIGURE: Scaled = { value: 0n, radius: 0n };

function scaledOf(ctx: Context, operand: Resolved): Scaled {
  if (operand.literal) return { value: scaledFromText(operand.literal.toFixed(), SCALE), radius: 0n };
  return operand.figure ? ctx.scaled(operand.figure, operand.table) : NO_FIGURE;
}

/** Σ of signed operands and Σ of their rounding half-widths, exactly. */
export function total(ctx: Context, operands: Resolved[]): Scaled {
  let value = 0n;
  let radius = 0n;
  for (const operand of operands) {
    const s = scaledOf(ctx, operand);
    value += operand.sign < 0 ? -s.value : s.value;
    radius += s.radius;
  }
  return { value, radius };
}

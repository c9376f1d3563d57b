/** What a rule evaluation works on: the tables by key, the report unit, and checks resolved to figures. */
import type { Decimal } from '../../core/money';
import type { Severity } from '../../core/findings';
import type { Figure, RecognizedTable, TableRow, Unit } from '../../core/table';
import type { TableKey } from '../../core/template';
import { figureScaled, scaledFromText, SCALE, unitShift, type Scaled } from '../../core/tolerance';
import type { RuleDef } from '../types';

export interface Context {
  tables: Map<TableKey, RecognizedTable>;
  unit: Unit;
}

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

/** How a row is named in messages: "2010350 事业运行", "一般公共服务支出", "本年收入合计". */
export function rowLabel(table: RecognizedTable, row: TableRow): string {
  if (row.code && row.kind !== 'class') return `${row.code} ${row.label}`.trim();
  if (row.code && table.template.kind !== 'items') return `${row.code} ${row.label}`.trim();
  return row.code ? row.label.replace(/^[一二三四五六七八九十]+、/, '') : row.key;
}

const NO_FIGURE: Scaled = { value: 0n, radius: 0n };

/** A figure's scaled value in the report unit, computed once per check run. */
export function scaledFigure(ctx: Context, fig: Figure, table: RecognizedTable | undefined): Scaled {
  const shift = unitShift(table?.unit ?? null, ctx.unit);
  const memo = fig.scaled;
  if (memo && memo.shift === shift) return memo;
  const s = figureScaled(fig, shift);
  fig.scaled = { shift, value: s.value, radius: s.radius };
  return fig.scaled;
}

function scaledOf(ctx: Context, operand: Resolved): Scaled {
  if (operand.literal) return { value: scaledFromText(operand.literal.toFixed(), SCALE), radius: 0n };
  return operand.figure ? scaledFigure(ctx, operand.figure, operand.table) : NO_FIGURE;
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

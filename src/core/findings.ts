/** What every checker reports and every host shows: findings, their severities and the cells they name. */

/** error: must be fixed; warning: must be explained (出错说明). Within the rounding band either becomes info. */
export type Severity = 'error' | 'warning';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  /** A difference inside the rounding band (尾数差异). */
  tail?: boolean;
  /** Table id (公开01表 or the national title), when the finding belongs to one table. */
  table?: string;
  sheet?: string;
  /** The cell to fix first. */
  cell?: string;
  cells: CellRef[];
  expected?: string;
  actual?: string;
  difference?: string;
  tolerance?: string;
  message: string;
  /**
   * One change that mends this finding and every other one its cell takes part in, breaking none that
   * held (checked by checking again); two when two cells explain the findings equally.
   */
  fixes?: CellFix[];
}

/** "将 公开03表 D10 改为 199.12，可使 3 条关系全部成立". */
export interface CellFix {
  table: string;
  sheet: string;
  cell: string;
  /** The value to type, in the cell's own unit. */
  value: string;
  /** How many broken relations the change mends. */
  relations: number;
}

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
}

/** What a check returns: plain data only (the JSON shape's source). The recognised tables stay inside the engine. */
import type { Finding } from '../core/findings';
import type { Unit } from '../core/table';
import type { Family, TableKey } from '../core/template';

export interface TableSummary {
  id: string;
  key: TableKey;
  title: string;
  sheet: string;
  range: string;
  unit: Unit | null;
}

/** A 项目支出绩效自评表 found in the workbook. */
export interface AttachmentSummary {
  sheet: string;
  range: string;
  projectName: string;
}

export interface CheckResult {
  file?: string;
  family: Family;
  /** Unit of every amount in the findings. */
  unit: Unit;
  department?: string;
  year?: string;
  tables: TableSummary[];
  unrecognized: string[];
  /** The sheet holding the 情况说明, when the workbook has one (its figures are checked too). */
  narrativeSheet?: string;
  /** Why each unrecognised sheet was not taken. */
  unrecognizedReasons: { sheet: string; reason: string }[];
  /** 项目支出绩效自评表 found in the workbook. */
  attachments: AttachmentSummary[];
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}

/** What recognition produces: tables whose figures are addressed by meaning (row key, column key). */
import type { CellRange, RawValue } from './grid';
import type { ParsedCell } from './money';
import type { Family, FigureKind, TableKey, TemplateDef } from './template';

export type Unit = '元' | '万元';

export interface Figure {
  sheet: string;
  row: number;
  col: number;
  /** A1 address on its sheet. */
  address: string;
  rowKey: string;
  colKey: string;
  raw: RawValue;
  parsed: ParsedCell;
  kind: FigureKind;
  /** Memo of the rules' scaled value (see core/tolerance.ts), for the unit shift it was made with. */
  scaled?: { shift: number; value: bigint; radius: bigint };
}

export type RowKind = 'total' | 'class' | 'code' | 'item' | 'footer' | 'group';

export interface TableRow {
  key: string;
  /** Label as printed (科目名称 or item label). */
  label: string;
  /** 功能/经济分类 code, when the row has one. */
  code?: string;
  kind: RowKind;
  /** 0-based sheet row. */
  sheetRow: number;
  figures: Map<string, Figure>;
}

export interface RecognizedTable {
  key: TableKey;
  template: TemplateDef;
  family: Family;
  /** 公开01表 for the seed family; the title for the national family. */
  id: string;
  title: string;
  sheet: string;
  range: CellRange;
  unit: Unit | null;
  /** Code cell found on the sheet (公开01表), if any. */
  code?: string;
  department?: string;
  year?: string;
  rows: TableRow[];
  rowIndex: Map<string, TableRow>;
  /** Column keys found, in sheet order. */
  columns: string[];
  /** Recognition problems (missing columns, duplicate codes…), in Chinese. */
  problems: string[];
  /** "——" cells (not applicable) by code, for the 基本支出明细表. */
  notApplicable: Figure[];
}

/** Level of a 功能分类 code: 类 3 digits, 款 5, 项 7. */
export function codeLevel(code: string): 1 | 2 | 3 | 0 {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : 0;
}

export const LEVEL_NAMES = ['合计', '类', '款', '项'] as const;

/** Header-line facts of a table: 金额单位, 部门名称, 年度, table code. */
import { cellAt, type SheetGrid } from '../core/grid';
import { normalize } from '../core/text';
import type { Unit } from '../core/table';
import { codeOf } from './title';

export interface TableMeta {
  unit: Unit | null;
  unitCell?: string;
  department?: string;
  year?: string;
  code?: string;
}

/** Reads the meta facts from rows [from, to). */
export function readMeta(sheet: SheetGrid, from: number, to: number): TableMeta {
  const meta: TableMeta = { unit: null };
  for (let r = Math.max(0, from); r < to; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v !== 'string') continue;
      const n = normalize(v);
      const unit = /单位[:]?(万元|元)(?![\u4e00-\u9fa5])/.exec(n) ?? (/^(万元|元)$/.test(n) ? [n, n] : null);
      if (unit && !meta.unit) meta.unit = unit[1] as Unit;
      const dept = /(?:部门|单位|编制单位|编制部门)(?:名称)?[:](.+)$/.exec(n);
      if (dept && !/^(万元|元)$/.test(dept[1]) && !meta.department) meta.department = dept[1];
      const year = /(\d{4})年度?/.exec(n);
      if (year && !meta.year && n.length <= 12) meta.year = year[1];
      const code = codeOf(v);
      if (code && !meta.code) meta.code = code;
    }
  }
  return meta;
}
